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

    await page.getByRole('tab', { name: 'Revisions' }).click();
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

describe('a linked snippet the library changed', () => {
  it('shows the badge and the words that changed, and Accept takes the new revision', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const s = (await app.backend.call('snippets.list', {})).find(
      (x) => x.title === 'Leyla Yunus: case summary',
    )!;
    const d = await app.backend.call('documents.create', { title: 'Letter' });
    const { id, revision: _r, createdAt: _c, updatedAt: _u, ...rest } = d;
    const embed = {
      type: 'snippet-embed',
      version: 1,
      snippetId: s.id,
      revision: s.revision,
      mode: 'linked',
      insertedAt: '2020-01-01',
      caseStatuses: {},
      children: [],
    };
    await app.backend.call('documents.save', {
      document: { id, ...rest, content: { root: { type: 'root', children: [embed] } } },
    });
    // The library's text changes after the snippet went in.
    const { revision: _sr, createdAt: _sc, updatedAt: _su, text: _t, ...fields } = s;
    const changed = JSON.parse(
      JSON.stringify(s.content).replace(
        'was released.',
        'was released; she later left Azerbaijan.',
      ),
    );
    await app.backend.call('snippets.save', { snippet: { ...fields, content: changed } });

    await go(app, `/documents/${id}`);
    const text = page.getByRole('textbox', { name: 'Text of the document' });
    const badge = text.getByRole('button', { name: /^changed in the library on/ });
    await badge.click();
    const review = text.getByRole('group', { name: 'What changed in the library' });
    await expect
      .poll(async () => (await review.locator('ins').allTextContents()).join(' '))
      .toContain('later');
    await screenshots(page, 'document-snippet-changed');
    await review.getByRole('button', { name: 'Accept the new text' }).click();
    await badge.waitFor({ state: 'detached' });
    await text.getByText(/^linked · revision \d+$/).waitFor();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(/^Saved .+ \(revision \d+\)$/).waitFor();
    const stored = await app.backend.call('documents.get', { id });
    expect(stored.content.root.children[0]?.revision).toBe(s.revision + 1);
  });
});

describe('the snippets list', () => {
  it('filters by forum, language and "case changed since review"', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const caseId = (await app.backend.call('cases.list', {})).find((c) =>
      c.title.startsWith('Khadija'),
    )!.id;
    await app.backend.call('events.save', {
      event: {
        caseId,
        date: '2026-11-20',
        type: 'other',
        text: 'New report on her case.',
        sources: [],
      },
    });
    await go(app, '/snippets');
    const table = page.getByRole('table', { name: 'Snippets' });
    await table.getByRole('link').first().waitFor();
    await page.getByRole('checkbox', { name: 'Case changed since review' }).click({ force: true });
    await expect
      .poll(async () => (await table.getByRole('link').allTextContents()).join(' | '))
      .toContain('Khadija Ismayilova: case summary');
    expect(await table.getByRole('link', { name: 'Leyla Yunus: case summary' }).count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Case changed since review' }).click({ force: true });
    const all = await app.backend.call('snippets.list', {});
    const forum = all.flatMap((s) => s.forums).find((f) => f !== 'upr-stakeholder')!;
    await page.getByRole('combobox', { name: 'Forum' }).selectOption(forum);
    await expect
      .poll(() => table.getByRole('link').count())
      .toBe(all.filter((s) => s.forums.includes(forum)).length);
  });
});
