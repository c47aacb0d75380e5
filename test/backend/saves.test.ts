import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Backend } from '../../src/backend/backend';
import { listBackups, RETENTION_FLOOR } from '../../src/backend/backups/backups';
import { snapshot } from '../../src/backend/backups/snapshot';
import { backupFolder } from '../../src/store/library';
import { failure, onCleanup, tempBackend, tempDir } from '../helpers';
import { BackendProcess } from '../processes';

/** Issue 7, item 2: no confirmed save is ever lost. */

async function demo(): Promise<Backend> {
  const b = tempBackend();
  await b.call('library.init', { demo: true });
  return b;
}

function names(b: Backend): string[] {
  return b.read((lib) => lib.db.prepare('SELECT name FROM persons').pluck().all() as string[]);
}

describe('restore while another process has the library open', () => {
  it('is refused, naming the app that has it open, and the app keeps every save', async () => {
    const b = await demo();
    const backup = listBackups(b.libraryPath)[0];
    expect(backup).toBeDefined();
    b.close();

    const app = new BackendProcess(b.libraryPath, 'desktop');
    const first = await app.call('persons.save', { person: { name: 'Saved in the app' } });
    expect(first.ok).toBe(true);

    const err = await failure(b.call('backups.restore', { name: backup?.name ?? '' }));
    expect(err.code).toBe('locked');
    expect(err.message).toContain(`the Dossier desktop app (process ${app.pid}`);
    expect(err.next).toEqual({ do: 'close-other-program' });
    // The app's WAL is where it was, and its next save is not lost in an unlinked file.
    const second = await app.call('persons.save', { person: { name: 'Saved after the refusal' } });
    expect(second.ok).toBe(true);
    await app.close();
    b.close();
    expect(names(b)).toEqual(
      expect.arrayContaining(['Saved in the app', 'Saved after the refusal']),
    );

    // Once the app is closed, the restore goes ahead and keeps the library as it was.
    const r = await b.call('backups.restore', { name: backup?.name ?? '' });
    expect(names(b)).not.toContain('Saved after the refusal');
    const kept = new Backend({ libraryPath: join(tempDir(), 'kept.db') });
    onCleanup(() => kept.close());
    writeFileSync(kept.libraryPath, readFileSync(r.previousCopy ?? ''));
    expect(names(kept)).toContain('Saved after the refusal');
  });

  it('races: restores tried while the app saves are all refused, and every acknowledged save stays', async () => {
    const b = await demo();
    const backup = listBackups(b.libraryPath)[0];
    b.close();
    const app = new BackendProcess(b.libraryPath, 'desktop');
    expect((await app.call('library.info')).ok).toBe(true);
    const acknowledged: string[] = [];
    let refused = 0;
    const attempts = 25;
    for (let i = 0; i < attempts; i++) {
      const save = app.call('persons.save', { person: { name: `Race ${i}` } });
      const restore = b.dispatch('backups.restore', { name: backup?.name ?? '' }, 'cli');
      const [saved, restored] = await Promise.all([save, restore]);
      if (saved.ok) acknowledged.push(`Race ${i}`);
      if (!restored.ok && restored.error.code === 'locked') refused += 1;
    }
    await app.close();
    b.close();
    expect(refused).toBe(attempts);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(names(b)).toEqual(expect.arrayContaining(acknowledged));
  });

  it('a library replaced under an open backend is reopened before the next save', async () => {
    const b = await demo();
    // A copy as it is now, which another program will put in the library's place.
    const copy = `${b.libraryPath}.copy`;
    await b.call('library.backup', { path: copy });
    b.close();
    const a = new Backend({ libraryPath: b.libraryPath });
    onCleanup(() => a.close());
    await a.call('persons.save', { person: { name: 'Only in the replaced file' } });
    renameSync(copy, b.libraryPath);
    await a.call('persons.save', { person: { name: 'After the swap' } });
    a.close();
    // The save went to the library at the path, which is whole.
    const reader = new Backend({ libraryPath: b.libraryPath });
    onCleanup(() => reader.close());
    expect((await reader.call('library.check', {})).ok).toBe(true);
    const now = names(reader);
    expect(now).toContain('After the swap');
    expect(now).not.toContain('Only in the replaced file');
    // What was saved in the file that was replaced is kept as a backup.
    const kept = listBackups(b.libraryPath).find((e) => e.reason === 'before-restore');
    const old = new Backend({ libraryPath: join(tempDir(), 'kept.db') });
    onCleanup(() => old.close());
    writeFileSync(old.libraryPath, readFileSync(kept?.path ?? ''));
    expect(names(old)).toContain('Only in the replaced file');
  });
});

describe('a WAL that is missing while the library is open', () => {
  it('is not reported as damage to a second reader', async () => {
    const b = await demo();
    for (let i = 0; i < 50; i++) await b.call('persons.save', { person: { name: `P ${i}` } });
    const wal = `${b.libraryPath}-wal`;
    expect(existsSync(wal)).toBe(true);
    renameSync(wal, `${wal}.moved`);
    const reader = new Backend({ libraryPath: b.libraryPath });
    onCleanup(() => reader.close());
    const r = await reader.dispatch('persons.list', {}, 'cli');
    expect(r.ok ? 'ok' : r.error.code).not.toBe('corrupt');
    renameSync(`${wal}.moved`, wal);
  });
});

describe('writing files the user names', () => {
  it('never replaces the library, its backups or another database; another file needs overwrite', async () => {
    const b = await demo();
    const [doc] = await b.call('documents.list', {});
    const id = doc?.id ?? '';
    const dir = tempDir();
    const otherDb = join(dir, 'other.db');
    await b.call('library.backup', { path: otherDb });
    const backup = listBackups(b.libraryPath)[0]?.path ?? '';
    const forbidden = [b.libraryPath, `${b.libraryPath}-wal`, backup, otherDb];
    for (const target of forbidden) {
      const before = readFileSync(target);
      for (const call of [
        b.dispatch('library.export', { path: target, overwrite: true }, 'cli'),
        b.dispatch(
          'documents.export',
          { id, format: 'html', path: target, force: true, overwrite: true },
          'cli',
        ),
        b.dispatch('library.backup', { path: target, overwrite: true }, 'cli'),
      ]) {
        const r = await call;
        expect(r.ok, target).toBe(false);
        if (!r.ok) expect(r.error.code).toBe('conflict');
      }
      expect(readFileSync(target).equals(before), target).toBe(true);
    }

    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'my notes');
    const refused = await failure(b.call('library.export', { path: notes }));
    expect(refused.next).toEqual({ do: 'confirm-overwrite' });
    expect(readFileSync(notes, 'utf8')).toBe('my notes');
    await b.call('library.export', { path: notes, overwrite: true });
    expect(readFileSync(notes, 'utf8')).toContain('dossier-library');
  });

  it('never writes through a symlink or onto a device', async () => {
    const b = await demo();
    const dir = tempDir();
    const precious = join(dir, 'precious.txt');
    writeFileSync(precious, 'keep me');
    const link = join(dir, 'link.json');
    symlinkSync(precious, link);
    for (const path of [link, '/dev/null']) {
      const r = await b.dispatch('library.export', { path, overwrite: true }, 'cli');
      expect(r.ok, path).toBe(false);
    }
    expect(readFileSync(precious, 'utf8')).toBe('keep me');
  });
});

describe('backups made at the same instant', () => {
  it('by several processes: none overwrites another', async () => {
    const b = await demo();
    b.close();
    const file = join(tempDir(), 'one.json');
    writeFileSync(
      file,
      JSON.stringify({ format: 'dossier-library', version: 1, persons: [{ name: 'Imported' }] }),
    );
    const clock = '2026-12-02T10:00:00.000Z';
    const procs = Array.from({ length: 6 }, () => new BackendProcess(b.libraryPath, 'cli', clock));
    await Promise.all(procs.map((p) => p.call('library.info')));
    const results = await Promise.all(procs.map((p) => p.call('library.import', { path: file })));
    await Promise.all(procs.map((p) => p.close()));
    expect(results.every((r) => r.ok)).toBe(true);
    const before = listBackups(b.libraryPath).filter(
      (e) => e.reason === 'before-import' && e.createdAt === clock,
    );
    expect(before).toHaveLength(6);
  });

  it('a failed import leaves no backup behind', async () => {
    const b = await demo();
    const count = listBackups(b.libraryPath).length;
    const file = join(tempDir(), 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'dossier-library',
        version: 1,
        cases: [{ title: 'Nobody', personIds: ['11111111-2222-4333-8444-555555555555'] }],
      }),
    );
    expect((await b.dispatch('library.import', { path: file }, 'cli')).ok).toBe(false);
    expect(listBackups(b.libraryPath)).toHaveLength(count);
  });

  it('sixty imports in a day do not keep sixty full copies', async () => {
    let now = new Date('2026-12-02T08:00:00.000Z');
    const b = tempBackend({ clock: () => now, monotonic: () => now.getTime() });
    await b.call('library.init', { demo: false });
    const file = join(tempDir(), 'one.json');
    writeFileSync(file, JSON.stringify({ format: 'dossier-library', version: 1, persons: [] }));
    for (let i = 0; i < 60; i++) {
      now = new Date(now.getTime() + 10 * 60_000);
      await b.call('library.import', { path: file });
    }
    const copies = listBackups(b.libraryPath).filter((e) => e.reason === 'before-import');
    expect(copies.length).toBeLessThanOrEqual(RETENTION_FLOOR + 11);
  });
});

describe('a clock that jumps', () => {
  it('forward a year keeps a floor of copies; set back, backups go on every hour', async () => {
    let wall = new Date('2026-12-02T08:00:00.000Z');
    let tick = 0;
    const b = tempBackend({ clock: () => wall, monotonic: () => tick });
    await b.call('library.init', { demo: false });
    for (let h = 0; h < 30; h++) {
      wall = new Date(wall.getTime() + 3_600_000);
      tick += 3_600_000;
      await b.call('persons.save', { person: { name: `Hour ${h}` } });
    }
    expect(listBackups(b.libraryPath).length).toBeGreaterThan(RETENTION_FLOOR);
    wall = new Date(wall.getTime() + 365 * 86_400_000);
    tick += 3_600_000;
    await b.call('persons.save', { person: { name: 'A year later?' } });
    expect(listBackups(b.libraryPath).length).toBeGreaterThanOrEqual(RETENTION_FLOOR);

    // Back to a year before even that: still one backup an hour of use.
    wall = new Date('2025-12-02T08:00:00.000Z');
    const count = listBackups(b.libraryPath).length;
    for (let h = 0; h < 3; h++) {
      wall = new Date(wall.getTime() + 3_600_000);
      tick += 3_600_000;
      await b.call('persons.save', { person: { name: `Set back ${h}` } });
    }
    const made = listBackups(b.libraryPath).filter((e) => e.createdAt.startsWith('2025-12-02'));
    expect(made).toHaveLength(3);
    expect(listBackups(b.libraryPath).length).toBeGreaterThanOrEqual(count);
  });
});

describe('reads while another process writes', () => {
  it('search, lists, info and backup work while another holds the write lock, even on a new day', async () => {
    const b = await demo();
    b.close();
    const writer = new BackendProcess(b.libraryPath, 'desktop');
    expect((await writer.call('library.info')).ok).toBe(true);
    expect((await writer.hold()).ok).toBe(true);
    // A day later: statuses are due for their daily refresh, which needs the write lock.
    const reader = new Backend({
      libraryPath: b.libraryPath,
      busyTimeoutMs: 200,
      today: () => '2027-06-01',
    });
    onCleanup(() => reader.close());
    const out = join(tempDir(), 'copy.db');
    for (const [method, params] of [
      ['library.info', {}],
      ['search.query', { query: 'Khadija' }],
      ['persons.list', {}],
      ['cases.list', {}],
      ['library.backup', { path: out }],
    ] as const) {
      const r = await reader.dispatch(method, params, 'cli');
      expect(r.ok ? 'ok' : r.error.message, method).toBe('ok');
    }
    expect((await writer.release()).ok).toBe(true);
    await writer.close();
  });
});

describe('snapshots', () => {
  it('leave nothing half-written in the backups folder', async () => {
    const b = await demo();
    const folder = backupFolder(b.libraryPath);
    mkdirSync(folder, { recursive: true });
    // What a process killed while backing up leaves (its process is gone).
    const dead = Number(execFileSync('sh', ['-c', 'sh -c "echo \\$\\$"']).toString().trim());
    writeFileSync(join(folder, `.backup-${dead}-abcdef.partial`), 'half');
    snapshot(b.library(), 'scheduled');
    expect(readdirSync(folder).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });
});
