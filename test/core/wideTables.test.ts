import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfFonts } from '../../src/backend/documents/fonts';
import { HOUSE_STYLE } from '../../src/core/print/houseStyle';
import { renderDocx } from '../../src/core/print/renderDocx';
import { renderHtml } from '../../src/core/print/renderHtml';
import { renderPdf } from '../../src/core/print/renderPdf';
import { maxLegibleColumns, tableFit } from '../../src/core/print/tableFit';
import type { PrintBlock, PrintDocument } from '../../src/core/print/tree';
import { samplePrint } from '../fixtures/samplePrint';

// Tables with many columns: every cell's text in every export, read back from the bytes.

/** A table of `columns` columns: a header row and three rows, each cell named by its place. */
function wideTable(columns: number): PrintBlock {
  return {
    type: 'table',
    rows: Array.from({ length: 4 }, (_, r) => ({
      header: r === 0,
      cells: Array.from({ length: columns }, (_, c) => ({
        children: [
          {
            type: 'paragraph' as const,
            number: null,
            children: [{ type: 'text' as const, text: r === 0 ? `H${c + 1}` : `r${r}c${c + 1}` }],
          },
        ],
        colSpan: 1,
        rowSpan: 1,
      })),
    })),
  };
}

const para = (text: string): PrintBlock => ({
  type: 'paragraph',
  number: null,
  children: [{ type: 'text', text }],
});

function wideDoc(columns: number): PrintDocument {
  return samplePrint({
    blocks: [para('Before the table.'), wideTable(columns), para('After the table.')],
    notes: [],
  });
}

const cellTexts = (columns: number): string[] =>
  Array.from({ length: 4 }, (_, r) =>
    Array.from({ length: columns }, (_, c) => (r === 0 ? `H${c + 1}` : `r${r}c${c + 1}`)),
  ).flat();

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-tables-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tableFit', () => {
  it('steps the text down, then turns the page, then gives up on legibility', () => {
    expect(tableFit(5)).toMatchObject({ size: HOUSE_STYLE.table.size, landscape: false });
    expect(tableFit(9)).toMatchObject({ size: 8, landscape: false, legible: true });
    expect(tableFit(10)).toMatchObject({ size: 7, landscape: false, legible: true });
    expect(tableFit(14)).toMatchObject({ landscape: true, legible: true });
    expect(tableFit(16)).toMatchObject({ size: 7, landscape: true, legible: true });
    expect(tableFit(20)).toMatchObject({ size: 7, landscape: true, legible: false });
    expect(maxLegibleColumns()).toBe(16);
  });
});

describe('a 20-column table in Word', () => {
  let xml = '';
  beforeAll(async () => {
    const files = unzipSync(await renderDocx(wideDoc(20)));
    xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  });

  it('has every cell’s text', () => {
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    for (const cell of cellTexts(20)) expect(texts).toContain(cell);
  });

  it('stands in a landscape section between two upright ones, in 7 pt cell styles', () => {
    const sections = [...xml.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => m[1] ?? '');
    expect(sections).toHaveLength(3);
    expect(sections[0]).not.toContain('landscape');
    expect(sections[1]).toMatch(/w:w="16838" w:h="11906" w:orient="landscape"/);
    expect(sections[2]).not.toContain('landscape');
    // The table's section ends after the table, before "After the table.".
    const table = xml.indexOf('<w:tbl>');
    const turned = xml.indexOf('w:orient="landscape"');
    expect(xml.indexOf('Before the table.')).toBeLessThan(table);
    expect(turned).toBeGreaterThan(table);
    expect(turned).toBeLessThan(xml.indexOf('After the table.'));
    // Its columns share the landscape text block.
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(20);
    expect(grid.reduce((a, b) => a + b, 0)).toBeGreaterThan(13900);
    expect(xml).toContain('<w:pStyle w:val="TableText7"/>');
    expect(xml).toContain('<w:pStyle w:val="TableHeading7"/>');
  });

  it('keeps a table that fits upright in the one section, at a smaller size if it must', async () => {
    const files = unzipSync(await renderDocx(wideDoc(9)));
    const nine = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(nine.match(/<w:pgSz /g)).toHaveLength(1);
    expect(nine).toContain('<w:pStyle w:val="TableText8"/>');
  });
});

describe('a 20-column table in the PDF', () => {
  let file = '';
  beforeAll(async () => {
    file = join(dir, 'wide.pdf');
    writeFileSync(file, await renderPdf(wideDoc(20), pdfFonts()));
  });

  it('has every cell’s text, none cut off at the edge of the page', () => {
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const found = new Set(text.split(/\s+/));
    for (const cell of cellTexts(20).filter((c) => !c.startsWith('H')))
      expect(found).toContain(cell);
    // Headers may break inside the word in a narrow column; their letters are all there.
    const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const page = bbox.split('<page ')[2] ?? '';
    const width = Number(/width="([\d.]+)"/.exec(page)?.[1]);
    for (const m of page.matchAll(/xMax="([\d.]+)"/g)) expect(Number(m[1])).toBeLessThan(width);
    expect(page).toMatch(/>H20<|>H2<\/word>\s*<word[^>]*>0</);
  });

  it('sets it on a landscape page between upright ones', () => {
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '3', file], { encoding: 'utf8' });
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map(
      (m) => Number(m[1]) > Number(m[2]),
    );
    expect(sizes).toEqual([false, true, false]);
    const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split(
      '\f',
    );
    expect(pages[0]).toContain('Before the table.');
    expect(pages[1]).toContain('r3c20');
    expect(pages[2]).toContain('After the table.');
  });
});

describe('a heading just above a landscape table', () => {
  const headed = (): PrintDocument =>
    samplePrint({
      blocks: [
        para('Before the table.'),
        { type: 'heading', level: 2, children: [{ type: 'text', text: 'Table of arrests' }] },
        wideTable(20),
        para('After the table.'),
      ],
      notes: [],
    });

  it('goes over to the landscape section with it in Word', async () => {
    const files = unzipSync(await renderDocx(headed()));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    // The upright section's properties sit in its last paragraph: "Before the table.", not the
    // heading.
    const end = xml.indexOf('</w:sectPr>');
    const before = xml.indexOf('Before the table.');
    expect(end).toBeGreaterThan(0);
    expect(end).toBeLessThan(before);
    expect(xml.slice(end, before)).not.toContain('</w:p>');
    expect(before).toBeLessThan(xml.indexOf('Table of arrests'));
    expect(xml.indexOf('w:orient="landscape"')).toBeGreaterThan(xml.indexOf('<w:tbl>'));
  });

  it('goes over to the landscape page with it in the PDF', async () => {
    const file = join(dir, 'headed.pdf');
    writeFileSync(file, await renderPdf(headed(), pdfFonts()));
    const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split(
      '\f',
    );
    expect(pages[0]).toContain('Before the table.');
    expect(pages[0]).not.toContain('Table of arrests');
    expect(pages[1]).toContain('Table of arrests');
    expect(pages[1]).toContain('r3c20');
    expect(pages[2]).toContain('After the table.');
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '3', file], { encoding: 'utf8' });
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map(
      (m) => Number(m[1]) > Number(m[2]),
    );
    expect(sizes).toEqual([false, true, false]);
  });
});

describe('a footnote cited in a landscape table', () => {
  it('prints at the foot of the landscape page, and the next one after the table on its page', async () => {
    const table = wideTable(18);
    const cell = table.type === 'table' ? table.rows[2]?.cells[3]?.children[0] : undefined;
    if (cell?.type === 'paragraph') cell.children.push({ type: 'noteRef', n: 1 });
    const after = para('After the table.');
    if (after.type === 'paragraph') after.children.push({ type: 'noteRef', n: 2 });
    const doc = samplePrint({
      blocks: [para('Before the table.'), table, after],
      notes: [
        { n: 1, children: [{ type: 'text', text: 'A note cited in a table cell.' }] },
        { n: 2, children: [{ type: 'text', text: 'A note after the table.' }] },
      ],
      noteStyle: 'footnotes',
    });
    const file = join(dir, 'noted.pdf');
    writeFileSync(file, await renderPdf(doc, pdfFonts()));
    const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split(
      '\f',
    );
    expect(pages[1]).toContain('r2c18');
    expect(pages[1]).toMatch(/1 A note cited in a table cell\./);
    expect(pages[2]).toMatch(/2 A note after the table\./);
  });
});

describe('a table in a table’s cell', () => {
  it('stays inside the cell in the PDF (its columns share the cell’s width)', async () => {
    const inner = wideTable(4);
    const outer = wideTable(6);
    if (outer.type === 'table') outer.rows[1]?.cells[1]?.children.push(inner);
    const file = join(dir, 'nested.pdf');
    writeFileSync(file, await renderPdf(samplePrint({ blocks: [outer], notes: [] }), pdfFonts()));
    const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const words = [
      ...bbox.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</g),
    ].map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), text: m[4] ?? '' }));
    const at = (text: string) => words.find((w) => w.text === text);
    const [cell, right, below] = [at('r1c2'), at('r1c3'), at('r2c1')];
    expect(cell && right && below).toBeDefined();
    // The inner table's text, every piece of it (narrow columns break its words): between the
    // outer row's first line and the next row, between the cell's left edge and the next cell's.
    const pieces = words.filter((w) => w.y0 > (cell?.y0 ?? 0) + 1 && w.y0 < (below?.y0 ?? 0));
    const letters = (t: string) => [...t].sort().join('');
    expect(letters(pieces.map((w) => w.text).join(''))).toBe(letters(cellTexts(4).join('')));
    for (const w of pieces) {
      expect(w.x0).toBeGreaterThanOrEqual((cell?.x0 ?? 0) - 1);
      expect(w.x1).toBeLessThan(right?.x0 ?? 0);
    }
  });
});

describe('a 20-column table in HTML', () => {
  it('scrolls sideways in its wrapper, in smaller text, printed on a landscape page', () => {
    const html = renderHtml(wideDoc(20));
    expect(html).toContain('<div class="table-wrap landscape"');
    expect(html).toContain('<table class="size-7">');
    expect(html).toMatch(/\.table-wrap\{overflow-x:auto/);
    expect(html).toMatch(/th,td\{[^}]*overflow-wrap:anywhere/);
    expect(html).toContain('@page landscape{size:A4 landscape}');
    for (const cell of cellTexts(20)) expect(html).toMatch(new RegExp(`<t[hd]><p>${cell}</p>`));
  });
});
