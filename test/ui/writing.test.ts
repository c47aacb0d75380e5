import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../src/backend/demo/demoLibrary';
import { cite, doc, embed, note, p, text } from '../../src/core/document/build';
import { contentFromText } from '../../src/core/document/content';
import { tempDir } from '../helpers';
import { axeProblems, go, openApp, paste, screenshots, type App } from './harness';

/** Writing a submission to its forum's rules, seeing what will print, going back in time. */

const TEXT = 'Text of the document';

/** `n` words of plain prose, in paragraphs of 100 words separated by blank lines. */
function prose(n: number): string {
  const words = Array.from({ length: n }, (_, i) => `word${i}`);
  const paragraphs: string[] = [];
  for (let i = 0; i < words.length; i += 100) paragraphs.push(words.slice(i, i + 100).join(' '));
  return paragraphs.join('\n\n');
}

async function preflightCount(app: App): Promise<number> {
  const status = app.page.getByRole('tabpanel', { name: 'Preflight' }).getByRole('status');
  return Number(/(\d+) words/.exec((await status.textContent()) ?? '')?.[1] ?? 0);
}

async function openDemo(app: App, title: RegExp): Promise<string> {
  await go(app, '/documents');
  await app.page.getByRole('link', { name: title }).click();
  await app.page.getByRole('textbox', { name: TEXT }).waitFor();
  await app.page.getByText(/^Revision \d+$/).waitFor();
  return app.page.url().split('/documents/')[1] ?? '';
}

async function download(app: App, format: 'Word (.docx)' | 'PDF' | 'HTML (web page)') {
  const { page } = app;
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the document' });
  await dialog
    .getByRole('radio', { name: new RegExp(`^${format.replace(/[().]/g, '\\$&')}`) })
    .click({ force: true });
  const file = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export and download' }).click();
  const path = join(tempDir(), (await file).suggestedFilename());
  await (await file).saveAs(path);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return path;
}

describe('the forum’s word limit', () => {
  it('is passed by pasted text: the error says where, a click lands there, and cutting clears it', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const template = (await app.backend.call('templates.list', {})).find(
      (t) => t.name === 'UPR stakeholder submission — single organisation',
    )!;
    const d = await app.backend.call('documents.create', {
      title: 'Azerbaijan: civic space',
      templateId: template.id,
    });
    await go(app, `/documents/${d.id}`);
    await page.getByRole('textbox', { name: TEXT }).waitFor();
    await expect.poll(() => preflightCount(app)).toBeGreaterThan(0);
    const before = await preflightCount(app);
    const findings = page.getByRole('tabpanel', { name: 'Preflight' });
    await expect.poll(() => findings.getByText(/over the limit of 2815/).count()).toBe(0);

    // Pasted at the end: 3,000 words of prose, in 30 paragraphs.
    await paste(app, { plain: prose(3000) });
    await expect.poll(() => preflightCount(app)).toBe(before + 3000);
    const error = findings.getByText(/over the limit of 2815 for a single-organisation/);
    await error.waitFor();
    await screenshots(page, 'document-word-limit');

    // The limit is passed in the pasted paragraph that holds word 2,816.
    const at = 2815 - before;
    const paragraph = Math.floor(at / 100);
    await findings.getByRole('button', { name: /^Go to word 2816,/ }).click();
    const jumped = page.getByRole('textbox', { name: TEXT }).locator('.ed-jumped');
    await expect.poll(() => jumped.count()).toBe(1);
    expect(await jumped.textContent()).toContain(`word${paragraph * 100} `);
    // The cursor is there: typing goes into that paragraph.
    await page.keyboard.type('HERE ');
    await expect.poll(() => jumped.textContent()).toContain(`HERE word${paragraph * 100}`);

    // Cut from there to the end: the count is under the limit and the error is gone.
    await page.keyboard.press('Shift+Control+End');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            String((globalThis as unknown as { getSelection(): unknown }).getSelection()).length,
        ),
      )
      .toBeGreaterThan(1000);
    // The editor takes the new selection from the page's selectionchange event, a moment later:
    // a key pressed within that moment (no person is that fast) acts on the old one.
    await page.waitForTimeout(200);
    await page.keyboard.press('Delete');
    await expect.poll(() => preflightCount(app)).toBeLessThanOrEqual(2815);
    await expect.poll(() => error.count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('is counted after each pause from the blocks changed, and from the whole text when the backend lost it', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const d = await app.backend.call('documents.create', { title: 'Long statement' });
    const { revision: _r, createdAt: _c, updatedAt: _u, ...fields } = d;
    const paragraphs = Array.from({ length: 40 }, (_, i) => p(`Paragraph ${i} has five words.`));
    await app.backend.call('documents.save', {
      document: { ...fields, content: doc(...paragraphs) },
    });
    // What each preview sends: the whole text, or its changes against the last one.
    const sent: { content?: unknown; changes?: { blocks: unknown[] }; known?: object }[] = [];
    // The backend forgets the text of the next changes (as after it started again), once.
    let forget = false;
    // A call still on its way when the page closes is let go quietly.
    const pass = (going: Promise<void>): Promise<void> => going.catch(() => undefined);
    await page.route('**/api/call', async (route) => {
      const body = route.request().postData() ?? '';
      if (!body.includes('"documents.preview"')) return pass(route.continue());
      const call = JSON.parse(body) as {
        params: (typeof sent)[number] & { changes?: { base: string } };
      };
      sent.push(call.params);
      if (forget && call.params.changes !== undefined) {
        forget = false;
        call.params.changes.base = 'forgotten';
        return pass(route.continue({ postData: JSON.stringify(call) }));
      }
      return pass(route.continue());
    });
    // The first preview reads the stored text; then, while the person reads, the text as the
    // editor holds it goes once, whole.
    const held = page.waitForResponse(
      (r) => r.request().postData()?.includes('"content"') === true,
    );
    await go(app, `/documents/${d.id}`);
    await expect.poll(() => preflightCount(app)).toBe(200);
    await held;
    expect(sent.map((s) => (s.content !== undefined ? 'content' : 'stored'))).toEqual([
      'stored',
      'content',
    ]);

    // Each pause in typing then sends the blocks it changed.
    const text = page.getByRole('textbox', { name: TEXT });
    await text.getByText('Paragraph 7 has five words.').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' And two.');
    await expect.poll(() => preflightCount(app)).toBe(202);
    await text.getByText('Paragraph 30 has five words.').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Three more words.');
    await expect.poll(() => preflightCount(app)).toBe(205);
    const typed = sent.slice(2);
    expect(typed.length).toBeGreaterThanOrEqual(2);
    expect(typed.every((s) => s.changes !== undefined && s.content === undefined)).toBe(true);
    const changes = typed.at(-1)?.changes;
    expect(changes?.blocks).toHaveLength(40);
    // One block sent as it is now, 39 by their place in the text sent before.
    expect(changes?.blocks.filter((b) => typeof b !== 'number')).toHaveLength(1);
    expect(JSON.stringify(changes?.blocks[30])).toContain('Three more words.');
    // The snippets' texts the window holds are not sent back to it.
    expect(sent.at(-1)?.known).toEqual({});

    // Lost by the backend: the window sends the whole text again, and the count is right.
    forget = true;
    const before = sent.length;
    await page.keyboard.type(' Four.');
    await expect.poll(() => preflightCount(app)).toBe(206);
    const after = sent.slice(before);
    expect(after.map((s) => (s.changes !== undefined ? 'changes' : 'content'))).toEqual([
      'changes',
      'content',
    ]);
    // What the window showed is what the backend counts in the text saved.
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(/^Saved .+ \(revision \d+\)$/).waitFor();
    const saved = await app.backend.call('documents.check', { id: d.id });
    expect(saved.words.counted).toBe(206);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    expect(app.errors).toEqual([]);
  });
});

describe('the printed text of a public document', () => {
  it('never names an anonymised person: not in the preview of the printed text, not in Word, PDF or HTML', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const person = await app.backend.call('persons.get', { id: DEMO_IDS.persons.khadija });
    const id = await openDemo(app, /free the human rights defenders/);
    // The document speaks of her, in its own text and through her snippet and fields.
    const internal = await app.backend.call('documents.printed', { id });
    expect(JSON.stringify(internal)).toContain('Ismayilova');

    await app.backend.call('persons.save', { person: { ...person, visibility: 'anonymise' } });
    await page.reload();
    await page.getByRole('textbox', { name: TEXT }).waitFor();
    await page.getByRole('button', { name: 'As printed' }).click();
    const printed = page.getByRole('article', { name: 'The document as it will print' });
    await printed.getByText(/We, the undersigned organisations/).waitFor();
    const shown = await printed.innerText();
    expect(shown).not.toMatch(/Khadija|Ismayilova|Xədicə|İsmayılova/);
    // The text being written is out of sight while the printed text is shown.
    expect(await page.getByRole('textbox', { name: TEXT }).isVisible()).toBe(false);
    expect(shown).toContain('name withheld');
    expect(await axeProblems(page)).toEqual([]);
    await screenshots(page, 'document-as-printed');

    await page.getByRole('button', { name: 'As printed' }).click();
    await page.getByRole('textbox', { name: TEXT }).waitFor();
    const docx = await download(app, 'Word (.docx)');
    const files = unzipSync(new Uint8Array(readFileSync(docx)));
    const xml = Object.entries(files)
      .filter(([name]) => name.endsWith('.xml'))
      .map(([, bytes]) => strFromU8(bytes))
      .join('\n');
    expect(xml.replace(/<[^>]+>/g, '')).toContain('We, the undersigned organisations');
    expect(xml).not.toMatch(/Khadija|Ismayilova/);
    const pdf = await download(app, 'PDF');
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('undersigned organisations');
    expect(text).not.toMatch(/Khadija|Ismayilova/);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).not.toMatch(/Khadija|Ismayilova/);
    const html = readFileSync(await download(app, 'HTML (web page)'), 'utf8');
    expect(html).toContain('undersigned organisations');
    expect(html).not.toMatch(/Khadija|Ismayilova/);
    expect(app.errors).toEqual([]);
  });
});

describe('the document’s details', () => {
  it('are all edited beside the text and kept: title, short title, subtitle, cover lines, forum, language, keywords', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const d = await app.backend.call('documents.create', { title: 'Draft' });
    await go(app, `/documents/${d.id}`);
    await page.getByRole('textbox', { name: TEXT }).waitFor();
    await page.getByRole('tab', { name: 'Details' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Details' });
    const title = panel.getByRole('textbox', { name: 'Title', exact: true });
    await title.fill('');
    await title.press('Enter');
    await panel.getByText('A document needs a title.').waitFor();
    await title.fill('Azerbaijan: free them all');
    await title.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Azerbaijan: free them all' }).waitFor();
    await panel.getByRole('textbox', { name: 'Short title' }).fill('Free them all');
    await panel.getByRole('textbox', { name: 'Subtitle' }).fill('Joint statement');
    await panel
      .getByRole('textbox', { name: 'Cover lines' })
      .fill('To the Human Rights Council\n\n58th session ');
    await panel.getByRole('combobox', { name: 'Forum' }).selectOption('joint-statement');
    await panel.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await panel.getByRole('textbox', { name: 'Keywords' }).fill('Azerbaijan, press freedom, ');
    await panel.getByRole('textbox', { name: 'Keywords' }).press('Tab');
    await expect
      .poll(async () => {
        const s = await app.backend.call('documents.get', { id: d.id });
        return [
          s.title,
          s.shortTitle,
          s.subtitle,
          s.coverLines,
          s.forumKey,
          s.language,
          s.keywords,
        ];
      })
      .toEqual([
        'Azerbaijan: free them all',
        'Free them all',
        'Joint statement',
        ['To the Human Rights Council', '58th session'],
        'joint-statement',
        'fr',
        ['Azerbaijan', 'press freedom'],
      ]);
    // The forum's rules follow at once: a joint statement needs its sections.
    await page.getByRole('tab', { name: /Preflight/ }).click();
    await page
      .getByRole('tabpanel', { name: 'Preflight' })
      .getByText(/expects a section "Demands"/)
      .waitFor();
    await page.getByRole('tab', { name: 'Details' }).click();
    expect(await axeProblems(page)).toEqual([]);
    await screenshots(page, 'document-details-all');
    await page.reload();
    await page.getByRole('tab', { name: 'Details' }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Short title' }).inputValue())
      .toBe('Free them all');
  });
});

describe('revisions of a document', () => {
  it('are listed, compared word by word with the text now, and restored as a new revision', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const d = await app.backend.call('documents.create', { title: 'Statement' });
    await go(app, `/documents/${d.id}`);
    const text = page.getByRole('textbox', { name: TEXT });
    await text.click();
    await page.keyboard.type('The first version of the demands.');
    await page.keyboard.press('Control+s');
    await page.getByText(/^Saved .+ \(revision 2\)$/).waitFor();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('A rewritten text.');
    await page.keyboard.press('Control+s');
    await page.getByText(/^Saved .+ \(revision 3\)$/).waitFor();

    await page.getByRole('tab', { name: 'History' }).click();
    const history = page.getByRole('tabpanel', { name: 'History' });
    await history.getByText('Revision 3').waitFor();
    await history.getByRole('button', { name: 'Compare revision 2 with the text now' }).click();
    const diff = page.getByRole('dialog', { name: 'Revision 2 and the text now' });
    await expect
      .poll(async () => (await diff.locator('del').allTextContents()).join(''))
      .toMatch(/first\s*version\s*of\s*the\s*demands/);
    await expect
      .poll(async () => (await diff.locator('ins').allTextContents()).join(''))
      .toMatch(/rewritten/);
    expect(await axeProblems(page)).toEqual([]);
    await screenshots(page, 'document-revision-diff');
    await diff.getByRole('button', { name: 'Close' }).click();

    await history.getByRole('button', { name: 'Restore revision 2', exact: true }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Restore revision 2?' });
    await screenshots(page, 'document-revision-restore');
    await confirm.getByRole('button', { name: 'Restore revision 2' }).click();
    await page
      .getByRole('textbox', { name: TEXT })
      .getByText('The first version of the demands.')
      .waitFor();
    const stored = await app.backend.call('documents.get', { id: d.id });
    expect(stored.revision).toBe(4);
    expect(JSON.stringify(stored.content)).toContain('The first version of the demands.');
    const list = await app.backend.call('documents.revisions', { id: d.id });
    expect(list.map((r) => r.revision)).toEqual([1, 2, 3, 4]);
    expect(app.errors).toEqual([]);
  });
});

describe('review updates', () => {
  it('lists every linked snippet the library changed, with its words, and accepts them', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const id = await openDemo(app, /freedom of expression and association/);
    await expect.poll(() => page.getByRole('button', { name: 'Review updates…' }).count()).toBe(0);
    const stored = await app.backend.call('documents.get', { id });
    const linked = stored.content.root.children.filter(
      (n) => n.type === 'snippet-embed' && n.mode === 'linked',
    );
    expect(linked.length).toBeGreaterThanOrEqual(2);
    // Two of its snippets change in the library.
    for (const embed of linked.slice(0, 2)) {
      const s = await app.backend.call('snippets.get', { id: String(embed.snippetId) });
      const { revision: _r, createdAt: _c, updatedAt: _u, text: _t, content: _x, ...fields } = s;
      await app.backend.call('snippets.save', {
        snippet: { ...fields, content: contentFromText(`${s.text} UPDATED-${s.id.slice(0, 4)}`) },
      });
    }
    await page.reload();
    await page.getByRole('textbox', { name: TEXT }).waitFor();
    await page.getByText(/2 linked snippets of this document have changed/).waitFor();
    await page.getByRole('button', { name: 'Review updates…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Review updates' });
    await expect
      .poll(() => dialog.getByRole('group', { name: 'What changed in the library' }).count())
      .toBe(2);
    await expect.poll(() => dialog.locator('ins').first().textContent()).toContain('UPDATED-');
    expect(await axeProblems(page)).toEqual([]);
    await screenshots(page, 'document-review-updates');
    await dialog.getByRole('button', { name: 'Accept the new text' }).first().click();
    await expect
      .poll(() => dialog.getByRole('group', { name: 'What changed in the library' }).count())
      .toBe(1);
    await dialog.getByRole('button', { name: 'Accept the new text' }).click();
    await dialog.getByText('Every linked snippet now has the library’s latest text.').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Review updates…' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(/^Saved .+ \(revision \d+\)$/).waitFor();
    const after = await app.backend.call('documents.get', { id });
    for (const embed of linked.slice(0, 2)) {
      const now = after.content.root.children.find(
        (n) => n.type === 'snippet-embed' && n.snippetId === embed.snippetId,
      );
      expect(now?.revision).toBe(Number(embed.revision) + 1);
    }
    expect(app.errors).toEqual([]);
  });
});

describe('the library panel’s search', () => {
  it('reaches a person’s snippets through any spelling of the name (Cyrillic included), and a case’s', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const d = await app.backend.call('documents.create', { title: 'Letter' });
    await go(app, `/documents/${d.id}`);
    await page.getByRole('textbox', { name: TEXT }).waitFor();
    await page.getByRole('tab', { name: 'Library' }).click();
    const search = page.getByRole('searchbox', { name: 'Search snippets' });
    const list = page.getByRole('listbox', { name: 'Snippets' });
    await search.fill('Исмаилова');
    await list.getByRole('option', { name: /^Khadija Ismayilova: case summary/ }).waitFor();
    await search.fill('Mammadli');
    await list.getByRole('option', { name: /^Anar Mammadli: case summary/ }).waitFor();
    // A snippet about the case is put in like any other.
    await list.getByRole('option', { name: /^Anar Mammadli: case summary/ }).press('Enter');
    await page
      .getByRole('textbox', { name: TEXT })
      .getByRole('region', { name: 'Snippet: Anar Mammadli: case summary' })
      .waitFor();
    expect(app.errors).toEqual([]);
  });
});

describe('signatories not yet in the library', () => {
  it('are made there by name from the signatories panel, invited', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const d = await app.backend.call('documents.create', { title: 'Joint letter' });
    await go(app, `/documents/${d.id}`);
    await page.getByRole('textbox', { name: TEXT }).waitFor();
    await page.getByRole('tab', { name: 'Signatories' }).click();
    const add = page.getByRole('combobox', { name: 'Add an organisation' });
    await add.fill('Freedom Now Collective');
    await page
      .getByRole('option', {
        name: 'Add “Freedom Now Collective” to the library as a new organisation',
      })
      .click();
    await page
      .getByRole('list', { name: 'Signatories' })
      .getByRole('combobox', { name: 'Status of Freedom Now Collective' })
      .waitFor();
    const made = (await app.backend.call('organisations.list', {})).find(
      (o) => o.name === 'Freedom Now Collective',
    );
    expect(made).toBeDefined();
    await expect
      .poll(async () => (await app.backend.call('documents.get', { id: d.id })).signatories)
      .toEqual([{ organisationId: made?.id, status: 'invited' }]);
    // A name already there is picked, not made twice.
    await add.fill('Freedom Now Collective');
    await expect
      .poll(() => page.getByRole('option', { name: /as a new organisation/ }).count())
      .toBe(0);
    expect(app.errors).toEqual([]);
  });
});

describe('note numbers', () => {
  it('count the notes of linked and copied snippets where they stand, as the print does', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const source = DEMO_IDS.sources.rferlIsmayilovaArrest;
    const text2 = [p('She was arrested.', cite(source)), p('Twice cited.', cite(source, '§ 3'))];
    const snippet = await app.backend.call('snippets.save', {
      snippet: { title: 'Cited background', kind: 'background', content: doc(...text2) },
    });
    const d = await app.backend.call('documents.create', { title: 'Numbered' });
    const { id, revision: _r, createdAt: _c, updatedAt: _u, ...rest } = d;
    const embedding = await app.backend.call('snippets.embedding', { id: snippet.id });
    await app.backend.call('documents.save', {
      document: {
        id,
        ...rest,
        content: doc(
          p('Opening.', note(text('First note.'))),
          embed(snippet.id, { ...embedding, mode: 'linked' }),
          embed(snippet.id, {
            ...embedding,
            mode: 'copied',
            children: text2,
          }),
          p('Closing.', note(text('Last note.'))),
        ),
      },
    });
    const printed = await app.backend.call('documents.printed', { id });
    expect(printed.notes).toHaveLength(6);
    await go(app, `/documents/${id}`);
    const editor = page.getByRole('textbox', { name: TEXT });
    await editor.getByRole('button', { name: 'Footnote 1: First note.' }).waitFor();
    // Two notes in the linked snippet, two in the copy (its own markers numbered 4 and 5).
    await editor.getByRole('button', { name: 'Footnote 6: Last note.' }).waitFor();
    // The linked snippet's markers carry their numbers, and the note as it will print.
    const linked = editor.locator('[role="doc-noteref"]');
    await expect.poll(() => linked.allTextContents()).toEqual(['2', '3']);
    const labels = await linked.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(labels[0]).toMatch(/^Citation 2: .*RFE\/RL|^Citation 2: .+/);
    expect(labels[1]).toMatch(/^Citation 3: .+§ 3/);
    await screenshots(page, 'editor-note-numbers');
    expect(await axeProblems(page)).toEqual([]);
    // A footnote put in the copy's own editor renumbers the notes after it at once.
    const copy = editor.getByRole('textbox', { name: /\(copied\)$/ });
    await copy.getByText('Twice cited.').click();
    await page.keyboard.press('End');
    await page
      .getByRole('toolbar', { name: 'Formatting' })
      .getByRole('button', { name: 'Footnote', exact: true })
      .click();
    // It went into the copy, where the caret was (the toolbar acts on the copy's own editor).
    await copy.getByRole('button', { name: /^Footnote 6$/ }).waitFor();
    await editor.getByRole('button', { name: /^Footnote 7: Last note\.$/ }).waitFor();
    expect(app.errors).toEqual([]);
  });
});

describe('Help → Keyboard shortcuts', () => {
  it('lists the editor’s keys too', async () => {
    const app = await openApp('demo');
    const { page } = app;
    await go(app, '/documents');
    await page.getByRole('link', { name: /free the human rights defenders/ }).waitFor();
    await page.keyboard.press('F1');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.getByRole('heading', { name: 'In the text of a document or snippet' }).waitFor();
    for (const [label, keys] of [
      ['Link', 'Ctrl+K'],
      ['Cite a source', 'Ctrl+Shift+C'],
      ['Save the document or snippet', 'Ctrl+S'],
    ]) {
      await expect
        .poll(() => dialog.getByRole('row', { name: new RegExp(`^${label} `) }).textContent())
        .toContain(keys);
    }
    await screenshots(page, 'shortcuts');
  });
});
