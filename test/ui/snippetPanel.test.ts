import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../src/backend/demo/demoLibrary';
import { DEMO_DOCUMENT_IDS } from '../../src/backend/demo/demoDocuments';
import { axeProblems, go, openApp, screenshots } from './harness';

const { snippets: N, cases: C } = DEMO_IDS;

/** Beside a snippet's text: its details (saved with it) and the documents that use it. */
describe('the snippet side panel', () => {
  it('edits kind, tags and cases, keeps them over a reload, and lists the documents that use it', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const before = await app.backend.call('snippets.get', { id: N.recEchr });
    const anar = (await app.backend.call('cases.get', { id: C.anar })).case.title;
    const khadija = (await app.backend.call('cases.get', { id: C.khadija })).case.title;
    // A document that holds a copy of it, inside a table.
    const copy = await app.backend.call('documents.create', { title: 'Briefing for the CM' });
    const { id: copyId, revision: _r, createdAt: _c, updatedAt: _u, ...copyFields } = copy;
    const copied = {
      type: 'snippet-embed',
      snippetId: N.recEchr,
      revision: before.revision,
      mode: 'copied',
      insertedAt: '2026-11-01',
      caseStatuses: {},
      children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Our version.' }] }],
    };
    await app.backend.call('documents.save', {
      document: {
        id: copyId,
        ...copyFields,
        content: {
          root: {
            type: 'root',
            children: [
              {
                type: 'table',
                children: [
                  { type: 'tablerow', children: [{ type: 'tablecell', children: [copied] }] },
                ],
              },
            ],
          },
        },
      },
    });

    await go(app, `/snippets/${N.recEchr}`);
    const side = page.getByRole('complementary', { name: 'Beside the text' });
    const details = side.getByRole('tabpanel', { name: 'Details' });
    await details.getByRole('textbox', { name: 'Tags' }).waitFor();
    const problems = (await axeProblems(page)).map((p) => `details: ${p}`);
    await screenshots(page, 'snippet-details');
    await details.getByRole('combobox', { name: 'Add a case' }).scrollIntoViewIfNeeded();
    await screenshots(page, 'snippet-details-end');

    await details.getByRole('combobox', { name: 'Kind' }).selectOption('legal_analysis');
    await details
      .getByRole('textbox', { name: 'Tags' })
      .fill('execution of judgments, committee of ministers, follow-up');
    await details.getByRole('button', { name: `Remove ${anar} from the cases` }).click();
    // A case found by typing, picked with the keyboard.
    const addCase = details.getByRole('combobox', { name: 'Add a case' });
    await addCase.fill('Ismayilova');
    await page.getByRole('option', { name: new RegExp(khadija.slice(0, 20)) }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await details.getByRole('link', { name: khadija }).waitFor();
    await page.getByRole('status').getByText('unsaved changes', { exact: false }).waitFor();

    // A refusal appears at its field, and nothing is saved.
    const language = details.getByRole('textbox', { name: 'Language' });
    await language.fill('English');
    await page.keyboard.press('Control+s');
    await details
      .getByText('Expected a language code (for example en, az, ru)', { exact: true })
      .waitFor();
    await page.getByRole('status').getByText('not saved', { exact: false }).waitFor();
    expect(await language.getAttribute('aria-invalid')).toBe('true');
    await language.scrollIntoViewIfNeeded();
    await screenshots(page, 'snippet-details-refused');
    expect((await app.backend.call('snippets.get', { id: N.recEchr })).kind).toBe('recommendation');
    await language.fill('en');
    expect(await details.getByText(/Expected a language code/).count()).toBe(0);

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page
      .getByRole('status')
      .getByText(/changed \d\d:\d\d/)
      .waitFor();
    const saved = await app.backend.call('snippets.get', { id: N.recEchr });
    expect(saved).toMatchObject({
      kind: 'legal_analysis',
      tags: ['execution of judgments', 'committee of ministers', 'follow-up'],
      caseIds: [C.ilgar, C.rasul, C.intigam, C.khadija],
      forums: before.forums,
      language: 'en',
    });
    // Details alone are no new revision of the text.
    expect(saved.revision).toBe(before.revision);

    await page.reload();
    await details.getByRole('textbox', { name: 'Tags' }).waitFor();
    expect(await details.getByRole('textbox', { name: 'Tags' }).inputValue()).toBe(
      'execution of judgments, committee of ministers, follow-up',
    );
    expect(await details.getByRole('combobox', { name: 'Kind' }).inputValue()).toBe(
      'legal_analysis',
    );
    await details.getByRole('link', { name: khadija }).waitFor();
    expect(await details.getByRole('link', { name: anar }).count()).toBe(0);

    // Used in, reached from the keyboard: the tabs move with the arrow keys.
    await side.getByRole('tab', { name: 'Details' }).focus();
    await page.keyboard.press('ArrowRight');
    const used = side.getByRole('tabpanel', { name: 'Used in' });
    const list = used.getByRole('list', { name: 'Documents that use this snippet' });
    await list.waitFor();
    const upr = await app.backend.call('documents.get', {
      id: DEMO_DOCUMENT_IDS.uprAzerbaijan2017,
    });
    const rule92 = await app.backend.call('documents.get', {
      id: DEMO_DOCUMENT_IDS.rule92Mammadov2019,
    });
    const item = (title: string) => list.getByRole('listitem').filter({ hasText: title });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(3);
    expect(await item(upr.title).textContent()).toContain('linked · revision 1');
    expect(await item(rule92.title).textContent()).toContain('linked · revision 1');
    expect(await item('Briefing for the CM').textContent()).toContain('copied');
    problems.push(...(await axeProblems(page)).map((p) => `used in: ${p}`));
    await screenshots(page, 'snippet-used-in');

    await list.getByRole('link', { name: upr.title }).click();
    expect(new URL(page.url()).hash).toBe(`#/documents/${upr.id}`);
    await page.getByRole('heading', { level: 1, name: upr.title }).waitFor();
    expect(problems).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('saves a change of tags alone as no new revision, and shows it again without a reload', async () => {
    const app = await openApp('demo');
    const { page } = app;
    // Written by hand, as an exchange file or the command may: none of the editor's own fields.
    const bare = await app.backend.call('snippets.save', {
      snippet: {
        title: 'Bare text',
        kind: 'background',
        content: {
          root: {
            type: 'root',
            children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Plain words.' }] }],
          },
        },
      },
    });
    await go(app, `/snippets/${bare.id}`);
    await page
      .getByRole('textbox', { name: 'Text of the snippet' })
      .getByText('Plain words.')
      .waitFor();
    await page.getByRole('textbox', { name: 'Tags' }).fill('azerbaijan');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page
      .getByRole('status')
      .getByText(/changed \d\d:\d\d/)
      .waitFor();
    const saved = await app.backend.call('snippets.get', { id: bare.id });
    expect(saved.tags).toEqual(['azerbaijan']);
    expect(saved.revision).toBe(1);

    // Within the app (no reload), the list and the snippet again show what was saved.
    await page.getByRole('link', { name: /^Snippets/ }).click();
    const table = page.getByRole('table', { name: 'Snippets' });
    await table
      .getByRole('row', { name: /Bare text/ })
      .getByText('azerbaijan')
      .waitFor();
    await table.getByRole('link', { name: 'Bare text' }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Tags' }).inputValue())
      .toBe('azerbaijan');
  });

  it('says what goes under Used in when no document has the snippet', async () => {
    const app = await openApp('demo');
    await go(app, `/snippets/${N.summaryLeyla}`);
    await app.page.getByRole('tab', { name: 'Used in' }).click();
    await app.page.getByText('No document uses this snippet yet.', { exact: false }).waitFor();
    await screenshots(app.page, 'snippet-used-in-none');
  });
});
