import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { cell, doc, h1, row, table, th } from '../../src/core/document/build';
import { contentProblems } from '../../src/core/document/nodes';
import { resolveDocument } from '../../src/core/document/resolve';
import { renderDocx } from '../../src/core/print/renderDocx';
import { renderHtml } from '../../src/core/print/renderHtml';
import { renderPdf } from '../../src/core/print/renderPdf';
import { tableGrid } from '../../src/core/print/tableGrid';
import type { PrintTableRow } from '../../src/core/print/tree';
import { documentInput, type RichContent } from '../../src/shared/domain';
import { EMPTY_LIBRARY } from '../fixtures/emptyLibrary';

/** Khadija's cell spans two rows: the second row has only its status and days. */
const content: RichContent = doc(
  h1('Cases'),
  table(
    row(th('Name'), th('Status'), th('Days')),
    row(cell('Khadija', { rowSpan: 2 }), cell('imprisoned'), cell('301 days')),
    row(cell('released'), cell('537 days')),
    row(cell('Leyla'), cell('pardoned'), cell('none')),
  ),
);

function print() {
  const d = documentInput.parse({ title: 'Merged rows', content });
  return resolveDocument(d, EMPTY_LIBRARY, '2016-06-01').print;
}

const dir = mkdtempSync(join(tmpdir(), 'dossier-rowspan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rowsOf = (cells: number[][]): PrintTableRow[] =>
  cells.map((spans) => ({
    header: false,
    cells: spans.map((rowSpan) => ({ children: [], colSpan: 1, rowSpan })),
  }));

describe('table cells spanning rows', () => {
  it('are valid content and reach the print tree', () => {
    expect(contentProblems(content)).toEqual([]);
    const t = print().blocks.find((b) => b.type === 'table');
    expect(t?.type === 'table' && t.rows.map((r) => r.cells.map((c) => c.rowSpan))).toEqual([
      [1, 1, 1],
      [2, 1, 1],
      [1, 1],
      [1, 1, 1],
    ]);
    expect(
      contentProblems(doc(table(row({ ...cell('x'), rowSpan: 0 })))).map((p) => p.place),
    ).toEqual(['root.children[0].children[0].children[0].rowSpan']);
  });

  it('are laid out as HTML places them; spans are cut where they would overlap or run out', () => {
    const grid = tableGrid(
      rowsOf([
        [2, 1, 1],
        [1, 1],
        [1, 1, 1],
      ]),
    );
    expect(grid.columns).toBe(3);
    expect(grid.rows.map((r) => r.map((e) => `${e.kind}@${e.column}`))).toEqual([
      ['cell@0', 'cell@1', 'cell@2'],
      ['covered@0', 'cell@1', 'cell@2'],
      ['cell@0', 'cell@1', 'cell@2'],
    ]);
    // A span past the last row stops there; a colSpan into a covered place stops before it.
    const cut = tableGrid([
      {
        header: false,
        cells: [
          { children: [], colSpan: 1, rowSpan: 1 },
          { children: [], colSpan: 1, rowSpan: 9 },
        ],
      },
      { header: false, cells: [{ children: [], colSpan: 5, rowSpan: 1 }] },
    ]);
    expect(cut.rows[0]?.[1]).toMatchObject({ kind: 'cell', rowSpan: 2 });
    expect(cut.rows[1]?.map((e) => [e.kind, e.column, e.colSpan])).toEqual([
      ['cell', 0, 1],
      ['covered', 1, 1],
    ]);
    // A header cell that spans into the body is not repeated as a header.
    const headed = rowsOf([[2, 1], [1], [1, 1]]).map((r, i) => ({ ...r, header: i === 0 }));
    expect(tableGrid(headed).headerRows).toBe(0);
  });

  it('export to Word as a vertical merge: restart, then continue in the next row', async () => {
    const files = unzipSync(await renderDocx(print()));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    const rows = (/<w:tbl>(.*?)<\/w:tbl>/.exec(xml)?.[1] ?? '').match(/<w:tr>.*?<\/w:tr>/g) ?? [];
    const cells = rows.map((r) => r.match(/<w:tc>.*?<\/w:tc>/g) ?? []);
    const text = (tc: string) =>
      [...tc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(cells.map((r) => r.map(text))).toEqual([
      ['Name', 'Status', 'Days'],
      ['Khadija', 'imprisoned', '301 days'],
      ['', 'released', '537 days'],
      ['Leyla', 'pardoned', 'none'],
    ]);
    expect(cells[1]?.[0]).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(cells[2]?.[0]).toMatch(/<w:vMerge(?: w:val="continue")?\/>/);
    expect(cells[1]?.slice(1).join('')).not.toContain('w:vMerge');
    expect(cells[3]?.join('')).not.toContain('w:vMerge');
  });

  it('export to HTML with rowspan, the next row holding only its own cells', () => {
    const html = renderHtml(print());
    expect(html).toContain('<td rowspan="2"><p>Khadija</p></td>');
    const rows = (/<tbody>(.*?)<\/tbody>/.exec(html)?.[1] ?? '').match(/<tr>.*?<\/tr>/g) ?? [];
    expect(rows[1]).toBe('<tr><td><p>released</p></td><td><p>537 days</p></td></tr>');
  });

  it('export to PDF with the merged cell once and the cells beside it in their columns', async () => {
    const font = (name: string) =>
      new Uint8Array(
        readFileSync(join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf', `${name}.ttf`)),
      );
    const bytes = await renderPdf(print(), {
      normal: font('DejaVuSerif'),
      bold: font('DejaVuSerif-Bold'),
      italics: font('DejaVuSerif-Italic'),
      bolditalics: font('DejaVuSerif-BoldItalic'),
    });
    const file = join(dir, 'rowspan.pdf');
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text.match(/Khadija/g)).toHaveLength(1);
    // Where each word stands: "released" under "imprisoned", "537" under "301".
    const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const at = (word: string) => {
      const m = new RegExp(`<word xMin="([\\d.]+)" yMin="([\\d.]+)"[^>]*>${word}</word>`).exec(
        bbox,
      );
      return { x: Number(m?.[1]), y: Number(m?.[2]) };
    };
    expect(at('released').x).toBeCloseTo(at('imprisoned').x, 0);
    expect(at('537').x).toBeCloseTo(at('301').x, 0);
    expect(at('released').y).toBeGreaterThan(at('imprisoned').y);
    expect(at('Leyla').x).toBeCloseTo(at('Khadija').x, 0);
    expect(at('Leyla').y).toBeGreaterThan(at('released').y);
  });
});
