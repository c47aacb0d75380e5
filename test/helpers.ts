import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { Backend, type BackendOptions } from '../src/backend/backend';
import { DossierError } from '../src/shared/errors';

const cleanups: (() => void)[] = [];

afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A backend over a new library file in a temporary folder, closed after the test. */
export function tempBackend(options: Partial<BackendOptions> = {}): Backend {
  const backend = new Backend({
    libraryPath: join(tempDir(), 'library.db'),
    checkResults: true,
    ...options,
  });
  cleanups.push(() => backend.close());
  return backend;
}

/** A backend over a new demo library. */
export async function demoBackend(options: Partial<BackendOptions> = {}): Promise<Backend> {
  const backend = tempBackend(options);
  await backend.call('library.init', { demo: true });
  return backend;
}

/** Registers a cleanup to run after the current test. */
export function onCleanup(fn: () => void): void {
  cleanups.push(fn);
}

/** The DossierError a call fails with (the test fails if it succeeds or throws something else). */
export async function failure(promise: Promise<unknown>): Promise<DossierError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof DossierError) return err;
    throw err;
  }
  throw new Error('expected a DossierError');
}

/** The DossierError a synchronous call fails with. */
export function refusal(fn: () => unknown): DossierError {
  try {
    fn();
  } catch (err) {
    if (err instanceof DossierError) return err;
    throw err;
  }
  throw new Error('expected a DossierError');
}
