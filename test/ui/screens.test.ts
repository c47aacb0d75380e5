import { describe, expect, it } from 'vitest';
import { axeProblems, go, openApp, screenshots, type App } from './harness';

/**
 * Every main screen: no serious or critical axe-core finding, and a picture at 1280×800 and at
 * 1024×700 in test-artifacts/screens for a person to look at.
 */

async function firstLink(app: App, list: string, name: RegExp): Promise<string> {
  await go(app, list);
  const link = app.page.getByRole('link', { name }).first();
  await link.waitFor();
  const href = (await link.getAttribute('href')) ?? '';
  return href.replace(/^#/, '');
}

describe('main screens', () => {
  it('pass axe-core and are pictured at both sizes', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const caseAddress = await firstLink(app, '/cases', /Khadija Ismayilova: prosecution/);
    const personAddress = await firstLink(app, '/persons', /Khadija Ismayilova/);
    const documentAddress = await firstLink(app, '/documents', /free the human rights defenders/);
    const snippetAddress = await firstLink(app, '/snippets', /Khadija Ismayilova: case summary/);
    const screens: [string, string, () => Promise<unknown>][] = [
      [
        'cases',
        '/cases',
        () =>
          page
            .getByRole('link', { name: /Leyla Yunus/ })
            .first()
            .waitFor(),
      ],
      [
        'persons',
        '/persons',
        () =>
          page
            .getByRole('link', { name: /Leyla Yunus/ })
            .first()
            .waitFor(),
      ],
      ['person', personAddress, () => page.getByRole('heading', { name: 'Cases' }).waitFor()],
      ['case', caseAddress, () => page.getByText('537 days', { exact: true }).waitFor()],
      [
        'case-edit',
        `${caseAddress}/edit`,
        () => page.getByRole('textbox', { name: 'Title' }).waitFor(),
      ],
      [
        'event-new',
        `${caseAddress}/events/new`,
        () => page.getByRole('heading', { name: 'New event' }).waitFor(),
      ],
      ['person-new', '/persons/new', () => page.getByRole('textbox', { name: 'Name' }).waitFor()],
      [
        'sources',
        '/sources',
        () =>
          page
            .getByRole('link', { name: /Aliyev v\. Azerbaijan/ })
            .first()
            .waitFor(),
      ],
      ['organisations', '/organisations', () => page.getByRole('table').waitFor()],
      ['snippets', '/snippets', () => page.getByRole('table').waitFor()],
      ['snippet-page', snippetAddress, () => page.getByRole('textbox', { name: 'Tags' }).waitFor()],
      [
        'documents',
        '/documents',
        () =>
          page
            .getByRole('link', { name: /free the human rights defenders/ })
            .first()
            .waitFor(),
      ],
      [
        'document',
        documentAddress,
        () =>
          page
            .getByRole('tabpanel', { name: 'Preflight' })
            .getByText(/\d+ words/)
            .waitFor(),
      ],
      ['forums', '/forums', () => page.getByRole('heading', { level: 1 }).waitFor()],
      [
        'settings',
        '/settings',
        () => page.getByRole('heading', { name: 'Backups', exact: true }).waitFor(),
      ],
      [
        'search',
        '/search?q=Yunus',
        () =>
          page
            .getByRole('link', { name: /Leyla Yunus/ })
            .first()
            .waitFor(),
      ],
    ];
    const problems: string[] = [];
    for (const [name, address, ready] of screens) {
      await go(app, address);
      await ready();
      for (const p of await axeProblems(page)) problems.push(`${name}: ${p}`);
      await screenshots(page, name);
    }
    // The header search with its results open, and the palette.
    await go(app, '/cases');
    await page.getByRole('combobox', { name: 'Search the library' }).fill('Yunus');
    await page.getByRole('option').first().waitFor();
    // While its list is open, React Aria hides the rest of the page from assistive technology
    // (aria-hidden, as for any popup that holds focus); focus stays in the box and Escape or a
    // click outside closes the list. axe flags the hidden page's links: that one rule only.
    for (const p of await axeProblems(page, ['aria-hidden-focus'])) {
      problems.push(`search-open: ${p}`);
    }
    await screenshots(page, 'search-open');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').waitFor();
    for (const p of await axeProblems(page)) problems.push(`palette: ${p}`);
    await screenshots(page, 'palette');
    expect(problems).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('the gates pass axe-core too: welcome and unlock', async () => {
    const none = await openApp('none');
    await none.page.getByRole('heading', { name: 'Welcome to Dossier' }).waitFor();
    const problems = (await axeProblems(none.page)).map((p) => `welcome: ${p}`);
    await screenshots(none.page, 'welcome');
    const locked = await openApp({ encrypted: 'correct horse battery staple' });
    await locked.page.getByRole('button', { name: 'Lock now' }).click();
    await locked.page.getByRole('heading', { name: 'The library is locked' }).waitFor();
    problems.push(...(await axeProblems(locked.page)).map((p) => `unlock: ${p}`));
    await screenshots(locked.page, 'unlock');
    expect(problems).toEqual([]);
  });
});
