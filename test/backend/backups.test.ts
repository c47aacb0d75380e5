import Database from 'better-sqlite3-multiple-ciphers';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Backend } from '../../src/backend/backend';
import { listBackups } from '../../src/backend/backups/backups';
import { doc, p } from '../../src/core/document/build';
import { failure, onCleanup, tempBackend, tempDir } from '../helpers';

function reasons(path: string): string[] {
  return listBackups(path).map((b) => b.reason);
}

describe('rolling backups', () => {
  it('are made as the library changes, one an hour, and pruned by age', async () => {
    let now = new Date('2026-11-28T09:00:00.000Z');
    const b = tempBackend({ clock: () => now, monotonic: () => now.getTime() });
    await b.call('library.init', { demo: true });
    expect(reasons(b.libraryPath)).toEqual(['scheduled']);
    await b.call('persons.save', { person: { name: 'A' } });
    now = new Date('2026-11-28T09:40:00.000Z');
    await b.call('persons.save', { person: { name: 'B' } });
    expect(reasons(b.libraryPath)).toEqual(['scheduled']);
    now = new Date('2026-11-28T10:05:00.000Z');
    await b.call('persons.save', { person: { name: 'C' } });
    const two = listBackups(b.libraryPath);
    expect(two.map((e) => e.createdAt)).toEqual([
      '2026-11-28T10:05:00.000Z',
      '2026-11-28T09:00:00.000Z',
    ]);
    // The newer backup holds C; the older one does not.
    const names = (path: string) => {
      const db = new Database(path, { readonly: true });
      try {
        return db.prepare('SELECT name FROM persons').pluck().all() as string[];
      } finally {
        db.close();
      }
    };
    expect(names(two[0]?.path ?? '')).toContain('C');
    expect(names(two[1]?.path ?? '')).not.toContain('C');
    // Forty days on, a new one; the few there are stay (the floor keeps the newest ten).
    now = new Date('2027-01-07T10:00:00.000Z');
    await b.call('persons.save', { person: { name: 'D' } });
    expect(listBackups(b.libraryPath).map((e) => e.createdAt)).toEqual([
      '2027-01-07T10:00:00.000Z',
      '2026-11-28T10:05:00.000Z',
      '2026-11-28T09:00:00.000Z',
    ]);
  });

  it('are made before an import and before a restore, and listed and restored by name', async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: true });
    const file = join(tempDir(), 'one.json');
    writeFileSync(
      file,
      JSON.stringify({ format: 'dossier-library', version: 1, persons: [{ name: 'Imported' }] }),
    );
    await b.call('library.import', { path: file });
    const beforeImport = listBackups(b.libraryPath).find((e) => e.reason === 'before-import');
    expect(beforeImport).toBeDefined();
    expect((await b.call('backups.list', {})).map((e) => e.name)).toContain(beforeImport?.name);

    const r = await b.call('backups.restore', { name: beforeImport?.name ?? '' });
    expect(r.restoredFrom).toBe(beforeImport?.path);
    expect((await b.call('persons.list', {})).map((x) => x.name)).not.toContain('Imported');
    expect(reasons(b.libraryPath)).toContain('before-restore');
    expect(await b.dispatch('backups.restore', { name: 'nope.db' }, 'cli')).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('a damaged library is refused with the latest backup offered, and restored from it', async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: true });
    const [latest] = listBackups(b.libraryPath);
    b.close();
    // Cut the library off in the middle.
    const bytes = readFileSync(b.libraryPath);
    const damaged = bytes.subarray(0, bytes.length - 4096 * 3 - 100);
    writeFileSync(b.libraryPath, damaged);
    const err = await failure(b.call('persons.list', {}));
    expect(err.code).toBe('corrupt');
    expect(err.message).toContain('The latest backup is of');
    expect(err.next).toEqual({
      do: 'restore-backup',
      backup: latest?.name,
      createdAt: latest?.createdAt,
    });
    expect(err.message).not.toMatch(/"dossier /);
    expect(readFileSync(b.libraryPath).equals(damaged)).toBe(true);

    const r = await b.call('backups.restore', { name: latest?.name ?? '' });
    expect(r.previousCopy).toMatch(/-damaged-\d{8}T\d{6}Z\.db$/);
    expect(readFileSync(r.previousCopy ?? '').equals(damaged)).toBe(true);
    expect((await b.call('persons.list', {})).length).toBe(7);
  });
});

describe('a save the library cannot take', () => {
  it('disk full: the error is shown and the text is kept in a rescue file', async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: false });
    // Let the library grow no further, as a full disk would.
    const db = b.library().db;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const text = `My afternoon of drafting about Xədicə İsmayılova. ${'More words. '.repeat(2000)}`;
    const err = await failure(
      b.call('snippets.save', {
        snippet: { title: 'Draft', kind: 'background', content: doc(p(text)) },
      }),
    );
    expect(err.code).toBe('io');
    expect(err.message).toContain('disk');
    const kept = /Your text was kept in (\S+)\.$/.exec(err.message)?.[1] ?? '';
    expect(existsSync(kept)).toBe(true);
    expect(readFileSync(kept, 'utf8')).toContain(
      'My afternoon of drafting about Xədicə İsmayılova.',
    );
    expect(await b.call('snippets.list', {})).toEqual([]);
  });

  it('read-only library: the error is shown and the text is kept', async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: false });
    b.close();
    chmodSync(b.libraryPath, 0o444);
    onCleanup(() => chmodSync(b.libraryPath, 0o644));
    const again = new Backend({ libraryPath: b.libraryPath });
    onCleanup(() => again.close());
    const err = await failure(
      again.call('documents.save', {
        document: { title: 'Statement', content: doc(p('Words worth keeping.')) },
      }),
    );
    expect(err.code).toBe('read_only');
    const kept = /Your text was kept in (\S+)\.$/.exec(err.message)?.[1] ?? '';
    expect(readFileSync(kept, 'utf8')).toContain('Words worth keeping.');
  });
});
