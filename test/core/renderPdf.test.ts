import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfFonts } from '../../src/backend/documents/fonts';
import { renderPdf, type PdfFontChain, type PdfFonts } from '../../src/core/print/renderPdf';
import type { PrintDocument, PrintInline } from '../../src/core/print/tree';
import { longPrint, samplePrint } from '../fixtures/samplePrint';

// These tests read the PDF back with poppler-utils (pdffonts, pdftotext, pdfinfo), as a reader's
// tools would: `apt-get install poppler-utils`.

const FONT_DIR = join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf');

function dejaVu(family: 'Serif' | 'Sans'): PdfFonts {
  const italic = family === 'Serif' ? 'Italic' : 'Oblique';
  const read = (suffix: string) =>
    new Uint8Array(readFileSync(join(FONT_DIR, `DejaVu${family}${suffix}.ttf`)));
  return {
    normal: read(''),
    bold: read('-Bold'),
    italics: read(`-${italic}`),
    bolditalics: read(`-Bold${italic}`),
  };
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-pdf-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
async function render(
  doc: PrintDocument,
  fonts: PdfFonts | PdfFontChain = dejaVu('Serif'),
): Promise<string> {
  const bytes = await renderPdf(doc, fonts);
  expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  const file = join(dir, `doc-${++fileCount}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

function tool(name: string, ...args: string[]): string {
  return execFileSync(name, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
}

/** The text of each page, in order (pdftotext ends each page with a form feed). */
function pageTexts(file: string): string[] {
  return tool('pdftotext', '-layout', file, '-').split('\f').slice(0, -1);
}

function pageText(file: string, page: number): string {
  return tool('pdftotext', '-f', String(page), '-l', String(page), file, '-');
}

function info(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of tool('pdfinfo', file).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m?.[1] && m[2] !== undefined) out[m[1]] = m[2];
  }
  return out;
}

interface Word {
  page: number;
  text: string;
  x: number;
  y: number;
  height: number;
}

function words(file: string): Word[] {
  const out: Word[] = [];
  tool('pdftotext', '-bbox', file, '-')
    .split('<page ')
    .slice(1)
    .forEach((page, i) => {
      const re =
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g;
      for (const m of page.matchAll(re))
        out.push({
          page: i + 1,
          x: Number(m[1]),
          y: Number(m[2]),
          height: Number(m[3]) - Number(m[2]),
          text: m[4] ?? '',
        });
    });
  return out;
}

/** Pages where each note's superscript reference stands (small digits in the text block). */
function referencePages(all: Word[]): Map<number, number> {
  const pages = new Map<number, number>();
  for (const w of all)
    if (/^\d+$/.test(w.text) && w.height < 8 && !pages.has(Number(w.text)))
      pages.set(Number(w.text), w.page);
  return pages;
}

describe('renderPdf', () => {
  it('embeds DejaVu only, never a standard font', async () => {
    const file = await render(samplePrint());
    const rows = tool('pdffonts', file).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      expect(row).toMatch(/^[A-Z]{6}\+DejaVuSerif/);
      expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    }
    expect(rows.join('\n')).not.toMatch(/Helvetica|Times|Courier|Symbol|ZapfDingbats/);
  });

  it('uses the family it is given', async () => {
    const file = await render(samplePrint(), dejaVu('Sans'));
    const fonts = tool('pdffonts', file);
    expect(fonts).toContain('DejaVuSans');
    expect(fonts).not.toContain('DejaVuSerif');
  });

  it('keeps Azerbaijani and Cyrillic text intact and extractable', async () => {
    const file = await render(samplePrint());
    const text = tool('pdftotext', file, '-');
    expect(text).toContain('Xədicə İsmayılova');
    expect(text).toContain('Хадиджа Исмаилова');
    expect(text).toContain('Rəsul Cəfərov');
    expect(text.replace(/\s+/g, ' ')).toContain('ğ ı ö ş ç ü Ə Ğ Ö Ş Ç Ü İ');
  });

  it('shows the structure of the tree', async () => {
    const file = await render(samplePrint());
    const text = tool('pdftotext', '-layout', file, '-');
    expect(text).toContain('Universal Periodic Review');
    expect(text).toContain('Stakeholder submission');
    expect(text).toContain('Submitted by ARTICLE 19 and PEN International');
    expect(text).toContain('I. Introduction');
    expect(text).toMatch(/^\s*1\.\s+ARTICLE 19 and PEN International/m);
    expect(text).toMatch(/^\s*3\.\s+See the ARTICLE 19 website/m);
    expect(text).toContain('Release all journalists detained for their work.');
    // Beside numbered paragraphs, a nested list counts (i), (ii) (core/print/houseStyle).
    expect(text).toMatch(/\(i\) of 15 February 2013;/);
    expect(text).toMatch(/\(ii\) of 17 December 2013\./);
    expect(text).toContain('“The authorities must release her immediately.”');
    expect(text).toMatch(/Name\s+Status/);
    expect(text).toMatch(/Rəsul Cəfərov\s+pardoned/);
    expect(text).toContain('Signatories');
    expect(text).toContain('International Partnership for Human Rights (IPHR)');
    // Links are live: the web link and the one inside note 2.
    const urls = tool('pdfinfo', '-url', file);
    expect(urls).toContain('https://www.article19.org');
    expect(urls).toContain('https://hudoc.echr.coe.int');
    // Each note reference jumps to its note; headings are destinations for the bookmarks.
    const dests = tool('pdfinfo', '-dests', file);
    for (const n of [1, 2, 3]) expect(dests).toContain(`"note-${n}"`);
    expect(dests).toContain('"heading-1"');
  });

  it('sets the metadata, page size and language', async () => {
    const file = await render(samplePrint());
    const meta = info(file);
    expect(meta.Title).toBe('Azerbaijan: joint submission to the Universal Periodic Review');
    expect(meta.Author).toBe('ARTICLE 19; PEN International');
    expect(meta.Subject).toBe('UN Universal Periodic Review');
    expect(meta.Keywords).toBe('Azerbaijan, freedom of expression, UPR');
    expect(meta.Creator).toBe('Dossier');
    expect(meta['Page size']).toContain('(A4)');
    expect(readFileSync(file).toString('latin1')).toContain('/Lang (en)');
    // Before any signatory confirms: no author (Dossier is the application, not the author).
    const none = info(await render(samplePrint({ meta: { ...samplePrint().meta, author: '' } })));
    expect(none.Author).toBeUndefined();
    expect(none.Creator).toBe('Dossier');
  });

  it('puts the sample notes at the foot of the page', async () => {
    const file = await render(samplePrint());
    const text = pageText(file, 1);
    const body = text.indexOf('See the ARTICLE 19 website');
    expect(body).toBeGreaterThan(0);
    expect(text.indexOf('1 ARTICLE 19 was founded in 1987.')).toBeGreaterThan(body);
    expect(text).toContain(
      'Ismayilova v. Azerbaijan, nos. 65286/13 and 57270/14, 10 January 2019.',
    );
    expect(text).toContain('Page 1 of 1');
  });

  describe('a long document with footnotes', () => {
    const doc = longPrint(300);
    let file = '';
    let pages: string[] = [];
    beforeAll(async () => {
      file = await render(doc);
      pages = pageTexts(file);
    });

    it('numbers the pages "Page X of Y" and runs a header from page 2', () => {
      const count = Number(info(file).Pages);
      expect(count).toBeGreaterThan(30);
      expect(pages).toHaveLength(count);
      expect(pages[0]).toContain(`Page 1 of ${count}`);
      expect(pages[count - 1]).toContain(`Page ${count} of ${count}`);
      expect(pages[0]).not.toContain('Azerbaijan UPR joint submission');
      expect(pages[1]).toContain('Azerbaijan UPR joint submission');
    });

    it('prints each note on the page of its reference', () => {
      const all = words(file);
      const refs = referencePages(all);
      const notes = new Map<number, number>();
      all.forEach((w, i) => {
        const next = all[i + 1];
        if (w.text === 'Note' && next && /^\d+:$/.test(next.text))
          notes.set(Number(next.text.slice(0, -1)), w.page);
      });
      expect(notes.size).toBe(doc.notes.length);
      for (const note of doc.notes) {
        expect(refs.get(note.n), `reference ${note.n}`).toBeDefined();
        expect(notes.get(note.n), `note ${note.n}`).toBe(refs.get(note.n));
      }
    });

    it('shows a note on the page of the paragraph that cites it', () => {
      let samePage = 0;
      for (const n of [1, 7, 20, 33, 50, 64, 81, 99]) {
        const paragraph = 3 * n;
        const notePage =
          pages.findIndex((p) => p.includes(`Note ${n}: source for paragraph ${paragraph},`)) + 1;
        expect(notePage).toBeGreaterThan(0);
        const text = pageText(file, notePage);
        expect(text).toContain(`Note ${n}: source for paragraph ${paragraph}, Радио Свобода.`);
        if (text.includes(`Paragraph ${paragraph}. `)) samePage++;
        // A paragraph that starts at the foot of one page ends, with its reference, on the next.
        else expect(pageText(file, notePage - 1)).toContain(`Paragraph ${paragraph}. `);
      }
      expect(samePage).toBeGreaterThanOrEqual(5);
    });

    it('keeps the notes below the text, in the band reserved for them', () => {
      const all = words(file);
      const count = Number(info(file).Pages);
      let pagesWithNotes = 0;
      for (let page = 1; page <= count; page++) {
        const on = all.filter((w) => w.page === page);
        const notes = on.filter(
          (w, i) => w.text === 'Note' && /^\d+:$/.test(on[i + 1]?.text ?? ''),
        );
        if (notes.length === 0) continue;
        pagesWithNotes++;
        const bandTop = Math.min(...notes.map((w) => w.y));
        // Body text is 11 pt: its words are taller than the 9 pt notes and the header.
        const bodyBottom = Math.max(...on.filter((w) => w.height > 12).map((w) => w.y + w.height));
        expect(bandTop, `page ${page}`).toBeGreaterThan(bodyBottom + 4);
        // The band ends above the bottom margin (2.5 cm), where the page number sits.
        const bandBottom = Math.max(...notes.map((w) => w.y + w.height));
        expect(bandBottom, `page ${page}`).toBeLessThanOrEqual(841.89 - 70.87 + 0.5);
      }
      expect(pagesWithNotes).toBeGreaterThan(30);
    });
  });

  it('carries the rest of a note too long for its page to the next page', async () => {
    const doc = longPrint(20, 20);
    const long =
      'Radio Free Europe / Радио Свобода reported the sentence and the appeal hearings in detail. '.repeat(
        60,
      );
    doc.notes = [{ n: 1, children: [{ type: 'text', text: `Long note 1: ${long}End of note.` }] }];
    const file = await render(doc);
    const all = words(file);
    const refPage = referencePages(all).get(1);
    const start = all.find((w) => w.text === 'Long')?.page;
    const end = all.find((w) => w.text === 'End' && all[all.indexOf(w) + 1]?.text === 'of')?.page;
    expect(refPage).toBeDefined();
    expect(start).toBe(refPage);
    expect(end).toBeGreaterThan(start ?? Infinity);
    // Nothing of the body after the note started: the continuation has the foot of its pages.
    const pages = pageTexts(file);
    expect(pages.at(-1)).toContain('End of note.');
    expect(pages.join('\f')).toContain('Paragraph 20.');
  });

  it('puts endnotes after the body, under a heading', async () => {
    const doc = longPrint(300);
    const file = await render({ ...doc, noteStyle: 'endnotes' });
    const pages = pageTexts(file);
    const lastBody = pages.findIndex((p) => p.includes('Paragraph 300.'));
    const heading = pages.findIndex((p) => /^\s*Notes\s*$/m.test(p));
    expect(lastBody).toBeGreaterThan(0);
    expect(heading).toBeGreaterThanOrEqual(lastBody);
    const all = pages.join('\f');
    expect(all.indexOf('Notes\n')).toBeGreaterThan(all.indexOf('Paragraph 300.'));
    let previous = all.indexOf('Paragraph 300.');
    for (const note of doc.notes) {
      const at = all.indexOf(`Note ${note.n}: source for paragraph ${3 * note.n},`);
      expect(at, `note ${note.n}`).toBeGreaterThan(previous);
      previous = at;
    }
    for (const page of pages.slice(0, lastBody)) expect(page).not.toMatch(/Note \d+: source/);
  });
});

describe('letters beyond the first font: the fallback families', () => {
  const t = (
    text: string,
    marks: Omit<Extract<PrintInline, { type: 'text' }>, 'type' | 'text'> = {},
  ): PrintInline => ({ type: 'text', text, ...marks });
  const filler = 'The text goes on in English for a while, so that the line wraps once or twice. ';
  const doc = samplePrint({
    blocks: [
      { type: 'heading', level: 1, children: [t('I. Ҹəlil Ҹabbarov and صحافة')] },
      {
        type: 'paragraph',
        number: 1,
        children: [
          t('Azerbaijani Cyrillic: Ҹәлил Ҹаббаров, ҹәза; Ғ ғ Һ һ Ј ј Ү ү Ө ө Ә ә. '),
          t('Russian: Хадиджа Исмаилова, «свобода слова». '),
          t(filler.repeat(2)),
        ],
      },
      {
        type: 'paragraph',
        number: 2,
        children: [
          t('Ҹаббаров', { bold: true }),
          t(', '),
          t('Ҹаббаров', { italic: true }),
          t(', '),
          t('Ҹаббаров', { bold: true, italic: true }),
          t('.'),
        ],
      },
      {
        type: 'paragraph',
        number: 3,
        children: [
          t(filler),
          t('His name in Arabic is محمد علي حسن, and the banner read “الحرية للصحفيين”. '),
          t(filler.repeat(2)),
        ],
      },
      { type: 'quote', children: [t('“لا يجوز اعتقال أي إنسان أو حجزه أو نفيه تعسفاً.”')] },
    ],
    notes: [],
  });
  const fonts = pdfFonts();
  let file = '';
  beforeAll(async () => {
    file = await render(doc, fonts);
  });

  it('embeds each family that sets some of the text, and no standard font', () => {
    const rows = tool('pdffonts', file).trim().split('\n').slice(2);
    const names = rows.map((r) => r.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '')).sort();
    expect(names).toEqual(
      [
        'DejaVuSerif',
        'DejaVuSerif-Bold',
        'DejaVuSerif-Italic',
        'DejaVuSerif-BoldItalic',
        'NotoSerif-Regular',
        'NotoSerif-Bold',
        'NotoSerif-Italic',
        'NotoSerif-BoldItalic',
        'NotoNaskhArabic-Regular',
        'NotoNaskhArabic-Bold',
      ].sort(),
    );
    for (const row of rows) expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
  });

  it('keeps every letter extractable: Azerbaijani Cyrillic, Russian and Arabic', () => {
    const text = tool('pdftotext', file, '-').replace(/[\u202a-\u202e]/g, '');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Ҹәлил Ҹаббаров, ҹәза; Ғ ғ Һ һ Ј ј Ү ү Ө ө Ә ә.');
    expect(flat).toContain('Хадиджа Исмаилова, «свобода слова»');
    expect(flat).toContain('Ҹəlil Ҹabbarov');
    // Dotted letters that Noto Naskh draws with a shared dotless shape read back as themselves.
    for (const word of [
      'صحافة',
      'محمد',
      'علي',
      'حسن',
      'الحرية',
      'للصحفيين',
      'يجوز',
      'اعتقال',
      'حجزه',
    ])
      expect(text).toContain(word);
    expect(text).not.toMatch(/يحور|اعيفال/);
  });

  it('sets the words of an Arabic stretch right to left, in a left-to-right line', () => {
    const all = words(file);
    const lineOf = (w: string) => {
      const y = all.find((word) => word.text === w)?.y ?? NaN;
      return all.filter((word) => Math.abs(word.y - y) < 3);
    };
    // pdftotext -bbox gives each word its characters as they stand on the page, left to right.
    const x = (line: Word[], w: string) => {
      const shown = /\p{Script=Arabic}/u.test(w) ? [...w].reverse().join('') : w;
      return line.find((word) => word.text.replace(/[,.“”]/g, '') === shown)?.x ?? NaN;
    };
    const name = lineOf('Arabic');
    expect(x(name, 'محمد')).toBeGreaterThan(x(name, 'علي'));
    expect(x(name, 'علي')).toBeGreaterThan(x(name, 'حسن'));
    expect(x(name, 'حسن')).toBeGreaterThan(x(name, 'is'));
    expect(x(name, 'and')).toBeGreaterThan(x(name, 'محمد'));
    // pdftotext puts right-to-left text back in reading order only when it stands right to left.
    const text = tool('pdftotext', file, '-').replace(/[\u202a-\u202e]/g, '');
    expect(text).toContain('محمد علي حسن');
    expect(text).toContain('لا يجوز اعتقال أي إنسان أو حجزه أو نفيه');
  });

  it('keeps the lines of a paragraph on their grid when one holds Arabic or Ҹ', () => {
    const all = words(file).filter((w) => w.page === 1);
    // The tops of the Latin words of each line: DejaVu's ascent above the baseline.
    const lines = [
      ...new Set(all.filter((w) => /^[A-Za-z]+[,.:]?$/.test(w.text)).map((w) => w.y)),
    ].sort((a, b) => a - b);
    const at = (word: string) => all.find((w) => w.text === word)?.y ?? NaN;
    const gapAfter = (y: number) => (lines[lines.indexOf(y) + 1] ?? NaN) - y;
    const gapBefore = (y: number) => y - (lines[lines.indexOf(y) - 1] ?? NaN);
    // 13.75 pt from baseline to baseline inside a paragraph (11 pt × 1.25), as in every line.
    const cyrillic = at('Cyrillic:');
    const arabic = at('Arabic');
    expect(gapAfter(cyrillic)).toBeCloseTo(13.75, 2);
    expect(gapBefore(arabic)).toBeCloseTo(13.75, 2);
    expect(gapAfter(arabic)).toBeCloseTo(13.75, 2);
  });
});
