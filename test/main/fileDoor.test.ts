import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../src/backend/backend';
import { appPages } from '../../src/main/appPages';
import { registerCalls } from '../../src/main/calls';
import { registerFileDoor } from '../../src/main/fileDoor';
import { FILE_CHANNELS, IPC_CHANNEL, type Saved } from '../../src/shared/client';
import type { Result } from '../../src/shared/errors';
import { demoBackend, tempDir } from '../helpers';
import { fake } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

let backend: Backend;
let dir: string;
let appUrl: string;
let switched: string[];
let backendCalls: { method: string; caller: string }[];

beforeEach(async () => {
  fake.reset();
  backend = await demoBackend();
  dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  const pages = appPages(rendererDir, null);
  appUrl = `${pathToFileURL(join(rendererDir, 'index.html')).href}#/documents`;
  switched = [];
  backendCalls = [];
  // The real backend in this process, where the desktop app has it in a utility process.
  const link = {
    call: (method: string, params: unknown, caller: 'main' | 'window') => {
      backendCalls.push({ method, caller });
      return backend.dispatch(method, params, caller);
    },
  };
  registerCalls(link, pages.isAppPage);
  registerFileDoor({
    backend: link,
    isAppPage: pages.isAppPage,
    switchLibrary: (path) => switched.push(path),
  });
});

async function firstDocumentId(): Promise<string> {
  const [d] = await backend.call('documents.list', {});
  if (d === undefined) throw new Error('the demo library has no document');
  return d.id;
}

describe('save', () => {
  it('shows the save dialog, exports the library to the chosen file and says where', async () => {
    const path = join(dir, 'chosen folder', '..', 'library.json');
    fake.savePaths.push(path);
    const result = (await fake.invoke(FILE_CHANNELS.save, appUrl, {
      method: 'library.export',
      params: {},
      suggestedName: 'Dossier library.json',
    })) as Result<Saved>;

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ fileName: 'library.json', to: 'file' });
    expect(result.value.path).toMatch(/library\.json$/);
    expect(result.value.bytes).toBeGreaterThan(100);
    const bytes = readFileSync(result.value.path ?? '');
    expect(bytes.length).toBe(result.value.bytes);
    const written = bytes.toString('utf8');
    expect(JSON.parse(written)).toBeTypeOf('object');
    expect(written).toContain('Ismayilova');

    const [call] = fake.dialogCalls;
    expect(call?.kind).toBe('save');
    expect(call?.options.defaultPath).toBe('Dossier library.json');
    expect(call?.options.filters).toEqual([{ name: 'Dossier file', extensions: ['json'] }]);
    expect(backendCalls).toEqual([{ method: 'library.export', caller: 'main' }]);
  });

  it('replaces a file the dialog chose (the dialog has asked), and writes a document', async () => {
    const path = join(dir, 'statement.html');
    writeFileSync(path, 'old');
    fake.savePaths.push(path);
    const result = (await fake.invoke(FILE_CHANNELS.save, appUrl, {
      method: 'documents.export',
      params: { id: await firstDocumentId(), format: 'html', force: true },
      suggestedName: 'statement.html',
    })) as Result<Saved>;

    expect(result).toMatchObject({ ok: true, value: { path, to: 'file' } });
    const html = readFileSync(path, 'utf8');
    expect(html).not.toBe('old');
    expect(html).toMatch(/<html/i);
  });

  it('answers null when the person cancels, and writes nothing', async () => {
    fake.savePaths.push(null);
    const result = await fake.invoke(FILE_CHANNELS.save, appUrl, {
      method: 'library.backup',
      params: {},
      suggestedName: 'backup.db',
    });
    expect(result).toBeNull();
    expect(backendCalls).toEqual([]);
  });

  it('refuses a call from another page, before any dialog', async () => {
    for (const url of [
      'https://evil.example/',
      pathToFileURL(join(dir, 'other.html')).href,
      null,
    ]) {
      const result = (await fake.invoke(FILE_CHANNELS.save, url, {
        method: 'library.export',
        params: {},
        suggestedName: 'x.json',
      })) as Result<Saved>;
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      if (!result.ok) expect(result.error.message).toMatch(/did not come from the app/);
    }
    expect(fake.dialogCalls).toEqual([]);
    expect(backendCalls).toEqual([]);
  });

  it('refuses what is not a save: another method, params that are not an object, no name', async () => {
    for (const request of [
      { method: 'library.info', params: {}, suggestedName: 'x.json' },
      { method: 'library.import', params: {}, suggestedName: 'x.json' },
      { method: 'library.export', params: 'x', suggestedName: 'x.json' },
      { method: 'library.export', params: {}, suggestedName: '' },
      { method: 'library.export', params: {} },
      null,
    ]) {
      const result = await fake.invoke(FILE_CHANNELS.save, appUrl, request);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(fake.dialogCalls).toEqual([]);
  });

  it('suggests a file name only, never a folder', async () => {
    fake.savePaths.push(null);
    await fake.invoke(FILE_CHANNELS.save, appUrl, {
      method: 'library.export',
      params: {},
      suggestedName: '/home/someone/.bashrc',
    });
    expect(fake.dialogCalls[0]?.options.defaultPath).toBe('.bashrc');
  });
});

describe('the window’s plain call', () => {
  it('relays calls as the window’s, so a path method is refused whatever the page sends', async () => {
    const path = join(dir, 'stolen.json');
    const result = await fake.invoke(IPC_CHANNEL, appUrl, 'library.export', {
      path,
      overwrite: true,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(existsSync(path)).toBe(false);
    expect(backendCalls).toEqual([{ method: 'library.export', caller: 'window' }]);

    expect(await fake.invoke(IPC_CHANNEL, appUrl, 'library.info', {})).toMatchObject({ ok: true });
  });

  it('refuses a call from another page', async () => {
    const result = await fake.invoke(IPC_CHANNEL, 'https://evil.example/', 'library.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(backendCalls).toEqual([]);
  });
});

describe('open', () => {
  it('reads the chosen file with the open method, as main', async () => {
    const path = join(dir, 'exchange.json');
    await backend.call('library.export', { path });
    fake.openPaths.push(path);
    const result = await fake.invoke(FILE_CHANNELS.open, appUrl, {
      method: 'library.import',
      params: {},
    });
    expect(result).toMatchObject({ ok: true });
    expect(backendCalls).toEqual([{ method: 'library.import', caller: 'main' }]);
    expect(fake.dialogCalls[0]?.options.filters).toEqual([
      { name: 'Dossier exchange file', extensions: ['json'] },
    ]);
  });

  it('answers null when cancelled; refuses a method that is not an open', async () => {
    fake.openPaths.push(null);
    expect(
      await fake.invoke(FILE_CHANNELS.open, appUrl, { method: 'documents.import', params: {} }),
    ).toBeNull();
    expect(
      await fake.invoke(FILE_CHANNELS.open, appUrl, { method: 'library.export', params: {} }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(fake.dialogCalls).toHaveLength(1);
    expect(backendCalls).toEqual([]);
  });
});

describe('show in folder and open', () => {
  it('works only on files this door saved', async () => {
    const other = join(dir, 'not-saved.json');
    writeFileSync(other, '{}');
    expect(await fake.invoke(FILE_CHANNELS.showInFolder, appUrl, other)).toBe(false);
    expect(await fake.invoke(FILE_CHANNELS.openFile, appUrl, other)).toBe(false);
    expect(await fake.invoke(FILE_CHANNELS.showInFolder, appUrl, 42)).toBe(false);
    expect(fake.shellCalls).toEqual([]);

    const path = join(dir, 'saved.json');
    fake.savePaths.push(path);
    await fake.invoke(FILE_CHANNELS.save, appUrl, {
      method: 'library.export',
      params: {},
      suggestedName: 'saved.json',
    });
    expect(await fake.invoke(FILE_CHANNELS.showInFolder, 'https://evil.example/', path)).toBe(
      false,
    );
    expect(fake.shellCalls).toEqual([]);
    expect(await fake.invoke(FILE_CHANNELS.showInFolder, appUrl, path)).toBe(true);
    expect(await fake.invoke(FILE_CHANNELS.openFile, appUrl, path)).toBe(true);
    expect(fake.shellCalls).toEqual([
      { fn: 'showItemInFolder', arg: path },
      { fn: 'openPath', arg: path },
    ]);
  });
});

describe('open library', () => {
  it('switches to the chosen library, and not when cancelled or asked by another page', async () => {
    const path = join(dir, 'other.db');
    fake.openPaths.push(path);
    expect(await fake.invoke(FILE_CHANNELS.openLibrary, appUrl)).toBe(true);
    expect(switched).toEqual([path]);
    expect(fake.dialogCalls[0]?.options.filters).toEqual([
      { name: 'Dossier library', extensions: ['db'] },
    ]);

    fake.openPaths.push(null);
    expect(await fake.invoke(FILE_CHANNELS.openLibrary, appUrl)).toBe(false);
    fake.openPaths.push(path);
    expect(await fake.invoke(FILE_CHANNELS.openLibrary, 'https://evil.example/')).toBe(false);
    expect(switched).toEqual([path]);
  });
});
