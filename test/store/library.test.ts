import Database from 'better-sqlite3-multiple-ciphers';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openLibrary } from '../../src/store/library';
import { checkIntegrity } from '../../src/store/integrity';
import { LATEST_VERSION } from '../../src/store/migrations';
import { onCleanup, refusal, tempDir } from '../helpers';

/** A library with enough rows to span many pages, closed. */
function filledLibrary(): string {
  const path = newLibrary();
  const lib = openLibrary(path);
  lib.transaction(() => {
    const insert = lib.db.prepare(
      "INSERT INTO sources (id, title, created_at, updated_at) VALUES (?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
    );
    for (let i = 0; i < 2000; i++) insert.run(`id-${i}`, `A source with a long enough title ${i}`);
  });
  lib.close();
  return path;
}

/** Scribbles over every other page from `first` on, as a failing disk might. */
function scribble(path: string, first = 3): Buffer {
  const bytes = readFileSync(path);
  const pageSize = bytes.readUInt16BE(16);
  for (let page = first; page * pageSize < bytes.length - pageSize; page += 2) {
    bytes.fill(0x5a, page * pageSize + 8, page * pageSize + 200);
  }
  writeFileSync(path, bytes);
  return bytes;
}

function newLibrary(): string {
  const path = join(tempDir(), 'library.db');
  openLibrary(path, { create: true }).close();
  return path;
}

describe('opening a library', () => {
  it('creates a library with WAL, synchronous=FULL, foreign keys, STRICT tables and our application id', () => {
    const path = join(tempDir(), 'new.db');
    const lib = openLibrary(path, { create: true });
    onCleanup(() => lib.close());
    expect(lib.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(lib.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(lib.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(lib.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(lib.version).toBe(LATEST_VERSION);
    const tables = lib.db
      .prepare(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'search_fts_%'",
      )
      .all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        'persons',
        'person_aliases',
        'organisations',
        'cases',
        'case_persons',
        'case_charges',
        'case_applications',
        'events',
        'event_sources',
        'sources',
        'snippets',
        'snippet_revisions',
        'snippet_cases',
        'snippet_tags',
        'snippet_forums',
        'forum_profiles',
        'templates',
        'documents',
        'document_revisions',
        'document_signatories',
      ]),
    );
    for (const t of tables) expect(t.sql, t.name).toMatch(/\)\s*STRICT$/);
  });

  it('refuses a missing library unless asked to create one', () => {
    const path = join(tempDir(), 'missing.db');
    const err = refusal(() => openLibrary(path));
    expect(err.code).toBe('no_library');
    expect(err.next).toEqual({ do: 'create-library' });
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a file that is not a SQLite database, and leaves it as it was', () => {
    const path = join(tempDir(), 'notes.db');
    writeFileSync(path, 'These are my notes, not a database.\n'.repeat(10));
    const before = readFileSync(path);
    const err = refusal(() => openLibrary(path));
    expect(err.code).toBe('not_a_library');
    expect(err.message).toContain('not a SQLite database');
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it("refuses another program's SQLite database", () => {
    const path = join(tempDir(), 'other.db');
    const other = new Database(path);
    other.exec('CREATE TABLE things (x)');
    other.close();
    const before = readFileSync(path);
    const err = refusal(() => openLibrary(path));
    expect(err.code).toBe('not_a_library');
    expect(err.message).toContain('another program');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses an empty file unless creating', () => {
    const path = join(tempDir(), 'empty.db');
    writeFileSync(path, '');
    expect(refusal(() => openLibrary(path)).code).toBe('not_a_library');
    openLibrary(path, { create: true }).close();
    openLibrary(path).close();
  });

  it('refuses a library written by a newer version and changes nothing', () => {
    const path = newLibrary();
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.close();
    const before = readFileSync(path);
    const err = refusal(() => openLibrary(path));
    expect(err.code).toBe('future_version');
    expect(err.message).toContain(`library version ${LATEST_VERSION + 5}`);
    expect(err.message).toContain('Update Dossier');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a read-only file with a message that says what to do', () => {
    const path = newLibrary();
    chmodSync(path, 0o444);
    const err = refusal(() => openLibrary(path));
    expect(err.code).toBe('read_only');
    expect(err.message).toContain('read-only');
    expect(err.message).toContain('writable');
  });

  it('reports a library locked by another program when writing', () => {
    const path = newLibrary();
    const other = new Database(path);
    other.pragma('journal_mode = WAL');
    other.exec('BEGIN IMMEDIATE');
    onCleanup(() => other.close());
    const lib = openLibrary(path, { busyTimeoutMs: 100 });
    onCleanup(() => lib.close());
    const err = refusal(() =>
      lib.transaction(() =>
        lib.db.prepare("INSERT INTO meta (key, value) VALUES ('x', 'y')").run(),
      ),
    );
    expect(err.code).toBe('locked');
    expect(err.message).toContain('locked by another program');
    other.exec('ROLLBACK');
  });

  it('detects a truncated library on open, from its header alone, and leaves it untouched', () => {
    const path = filledLibrary();
    const bytes = readFileSync(path);
    const pageSize = bytes.readUInt16BE(16);
    for (const cut of [bytes.length - pageSize * 3, bytes.length - 1000]) {
      writeFileSync(path, bytes.subarray(0, cut));
      const err = refusal(() => openLibrary(path, { fullCheckMaxBytes: 0 }));
      expect(err.code).toBe('corrupt');
      expect(err.message).toMatch(/cut off/);
      expect(readFileSync(path).length).toBe(cut);
    }
  });

  it('leaves the full check of a large library for later, and that check finds the damage', async () => {
    const path = filledLibrary();
    // Only pages of the sources table, which opening does not read.
    scribble(path, Math.floor(statSync(path).size / 4096 / 2));
    const lib = openLibrary(path, { fullCheckMaxBytes: 1024 });
    expect(lib.fullyChecked).toBe(false);
    lib.close();
    const problems = await checkIntegrity(path);
    expect(problems.length).toBeGreaterThan(0);
    expect(await checkIntegrity(filledLibrary())).toEqual([]);
  });

  it('detects a damaged library on open and leaves the file untouched', () => {
    const path = filledLibrary();
    const bytes = scribble(path);
    const err = refusal(() => openLibrary(path));
    expect(err.code).toBe('corrupt');
    expect(err.message).toContain('damaged');
    expect(err.message).toContain('backup');
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });
});
