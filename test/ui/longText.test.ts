import { describe, expect, it } from 'vitest';
import { note, p } from '../../src/core/document/build';
import type { RichContent } from '../../src/shared/domain';
import { go, openApp } from './harness';

/**
 * A long text (issue 9's speed): past DRAW_ALL_UNITS units (RichTextUnitsPlugin, 200), a unit is drawn as it comes near the
 * window and stays drawn; what is not drawn yet is still in the document, saved as it was.
 */
describe('a long document in the editor', () => {
  it('draws the notes near the window, the last ones once scrolled to, and saves every note', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const count = 400;
    const content: RichContent = {
      root: {
        type: 'root',
        version: 1,
        children: Array.from({ length: count }, (_, i) =>
          p(`Paragraph ${i + 1} of the long text.`, note(`Note of paragraph ${i + 1}.`)),
        ),
      },
    };
    const created = await app.backend.call('documents.create', { title: 'A long text' });
    const { id, revision: _r, createdAt: _c, updatedAt: _u, ...rest } = created;
    await app.backend.call('documents.save', { document: { id, ...rest, content } });
    const before = await app.backend.call('documents.get', { id });

    await go(app, `/documents/${id}`);
    const text = page.getByRole('textbox', { name: 'Text of the document' });
    await text.waitFor();
    await page.getByRole('button', { name: 'Footnote 1: Note of paragraph 1.' }).waitFor();
    // Far below the window, the last note is in the text but not drawn yet.
    const last = page.getByRole('button', {
      name: `Footnote ${count}: Note of paragraph ${count}.`,
    });
    expect(await last.count()).toBe(0);
    const drawn = () => page.locator('.ed-content button.ed-marker').count();
    expect(await drawn()).toBeLessThan(count);
    expect(
      await page.locator('.ed-content').getByText(`Paragraph ${count} of the long text.`).count(),
    ).toBe(1);

    // The end of the text: its notes are drawn, numbered in order, and the first ones stay.
    await text.getByText('Paragraph 1 of the long text.').click();
    await page.keyboard.press('Control+End');
    await last.waitFor();
    await expect.poll(drawn).toBeGreaterThan(50);
    expect(
      await page.getByRole('button', { name: 'Footnote 1: Note of paragraph 1.' }).count(),
    ).toBe(1);

    // Saved, every note is there, drawn or not.
    await page.keyboard.type(' The end.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(/^Saved .+ \(revision \d+\)$/).waitFor();
    const after = await app.backend.call('documents.get', { id });
    const notes = (c: RichContent) => JSON.stringify(c).match(/"type":"footnote"/g)?.length ?? 0;
    expect(notes(after.content)).toBe(count);
    expect(JSON.stringify(after.content)).toContain(`Note of paragraph ${count / 2}.`);
    expect(after.revision).toBeGreaterThan(before.revision);
  });
});
