import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';
import { go, openApp } from './harness';

/**
 * Files through the browser door: uploads where Electron opens a dialog, downloads where it
 * saves, against the real backend.
 */

describe('library files in the browser', () => {
  it('exports the library as a download and imports it into an empty library, with the report', async () => {
    const from = await openApp('demo');
    await go(from, '/settings');
    const download = from.page.waitForEvent('download');
    await from.page.getByRole('button', { name: 'Export the library…' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.json$/);
    const saved = join(tempDir(), file.suggestedFilename());
    await file.saveAs(saved);
    const exchange = JSON.parse(readFileSync(saved, 'utf8')) as { persons: unknown[] };
    expect(exchange.persons.length).toBe(7);
    await from.page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    const to = await openApp('empty');
    await go(to, '/settings');
    const chooser = to.page.waitForEvent('filechooser');
    await to.page.getByRole('button', { name: 'Import an exchange file…' }).click();
    await (await chooser).setFiles(saved);
    const report = to.page.getByRole('table', { name: 'What the import did' });
    await report.waitFor();
    expect(await report.getByRole('row', { name: /persons/ }).textContent()).toContain('7');
    expect((await to.backend.call('library.info', {})).counts.persons).toBe(7);
  });

  it('lists every problem of a bad file with its place, and imports nothing', async () => {
    const app = await openApp('empty');
    const bad = join(tempDir(), 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        format: 'dossier-library',
        version: 1,
        persons: [{ name: '' }, { name: 'Anar', gender: 'robot' }],
      }),
    );
    await go(app, '/settings');
    const chooser = app.page.waitForEvent('filechooser');
    await app.page.getByRole('button', { name: 'Import an exchange file…' }).click();
    await (await chooser).setFiles(bad);
    const problems = app.page.getByRole('list', { name: 'Every problem found' });
    await problems.waitFor();
    const items = await problems.getByRole('listitem').allTextContents();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^persons\[0\].*name/);
    expect(items[1]).toMatch(/^persons\[1\] \("Anar"\)\.gender/);
    expect((await app.backend.call('library.info', {})).counts.persons).toBe(0);
  });

  it('refuses a file that is not UTF-8 with what to do, before it reaches the library', async () => {
    const app = await openApp('empty');
    const latin1 = join(tempDir(), 'persons.json');
    writeFileSync(latin1, Buffer.from('{"name":"Mammadli \xe7"}', 'latin1'));
    await go(app, '/settings');
    const chooser = app.page.waitForEvent('filechooser');
    await app.page.getByRole('button', { name: 'Import an exchange file…' }).click();
    await (await chooser).setFiles(latin1);
    await app.page.getByRole('alert').filter({ hasText: 'is not UTF-8 text' }).waitFor();
  });

  it('backs up now into the backups list', async () => {
    const app = await openApp('demo');
    await go(app, '/settings');
    const before = (await app.backend.call('backups.list', {})).length;
    await app.page.getByRole('button', { name: 'Back up now' }).click();
    await app.page.getByRole('status').filter({ hasText: 'Backed up at' }).waitFor();
    expect((await app.backend.call('backups.list', {})).length).toBe(before + 1);
  });
});
