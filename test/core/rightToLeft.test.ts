import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfFonts } from '../../src/backend/documents/fonts';
import { doc, h1, p, text } from '../../src/core/document/build';
import { blockDirection, leftToRightStretches, strength } from '../../src/core/print/bidi';
import { renderDocx } from '../../src/core/print/renderDocx';
import { renderHtml } from '../../src/core/print/renderHtml';
import { renderPdf } from '../../src/core/print/renderPdf';
import type { PrintBlock, PrintDocument, PrintInline } from '../../src/core/print/tree';
import { samplePrint } from '../fixtures/samplePrint';
import { demoBackend } from '../helpers';

// Paragraphs that read right to left, in the three exports; read back as a reader's tools
// would (the .docx unzipped, the PDF through poppler-utils' pdftotext).

const t = (text: string): PrintInline => ({ type: 'text', text });

/** Arabic with a Latin name, an organisation's name with a number, and a year. */
const ARABIC =
  'اعتقلت السلطات الصحفية Khadija Ismayilova في 5 ديسمبر 2014 وقضت 537 يوما في الاحتجاز. وتطالب منظمة ARTICLE 19 بالإفراج عن جميع الصحفيين المحتجزين بسبب عملهم.';

function rtlDoc(): PrintDocument {
  const blocks: PrintBlock[] = [
    { type: 'heading', level: 1, children: [t('مقدمة التقرير')] },
    // No direction: the first strong letter is Arabic.
    { type: 'paragraph', number: null, children: [t(ARABIC)] },
    // Direction given, though it opens with a Latin name.
    {
      type: 'paragraph',
      number: null,
      direction: 'rtl',
      children: [t('ARTICLE 19 منظمة دولية تدافع عن حرية التعبير.')],
    },
    { type: 'paragraph', number: null, children: [t('An English paragraph, left to right.')] },
    {
      type: 'paragraph',
      number: null,
      children: [t('صدر قانون المنظمات غير الحكومية لعام 2013.')],
    },
  ];
  return samplePrint({ blocks, notes: [] });
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-rtl-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function documentXml(doc: PrintDocument): Promise<string> {
  const files = unzipSync(await renderDocx(doc));
  return strFromU8(files['word/document.xml'] ?? new Uint8Array());
}

function paragraphs(xml: string): string[] {
  return xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g) ?? [];
}

const textOf = (p: string): string =>
  [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

interface Word {
  text: string;
  x: number;
  xMax: number;
  y: number;
}

/**
 * The words of a PDF as they stand on the page. pdftotext -bbox cuts an Arabic word where the
 * shaping font draws a letter apart, so pieces that touch on one line are joined again.
 */
function words(file: string): Word[] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const re =
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  const pieces = [...xml.matchAll(re)].map((m) => ({
    x: Number(m[1]),
    xMax: Number(m[3]),
    // The middle of the box: Noto Naskh's boxes are taller than DejaVu's on the same line.
    y: (Number(m[2]) + Number(m[4])) / 2,
    text: m[5] ?? '',
  }));
  const out: Word[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.y - piece.y) < 4 && Math.abs(piece.x - last.xMax) < 0.5) {
      last.text += piece.text;
      last.xMax = piece.xMax;
    } else out.push({ ...piece });
  }
  return out;
}

describe('bidi: the direction of a block and the left-to-right stretches of its lines', () => {
  it('reads a block right to left by its direction or its first strong letter', () => {
    expect(blockDirection({ children: [t('  ¿ 12 منظمة')] })).toBe('rtl');
    expect(blockDirection({ children: [t('ARTICLE 19 منظمة')] })).toBe('ltr');
    expect(blockDirection({ direction: 'rtl', children: [t('ARTICLE 19 منظمة')] })).toBe('rtl');
    expect(blockDirection({ children: [t('שלום עולם')] })).toBe('rtl');
  });

  it('keeps a Latin name and the number after it together, and a number after Arabic alone', () => {
    const kinds = ['منظمة', 'ARTICLE', '19', 'في', '2014', 'Khadija', 'Ismayilova', '.'].map(
      strength,
    );
    expect(leftToRightStretches(kinds)).toEqual([
      [1, 2],
      [5, 6],
    ]);
  });
});

describe('right-to-left paragraphs in Word', () => {
  it('marks them bidi, starting at the right, their Arabic runs w:rtl; others stay as they were', async () => {
    const ps = paragraphs(await documentXml(rtlDoc()));
    const find = (s: string) => ps.find((p) => textOf(p).includes(s)) ?? '';
    for (const s of ['مقدمة التقرير', 'اعتقلت السلطات', 'منظمة دولية']) {
      const p = find(s);
      expect(p).toMatch(/<w:pPr>.*<w:bidi\/>.*<\/w:pPr>/);
      expect(p).toMatch(/<w:jc w:val="start"\/>/);
      expect(p).toContain('<w:rtl/>');
    }
    // The Latin name in the Arabic paragraph is a run of its own, not marked right to left.
    const mixed = find('اعتقلت السلطات');
    expect(mixed).toMatch(
      /<w:r>(?:<w:rPr>(?:(?!<w:rtl\/>).)*?<\/w:rPr>)?<w:t[^>]*> Khadija Ismayilova /,
    );
    const english = find('An English paragraph');
    expect(english).not.toContain('<w:bidi/>');
    expect(english).not.toContain('<w:rtl/>');
  });
});

describe('right-to-left paragraphs in HTML', () => {
  it('gives them dir="rtl", and other text with Arabic dir="auto"', () => {
    const doc = rtlDoc();
    doc.blocks.push({
      type: 'list',
      ordered: false,
      start: 1,
      items: [{ children: [t('حرية الصحافة')], sublist: null }],
    });
    const html = renderHtml(doc);
    expect(html).toContain('<h2 dir="rtl">مقدمة التقرير</h2>');
    expect(html).toContain(`<p dir="rtl">${ARABIC}</p>`);
    expect(html).toMatch(/<p dir="rtl">ARTICLE 19 منظمة/);
    expect(html).toContain('<p>An English paragraph, left to right.</p>');
    expect(html).toContain('<li dir="auto">حرية الصحافة</li>');
  });
});

describe('right-to-left paragraphs in the PDF', () => {
  let all: Word[] = [];
  beforeAll(async () => {
    const file = join(dir, 'rtl.pdf');
    writeFileSync(file, await renderPdf(rtlDoc(), pdfFonts()));
    all = words(file);
  });
  // pdftotext -bbox gives each word its characters as they stand on the page, left to right.
  const shown = (w: string) => (/\p{Script=Arabic}/u.test(w) ? [...w].reverse().join('') : w);
  const at = (w: string): Word => {
    const found = all.find((word) => word.text.replace(/[.,،]/g, '') === shown(w));
    if (!found) throw new Error(`"${w}" is not in the PDF`);
    return found;
  };

  it('sets them against the right margin, the English one against the left', () => {
    const right = 595.28 - 70.87;
    expect(at('مقدمة').xMax).toBeCloseTo(right, 0);
    expect(at('اعتقلت').xMax).toBeCloseTo(right, 0);
    // The paragraph given its direction opens, at the right, with "ARTICLE 19".
    const article = all.filter((w) => w.text === 'ARTICLE').at(-1);
    const nineteen = all.find((w) => w.text === '19' && Math.abs(w.y - (article?.y ?? 0)) < 4);
    expect(nineteen?.xMax).toBeCloseTo(right, 0);
    expect(nineteen?.x).toBeGreaterThan(article?.x ?? Infinity);
    expect(at('An').x).toBeCloseTo(70.87, 0);
  });

  it('puts the words of a line in visual order: from the right, a Latin name left to right', () => {
    const y = at('Khadija').y;
    const line = all
      .filter((w) => Math.abs(w.y - y) < 4)
      .sort((a, b) => a.x - b.x)
      .map((w) => w.text.replace(/[.,،]/g, ''));
    const logical =
      'اعتقلت السلطات الصحفية Khadija Ismayilova في 5 ديسمبر 2014 وقضت 537 يوما في الاحتجاز';
    // Read from the right; the name, a left-to-right stretch, keeps its order inside.
    const visual = logical.split(' ').reverse().map(shown);
    const name = visual.indexOf('Ismayilova');
    visual.splice(name, 2, 'Khadija', 'Ismayilova');
    expect(line).toEqual(visual);
  });

  it('ends a sentence that closes on a number at the left, past the number', () => {
    // "لعام 2013.": the stop is where the sentence ends, left of the number (pdftotext joins
    // the touching stop and number into one word, as they stand).
    expect(all.map((w) => w.text)).toContain('.2013');
    expect(all.map((w) => w.text)).not.toContain('2013.');
  });
});

describe('direction in the print tree', () => {
  it('carries a paragraph’s and a heading’s "rtl" from the content, and no "ltr"', async () => {
    const b = await demoBackend();
    const d = await b.call('documents.create', { title: 'RTL' });
    const rtl = { ...p(text('ARTICLE 19 منظمة دولية')), direction: 'rtl' as const };
    const heading = { ...h1(text('مقدمة')), direction: 'rtl' as const };
    const printed = await b.call('documents.printed', {
      id: d.id,
      content: doc(heading, rtl, p(text('English.'))),
    });
    const [h, first, second] = printed.blocks;
    expect(h).toMatchObject({ type: 'heading', direction: 'rtl' });
    expect(first).toMatchObject({ type: 'paragraph', direction: 'rtl' });
    expect(second).not.toHaveProperty('direction');
  });
});
