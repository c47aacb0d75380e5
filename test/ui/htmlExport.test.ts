import { describe, expect, it } from 'vitest';
import { cell, doc, note, p, row, table, text } from '../../src/core/document/build';
import { resolveDocument } from '../../src/core/document/resolve';
import { renderHtml } from '../../src/core/print/renderHtml';
import { loadLibraryView } from '../../src/backend/documents/libraryView';
import { axeProblems, openApp, screenshots } from './harness';

/** The HTML export in a real browser: hostile widths never push the page wider than the screen. */
describe('the HTML export on a screen', () => {
  it('wraps a 500-letter word, scrolls a 20-column table in its own box, keeps each back-link with its note', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const long = 'Ə'.repeat(250) + 'ш'.repeat(250);
    const content = doc(
      p(`A word of 500 letters: ${long}.`, note(text(`A note with the same word: ${long}`))),
      table(
        row(...Array.from({ length: 20 }, (_, i) => cell(`Column ${i + 1}`, { header: true }))),
        row(...Array.from({ length: 20 }, (_, i) => cell(`Detained since 2014, case ${i + 1}`))),
      ),
      p('After the table.', note(text('Short note.'))),
    );
    const d = await app.backend.call('documents.create', { title: 'Hostile widths' });
    const view = app.backend.read((lib) => loadLibraryView(lib.db, { ...d, content }));
    const html = renderHtml(resolveDocument({ ...d, content }, view, '2026-12-01').print);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.setContent(html);
      const sizes = await page.evaluate(() => {
        const g = globalThis as unknown as {
          document: {
            documentElement: { scrollWidth: number; clientWidth: number };
            querySelector(s: string): { scrollWidth: number; clientWidth: number } | null;
            querySelectorAll(s: string): ArrayLike<{
              getBoundingClientRect(): { top: number; bottom: number };
              previousSibling: unknown;
            }>;
          };
        };
        const wrap = g.document.querySelector('.table-wrap');
        return {
          page: g.document.documentElement.scrollWidth - g.document.documentElement.clientWidth,
          tableScrolls: wrap !== null && wrap.scrollWidth > wrap.clientWidth,
        };
      });
      expect(sizes.page, `page wider than ${width}px`).toBeLessThanOrEqual(0);
      expect(sizes.tableScrolls).toBe(true);
      // The back-link is on the line where its note ends (a no-break space binds them).
      const backlinkTops = await page.locator('a[role=doc-backlink]').evaluateAll((links) =>
        links.map((a) => {
          const link = (
            a as unknown as { getBoundingClientRect(): { top: number } }
          ).getBoundingClientRect().top;
          const li = (
            a as unknown as { parentElement: { getBoundingClientRect(): { bottom: number } } }
          ).parentElement.getBoundingClientRect().bottom;
          return li - link;
        }),
      );
      for (const gap of backlinkTops) expect(gap).toBeLessThan(40);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await axeProblems(page)).toEqual([]);
    await screenshots(page, 'export-html-hostile');
  });
});
