import { describe, expect, it } from 'vitest';
import { go, openApp, type App } from './harness';

/** Correcting the library on screen, against the real backend: every save is read back. */

async function openCase(app: App, title: RegExp): Promise<void> {
  await go(app, '/cases');
  await app.page.getByRole('link', { name: title }).first().click();
  await app.page.getByRole('heading', { level: 1, name: title }).waitFor();
}

const facts = (app: App) => app.page.getByRole('region', { name: /^Today/ });

describe('editing the library', () => {
  it('adds an event (a new arrest today): the form shows the status change, the case page the new status and days', async () => {
    const app = await openApp('demo');
    const { page } = app;
    await openCase(app, /Khadija Ismayilova: prosecution/);
    await expect.poll(() => facts(app).textContent()).toContain('537 days');

    await page.getByRole('button', { name: 'Add event' }).click();
    await page.getByRole('heading', { level: 1, name: 'New event' }).waitFor();
    // The form starts as an arrest today; the preview says what saving would change.
    const preview = page.getByRole('status').filter({ hasText: 'After saving, as of today' });
    await expect.poll(() => preview.textContent()).toMatch(/becomes/);
    expect(await preview.textContent()).toContain('537 days → 538 days');
    await page.getByRole('textbox', { name: 'Details' }).fill('Detained again at Baku airport.');
    await page.getByRole('button', { name: 'Add event' }).click();

    await page
      .getByRole('heading', { level: 1, name: /Khadija Ismayilova: prosecution/ })
      .waitFor();
    await expect.poll(() => facts(app).textContent()).toContain('538 days');
    expect(await facts(app).textContent()).not.toContain('released');
    // Read back from the library itself, not only the screen.
    const id = page.url().split('/cases/')[1] ?? '';
    const stored = await app.backend.call('cases.get', { id });
    expect(stored.events.some((e) => e.text === 'Detained again at Baku airport.')).toBe(true);
  });

  it("changes a case's persons: removes one by its button, adds one found by another spelling", async () => {
    const app = await openApp('demo');
    const { page } = app;
    await openCase(app, /Khadija Ismayilova: prosecution/);
    const id = page.url().split('/cases/')[1] ?? '';
    await page.getByRole('button', { name: 'Edit case' }).click();
    const persons = page.getByRole('list', { name: 'Persons' });
    await persons.waitFor();
    await page.getByRole('button', { name: 'Remove Khadija Ismayilova from the case' }).click();
    await page.getByText('Nobody yet.').waitFor();
    const add = page.getByRole('combobox', { name: 'Add a person' });
    await add.fill('Джафаров');
    await page.getByRole('option', { name: /Rasul Jafarov/ }).click();
    await expect.poll(() => persons.textContent()).toContain('Rasul Jafarov');
    expect(await persons.textContent()).not.toContain('Khadija');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page
      .getByRole('heading', { level: 1, name: /Khadija Ismayilova: prosecution/ })
      .waitFor();
    const after = await app.backend.call('cases.get', { id });
    expect(after.persons.map((p) => p.name)).toEqual(['Rasul Jafarov']);
  });

  it('creates a person with a Cyrillic alias, who is then found by that spelling', async () => {
    const app = await openApp('demo');
    const { page } = app;
    await go(app, '/persons/new');
    await page.getByRole('textbox', { name: 'Name' }).fill('Ilkin Rustamzade');
    await page.getByRole('button', { name: 'Add a spelling' }).click();
    await page.getByRole('textbox', { name: 'Spelling 1' }).fill('Ильгин Рустамзаде');
    await page.getByRole('button', { name: /^(Add person|Save)/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Ilkin Rustamzade' }).waitFor();
    expect(await page.getByText('Ильгин Рустамзаде').isVisible()).toBe(true);

    const box = page.getByRole('combobox', { name: 'Search the library' });
    await go(app, '/cases');
    await box.fill('Рустамзаде');
    await page.getByRole('option', { name: /Ilkin Rustamzade/ }).waitFor();
    await box.press('ArrowDown');
    await box.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Ilkin Rustamzade' }).waitFor();
  });

  it('shows a form problem at its field, in words, and saves nothing', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const before = await app.backend.call('persons.list', {});
    await go(app, '/persons/new');
    await page.getByRole('button', { name: /^(Add person|Save)/ }).click();
    const name = page.getByRole('textbox', { name: 'Name' });
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    // The message is tied to the field (aria-describedby), not only somewhere on the page.
    const describedBy = (await name.getAttribute('aria-describedby')) ?? '';
    const parts = await Promise.all(
      describedBy.split(' ').map((id) => page.locator(`[id="${id}"]`).textContent()),
    );
    const said = parts.join(' ');
    expect(said).toContain('Must not be empty');
    const after = await app.backend.call('persons.list', {});
    expect(after.length).toBe(before.length);
  });

  it('deleting a source that events cite says so and asks, and keeps it when told to', async () => {
    const app = await openApp('demo');
    const { page } = app;
    await go(app, '/sources');
    await page.getByRole('textbox', { name: 'Filter' }).fill('Khadija');
    await page.getByRole('link', { name: /Khadija Ismayilova arrested in Azerbaijan/ }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('alertdialog', { name: /Delete source/ });
    await dialog.getByText('Events cite this source.', { exact: false }).waitFor();
    expect(await dialog.getByRole('listitem').count()).toBeGreaterThan(0);
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await dialog.waitFor({ state: 'detached' });
    const list = await app.backend.call('sources.list', {});
    expect(list.some((s) => /Khadija Ismayilova arrested/.test(s.title))).toBe(true);

    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Take it off those events and delete' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sources' }).waitFor();
    const gone = await app.backend.call('sources.list', {});
    expect(gone.some((s) => /Khadija Ismayilova arrested/.test(s.title))).toBe(false);
  });

  it('asks before leaving a form with unsaved changes', async () => {
    const app = await openApp('demo');
    const { page } = app;
    await go(app, '/persons/new');
    await page.getByRole('textbox', { name: 'Name' }).fill('Half-typed name');
    await page.getByRole('link', { name: /^Cases/ }).click();
    const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog'));
    await dialog.waitFor();
    await dialog.getByRole('button', { name: /Stay|Keep editing/ }).click();
    expect(await page.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('Half-typed name');
  });
});
