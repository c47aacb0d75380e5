import { describe, expect, it } from 'vitest';
import { go, openApp, screenshots } from './harness';

/** Snippets on screen: edit (each save a revision), compare revisions word by word, restore. */
describe('a snippet', () => {
  it('is edited and saved as a new revision, compared with the old one word by word, and restored', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const all = await app.backend.call('snippets.list', {});
    const s = all.find((x) => x.title === 'Leyla Yunus: case summary')!;
    await go(app, `/snippets/${s.id}`);
    const text = page.getByRole('textbox', { name: 'Text of the snippet' });
    await text.waitFor();
    await text.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' She was released in December 2015.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page
      .getByRole('status')
      .getByText(`revision ${s.revision + 1}`, { exact: false })
      .waitFor();
    const saved = await app.backend.call('snippets.get', { id: s.id });
    expect(saved.revision).toBe(s.revision + 1);
    expect(saved.text).toContain('She was released in December 2015.');

    await page
      .getByRole('button', { name: `Compare revision ${s.revision} with the text now` })
      .click();
    const diff = page.getByRole('region', { name: `Revision ${s.revision} → the text now` });
    expect(await diff.locator('ins').allTextContents()).toContain(
      ' She was released in December 2015.'.trimStart(),
    );
    await screenshots(page, 'snippet');
    await diff.getByRole('button', { name: `Restore revision ${s.revision}` }).click();
    await expect
      .poll(async () => (await app.backend.call('snippets.get', { id: s.id })).revision)
      .toBe(s.revision + 2);
    const restored = await app.backend.call('snippets.get', { id: s.id });
    expect(restored.text).not.toContain('She was released in December 2015.');
    // The editor opens again on the restored text.
    await expect
      .poll(
        async () =>
          (await page.getByRole('textbox', { name: 'Text of the snippet' }).textContent()) ?? '',
      )
      .not.toContain('She was released in December 2015.');
  });

  it('is marked reviewed today', async () => {
    const app = await openApp('demo');
    const s = (await app.backend.call('snippets.list', {}))[0]!;
    await go(app, `/snippets/${s.id}`);
    await app.page.getByRole('button', { name: 'Mark reviewed today' }).click();
    await app.page.getByText(/reviewed \d+ \w+ \d{4}/).waitFor();
    expect((await app.backend.call('snippets.get', { id: s.id })).reviewedAt).not.toBeNull();
  });
});
