import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlyphCoverage } from '../../core/print/glyphs';
import type { PdfFontChain, PdfFonts } from '../../core/print/renderPdf';
import { PDF_TYPEFACES, type Typeface } from '../../core/print/typefaces';

let cached: PdfFontChain | null = null;
let coverage: GlyphCoverage | null = null;

/**
 * The fonts PDFs embed, in the order characters try them (core/print/typefaces: DejaVu Serif,
 * then Noto Serif, Noto Naskh Arabic and DejaVu Sans for what it lacks), from their npm packages.
 * Read on the first export, once.
 */
export function pdfFonts(): PdfFontChain {
  cached ??= PDF_TYPEFACES.map(readTypeface);
  return cached;
}

/**
 * Which characters the PDF's fonts can show, for preflight. Reads the font files (about 6 MB)
 * the first time and keeps their cmaps only; the bytes are kept once an export has needed them.
 */
export function pdfGlyphs(): GlyphCoverage {
  coverage ??= GlyphCoverage.of(cached ?? PDF_TYPEFACES.map(readTypeface));
  return coverage;
}

const require = createRequire(import.meta.url);

function readTypeface(typeface: Typeface): PdfFonts {
  const dir = dirname(require.resolve(`${typeface.files.package}/package.json`));
  const read = (file: string): Uint8Array => new Uint8Array(readFileSync(join(dir, file)));
  // The same file for two faces (Naskh's upright for italics) is read once.
  const files = new Map<string, Uint8Array>();
  const face = (file: string): Uint8Array => {
    let bytes = files.get(file);
    if (bytes === undefined) {
      bytes = read(file);
      files.set(file, bytes);
    }
    return bytes;
  };
  return {
    normal: face(typeface.files.normal),
    bold: face(typeface.files.bold),
    italics: face(typeface.files.italics),
    bolditalics: face(typeface.files.bolditalics),
  };
}
