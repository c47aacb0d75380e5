import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cell, embed, note, p, row, table, text, th } from '../../src/core/document/build';
import { contentProblems } from '../../src/core/document/nodes';
import type { RichContent, SerializedNode } from '../../src/shared/domain';
import { axeProblems, go, openApp, screenshots, type App } from './harness';

/**
 * The editor's tools (issue 9): links (dialog and Ctrl+K, which does not open the palette),
 * tables (rows × columns, Tab between cells), the notes pane, the paste cleaning in footnotes and
 * copied snippets, and lists at most 9 levels deep. Each through the screen as a person uses it,
 * saved and read back from the backend, and checked against core's validation.
 */

const root = resolve(import.meta.dirname, '../..');
const fixture = (name: string) =>
  readFileSync(join(root, 'test/fixtures/clipboard', `${name}.html`), 'utf8');

/** A document of the demo library with this content, opened in the editor. */
async function openDocument(app: App, title: string, blocks: SerializedNode[]): Promise<string> {
  const created = await app.backend.call('documents.create', { title });
  const { id, revision: _r, createdAt: _c, updatedAt: _u, ...rest } = created;
  const content: RichContent = { root: { type: 'root', version: 1, children: blocks } };
  await app.backend.call('documents.save', { document: { id, ...rest, content } });
  await go(app, `/documents/${id}`);
  await app.page.getByRole('textbox', { name: 'Text of the document' }).waitFor();
  await app.page.getByText(/^Revision \d+$/).waitFor();
  return id;
}

async function saveAndRead(app: App, id: string) {
  await app.page.getByRole('button', { name: 'Save', exact: true }).click();
  await app.page.getByText(/^Saved .+ \(revision \d+\)$/).waitFor();
  const stored = await app.backend.call('documents.get', { id });
  expect(contentProblems(stored.content)).toEqual([]);
  return stored;
}

function* nodesOf(nodes: SerializedNode[]): Generator<SerializedNode> {
  for (const n of nodes) {
    yield n;
    yield* nodesOf(n.children ?? []);
  }
}

const all = (content: RichContent) => [...nodesOf(content.root.children as SerializedNode[])];
const textOf = (nodes: SerializedNode[]): string =>
  nodes
    .map((n) =>
      n.type === 'linebreak' ? '⏎' : typeof n.text === 'string' ? n.text : textOf(n.children ?? []),
    )
    .join('');

/** Inline nodes as one line: `plain [b:bold] [link URL words] ⏎`. */
function inlineText(nodes: SerializedNode[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
          return ((n.format as number | undefined) ?? 0) & 1
            ? `[b:${n.text as string}]`
            : (n.text as string);
        case 'linebreak':
          return '⏎';
        case 'link':
          return `[link ${n.url as string} ${inlineText(n.children ?? [])}]`;
        default:
          return `[${n.type}]`;
      }
    })
    .join('');
}

/** Pastes into the focused editable as the browser would (a ClipboardEvent with a DataTransfer). */
async function paste(app: App, data: { html?: string; plain?: string }): Promise<void> {
  interface PageGlobals {
    DataTransfer: new () => { setData(type: string, value: string): void };
    ClipboardEvent: new (type: string, init: Record<string, unknown>) => unknown;
    document: { activeElement: { dispatchEvent(event: unknown): boolean } | null };
  }
  await app.page.evaluate((d) => {
    const g = globalThis as unknown as PageGlobals;
    const clipboardData = new g.DataTransfer();
    if (d.html !== undefined) clipboardData.setData('text/html', d.html);
    if (d.plain !== undefined) clipboardData.setData('text/plain', d.plain);
    g.document.activeElement?.dispatchEvent(
      new g.ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
    );
  }, data);
}

/** How deep the lists of some blocks nest (1 for a list with no list in it). */
function depth(nodes: SerializedNode[], d = 0): number {
  return Math.max(
    d,
    ...nodes.map((n) =>
      n.type === 'list' ? depth(n.children ?? [], d + 1) : depth(n.children ?? [], d),
    ),
  );
}

describe('links', () => {
  it('links selected words by the dialog, refusing an address that is not http, https or mailto', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const id = await openDocument(app, 'Links', [p()]);
    const text = page.getByRole('textbox', { name: 'Text of the document' });
    await text.click();
    await page.keyboard.type('Read the report.');
    await page.keyboard.press('ArrowLeft');
    for (let i = 0; i < 'the report'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page
      .getByRole('toolbar', { name: 'Formatting' })
      .getByRole('button', { name: 'Link…' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Insert a link' });
    const address = dialog.getByRole('textbox', { name: 'Address' });
    // The words are selected: the dialog asks only for the address.
    expect(await dialog.getByRole('textbox', { name: 'Text to show' }).count()).toBe(0);
    await address.fill('javascript:alert(1)');
    await dialog.getByRole('button', { name: 'Insert link' }).click();
    await expect.poll(() => address.getAttribute('aria-invalid')).toBe('true');
    await dialog.getByText(/web address \(http:\/\/, https:\/\/\) or an e-mail address/).waitFor();
    await address.fill('www.ohchr.org/en/hr-bodies/hrc');
    await dialog.getByRole('button', { name: 'Insert link' }).click();
    await dialog
      .getByText('Start the address with https:// or http://', { exact: false })
      .waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await screenshots(page, 'editor-link-dialog');
    await address.fill('https://www.ohchr.org/en/hr-bodies/hrc');
    await dialog.getByRole('button', { name: 'Insert link' }).click();
    await dialog.waitFor({ state: 'detached' });
    await text.getByRole('link', { name: 'the report' }).waitFor();

    const stored = await saveAndRead(app, id);
    const links = all(stored.content).filter((n) => n.type === 'link');
    expect(links.map((l) => [l.url, textOf(l.children ?? [])])).toEqual([
      ['https://www.ohchr.org/en/hr-bodies/hrc', 'the report'],
    ]);
    expect(textOf(stored.content.root.children as SerializedNode[])).toBe('Read the report.');
    expect(app.errors).toEqual([]);
  });

  it('Ctrl+K in the text inserts, edits and removes a link, and never opens the palette', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const id = await openDocument(app, 'Shortcut', [p(text('Write to '))]);
    const text_ = page.getByRole('textbox', { name: 'Text of the document' });
    await text_.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Insert a link' });
    await dialog.waitFor();
    expect(await page.getByRole('dialog', { name: 'Search and commands' }).count()).toBe(0);
    // Nothing selected: the words come from the dialog.
    await dialog.getByRole('textbox', { name: 'Address' }).fill('mailto:info@example.org');
    await dialog.getByRole('textbox', { name: 'Text to show' }).fill('the secretariat');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.keyboard.type(' today.');
    await text_.getByRole('link', { name: 'the secretariat' }).waitFor();

    // In the link, Ctrl+K edits it.
    await text_.getByRole('link', { name: 'the secretariat' }).click();
    await page.waitForTimeout(200); // the click's selection settles
    await page.keyboard.press('Control+k');
    const edit = page.getByRole('dialog', { name: 'Edit link' });
    await edit.waitFor();
    expect(await page.getByRole('dialog', { name: 'Search and commands' }).count()).toBe(0);
    expect(await edit.getByRole('textbox', { name: 'Address' }).inputValue()).toBe(
      'mailto:info@example.org',
    );
    await edit.getByRole('textbox', { name: 'Address' }).fill('mailto:ngo-forum@example.org');
    expect(await axeProblems(page)).toEqual([]);
    await screenshots(page, 'editor-link-edit');
    await edit.getByRole('button', { name: 'Save link' }).click();
    await edit.waitFor({ state: 'detached' });

    let stored = await saveAndRead(app, id);
    let links = all(stored.content).filter((n) => n.type === 'link');
    expect(links.map((l) => [l.url, textOf(l.children ?? [])])).toEqual([
      ['mailto:ngo-forum@example.org', 'the secretariat'],
    ]);
    expect(textOf(stored.content.root.children as SerializedNode[])).toBe(
      'Write to the secretariat today.',
    );

    // Remove link keeps the words.
    await text_.getByRole('link', { name: 'the secretariat' }).click();
    await page.waitForTimeout(200); // the click's selection settles
    await page.keyboard.press('Control+k');
    await page
      .getByRole('dialog', { name: 'Edit link' })
      .getByRole('button', { name: 'Remove link' })
      .click();
    stored = await saveAndRead(app, id);
    links = all(stored.content).filter((n) => n.type === 'link');
    expect(links).toEqual([]);
    expect(textOf(stored.content.root.children as SerializedNode[])).toBe(
      'Write to the secretariat today.',
    );

    // Outside the text, Ctrl+K is still the palette.
    await page.getByRole('heading', { level: 1, name: 'Shortcut' }).click();
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Search and commands' }).waitFor();
    expect(await page.getByRole('dialog', { name: /link/ }).count()).toBe(0);
    expect(app.errors).toEqual([]);
  });
});

describe('tables', () => {
  it('inserts a 3×4 table with a header row; Tab goes from cell to cell, and adds a row at the end', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const id = await openDocument(app, 'Table', [p(text('Cases:'))]);
    const editorText = page.getByRole('textbox', { name: 'Text of the document' });
    await editorText.click();
    await page.keyboard.press('End');
    await page
      .getByRole('toolbar', { name: 'Formatting' })
      .getByRole('button', { name: 'Table…' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Insert a table' });
    const header = dialog.getByRole('checkbox', { name: 'First row is a header row' });
    expect(await header.isChecked()).toBe(true);
    await dialog.getByRole('textbox', { name: 'Rows' }).fill('3');
    await dialog.getByRole('textbox', { name: 'Columns' }).fill('0');
    await dialog.getByRole('button', { name: 'Insert table' }).click();
    await dialog.getByText('Columns: a number from 1 to 12.').waitFor();
    await dialog.getByRole('textbox', { name: 'Columns' }).fill('4');
    expect(await axeProblems(page)).toEqual([]);
    await screenshots(page, 'editor-table-dialog');
    await dialog.getByRole('button', { name: 'Insert table' }).click();
    await dialog.waitFor({ state: 'detached' });

    const cells = [
      ['Name', 'Arrested', 'Status', 'Source'],
      ['Leyla Yunus', '30 July 2014', 'detained', 'RFE/RL'],
      ['Intigam Aliyev', '8 August 2014', 'detained', 'HRW'],
    ];
    const flat = cells.flat();
    for (const [i, words] of flat.entries()) {
      await page.keyboard.type(words);
      if (i < flat.length - 1) await page.keyboard.press('Tab');
    }
    // Tab in the last cell: a new row, as in Word.
    await page.keyboard.press('Tab');
    await page.keyboard.type('Rasul Jafarov');
    await editorText.locator('table').waitFor();
    await screenshots(page, 'editor-table');

    const stored = await saveAndRead(app, id);
    const tables = stored.content.root.children.filter((b) => b.type === 'table');
    expect(tables.length).toBe(1);
    const rows = tables[0]?.children ?? [];
    expect(rows.map((r) => (r.children ?? []).map((c) => textOf(c.children ?? [])))).toEqual([
      ...cells,
      ['Rasul Jafarov', '', '', ''],
    ]);
    expect(rows.map((r) => (r.children ?? []).map((c) => c.headerState))).toEqual([
      [1, 1, 1, 1],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
    for (const r of rows) expect(r.type).toBe('tablerow');
    expect(app.errors).toEqual([]);
  });
});

describe('table layout', () => {
  it('puts rows and columns in and takes them out where the caret is, from the toolbar’s menu', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const id = await openDocument(app, 'Table layout', [
      p(text('Cases:')),
      table(row(th('Name'), th('Status')), row(cell('Leyla Yunus'), cell('released'))),
      p(text('After the table.')),
    ]);
    const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    const layout = toolbar.getByRole('button', { name: 'Table layout' });
    const editorText = page.getByRole('textbox', { name: 'Text of the document' });
    // Outside a table there is nothing to lay out.
    await editorText.getByText('Cases:').click();
    await expect.poll(() => layout.isDisabled()).toBe(true);

    const choose = async (item: string): Promise<void> => {
      await layout.click();
      await page.getByRole('menuitem', { name: item }).click();
      await page.getByRole('menu', { name: 'Table layout' }).waitFor({ state: 'detached' });
    };
    await editorText.getByText('Leyla Yunus').click();
    await expect.poll(() => layout.isDisabled()).toBe(false);
    await choose('Insert row below');
    // The text has the focus back.
    await page.waitForFunction(
      "document.activeElement?.getAttribute('aria-label') === 'Text of the document'",
    );
    await choose('Insert column right');
    await choose('Insert row above');
    await layout.click();
    await page.getByRole('menu', { name: 'Table layout' }).waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await screenshots(page, 'editor-table-layout');
    // The keyboard works the menu too.
    await page.keyboard.press('Escape');
    await editorText.getByText('Leyla Yunus').click();

    const cells = async () => {
      const stored = await saveAndRead(app, id);
      const t = stored.content.root.children.find((b) => b.type === 'table');
      return (t?.children ?? []).map((r) =>
        (r.children ?? []).map((c) => textOf(c.children ?? [])),
      );
    };
    expect(await cells()).toEqual([
      ['Name', '', 'Status'],
      ['', '', ''],
      ['Leyla Yunus', '', 'released'],
      ['', '', ''],
    ]);
    await editorText.getByText('released').click();
    await choose('Delete column');
    await editorText.getByText('Name').click();
    await choose('Delete row');
    expect(await cells()).toEqual([
      ['', ''],
      ['Leyla Yunus', ''],
      ['', ''],
    ]);
    await editorText.getByText('Leyla Yunus').click();
    await choose('Delete table');
    const stored = await saveAndRead(app, id);
    expect(stored.content.root.children.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
    expect(app.errors).toEqual([]);
  });
});

describe('a copied snippet’s own text', () => {
  it('Ctrl+Home and Ctrl+End stay in it, and Shift selects to its edge', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const body = [p(text('First copied.')), p(text('Last copied.'))];
    const snippet = await app.backend.call('snippets.save', {
      snippet: {
        title: 'Background',
        kind: 'background',
        content: { root: { type: 'root', version: 1, children: body } },
      },
    });
    const embedding = await app.backend.call('snippets.embedding', { id: snippet.id });
    const id = await openDocument(app, 'Edges', [
      p(text('Opening.')),
      embed(snippet.id, { ...embedding, mode: 'copied', children: body }),
      p(text('Closing.')),
    ]);
    const editorText = page.getByRole('textbox', { name: 'Text of the document' });
    const copy = editorText.getByRole('textbox', { name: /\(copied\)$/ });
    await copy.getByText('First copied.').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Z');
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('A ');
    // From the end of "A " to the copy's end, selected and typed over.
    await page.keyboard.press('Control+Shift+End');
    await page.keyboard.type('all of it.');
    await expect.poll(() => copy.textContent()).toBe('A all of it.');
    const stored = await saveAndRead(app, id);
    const blocks = stored.content.root.children;
    expect(textOf([blocks[0]!])).toBe('Opening.');
    expect(textOf([blocks[2]!])).toBe('Closing.');
    expect(textOf(blocks[1]?.children ?? [])).toBe('A all of it.');
    expect(app.errors).toEqual([]);
  });
});

describe('the notes pane', () => {
  it('lists every note in order, edits a footnote there (saved), and goes to its marker', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const source = (await app.backend.call('sources.list', {}))[0];
    expect(source).toBeDefined();
    const id = await openDocument(app, 'Notes', [
      p(
        text('She was arrested'),
        note(text('On 5 December 2014.')),
        text(' and held for months'),
        { type: 'citation', version: 1, sourceId: source!.id, pinpoint: 'p. 2' },
        text(' without trial.'),
        note(text('See the Working Group’s opinion.')),
      ),
    ]);
    await page.getByRole('tab', { name: 'Notes' }).click();
    const pane = page.getByRole('region', { name: 'Notes' });
    await pane.getByRole('button', { name: 'Go to note 3 in the text' }).waitFor();
    await pane
      .getByText(/^Citation:/)
      .first()
      .waitFor();
    const third = pane.getByRole('textbox', { name: 'Text of footnote 3' });
    expect(await third.textContent()).toBe('See the Working Group’s opinion.');
    await third.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Opinion No. 29/2015.');
    await expect
      .poll(() => page.getByRole('button', { name: /^Footnote 3:/ }).getAttribute('aria-label'))
      .toBe('Footnote 3: See the Working Group’s opinion. Opinion No. 29/2015.');
    expect(await axeProblems(page)).toEqual([]);
    await screenshots(page, 'editor-notes-pane');

    const stored = await saveAndRead(app, id);
    const footnotes = all(stored.content).filter((n) => n.type === 'footnote');
    expect(footnotes.map((f) => textOf(f.children ?? []))).toEqual([
      'On 5 December 2014.',
      'See the Working Group’s opinion. Opinion No. 29/2015.',
    ]);

    // The number goes to the marker in the text.
    await pane.getByRole('button', { name: 'Go to note 1 in the text' }).click();
    const text_ = page.getByRole('textbox', { name: 'Text of the document' });
    await text_.locator('.ed-jumped .ed-marker').getByText('1', { exact: true }).waitFor();
    // A marker in the text comes to its note in the pane (no popover while the pane shows it).
    await page.getByRole('button', { name: /^Footnote 3:/ }).click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const el = (
            globalThis as unknown as {
              document: { activeElement: { getAttribute(n: string): string | null } | null };
            }
          ).document.activeElement;
          return el?.getAttribute('aria-label') ?? null;
        }),
      )
      .toBe('Text of footnote 3');
    expect(await page.getByRole('dialog', { name: 'Footnote 3' }).count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('says what goes there when the text has no notes', async () => {
    const app = await openApp('demo');
    const { page } = app;
    await openDocument(app, 'No notes', [p(text('Nothing cited yet.'))]);
    await page.getByRole('tab', { name: 'Notes' }).click();
    await page.getByText('No notes yet').waitFor();
    await page.getByText(/Put the cursor where a note belongs/).waitFor();
  });
});

describe('paste in footnotes and copied snippets', () => {
  const HTML =
    '<h2 style="color:red;font-family:Arial">Sources</h2>' +
    '<p class="MsoNormal" style="font-size:11pt"><b>Bold</b> words, <a href="javascript:alert(1)">a bad link</a> and <a href="https://www.ohchr.org">OHCHR</a>.</p>' +
    '<ul><li>first</li><li>second</li></ul>' +
    '<table><tr><td>a</td><td>b</td></tr></table>';

  it('keeps only what a footnote may hold: lines of text, links (http, https, mailto), no styles', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const id = await openDocument(app, 'Pasted note', [p(text('Arrested.'), note())]);
    await page.getByRole('button', { name: /^Footnote 1/ }).click();
    const noteText = page.getByRole('textbox', { name: 'Text of footnote 1' });
    await noteText.click();
    await paste(app, { html: HTML, plain: 'Sources Bold words' });
    await expect.poll(() => noteText.textContent()).toContain('second');
    const stored = await saveAndRead(app, id);
    const footnote = all(stored.content).find((n) => n.type === 'footnote');
    expect(inlineText(footnote?.children ?? [])).toBe(
      'Sources⏎[b:Bold] words, a bad link and [link https://www.ohchr.org OHCHR].⏎first⏎second⏎a⏎b',
    );
    for (const n of nodesOf(footnote?.children ?? [])) {
      expect(['text', 'linebreak', 'link', 'tab', 'live-field']).toContain(n.type);
      if (n.type === 'text') expect(n.style ?? '').toBe('');
    }

    // A whole Word copy, headings, lists and a table in it, becomes note text too.
    if ((await noteText.count()) === 0)
      await page.getByRole('button', { name: /^Footnote 1/ }).click();
    await noteText.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await paste(app, { html: fixture('word'), plain: 'plain' });
    const again = await saveAndRead(app, id);
    const pasted = all(again.content).find((n) => n.type === 'footnote');
    expect(textOf(pasted?.children ?? [])).toContain('Azərbaycanda siyasi məhbuslar');
    expect(textOf(pasted?.children ?? [])).not.toMatch(/mso-|Ignore|StartFragment|font-|<|>/);
    for (const n of nodesOf(pasted?.children ?? [])) {
      expect(['text', 'linebreak', 'link', 'tab']).toContain(n.type);
      if (n.type === 'text') expect(n.style ?? '').toBe('');
    }
    expect(app.errors).toEqual([]);
  });

  it('in a footnote, the toolbar offers what a note may hold and acts on the note’s text', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const id = await openDocument(app, 'Toolbar in a note', [p(text('Arrested.'), note())]);
    const tool = (name: string) => page.getByRole('button', { name, exact: true });
    // In the text, every tool is there.
    await page
      .getByRole('textbox', { name: 'Text of the document' })
      .getByText('Arrested.')
      .click();
    await expect.poll(() => tool('Heading 1').isEnabled()).toBe(true);

    await page.getByRole('button', { name: /^Footnote 1/ }).click();
    const noteText = page.getByRole('textbox', { name: 'Text of footnote 1' });
    await noteText.click();
    await page.keyboard.type('Seen by the court.');
    for (const name of ['Heading 1', 'Quote', 'Bulleted list', 'Table…', 'Citation…', 'Footnote'])
      await expect.poll(() => tool(name).isEnabled(), { message: name }).toBe(false);
    await expect.poll(() => tool('Page break').isEnabled()).toBe(false);
    for (const name of ['Bold', 'Italic', 'Link…', 'Field…'])
      expect(await tool(name).isEnabled(), name).toBe(true);

    // Bold makes the note's words bold, not the text's; the note stays open for the next tool.
    for (let i = 0; i < 'court.'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    await tool('Bold').click();
    await expect.poll(() => tool('Bold').getAttribute('aria-pressed')).toBe('true');
    expect(await noteText.isVisible()).toBe(true);
    const stored = await saveAndRead(app, id);
    const footnote = all(stored.content).find((n) => n.type === 'footnote');
    expect(inlineText(footnote?.children ?? [])).toBe('Seen by the [b:court.]');
    const main = all(stored.content).filter((n) => n.type === 'text' && n.text === 'Arrested.');
    expect(main.map((n) => n.format ?? 0)).toEqual([0]);

    // The note closed, the tools are the text's again.
    await noteText.click();
    await page.keyboard.press('Escape');
    await expect.poll(() => noteText.count()).toBe(0);
    await expect.poll(() => tool('Heading 1').isEnabled()).toBe(true);
    expect(app.errors).toEqual([]);
  });

  it('cleans a paste into a copied snippet’s text as in the document’s', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const snippet = (await app.backend.call('snippets.list', {}))[0];
    expect(snippet).toBeDefined();
    const id = await openDocument(app, 'Pasted snippet', [
      embed(snippet!.id, {
        mode: 'copied',
        insertedAt: '2020-01-01',
        revision: snippet!.revision,
        children: [p(text('Copied text.'))],
      }),
      p(),
    ]);
    const copied = page.getByRole('textbox', { name: /\(copied\)$/ });
    await copied.getByText('Copied text.').click();
    // The click's selection settles first (the text's editor and the snippet's both hear it):
    // the copy has the focus and the caret.
    await page.waitForFunction(`(() => {
      const copy = document.activeElement;
      const at = window.getSelection()?.anchorNode ?? null;
      return copy?.getAttribute('aria-label')?.endsWith('(copied)') === true &&
        at !== null && copy.contains(at);
    })()`);
    await page.waitForTimeout(200);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await paste(app, { html: HTML, plain: 'plain' });
    await expect.poll(() => copied.textContent()).toContain('second');
    const stored = await saveAndRead(app, id);
    const e = stored.content.root.children.find((b) => b.type === 'snippet-embed');
    const blocks = ((e?.children ?? []) as SerializedNode[]).filter(
      (b) => !(b.type === 'paragraph' && (b.children ?? []).length === 0),
    );
    expect(blocks.map((b) => b.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'list',
      'table',
    ]);
    expect(inlineText(blocks[2]?.children ?? [])).toBe(
      '[b:Bold] words, a bad link and [link https://www.ohchr.org OHCHR].',
    );
    for (const n of nodesOf(blocks)) {
      if (n.type === 'text') expect(n.style ?? '').toBe('');
      if (n.type === 'link') expect(n.url).toBe('https://www.ohchr.org');
    }
    expect(app.errors).toEqual([]);
  });
});

describe('list depth', () => {
  it('refuses to indent a list past 9 levels, saying why', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const id = await openDocument(app, 'Deep list', [p()]);
    const editorText = page.getByRole('textbox', { name: 'Text of the document' });
    await editorText.click();
    const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    await toolbar.getByRole('button', { name: 'Bulleted list' }).click();
    await page.keyboard.type('Level 1');
    for (let level = 2; level <= 9; level++) {
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await page.keyboard.type(`Level ${level}`);
    }
    const notice = page.getByRole('status').filter({ hasText: /9 levels/ });
    expect(await notice.count()).toBe(0);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await notice.waitFor();
    expect(await notice.textContent()).toBe(
      'Lists go at most 9 levels deep, as in Word: this item is already at level 9.',
    );
    // The toolbar's button says the same.
    await toolbar.getByRole('button', { name: 'Indent list item' }).click();
    await page.keyboard.type('Still level 9');
    await screenshots(page, 'editor-list-depth');
    const stored = await saveAndRead(app, id);
    expect(depth(stored.content.root.children as SerializedNode[])).toBe(9);
    expect(textOf(stored.content.root.children as SerializedNode[])).toContain('Still level 9');
    expect(app.errors).toEqual([]);
  });

  it('flattens a pasted list deeper than 9 levels at level 9, every item kept in order', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const id = await openDocument(app, 'Pasted deep list', [p()]);
    let html = '';
    for (let level = 12; level >= 1; level--) {
      html = `<ul><li>Item ${level}${html}</li></ul>`;
    }
    await page.getByRole('textbox', { name: 'Text of the document' }).click();
    await paste(app, { html, plain: 'Item 1' });
    const stored = await saveAndRead(app, id);
    const blocks = stored.content.root.children as SerializedNode[];
    expect(depth(blocks)).toBe(9);
    const items = all(stored.content)
      .filter((n) => n.type === 'text')
      .map((n) => n.text);
    expect(items).toEqual(Array.from({ length: 12 }, (_, i) => `Item ${i + 1}`));
    expect(app.errors).toEqual([]);
  });
});
