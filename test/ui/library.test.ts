import { describe, expect, it } from 'vitest';
import { go, openApp } from './harness';

/**
 * The case library on screen, in real Chromium against the browser door and the real backend.
 * Controls are found by role and accessible name, as a screen reader finds them.
 */

describe('search', () => {
  it.each(['Khadija', 'Xədicə', 'Исмаилова'])(
    'finds Khadija Ismayilova by "%s" as it is typed, and opens her case: 537 days',
    async (query) => {
      const { page } = await openApp('demo');
      const box = page.getByRole('combobox', { name: 'Search the library' });
      await box.fill(query);
      const option = page.getByRole('option', { name: /Khadija Ismayilova/ }).first();
      await option.waitFor();
      await box.press('ArrowDown');
      await box.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Khadija Ismayilova' }).waitFor();
      await page.getByRole('link', { name: /Khadija Ismayilova: prosecution/ }).click();
      await page.getByRole('heading', { level: 1, name: /prosecution and imprisonment/ }).waitFor();
      expect(await page.getByText('537 days', { exact: true }).isVisible()).toBe(true);
    },
  );
});

describe('the case on screen', () => {
  it('shows the facts as of any day: imprisoned on 1 January 2016, released today', async () => {
    const app = await openApp('demo');
    const { page } = app;
    await go(app, '/cases');
    await page.getByRole('link', { name: /Khadija Ismayilova: prosecution/ }).click();
    await page.getByRole('heading', { name: /^Today:/ }).waitFor();
    await page
      .getByRole('textbox', { name: 'As of' })
      .or(page.getByLabel('As of'))
      .first()
      .fill('2016-01-01');
    const facts = page.getByRole('region', { name: /As of 1 January 2016/ });
    await facts.waitFor();
    expect(await facts.textContent()).toMatch(/imprisoned/i);
    // 5 December 2014 to 1 January 2016, both days counted.
    expect(await facts.textContent()).toContain('393 days');
    await page.getByRole('status').filter({ hasText: 'not today' }).waitFor();
    await page.getByRole('button', { name: 'Show today' }).click();
    await page.getByRole('heading', { name: /^Today:/ }).waitFor();
  });
});

describe('search', () => {
  it('filters results by kind and case status on the search screen, in the address too', async () => {
    const app = await openApp('demo');
    const { page } = app;
    await go(app, '/search?q=Yunus');
    await page
      .getByRole('link', { name: /Leyla Yunus/ })
      .first()
      .waitFor();
    await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Cases' });
    await expect.poll(() => page.url()).toContain('kind=case');
    await expect
      .poll(async () =>
        (await page.getByRole('main').getByRole('link').allTextContents()).join('|'),
      )
      .toMatch(/^[^|]*prosecution[^|]*\|[^|]*prosecution[^|]*$/);
    await page.getByRole('combobox', { name: 'Case status' }).selectOption({ label: 'acquitted' });
    await page.getByText('Nothing found for “Yunus”').waitFor();
    // The address keeps the filters: reload lands on the same results.
    await page.reload();
    expect(await page.getByRole('combobox', { name: 'Case status' }).inputValue()).toBe(
      'acquitted',
    );
  });

  it('opens a result from the Ctrl+K palette with the keyboard alone', async () => {
    const app = await openApp('demo');
    const { page } = app;
    await go(app, '/cases');
    await page
      .getByRole('link', { name: /Leyla Yunus/ })
      .first()
      .waitFor();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Хадиджа');
    await page
      .getByRole('menuitem', { name: /Khadija Ismayilova/ })
      .first()
      .waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Khadija Ismayilova' }).waitFor();
  });
});
