import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pdfFonts } from '../../src/backend/documents/fonts';
import { bullets, doc, type ListEntry } from '../../src/core/document/build';
import { contentProblems, MAX_LIST_DEPTH } from '../../src/core/document/nodes';
import { HOUSE_STYLE, twips } from '../../src/core/print/houseStyle';
import { renderDocx } from '../../src/core/print/renderDocx';
import { renderHtml } from '../../src/core/print/renderHtml';
import { renderPdf } from '../../src/core/print/renderPdf';
import type { PrintBlock, PrintDocument } from '../../src/core/print/tree';
import { samplePrint } from '../fixtures/samplePrint';
import { demoBackend } from '../helpers';

/** A list nested `levels` deep: each item holds the next list. */
function nested(levels: number): ReturnType<typeof bullets> {
  let list = bullets('deepest');
  for (let i = 1; i < levels; i++) list = bullets(`level ${levels - i}`, list as ListEntry);
  return list;
}

describe('lists nest at most 9 levels deep (Word’s limit)', () => {
  it('takes 9 levels and refuses 10, naming the place and what to do', () => {
    expect(MAX_LIST_DEPTH).toBe(9);
    expect(contentProblems(doc(nested(9)))).toEqual([]);
    const [problem] = contentProblems(doc(nested(10)));
    expect(problem?.place).toMatch(/^root\.children\[0\](\.children\[1\]\.children\[0\]){9}$/);
    expect(problem?.message).toMatch(/nested 10 levels deep: lists go at most 9 levels deep/);
    expect(problem?.message).toMatch(/Outdent its items/);
  });

  it('is refused when saved or imported, nothing written', async () => {
    const b = await demoBackend();
    const d = await b.call('documents.create', { title: 'Deep' });
    const { revision: _r, createdAt: _c, updatedAt: _u, ...fields } = d;
    await expect(
      b.call('documents.save', { document: { ...fields, content: doc(nested(10)) } }),
    ).rejects.toThrow(/lists go at most 9 levels deep/);
    expect((await b.call('documents.get', { id: d.id })).revision).toBe(d.revision);
  });
});

describe('the exports print all 9 levels', () => {
  /** The print tree of a list 9 levels deep: item "level N" holds the list of level N + 1. */
  function printed(): PrintDocument {
    let sublist: Extract<PrintBlock, { type: 'list' }> | null = null;
    for (let level = MAX_LIST_DEPTH; level >= 1; level--)
      sublist = {
        type: 'list',
        ordered: level % 2 === 0,
        start: 1,
        items: [{ children: [{ type: 'text', text: `level ${level}` }], sublist }],
      };
    return samplePrint({ blocks: sublist ? [sublist] : [], notes: [] });
  }
  const levels = Array.from({ length: MAX_LIST_DEPTH }, (_, i) => `level ${i + 1}`);

  it('Word: each level its own list, indented one step further, inside the page', async () => {
    const files = unzipSync(await renderDocx(printed()));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    const numbering = strFromU8(files['word/numbering.xml'] ?? new Uint8Array());
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(texts.filter((t) => t?.startsWith('level '))).toEqual(levels);
    const indents = new Set(
      [...numbering.matchAll(/<w:ind w:left="(\d+)"/g)].map((m) => Number(m[1])),
    );
    // Under the text of numbered paragraphs, one hang further each level; the deepest leaves
    // more than half the text block to its text.
    const text = printed().numberedParagraphs ? twips(HOUSE_STYLE.body.numberIndent) : 0;
    const wanted = levels.map((_, d) => text + twips(HOUSE_STYLE.list.hang) * (d + 1));
    for (const indent of wanted) expect(indents).toContain(indent);
    const block = HOUSE_STYLE.page.width - 2 * HOUSE_STYLE.page.margin;
    expect(wanted.at(-1)).toBeLessThan(twips(block / 2));
  });

  it('PDF: every level, each further right', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-lists-'));
    try {
      const file = join(dir, 'lists.pdf');
      writeFileSync(file, await renderPdf(printed(), pdfFonts()));
      const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
      const xs = [...bbox.matchAll(/<word xMin="([\d.]+)"[^>]*>level<\/word>/g)].map((m) =>
        Number(m[1]),
      );
      expect(xs).toHaveLength(MAX_LIST_DEPTH);
      for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThan(xs[i - 1] ?? Infinity);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('HTML: 9 nested lists', () => {
    const html = renderHtml(printed());
    expect(html.match(/<(ul|ol)[ >]/g)).toHaveLength(MAX_LIST_DEPTH);
    for (const level of levels) expect(html).toContain(`<li>${level}<`);
  });
});
