import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend';
import { loadLibraryView } from '../../src/backend/documents/libraryView';
import { contentMeaning } from '../../src/core/document/meaning';
import { resolveDocument } from '../../src/core/document/resolve';
import type { RichContent } from '../../src/shared/domain';
import { go, openApp, screenshots, type App } from './harness';

/**
 * The editor reads and writes exactly the document format: every demo document, template and
 * snippet goes through it in Chromium (opened, saved unchanged) and comes back equal, printing
 * the same text.
 */

/** Content as core reads it (Lexical's own fields left out, defaults filled in). */
const normalContent = (c: RichContent) => contentMeaning(c);

function printed(b: Backend, doc: Awaited<ReturnType<Backend['call']>> & object) {
  const d = doc as Parameters<typeof loadLibraryView>[1] & { asOf: string | null };
  const view = b.read((lib) => loadLibraryView(lib.db, d));
  const { blocks, notes, cover } = resolveDocument(d, view, d.asOf ?? '2020-01-01').print;
  return { blocks, notes, cover };
}

/** Opens the document in the editor, saves it as it stands, and gives back what was stored. */
async function throughTheEditor(app: App, id: string) {
  await go(app, `/documents/${id}`);
  await app.page.getByRole('textbox', { name: 'Text of the document' }).waitFor();
  await app.page.getByText(/^Revision \d+$/).waitFor();
  await app.page.getByRole('button', { name: 'Save', exact: true }).click();
  await app.page.getByText(/^Saved .+ \(revision \d+\)$/).waitFor();
  return app.backend.call('documents.get', { id });
}

describe('the editor and the document format', () => {
  it('gives back every demo document as stored, printing the same', async () => {
    const app = await openApp('demo');
    const docs = await app.backend.call('documents.list', {});
    expect(docs.length).toBe(3);
    for (const summary of docs) {
      const before = await app.backend.call('documents.get', { id: summary.id });
      const after = await throughTheEditor(app, summary.id);
      // Opened and saved as it stands: the same text, so no new revision.
      expect(after.revision, summary.title).toBe(before.revision);
      expect(normalContent(after.content), summary.title).toEqual(normalContent(before.content));
      expect(printed(app.backend, after), summary.title).toEqual(printed(app.backend, before));
    }
    expect(app.errors).toEqual([]);
  });

  it('gives back every template’s content, and every snippet’s as a copied embed', async () => {
    const app = await openApp('demo');
    const templates = await app.backend.call('templates.list', {});
    expect(templates.length).toBeGreaterThan(0);
    for (const t of templates) {
      const d = await app.backend.call('documents.create', { title: t.name, templateId: t.id });
      const after = await throughTheEditor(app, d.id);
      expect(normalContent(after.content), t.name).toEqual(normalContent(d.content));
    }
    const snippets = await app.backend.call('snippets.list', {});
    const d = await app.backend.call('documents.create', { title: 'Every snippet' });
    const content: RichContent = {
      root: {
        type: 'root',
        children: snippets.map((s) => ({
          type: 'snippet-embed',
          version: 1,
          snippetId: s.id,
          revision: s.revision,
          mode: 'copied',
          insertedAt: '2020-01-01',
          caseStatuses: {},
          children: s.content.root.children,
        })),
      },
    };
    const { id, revision: _r, createdAt: _c, updatedAt: _u, ...rest } = d;
    await app.backend.call('documents.save', { document: { id, ...rest, content } });
    const after = await throughTheEditor(app, d.id);
    expect(normalContent(after.content)).toEqual(normalContent(content));
    expect(app.errors).toEqual([]);
  });

  it('shows fields as of the document’s date, notes numbered in order, and preflight', async () => {
    const app = await openApp('demo');
    const { page } = app;
    await go(app, '/documents');
    await page.getByRole('link', { name: /free the human rights defenders/ }).click();
    const text = page.getByRole('textbox', { name: 'Text of the document' });
    await text.waitFor();
    // Leyla Yunus, as of 10 December 2014: in pretrial detention, 134 days.
    await text.getByText('134 days', { exact: true }).first().waitFor();
    await text.getByText('in pretrial detention', { exact: true }).first().waitFor();
    const markers = await text.locator('sup.ed-marker').allTextContents();
    expect(markers.slice(0, 3)).toEqual(['1', '2', '3']);
    await page
      .getByRole('tabpanel', { name: 'Preflight' })
      .getByText(/\d+ words/)
      .waitFor();
    expect(await page.getByText('Unsaved changes').count()).toBe(0);
    await screenshots(page, 'document');
  });
});

describe('writing a document', () => {
  it('starts a joint statement from its template, seeing the forum’s rules first', async () => {
    const app = await openApp('demo');
    const { page } = app;
    await go(app, '/documents');
    await page.getByRole('button', { name: 'New document…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New document' });
    await dialog
      .getByRole('radio', { name: /^Joint statement/ })
      .first()
      .click({ force: true });
    const rules = dialog.getByRole('region', { name: 'The forum’s rules' });
    await rules.getByText('Length').waitFor();
    expect(await rules.textContent()).toMatch(/word limit|words/);
    await dialog.getByRole('button', { name: 'Create document' }).click();
    // A title is needed, and said at its field.
    await expect
      .poll(() => dialog.getByRole('textbox', { name: 'Title' }).getAttribute('aria-invalid'))
      .toBe('true');
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Release the journalists');
    await dialog.getByRole('button', { name: 'Create document' }).click();
    await page.getByRole('heading', { level: 1, name: 'Release the journalists' }).waitFor();
    await page.getByRole('textbox', { name: 'Text of the document' }).waitFor();
    const docs = await app.backend.call('documents.list', {});
    const made = docs.find((d) => d.title === 'Release the journalists');
    expect(made?.templateId).not.toBeNull();
    expect(made?.forumKey).toBe('joint-statement');
    await screenshots(page, 'document-new');
  });

  it('saves by itself as the person types: a reload two seconds later keeps the text', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const d = await app.backend.call('documents.create', { title: 'Draft statement' });
    await go(app, `/documents/${d.id}`);
    const text = page.getByRole('textbox', { name: 'Text of the document' });
    await text.click();
    await page.keyboard.type('We call for the release of all journalists.');
    await page.waitForTimeout(2000);
    await page.reload();
    await page
      .getByRole('textbox', { name: 'Text of the document' })
      .getByText('We call for the release of all journalists.')
      .waitFor();
    const stored = await app.backend.call('documents.get', { id: d.id });
    expect(JSON.stringify(stored.content)).toContain('We call for the release of all journalists.');
    // Autosaves while typing update the revision of a few minutes ago, not one per pause.
    expect(stored.revision).toBe(1);
  });
});

describe('the library beside the text', () => {
  it('inserts snippets linked (Enter), as a copy (button) and by drag and drop, recording their revision and case statuses', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const d = await app.backend.call('documents.create', { title: 'Joint letter' });
    await go(app, `/documents/${d.id}`);
    const text = page.getByRole('textbox', { name: 'Text of the document' });
    await text.click();
    await page.getByRole('tab', { name: 'Library' }).click();
    const search = page.getByRole('searchbox', { name: 'Search snippets' });
    await search.fill('Xədicə');
    const list = page.getByRole('listbox', { name: 'Snippets' });
    await list.getByRole('option', { name: /Khadija Ismayilova: case summary/ }).click();
    await page.getByRole('region', { name: /Preview: Khadija Ismayilova/ }).waitFor();
    await list.getByRole('option', { name: /Khadija Ismayilova: case summary/ }).press('Enter');
    await text.getByRole('region', { name: 'Snippet: Khadija Ismayilova: case summary' }).waitFor();
    await text.getByText(/^linked · revision \d+$/).waitFor();

    await search.fill('Yunus');
    await list.getByRole('option', { name: /Leyla Yunus: case summary/ }).click();
    await page.getByRole('button', { name: 'Insert a copy' }).click();
    await text
      .getByRole('textbox', { name: /Text of Leyla Yunus: case summary \(copied\)/ })
      .waitFor();

    await search.fill('Jafarov');
    const option = list.getByRole('option', { name: /Rasul Jafarov: case summary/ });
    await option.waitFor();
    await option.locator('[draggable="true"]').dragTo(text);
    await text.getByRole('region', { name: 'Snippet: Rasul Jafarov: case summary' }).waitFor();

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(/^Saved .+ \(revision \d+\)$/).waitFor();
    const stored = await app.backend.call('documents.get', { id: d.id });
    const embeds = stored.content.root.children.filter((n) => n.type === 'snippet-embed');
    expect(embeds.map((e) => e.mode).sort()).toEqual(['copied', 'linked', 'linked']);
    for (const e of embeds) {
      expect(Object.keys(e.caseStatuses as object).length).toBeGreaterThan(0);
      expect(e.revision).toBeGreaterThanOrEqual(1);
    }
    const copied = embeds.find((e) => e.mode === 'copied');
    expect(JSON.stringify(copied?.children)).toContain('Leyla Yunus');
    await page.getByRole('tab', { name: /Preflight/ }).click();
    await expect
      .poll(async () =>
        Number(
          /(\d+) words/.exec(
            (await page.getByRole('tabpanel').getByRole('status').textContent()) ?? '',
          )?.[1] ?? 0,
        ),
      )
      .toBeGreaterThan(100);
    await screenshots(page, 'document-library');
  });

  it('follows the as-of date at once: a status field before and after a release', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const d = await app.backend.call('documents.create', { title: 'Note' });
    const { id, revision: _r, createdAt: _c, updatedAt: _u, ...rest } = d;
    const caseId = (await app.backend.call('cases.list', {})).find((c) =>
      c.title.startsWith('Khadija Ismayilova'),
    )!.id;
    await app.backend.call('documents.save', {
      document: {
        id,
        ...rest,
        content: {
          root: {
            type: 'root',
            children: [
              {
                type: 'paragraph',
                children: [
                  { type: 'text', text: 'She is ' },
                  { type: 'live-field', field: 'case.status', caseId, personId: null },
                  { type: 'text', text: '.' },
                ],
              },
            ],
          },
        },
      },
    });
    await go(app, `/documents/${d.id}`);
    const text = page.getByRole('textbox', { name: 'Text of the document' });
    await text.getByText('released, sentence suspended', { exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Details' }).click();
    await page.getByLabel('As of').fill('2015-06-01');
    await text.getByText('in pretrial detention', { exact: true }).waitFor();
    await expect
      .poll(async () => (await app.backend.call('documents.get', { id })).asOf)
      .toBe('2015-06-01');
    await screenshots(page, 'document-details');
  });
});

describe('fields and citations', () => {
  it('inserts a live field for a case found by any spelling, and a citation by Ctrl+Shift+C, numbered', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const d = await app.backend.call('documents.create', { title: 'Note', asOf: '2016-06-01' });
    await go(app, `/documents/${d.id}`);
    const text = page.getByRole('textbox', { name: 'Text of the document' });
    await text.click();
    await page.keyboard.type('She spent ');
    await page
      .getByRole('toolbar', { name: 'Formatting' })
      .getByRole('button', { name: 'Field…' })
      .click();
    const fieldDialog = page.getByRole('dialog', { name: 'Insert a live field' });
    await fieldDialog
      .getByRole('combobox', { name: 'Field' })
      .selectOption({ label: 'days deprived of liberty' });
    const caseBox = fieldDialog.getByRole('combobox', { name: 'Case' });
    await caseBox.fill('İsmayılova');
    await page.getByRole('option', { name: /Khadija Ismayilova: prosecution/ }).click();
    await fieldDialog.getByRole('button', { name: 'Insert field' }).click();
    await text.getByText('537 days', { exact: true }).waitFor();
    await text.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' in detention.');
    await page.keyboard.press('Control+Shift+C');
    const citeDialog = page.getByRole('dialog', { name: 'Cite a source' });
    await citeDialog.getByRole('combobox', { name: 'Source' }).fill('Supreme Court suspends');
    await page.getByRole('option', { name: /Supreme Court suspends sentence of Khadija/ }).click();
    await citeDialog.getByRole('textbox', { name: 'Pinpoint' }).fill('para. 3');
    await citeDialog.getByRole('button', { name: 'Insert citation' }).click();
    await text.locator('sup.ed-marker').getByText('1', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(/^Saved .+ \(revision \d+\)$/).waitFor();
    const stored = JSON.stringify((await app.backend.call('documents.get', { id: d.id })).content);
    expect(stored).toContain('"field":"case.daysDeprived"');
    expect(stored).toContain('"pinpoint":"para. 3"');
    await screenshots(page, 'document-fields');
  });
});

describe('preflight beside the text', () => {
  it('lists a field that cannot be filled in as an error, and a click lands on it in the text', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const d = await app.backend.call('documents.create', { title: 'Long note' });
    const { id, revision: _r, createdAt: _c, updatedAt: _u, ...rest } = d;
    const para = (t: string) => ({ type: 'paragraph', children: [{ type: 'text', text: t }] });
    await app.backend.call('documents.save', {
      document: {
        id,
        ...rest,
        content: {
          root: {
            type: 'root',
            children: [
              ...Array.from({ length: 30 }, (_, i) =>
                para(`Paragraph ${i + 1} of the background.`),
              ),
              {
                type: 'paragraph',
                children: [
                  { type: 'text', text: 'The status is ' },
                  {
                    type: 'live-field',
                    field: 'case.status',
                    caseId: '00000000-0000-4000-8000-000000000000',
                    personId: null,
                  },
                ],
              },
            ],
          },
        },
      },
    });
    await go(app, `/documents/${id}`);
    const panel = page.getByRole('tabpanel', { name: 'Preflight' });
    await panel.getByRole('heading', { name: /^Errors/ }).waitFor();
    await panel
      .getByRole('button', { name: /^Go to paragraph 31/ })
      .first()
      .click();
    const text = page.getByRole('textbox', { name: 'Text of the document' });
    const marked = text.locator('.ed-jumped');
    await marked.waitFor();
    expect(await marked.textContent()).toContain('[case.status: unresolved]');
    expect(await marked.isVisible()).toBe(true);
  });
});

describe('signatories', () => {
  it('adds two organisations, confirms them, puts the second first; the signatory list prints the confirmed ones', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const d = await app.backend.call('documents.create', {
      title: 'Joint statement',
      templateId: (await app.backend.call('templates.list', {})).find(
        (t) => t.forumKey === 'joint-statement',
      )!.id,
    });
    await go(app, `/documents/${d.id}`);
    await page.getByRole('textbox', { name: 'Text of the document' }).waitFor();
    await page.getByRole('tab', { name: 'Signatories' }).click();
    const add = page.getByRole('combobox', { name: 'Add an organisation' });
    for (const name of ['ARTICLE 19', 'PEN International']) {
      await add.fill(name.split(' ')[0]!);
      await page.getByRole('option', { name }).click();
      await page.getByRole('combobox', { name: `Status of ${name}` }).selectOption('confirmed');
    }
    await page.getByRole('button', { name: 'Move PEN International up' }).click();
    // Each change is saved on its own: wait for the last (the new order) to be stored.
    const orgs = await app.backend.call('organisations.list', {});
    await expect
      .poll(async () =>
        (await app.backend.call('documents.get', { id: d.id })).signatories.map(
          (s) => `${orgs.find((o) => o.id === s.organisationId)?.name}: ${s.status}`,
        ),
      )
      .toEqual(['PEN International: confirmed', 'ARTICLE 19: confirmed']);
    const list = page
      .getByRole('textbox', { name: 'Text of the document' })
      .getByRole('group', { name: 'Signatory list' });
    await expect
      .poll(async () => (await list.getByRole('listitem').allTextContents()).join(', '))
      .toBe('PEN International, ARTICLE 19');
    await screenshots(page, 'document-signatories');
  });
});
