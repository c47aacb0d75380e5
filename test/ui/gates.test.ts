import { describe, expect, it } from 'vitest';
import { go, openApp } from './harness';

/** What stands before the library: the welcome on first start, the lock of an encrypted one. */

const PASSPHRASE = 'correct horse battery staple';
/** Names and words of the demo library that must not be on a locked page. */
const CONTENT = [
  'Khadija',
  'Ismayilova',
  'Xədicə',
  'Исмаилова',
  'Leyla Yunus',
  'prosecution',
  '537',
];

describe('first start', () => {
  it('welcomes on a missing library and starts an empty one, which says what to do next', async () => {
    const app = await openApp('none');
    const { page } = app;
    await page.getByRole('heading', { name: 'Welcome to Dossier' }).waitFor();
    for (const name of [
      'Open the demo library',
      'Start an empty library',
      'Start an encrypted library',
    ]) {
      expect(await page.getByRole('button', { name }).isVisible()).toBe(true);
    }
    await page.getByRole('button', { name: 'Start an empty library' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    await page.getByText('No cases yet').waitFor();
    expect(await page.getByRole('link', { name: 'new case' }).isVisible()).toBe(true);
    expect(
      await page.getByRole('link', { name: 'import a spreadsheet or exchange file' }).isVisible(),
    ).toBe(true);
    expect((await app.backend.call('library.info', {})).counts.cases).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('opens the demo library from the welcome screen', async () => {
    const app = await openApp('none');
    await app.page.getByRole('button', { name: 'Open the demo library' }).click();
    await app.page.getByRole('link', { name: /Khadija Ismayilova: prosecution/ }).waitFor();
  });
});

describe('an encrypted library', () => {
  it('locks: every piece of library content leaves the page and the backend drops the key; unlocks with the passphrase', async () => {
    const app = await openApp({ encrypted: PASSPHRASE });
    const { page } = app;
    await go(app, '/cases');
    await page.getByRole('link', { name: /Khadija Ismayilova: prosecution/ }).click();
    await page.getByText('537 days', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.getByRole('heading', { name: 'The library is locked' }).waitFor();
    const html = await page.content();
    for (const word of CONTENT) expect(html).not.toContain(word);
    await expect(app.backend.call('persons.list', {})).rejects.toMatchObject({
      code: 'passphrase_required',
    });

    const field = page.getByRole('textbox', { name: 'Passphrase' });
    await field.fill('not the passphrase');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.content()).not.toContain('Khadija');

    await field.fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    // Back where the person was.
    await page.getByText('537 days', { exact: true }).waitFor();
  });

  it('locks by itself after the idle time chosen in settings', async () => {
    const app = await openApp({ encrypted: PASSPHRASE }, undefined, { clock: true });
    const { page } = app;
    await app.backend.call('settings.update', { settings: { autoLockMinutes: 5 } });
    await page.reload();
    await go(app, '/persons');
    await page
      .getByRole('link', { name: /Khadija Ismayilova/ })
      .first()
      .waitFor();
    await page.clock.fastForward('04:00');
    expect(await page.content()).toContain('Khadija');
    await page.clock.fastForward('01:30');
    await page.getByRole('heading', { name: 'The library is locked' }).waitFor();
    expect(await page.content()).not.toContain('Khadija');
  });
});
