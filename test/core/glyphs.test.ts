import { describe, expect, it } from 'vitest';
import { pdfFonts } from '../../src/backend/documents/fonts';
import { directionRuns } from '../../src/core/print/bidi';
import { fontCodePoints, inRanges } from '../../src/core/print/fontFile';
import { describeCodePoint, GlyphCoverage } from '../../src/core/print/glyphs';
import { PDF_TYPEFACES } from '../../src/core/print/typefaces';

// The PDF's fonts as the exports load them (core/print/typefaces, from their npm packages).
const fonts = pdfFonts();
const [dejaVuSerif, notoSerif, naskh, dejaVuSans] = fonts;
const coverage = GlyphCoverage.of(fonts);
const cp = (ch: string) => ch.codePointAt(0) ?? -1;
const has = (font: Uint8Array | undefined, ch: string) =>
  font !== undefined && inRanges(fontCodePoints(font), cp(ch));

describe('the fonts the PDF embeds', () => {
  it('are the four families of core/print/typefaces, in order', () => {
    expect(PDF_TYPEFACES.map((t) => t.name)).toEqual([
      'DejaVu Serif',
      'Noto Serif',
      'Noto Naskh Arabic',
      'DejaVu Sans',
    ]);
    expect(fonts).toHaveLength(4);
  });

  it('read from the cmap: DejaVu Serif lacks Ҹ ҹ and Arabic, which the fallbacks have', () => {
    for (const ch of 'ƏəĞğIıİiÖöŞşÇçÜüҒғҺһЈјҮүӨөАБВабвЁё')
      expect(has(dejaVuSerif?.normal, ch)).toBe(true);
    for (const ch of 'Ҹҹ') {
      expect(has(dejaVuSerif?.normal, ch)).toBe(false);
      expect(has(dejaVuSerif?.bolditalics, ch)).toBe(false);
      for (const face of ['normal', 'bold', 'italics', 'bolditalics'] as const)
        expect(has(notoSerif?.[face], ch)).toBe(true);
    }
    for (const ch of 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإئؤةى،؛؟٠١٢٣ًٌٍَُِّْ') {
      expect(has(dejaVuSerif?.normal, ch)).toBe(false);
      expect(has(notoSerif?.normal, ch)).toBe(false);
      expect(has(naskh?.normal, ch)).toBe(true);
      expect(has(naskh?.bold, ch)).toBe(true);
    }
    // Hebrew and a few emoji only in DejaVu Sans; CJK and most emoji nowhere.
    expect(has(dejaVuSans?.normal, 'א')).toBe(true);
    expect(has(dejaVuSans?.normal, '😀')).toBe(true);
    for (const ch of ['🦄', '一', '龘']) expect(coverage.has(cp(ch))).toBe(false);
  });

  it('treats glyph 0 as no glyph, as fontkit does', () => {
    // The cmap of DejaVu Serif maps U+FFFF to nothing and control characters to .notdef.
    expect(has(dejaVuSerif?.normal, '\u0001')).toBe(false);
    expect(has(dejaVuSerif?.normal, 'A')).toBe(true);
  });

  it('refuses what is not a font file', () => {
    expect(() => fontCodePoints(new TextEncoder().encode('%PDF-1.7 not a font'))).toThrow(
      /Not a TrueType or OpenType font/,
    );
  });
});

describe('GlyphCoverage', () => {
  it('sets each character in the first family that has it, in runs', () => {
    expect(coverage.split('Ҹəlil Ҹаббаров', 'normal')).toEqual([
      { text: 'Ҹ', family: 1, face: 'normal' },
      { text: 'əlil ', family: 0, face: 'normal' },
      { text: 'Ҹ', family: 1, face: 'normal' },
      { text: 'аббаров', family: 0, face: 'normal' },
    ]);
    // Spaces and Latin punctuation stay in the first family; each Arabic word is one run.
    expect(coverage.split('“محمد علي”', 'bold')).toEqual([
      { text: '“', family: 0, face: 'bold' },
      { text: 'محمد', family: 2, face: 'bold' },
      { text: ' ', family: 0, face: 'bold' },
      { text: 'علي', family: 2, face: 'bold' },
      { text: '”', family: 0, face: 'bold' },
    ]);
  });

  it('keeps marks with their letter, and takes another face before a box', () => {
    // The tanween after the alef stays in the Arabic run (shaped with it).
    expect(coverage.split('تعسفاً', 'normal')).toEqual([
      { text: 'تعسفاً', family: 2, face: 'normal' },
    ]);
    // Arabic has no italics: Naskh's italic face is its upright one, so italics is kept.
    expect(coverage.split('حسن', 'italics')).toEqual([{ text: 'حسن', family: 2, face: 'italics' }]);
    // A character no font has stays in the run it falls in (and prints as a box).
    expect(coverage.split('a🦄b', 'normal')).toEqual([{ text: 'a🦄b', family: 0, face: 'normal' }]);
  });

  it('lists the characters no font has, once each, in order, ignoring line breaks', () => {
    expect(coverage.missing('Ҹ ҹ محمد Хадиджа 😀\n\t🦄 一 🦄 龘 a')).toEqual([
      cp('🦄'),
      cp('一'),
      cp('龘'),
    ]);
    expect(coverage.missing('Xədicə İsmayılova, Хадиджа Исмаилова, Ҹәлил, محمد')).toEqual([]);
  });

  it('names a character by code point and glyph', () => {
    expect(describeCodePoint(cp('🦄'))).toBe('U+1F984 (🦄)');
    expect(describeCodePoint(cp('Ҹ'))).toBe('U+04B8 (Ҹ)');
    expect(describeCodePoint(0x0301)).toBe('U+0301');
  });
});

describe('directionRuns', () => {
  it('cuts right-to-left stretches out of left-to-right text, from letter to letter', () => {
    expect(directionRuns('Name: محمد علي (2024).')).toEqual([
      { text: 'Name: ', rtl: false },
      { text: 'محمد علي', rtl: true },
      { text: ' (2024).', rtl: false },
    ]);
    expect(directionRuns('«הארץ» and «الحرية للصحفيين»')).toEqual([
      { text: '«', rtl: false },
      { text: 'הארץ', rtl: true },
      { text: '» and «', rtl: false },
      { text: 'الحرية للصحفيين', rtl: true },
      { text: '»', rtl: false },
    ]);
    expect(directionRuns('Хадиджа')).toEqual([{ text: 'Хадиджа', rtl: false }]);
  });
});
