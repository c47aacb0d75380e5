import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfFonts } from '../../src/backend/documents/fonts';
import { bullets, doc, numbered } from '../../src/core/document/build';
import { resolveDocument } from '../../src/core/document/resolve';
import { renderDocx } from '../../src/core/print/renderDocx';
import { renderHtml } from '../../src/core/print/renderHtml';
import { renderPdf } from '../../src/core/print/renderPdf';
import { documentInput } from '../../src/shared/domain';
import { EMPTY_LIBRARY } from '../fixtures/emptyLibrary';

// The editor (Lexical) nests a list in a list item of its own that holds nothing else: the
// bullet "Release them" is followed by an item holding the lettered list.
const content = doc(
  bullets('Release them', numbered('Khadija', 'Leyla', numbered('at once')), 'Repeal the law'),
);
const print = () =>
  resolveDocument(documentInput.parse({ title: 'Lists', content }), EMPTY_LIBRARY, '2016-06-01')
    .print;

const dir = mkdtempSync(join(tmpdir(), 'dossier-lists-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a list nested as the editor nests it', () => {
  it('belongs to the item above it in print: no empty item, no second marker', () => {
    const [list] = print().blocks;
    expect(list?.type).toBe('list');
    const items = list?.type === 'list' ? list.items : [];
    expect(items.map((i) => i.children.map((c) => (c.type === 'text' ? c.text : '')))).toEqual([
      ['Release them'],
      ['Repeal the law'],
    ]);
    const sub = items[0]?.sublist;
    expect(sub?.items.map((i) => i.children.length)).toEqual([1, 1]);
    expect(sub?.items[1]?.sublist?.items).toHaveLength(1);
  });

  it('prints one marker per item in the PDF, the Word file and the web page', async () => {
    const file = join(dir, 'lists.pdf');
    writeFileSync(file, await renderPdf(print(), pdfFonts()));
    const lines = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /Release|Khadija|Leyla|at once|Repeal/.test(l));
    // (pdftotext does not read the bullets, which are drawn.)
    expect(lines).toEqual([
      'Release them',
      '(a) Khadija',
      '(b) Leyla',
      '(i) at once',
      'Repeal the law',
    ]);

    const xml = strFromU8(
      unzipSync(await renderDocx(print()))['word/document.xml'] ?? new Uint8Array(),
    );
    const listParagraphs = [
      ...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*<w:numPr>(?:(?!<\/w:p>).)*<\/w:p>/g),
    ];
    expect(listParagraphs.map((m) => /<w:t[^>]*>([^<]*)</.exec(m[0])?.[1])).toEqual([
      'Release them',
      'Khadija',
      'Leyla',
      'at once',
      'Repeal the law',
    ]);

    const html = renderHtml(print());
    expect(html).not.toMatch(/<li>\s*<ol/);
    expect(html.match(/<li>/g)).toHaveLength(5);
  });
});
