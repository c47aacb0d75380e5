import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfFonts } from '../../src/backend/documents/fonts';
import { printLanguage } from '../../src/core/i18n/printLanguage';
import { renderPdf } from '../../src/core/print/renderPdf';
import type {
  PrintBlock,
  PrintDocument,
  PrintInline,
  PrintTableRow,
} from '../../src/core/print/tree';
import { samplePrint } from '../fixtures/samplePrint';

// The structure tree is read back with poppler's `pdfinfo -struct-text`, as a reader's tools
// would: `apt-get install poppler-utils`.

const t = (text: string): PrintInline => ({ type: 'text', text });

const paragraph = (text: string, number: number | null = null): PrintBlock => ({
  type: 'paragraph',
  number,
  children: [t(text)],
});

const row = (header: boolean, ...cells: string[]): PrintTableRow => ({
  header,
  cells: cells.map((text) => ({ colSpan: 1, rowSpan: 1, children: [paragraph(text)] })),
});

/** A Russian submission with each kind of block, and a table long enough to run onto page 2. */
function russianPrint(): PrintDocument {
  const base = samplePrint();
  return {
    ...base,
    meta: {
      ...base.meta,
      title: 'Азербайджан: совместное представление',
      shortTitle: 'Азербайджан, УПО',
      language: 'ru',
    },
    cover: { title: 'Азербайджан: совместное представление', subtitle: null, lines: ['Май 2016'] },
    blocks: [
      { type: 'heading', level: 1, children: [t('I. Введение')] },
      {
        type: 'paragraph',
        number: 1,
        children: [
          t('Статья 19 и ПЕН-Интернешнл представляют этот доклад'),
          { type: 'noteRef', n: 1 },
          t('.'),
        ],
      },
      { type: 'heading', level: 2, children: [t('Заключение журналистов')] },
      paragraph('Хадиджа Исмаилова была арестована 5 декабря 2014 года.', 2),
      {
        type: 'list',
        ordered: true,
        start: 1,
        items: [
          { children: [t('первая рекомендация;')], sublist: null },
          { children: [t('вторая рекомендация.')], sublist: null },
        ],
      },
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: [
          { children: [t('Освободить всех журналистов.')], sublist: null },
          { children: [t('Отменить поправки к закону об НКО.')], sublist: null },
        ],
      },
      {
        type: 'table',
        rows: [
          row(true, 'Имя', 'Статус'),
          ...Array.from({ length: 45 }, (_, i) => row(false, `Журналист ${i + 1}`, 'в заключении')),
          // One cell short: the grid's empty place is a cell of the structure too.
          row(false, 'Последний'),
        ],
      },
      paragraph('Смотрите также доклад за 2013 год.', 3),
    ],
    notes: [{ n: 1, children: [t('Статья 19 основана в 1987 году.')] }],
  };
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-tagged-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function render(doc: PrintDocument, name: string): Promise<string> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await renderPdf(doc, pdfFonts()));
  return file;
}

function tool(name: string, ...args: string[]): string {
  return execFileSync(name, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
}

interface Element {
  type: string;
  /** The text of its own marked content. */
  text: string;
  attributes: string[];
  kids: Element[];
}

/** The structure tree as `pdfinfo -struct-text` prints it: one item a line, indented. */
function structure(file: string): Element {
  const root: Element = { type: 'StructTreeRoot', text: '', attributes: [], kids: [] };
  const stack: { indent: number; element: Element }[] = [{ indent: -1, element: root }];
  for (const line of tool('pdfinfo', '-struct-text', file).split('\n')) {
    const item = line.trim();
    if (item === '') continue;
    const indent = line.length - line.trimStart().length;
    while ((stack.at(-1)?.indent ?? -1) >= indent) stack.pop();
    const parent = stack.at(-1)?.element ?? root;
    if (item.startsWith('"')) parent.text += item.slice(1, -1);
    else if (item.startsWith('/')) parent.attributes.push(item);
    else {
      const element: Element = {
        type: item.split(/[\s:]/)[0] ?? '',
        text: '',
        attributes: [],
        kids: [],
      };
      parent.kids.push(element);
      stack.push({ indent, element });
    }
  }
  return root;
}

function all(element: Element): Element[] {
  return [element, ...element.kids.flatMap(all)];
}

function textOf(element: Element): string {
  return element.text + element.kids.map(textOf).join('');
}

function only(elements: Element[], type: string): Element[] {
  return elements.filter((e) => e.type === type);
}

describe('the tagged PDF', () => {
  const doc = russianPrint();
  let file = '';
  let root: Element = { type: '', text: '', attributes: [], kids: [] };
  let document: Element = root;
  beforeAll(async () => {
    file = await render(doc, 'ru');
    root = structure(file);
    document = root.kids[0] ?? root;
  });

  it('is tagged, in the document’s language, with its title shown', () => {
    const info = tool('pdfinfo', file);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Pages:\s+2$/m);
    expect(info).toContain('Азербайджан: совместное представление');
    const bytes = readFileSync(file).toString('latin1');
    expect(bytes).toContain('/StructTreeRoot');
    expect(bytes).toMatch(/\/Marked true/);
    expect(bytes).toContain('/Lang (ru)');
    expect(bytes).toMatch(/\/DisplayDocTitle true/);
    for (const type of ['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody'])
      expect(bytes).toMatch(new RegExp(`/S /${type}\\b`));
    for (const type of ['Table', 'TR', 'TH', 'TD', 'Note'])
      expect(bytes).toMatch(new RegExp(`/S /${type}\\b`));
  });

  it('declares PDF/A-2b, with the metadata it asks for', () => {
    const bytes = readFileSync(file).toString('latin1');
    expect(bytes).toMatch(/<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>B</);
    expect(bytes).toMatch(/\/S \/GTS_PDFA1/);
    // The XMP packet is UTF-8.
    expect(readFileSync(file).toString('utf8')).toContain(
      '<rdf:li xml:lang="x-default">Азербайджан: совместное представление</rdf:li>',
    );
    // Every font is embedded (PDF/A allows no other).
    const fonts = tool('pdffonts', file).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/Identity-H\s+yes\s+yes\s+yes/);
  });

  it('has the blocks in reading order, under one Document', () => {
    expect(root.kids.map((e) => e.type)).toEqual(['Document']);
    expect(document.kids.map((e) => e.type)).toEqual([
      'H1', // the cover: title and line
      'P',
      'H2',
      'P',
      'H3',
      'P',
      'L',
      'L',
      'Table',
      'P',
    ]);
    // The title is the one H1; the document's headings 1 and 2 are H2 and H3.
    expect(only(document.kids, 'H1')).toHaveLength(1);
    const [h2, h3] = [only(document.kids, 'H2')[0], only(document.kids, 'H3')[0]];
    expect(h2?.text).toBe('I. Введение');
    expect(h3?.text).toBe('Заключение журналистов');
    expect(document.kids[0]?.text).toBe('Азербайджан: совместное представление');
  });

  it('reads a numbered paragraph with its number, and its footnote after it', () => {
    const cited = document.kids[3];
    expect(cited?.text).toMatch(/^1\.\s*Статья 19 и ПЕН-Интернешнл представляют этот доклад1\.$/);
    expect(cited?.kids.map((e) => e.type)).toEqual(['Note']);
    expect(cited?.kids[0]?.text).toMatch(/^1\s*Статья 19 основана в 1987 году\.$/);
  });

  it('tags lists as items with a label and a body', () => {
    const [ordered, bulleted] = only(document.kids, 'L');
    for (const list of [ordered, bulleted]) {
      expect(list?.kids.map((e) => e.type)).toEqual(['LI', 'LI']);
      for (const item of list?.kids ?? [])
        expect(item.kids.map((e) => e.type)).toEqual(['Lbl', 'LBody']);
    }
    // Beside numbered paragraphs a list counts (a), (b) (core/print/houseStyle).
    expect(ordered?.kids.map((item) => item.kids[0]?.text.trim())).toEqual(['(a)', '(b)']);
    expect(ordered?.kids.map((item) => item.kids[1]?.text)).toEqual([
      'первая рекомендация;',
      'вторая рекомендация.',
    ]);
    // A bullet is drawn, not written: its label has no text.
    expect(bulleted?.kids.map((item) => item.kids[1]?.text)).toEqual([
      'Освободить всех журналистов.',
      'Отменить поправки к закону об НКО.',
    ]);
  });

  it('tags the table by rows, with column headers once though they repeat on page 2', () => {
    const table = only(document.kids, 'Table')[0];
    const rows = table?.kids ?? [];
    expect(rows.map((r) => r.type)).toEqual(Array<string>(47).fill('TR'));
    const header = rows[0]?.kids ?? [];
    expect(header.map((c) => c.type)).toEqual(['TH', 'TH']);
    expect(header.map(textOf)).toEqual(['Имя', 'Статус']);
    for (const cell of header) expect(cell.attributes).toContain('/Scope /Column');
    expect(rows[45]?.kids.map(textOf)).toEqual(['Журналист 45', 'в заключении']);
    expect(rows[46]?.kids.map((c) => [c.type, textOf(c)])).toEqual([
      ['TD', 'Последний'],
      ['TD', ''],
    ]);
    expect(only(all(document), 'TH')).toHaveLength(2);
    // On the page, the header row is there twice.
    const page2 = tool('pdftotext', '-f', '2', '-l', '2', file, '-');
    expect(page2).toContain('Имя');
  });

  it('gives a cell spanning columns or rows its ColSpan or RowSpan', async () => {
    const cell = (text: string, colSpan = 1, rowSpan = 1) => ({
      colSpan,
      rowSpan,
      children: [paragraph(text)],
    });
    const spans = await render(
      {
        ...doc,
        blocks: [
          {
            type: 'table',
            rows: [
              { header: true, cells: [cell('Оба', 2)] },
              { header: false, cells: [cell('Высокая', 1, 2), cell('а')] },
              { header: false, cells: [cell('б')] },
            ],
          },
        ],
        notes: [],
      },
      'spans',
    );
    const rows = only(all(structure(spans)), 'TR');
    const cells = rows.map((r) => r.kids.map((c) => [c.type, textOf(c), ...c.attributes]));
    expect(cells).toEqual([
      [['TH', 'Оба', '/Scope /Column', '/ColSpan 2']],
      [
        ['TD', 'Высокая', '/RowSpan 2'],
        ['TD', 'а'],
      ],
      [['TD', 'б']],
    ]);
  });

  it('keeps the running header and page numbers out of the tree, and all else in it', () => {
    const words = printLanguage('ru');
    const text = tool('pdftotext', file, '-');
    const artifacts = [doc.meta.shortTitle, words.page(1, 2), words.page(2, 2)];
    for (const artifact of artifacts) expect(text).toContain(artifact);
    const read = textOf(document).replace(/\s+/g, '');
    for (const artifact of artifacts) expect(read).not.toContain(artifact.replace(/\s+/g, ''));
    let rest = text;
    for (const artifact of artifacts) rest = rest.replaceAll(artifact, ' ');
    for (const word of rest.split(/\s+/).filter(Boolean)) expect(read).toContain(word);
  });

  it('puts endnotes after the body, under their heading', async () => {
    const endnotes = structure(await render({ ...doc, noteStyle: 'endnotes' }, 'ru-endnotes'));
    const kids = endnotes.kids[0]?.kids ?? [];
    expect(kids.slice(-2).map((e) => e.type)).toEqual(['H2', 'Note']);
    expect(kids.at(-2)?.text).toBe(printLanguage('ru').notesHeading);
    expect(kids.at(-1)?.text).toMatch(/^1\s*Статья 19 основана в 1987 году\.$/);
    // The paragraph that cites it holds only its own text.
    expect(kids[3]?.kids).toEqual([]);
  });
});
