import Database from 'better-sqlite3-multiple-ciphers';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Backend } from '../../src/backend/backend';
import { listBackups } from '../../src/backend/backups/backups';
import { rescueFolder } from '../../src/backend/rescue';
import { doc, p } from '../../src/core/document/build';
import {
  applyKey,
  fileKind,
  KDF_PROFILES,
  kdfProfiles,
  openKeyed,
} from '../../src/store/encryption';
import { openLibrary } from '../../src/store/library';
import { allFiles, leaks, SECRETS } from '../encryptionHelpers';
import { failure, onCleanup, tempBackend, tempDir } from '../helpers';

/** Issue 7, item 3: no plaintext of an encrypted library, anywhere. */

const PASS = 'Qız qalası 1184 — gecə';

async function encrypted(): Promise<Backend> {
  const b = tempBackend();
  await b.call('library.init', { demo: true, encrypted: true, passphrase: PASS });
  return b;
}

/** A pid that no process has now (a shell that has ended). */
function deadPid(): number {
  return Number(execFileSync('sh', ['-c', 'sh -c "echo \\$\\$"']).toString().trim());
}

describe('a save an encrypted library cannot take', () => {
  it('is kept nowhere in plain text, and the message says the text is only where it was typed', async () => {
    const b = await encrypted();
    const db = b.library().db;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const text = `${SECRETS.documentText} ${'More words. '.repeat(3000)}`;
    const err = await failure(
      b.call('snippets.save', {
        snippet: { title: SECRETS.snippetTitle, kind: 'background', content: doc(p(text)) },
      }),
    );
    expect(err.code).toBe('io');
    expect(err.message).toContain('not written anywhere else');
    expect(existsSync(rescueFolder(b.libraryPath))).toBe(false);
    const shared = join(tmpdir(), 'dossier-rescue');
    const scanned = [
      ...allFiles(dirname(b.libraryPath)),
      ...(existsSync(shared) ? allFiles(shared) : []),
    ];
    expect(leaks(scanned)).toEqual({});
  });

  it('a plain library keeps its rescue files readable by their owner only', async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: false });
    const db = b.library().db;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const err = await failure(
      b.call('snippets.save', {
        snippet: {
          title: 'Draft',
          kind: 'background',
          content: doc(p('x '.repeat(20000))),
        },
      }),
    );
    const kept = /Your text was kept in (\S+)\.$/.exec(err.message)?.[1] ?? '';
    expect(statSync(kept).mode & 0o077).toBe(0);
    expect(statSync(dirname(kept)).mode & 0o077).toBe(0);
  });
});

describe('encrypting a library that has plain-text rescue files', () => {
  it('is refused until the person lets Dossier erase them', async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: true });
    const folder = rescueFolder(b.libraryPath);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'kept.json'), JSON.stringify({ params: SECRETS.documentText }));
    const err = await failure(b.call('library.encrypt', { passphrase: PASS }));
    expect(err.code).toBe('conflict');
    expect(err.message).toContain('1 text kept in plain text');
    expect(fileKind(b.libraryPath)).toBe('plain');
    const r = await b.call('library.encrypt', { passphrase: PASS, eraseRescueFiles: true });
    expect(r.rescueErased).toBe(1);
    expect(readdirSync(folder)).toEqual([]);
    b.close();
    expect(leaks(allFiles(dirname(b.libraryPath)))).toEqual({});
  });
});

describe('a killed encryption', () => {
  it('leaves no plain copy: the next open erases any stale one, whatever process made it', async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: false });
    await b.call('persons.save', { person: { name: SECRETS.name, notes: SECRETS.notes } });
    const dir = dirname(b.libraryPath);
    // What `encrypt` leaves when killed between its plain copy and the rekey: one of a dead
    // process, one with the pid of a process alive now (pids are reused).
    const stale = [deadPid(), process.ppid].map((pid) =>
      join(dir, `.${basename(b.libraryPath)}.encrypting-${pid}`),
    );
    for (const s of stale) b.library().db.prepare('VACUUM INTO ?').run(s);
    b.close();
    expect(Object.keys(leaks(stale)).length).toBe(2);
    await b.call('library.info', {});
    for (const s of stale) expect(existsSync(s), s).toBe(false);
  });
});

describe('an encrypted library that will not open', () => {
  it('with the right passphrase but a damaged first page: said to be damaged, with the backup that opens', async () => {
    const b = await encrypted();
    const [latest] = listBackups(b.libraryPath);
    b.close();
    const bytes = readFileSync(b.libraryPath);
    // Page 1, past the readable header: its authentication tag no longer matches.
    for (let i = 200; i < 260; i++) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
    writeFileSync(b.libraryPath, bytes);
    const again = new Backend({ libraryPath: b.libraryPath, passphrase: PASS });
    onCleanup(() => again.close());
    const err = await failure(again.call('persons.list', {}));
    expect(err.code).toBe('corrupt');
    expect(err.message).toContain('the passphrase is right');
    expect(err.next).toMatchObject({ do: 'restore-backup', backup: latest?.name });

    const wrong = new Backend({ libraryPath: b.libraryPath, passphrase: 'not the passphrase' });
    onCleanup(() => wrong.close());
    const w = await failure(wrong.call('persons.list', {}));
    expect(w.code).toBe('wrong_passphrase');
    expect(w.message).toContain('or the file is damaged');
    expect(w.message).toContain('restore the latest backup');

    // And the backup restores over it, without init, the damaged file kept whole.
    const r = await again.call('backups.restore', { name: latest?.name ?? '' });
    expect(r.info.encrypted).toBe(true);
    expect(readFileSync(r.previousCopy ?? '').equals(bytes)).toBe(true);
    expect((await again.call('persons.list', {})).length).toBe(7);
  });

  it('backups restore over an empty or a missing library file, plain or encrypted, without init', async () => {
    for (const kind of ['plain', 'encrypted'] as const) {
      for (const damage of ['empty', 'missing'] as const) {
        const b = kind === 'plain' ? tempBackend() : tempBackend({ passphrase: PASS });
        await b.call('library.init', {
          demo: true,
          ...(kind === 'encrypted' ? { encrypted: true, passphrase: PASS } : {}),
        });
        const [latest] = listBackups(b.libraryPath);
        b.close();
        if (damage === 'empty') writeFileSync(b.libraryPath, '');
        else
          execFileSync('rm', ['-f', b.libraryPath, `${b.libraryPath}-wal`, `${b.libraryPath}-shm`]);
        const r = await b.call('backups.restore', {
          name: latest?.name ?? '',
          ...(kind === 'encrypted' ? { passphrase: PASS } : {}),
        });
        expect(r.info.counts.persons, `${kind} ${damage}`).toBe(7);
        expect(fileKind(b.libraryPath)).toBe(kind);
      }
    }
  });
});

describe('key derivation', () => {
  it('new keys cost at least 128 MiB and three passes; libraries of the earlier profile still open', () => {
    const [current, legacy] = KDF_PROFILES;
    expect(current?.mcost).toBeGreaterThanOrEqual(131072);
    expect(current?.tcost).toBeGreaterThanOrEqual(3);
    // Tests run with a cheap profile in front, by their own request (test/setup.ts) only.
    expect(kdfProfiles().slice(1)).toEqual(KDF_PROFILES);

    // A library made by Dossier 0.1 with the 19 MiB profile.
    const path = join(tempDir(), 'old.db');
    const made = openLibrary(path, { create: true, passphrase: PASS });
    made.close();
    const copy = join(tempDir(), 'v01.db');
    const src = openKeyed(path, PASS, {});
    if (src === null) throw new Error('cannot open');
    src.db.prepare('VACUUM INTO ?').run(copy);
    src.db.close();
    const db = new Database(copy);
    applyKey(db, PASS, kdfProfiles()[0]);
    db.pragma('journal_mode = MEMORY');
    // Rekey under the legacy profile's parameters.
    for (const q of ["cipher = 'aegis'", 'algorithm = 4']) db.pragma(q);
    db.pragma(`tcost = ${legacy?.tcost}`);
    db.pragma(`mcost = ${legacy?.mcost}`);
    db.pragma(`pcost = ${legacy?.pcost}`);
    expect(db.rekey(Buffer.from(PASS.normalize('NFC')))).toBe(0);
    db.close();
    const opened = openLibrary(copy, { passphrase: PASS });
    expect(opened.kdf?.name).toBe(legacy?.name);
    opened.close();
  });
});

describe('files Dossier writes', () => {
  it('are readable by their owner only: library, WAL, backups, exports', async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: true });
    const [d] = await b.call('documents.list', {});
    const dir = tempDir();
    const exported = [
      (await b.call('library.export', { path: join(dir, 'lib.json') })).path,
      (await b.call('library.backup', { path: join(dir, 'copy.db') })).path,
      (
        await b.call('documents.export', {
          id: d?.id ?? '',
          format: 'html',
          path: join(dir, 'd.html'),
          force: true,
        })
      ).path,
    ];
    const files = [
      b.libraryPath,
      `${b.libraryPath}-wal`,
      ...listBackups(b.libraryPath).map((e) => e.path),
      ...exported,
    ];
    for (const f of files) expect(statSync(f).mode & 0o077, f).toBe(0);
  });
});
