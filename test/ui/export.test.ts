import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';
import { go, openApp, screenshots, type App } from './harness';

/** Export from the document screen, the files read back: Word's XML, the PDF's text. */

const CLI = resolve(import.meta.dirname, '../../bin/dossier.js');

async function exportAs(app: App, format: 'Word (.docx)' | 'PDF'): Promise<string> {
  const { page } = app;
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the document' });
  await dialog
    .getByRole('radio', { name: new RegExp(`^${format.replace(/[().]/g, '\\$&')}`) })
    .click({ force: true });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export and download' }).click();
  const file = await download;
  const path = join(tempDir(), file.suggestedFilename());
  await file.saveAs(path);
  await dialog
    .getByRole('status')
    .getByText(/^Downloaded/)
    .waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return path;
}

describe('exporting a document from the window', () => {
  it('downloads Word and PDF with the snippet’s text and the field’s value as of the document’s date', async () => {
    const app = await openApp('demo');
    const { page } = app;
    await go(app, '/documents');
    await page.getByRole('link', { name: /free the human rights defenders/ }).click();
    await page
      .getByRole('textbox', { name: 'Text of the document' })
      .getByText('134 days')
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the document' });
    await dialog.getByText('As of').waitFor();
    await screenshots(page, 'export-dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    const docx = await exportAs(app, 'Word (.docx)');
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(docx)))['word/document.xml']!);
    const words = xml.replace(/<[^>]+>/g, '');
    expect(words).toContain('We, the undersigned organisations');
    expect(words).toContain('134 days');

    const pdf = await exportAs(app, 'PDF');
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('undersigned organisations');
    expect(text).toContain('134 days');

    // The bytes the command line writes for the same document.
    const id = page.url().split('/documents/')[1] ?? '';
    for (const [format, downloaded] of [
      ['docx', docx],
      ['pdf', pdf],
    ] as const) {
      const out = join(tempDir(), `cli.${format}`);
      execFileSync(
        process.execPath,
        [CLI, 'doc', 'export', id, '--format', format, '--out', out, '--library', app.libraryPath],
        { encoding: 'utf8', env: { ...process.env, DOSSIER_LIBRARY: '' } },
      );
      expect(readFileSync(out).equals(readFileSync(downloaded)), format).toBe(true);
    }
  });

  it('waits for preflight errors to be fixed, or an explicit "export anyway"', async () => {
    const app = await openApp('demo');
    const { page } = app;
    const d = await app.backend.call('documents.create', { title: 'Broken' });
    const { id, revision: _r, createdAt: _c, updatedAt: _u, ...rest } = d;
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
    await page.getByRole('tab', { name: /Preflight \(1\)/ }).waitFor();
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the document' });
    await dialog.getByRole('alert').getByText('Preflight found 1 error').waitFor();
    const go2 = dialog.getByRole('button', { name: 'Export and download' });
    await expect.poll(() => go2.isDisabled()).toBe(true);
    await dialog.getByRole('checkbox', { name: /Export anyway/ }).click({ force: true });
    await expect.poll(() => go2.isDisabled()).toBe(false);
    const download = page.waitForEvent('download');
    await go2.click();
    expect((await download).suggestedFilename()).toMatch(/\.docx$/);
  });
});
