import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyKey, fileKind, headerKind, rewriteEncrypted } from '../../src/store/encryption';
import { checkIntegrity } from '../../src/store/integrity';
import { APPLICATION_ID, backupFolder, openLibrary } from '../../src/store/library';
import { LATEST_VERSION, migrate } from '../../src/store/migrations';
import { SECRETS, secretsIn } from '../encryptionHelpers';
import { onCleanup, refusal, tempDir } from '../helpers';

const PASS = 'İçərişəhər 1806';
const T = '2026-01-01T00:00:00.000Z';

function encryptedLibrary(rows = 0): string {
  const path = join(tempDir(), 'library.db');
  const lib = openLibrary(path, { create: true, passphrase: PASS });
  lib.transaction(() => {
    const insert = lib.db.prepare(
      'INSERT INTO sources (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)',
    );
    for (let i = 0; i < rows; i++) insert.run(`id-${i}`, `A source with a long title ${i}`, T, T);
  });
  lib.close();
  return path;
}

/** A raw connection to an encrypted file, with Dossier's cipher and key. */
function raw(path: string, passphrase = PASS): Database.Database {
  const db = new Database(path);
  applyKey(db, passphrase);
  return db;
}

describe('the file header', () => {
  it('tells a plain SQLite file, an encrypted one and anything else apart', () => {
    const dir = tempDir();
    const plain = join(dir, 'plain.db');
    openLibrary(plain, { create: true }).close();
    expect(fileKind(plain)).toBe('plain');
    expect(fileKind(encryptedLibrary())).toBe('encrypted');
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'These are my notes, not a database.\n'.repeat(200));
    expect(fileKind(notes)).toBe('other');
    expect(headerKind(Buffer.alloc(8192, 0x41))).toBe('other');
  });
});

describe('opening an encrypted library', () => {
  it('gives the key first, then WAL, synchronous=FULL, foreign keys, temp data in memory', () => {
    const path = encryptedLibrary();
    const lib = openLibrary(path, { passphrase: PASS });
    onCleanup(() => lib.close());
    expect(lib.encrypted).toBe(true);
    expect(lib.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(lib.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(lib.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(lib.db.pragma('temp_store', { simple: true })).toBe(2);
    expect(lib.db.pragma('cipher', { simple: true })).toBe('aegis');
    expect(lib.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(lib.version).toBe(LATEST_VERSION);
  });

  it('without a passphrase: says it is encrypted and how to give one, and leaves it as it was', () => {
    const path = encryptedLibrary();
    const before = readFileSync(path);
    const err = refusal(() => openLibrary(path));
    expect(err.code).toBe('passphrase_required');
    expect(err.message).toContain('encrypted library');
    // What to do, as an action each door words its own way (no command named to an app user).
    expect(err.next).toEqual({ do: 'give-passphrase' });
    expect(err.message).not.toMatch(/DOSSIER_|"dossier /);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('with a wrong passphrase: says so (not "not a database") and writes nothing', () => {
    const path = encryptedLibrary(10);
    const before = readFileSync(path);
    const err = refusal(() => openLibrary(path, { passphrase: 'wrong passphrase' }));
    expect(err.code).toBe('wrong_passphrase');
    expect(err.message).toContain('Wrong passphrase');
    expect(err.message).not.toMatch(/not a (SQLite )?database/i);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(join(path, '..'))).toEqual(['library.db']);
  });

  it("refuses another program's encrypted database once unlocked, and changes nothing", () => {
    const path = join(tempDir(), 'other.db');
    const other = raw(path);
    other.exec('CREATE TABLE things (x)');
    other.close();
    const before = readFileSync(path);
    const err = refusal(() => openLibrary(path, { passphrase: PASS }));
    expect(err.code).toBe('not_a_library');
    expect(err.message).toContain('another program');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses an encrypted library from a newer version', () => {
    const path = encryptedLibrary();
    const db = raw(path);
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    db.close();
    const err = refusal(() => openLibrary(path, { passphrase: PASS }));
    expect(err.code).toBe('future_version');
    expect(err.message).toContain('Update Dossier');
  });

  it('detects a truncated encrypted library from its header, without the passphrase even', () => {
    const path = encryptedLibrary(2000);
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, bytes.length - 1000));
    const err = refusal(() => openLibrary(path));
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/cut off/);
  });

  it('detects damaged pages (the cipher authenticates each page) on open and in the full check', async () => {
    const path = encryptedLibrary(2000);
    expect(await checkIntegrity(path, undefined, PASS)).toEqual([]);
    expect((await checkIntegrity(path)).length).toBeGreaterThan(0); // no key: unreadable
    const bytes = readFileSync(path);
    for (let page = 3; page * 4096 < bytes.length - 4096; page += 2) {
      bytes.fill(0x5a, page * 4096 + 8, page * 4096 + 200);
    }
    writeFileSync(path, bytes);
    const err = refusal(() => openLibrary(path, { passphrase: PASS }));
    expect(err.code).toBe('corrupt');
    expect((await checkIntegrity(path, undefined, PASS)).length).toBeGreaterThan(0);
  });

  it('migrates an older encrypted library after a backup copy that is encrypted with the same key', () => {
    const path = join(tempDir(), 'old.db');
    const v1 = raw(path);
    v1.pragma('journal_mode = WAL');
    migrate(v1, 1);
    v1.prepare(
      `INSERT INTO persons (id, name, country, created_at, updated_at) VALUES ('p1', ?, 'AZ', ?, ?)`,
    ).run(SECRETS.name, T, T);
    v1.close();
    expect(secretsIn(path)).toEqual([]);

    const lib = openLibrary(path, { passphrase: PASS });
    onCleanup(() => lib.close());
    expect(lib.version).toBe(LATEST_VERSION);
    const [copyName] = readdirSync(backupFolder(path));
    const copy = join(backupFolder(path), copyName ?? '');
    expect(fileKind(copy)).toBe('encrypted');
    expect(secretsIn(copy)).toEqual([]);
    const opened = raw(copy);
    onCleanup(() => opened.close());
    expect(opened.pragma('user_version', { simple: true })).toBe(1);
    expect(opened.prepare('SELECT name FROM persons').pluck().get()).toBe(SECRETS.name);
  });
});

describe('rewriting a library under a new key', () => {
  it('refuses while another connection holds the library, and changes nothing', () => {
    const path = encryptedLibrary(10);
    const lib = openLibrary(path, { passphrase: PASS });
    onCleanup(() => lib.close());
    lib.db.prepare('SELECT count(*) FROM sources').get();
    const before = readFileSync(path);
    expect(() => rewriteEncrypted(path, PASS, 'another passphrase')).toThrow();
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(join(path, '..')).filter((n) => n.includes('encrypting'))).toEqual([]);
    expect(lib.db.prepare('SELECT count(*) FROM sources').pluck().get()).toBe(10);
  });

  it('a wrong current passphrase is refused as such', () => {
    const path = encryptedLibrary();
    const err = refusal(() => rewriteEncrypted(path, 'not it at all', 'another passphrase'));
    expect(err.code).toBe('wrong_passphrase');
    openLibrary(path, { passphrase: PASS }).close();
  });
});
