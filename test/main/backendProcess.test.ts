import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackendProcess } from '../../src/main/backendProcess';
import type { Result } from '../../src/shared/errors';
import { tempDir } from '../helpers';
import { fake } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

/**
 * The real utility-process entry (src/backend/utilityProcess.ts), loaded in this process with
 * a stand-in for Electron's `process.parentPort`: the fake `utilityProcess.fork` hands main's
 * messages to it, and its answers back to main.
 */
type Listener = (e: { data: unknown }) => void;
const port = { listeners: [] as Listener[], answers: [] as ((m: unknown) => void)[] };
let libraryDir: string;
let libraryPath: string;
const argv = process.argv;

beforeAll(async () => {
  // Outlives each test (tempDir is removed after each): the backend keeps it open.
  libraryDir = mkdtempSync(join(tmpdir(), 'dossier-test-'));
  libraryPath = join(libraryDir, 'library.db');
  (process as unknown as { parentPort: unknown }).parentPort = {
    on: (_event: 'message', listener: Listener) => port.listeners.push(listener),
    postMessage: (message: unknown) => port.answers.shift()?.(message),
  };
  process.argv = [argv[0] ?? 'node', 'backend.js', libraryPath, ''];
  await import('../../src/backend/utilityProcess');
});

afterAll(async () => {
  // Closes the library file (a plain library's lock closes it), so that its folder can go.
  await new Promise((done) => {
    port.answers.push(done);
    for (const listener of port.listeners) {
      listener({ data: { id: 0, method: 'library.lock', params: {}, caller: 'main' } });
    }
  });
  process.argv = argv;
  delete (process as unknown as { parentPort?: unknown }).parentPort;
  rmSync(libraryDir, { recursive: true, force: true });
});

function connect(): void {
  fake.onChildMessage = (child, message) => {
    port.answers.push((answer) => child.emit('message', answer));
    for (const listener of port.listeners) listener({ data: message });
  };
}

beforeEach(() => {
  fake.reset();
  connect();
});

function link(): BackendProcess {
  return new BackendProcess({
    script: '/app/out/main/backend.js',
    libraryPath,
    nativeBinding: null,
  });
}

describe('the backend in its utility process', () => {
  it('runs calls with the caller main gives: path methods for main only', async () => {
    const backend = link();
    expect(await backend.call('library.init', { demo: true }, 'window')).toMatchObject({
      ok: true,
    });
    const path = join(tempDir(), 'export.json');
    const asWindow = await backend.call('library.export', { path }, 'window');
    expect(asWindow).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(existsSync(path)).toBe(false);
    expect(await backend.call('library.export', { path }, 'main')).toMatchObject({ ok: true });
    expect(existsSync(path)).toBe(true);

    const [child] = fake.children;
    expect(child?.args).toEqual([libraryPath, '']);
    expect(child?.messages[1]).toEqual({
      id: 2,
      method: 'library.export',
      params: { path },
      caller: 'window',
    });
  });

  it('takes a caller it does not know for the window’s', async () => {
    const path = join(tempDir(), 'export.json');
    const answer = new Promise<{ result: Result<unknown> }>((done) =>
      port.answers.push((m) => done(m as { result: Result<unknown> })),
    );
    for (const listener of port.listeners) {
      listener({ data: { id: 1, method: 'library.export', params: { path }, caller: 'cli' } });
    }
    expect((await answer).result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(existsSync(path)).toBe(false);
  });

  it('answers pending calls when it stops, and starts again on another library', async () => {
    fake.onChildMessage = null;
    const backend = link();
    const pending = backend.call('library.info', {}, 'window');
    fake.children[0]?.emit('exit', 1);
    expect(await pending).toMatchObject({ ok: false, error: { code: 'internal' } });

    const next = join(tempDir(), 'other.db');
    backend.restart(next);
    expect(backend.libraryPath).toBe(next);
    expect(fake.children.at(-1)?.args).toEqual([next, '']);
    const before = fake.children.length;
    void backend.call('library.info', {}, 'window');
    expect(fake.children).toHaveLength(before);
  });
});
