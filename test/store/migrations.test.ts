import Database from 'better-sqlite3-multiple-ciphers';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFolder, openLibrary } from '../../src/store/library';
import { LATEST_VERSION, migrate, MIGRATIONS } from '../../src/store/migrations';
import { facetToken } from '../../src/core/search/query';
import { searchIndex } from '../../src/store/search/search';
import { onCleanup, tempDir } from '../helpers';

const T = '2026-01-01T00:00:00.000Z';

describe('migrations', () => {
  it('are numbered 1..N with no gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(
      Array.from({ length: LATEST_VERSION }, (_, i) => i + 1),
    );
  });

  it('1 → latest builds the search index over rows written at version 1, after a backup copy', () => {
    const path = join(tempDir(), 'old.db');
    const v1 = new Database(path);
    v1.pragma('journal_mode = WAL');
    migrate(v1, 1);
    expect(v1.pragma('user_version', { simple: true })).toBe(1);
    v1.prepare(
      `INSERT INTO persons (id, name, country, created_at, updated_at) VALUES ('p1', 'Xədicə İsmayılova', 'AZ', ?, ?)`,
    ).run(T, T);
    v1.prepare(
      `INSERT INTO cases (id, title, status, created_at, updated_at) VALUES ('c1', 'The 2014 prosecution', 'detained_pretrial', ?, ?)`,
    ).run(T, T);
    v1.prepare(
      `INSERT INTO case_persons (case_id, person_id, position) VALUES ('c1', 'p1', 0)`,
    ).run();
    v1.close();

    const lib = openLibrary(path);
    onCleanup(() => lib.close());
    expect(lib.version).toBe(LATEST_VERSION);
    const person = lib.db.prepare('SELECT name FROM persons WHERE id = ?').get('p1');
    expect(person).toEqual({ name: 'Xədicə İsmayılova' });

    const hits = searchIndex(lib.db, 'Khadija', {}, 10);
    expect(hits.map((h) => [h.kind, h.id])).toEqual([
      ['person', 'p1'],
      ['case', 'c1'],
    ]);
    expect(
      searchIndex(lib.db, 'Khadija', { status: ['detained_pretrial'], kind: ['case'] }, 10),
    ).toHaveLength(1);

    const copies = readdirSync(backupFolder(path));
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatch(/^old\.db-before-v\d+-\d{8}T\d{6}Z\.db$/);
    const copy = new Database(join(backupFolder(path), copies[0] ?? ''), { readonly: true });
    onCleanup(() => copy.close());
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT count(*) AS n FROM persons').get()).toEqual({ n: 1 });
  });

  it('an index an older version folded differently is rebuilt when the library is opened', () => {
    const path = join(tempDir(), 'folded.db');
    const lib = openLibrary(path, { create: true });
    lib.db
      .prepare(
        `INSERT INTO persons (id, name, created_at, updated_at) VALUES ('p1', 'Leyla Qurbanzadə', ?, ?)`,
      )
      .run(T, T);
    // What an older Dossier left: plain and transliterated forms only, and no folding version.
    lib.db
      .prepare(
        `INSERT INTO search_items (rowid, kind, item_id, title, body) VALUES (4, 'person', 'p1', 'Leyla Qurbanzadə', '')`,
      )
      .run();
    lib.db
      .prepare(
        `INSERT INTO search_fts (rowid, title, body, facets) VALUES (4, 'leyla qurbanzade gurbanzada', '', ?)`,
      )
      .run(facetToken('kind', 'person'));
    lib.db.prepare("DELETE FROM meta WHERE key = 'search_folding'").run();
    expect(searchIndex(lib.db, 'Qurbanzadə', {}, 10).map((h) => h.id)).toEqual(['p1']);
    expect(searchIndex(lib.db, 'Gurbanzade', {}, 10)).toEqual([]);
    lib.close();

    const reopened = openLibrary(path);
    onCleanup(() => reopened.close());
    expect(searchIndex(reopened.db, 'Gurbanzade', {}, 10).map((h) => h.id)).toEqual(['p1']);
    expect(
      reopened.db.prepare("SELECT count(*) AS n FROM meta WHERE key = 'search_folding'").get(),
    ).toEqual({ n: 1 });
  });

  it('2 → 3 keeps documents and gives them the new metadata with its defaults', () => {
    const path = join(tempDir(), 'v2.db');
    const v2 = new Database(path);
    v2.pragma('journal_mode = WAL');
    migrate(v2, 2);
    v2.prepare(
      `INSERT INTO documents (id, title, content, revision, created_at, updated_at) VALUES ('d1', 'Draft', '{"root":{"type":"root","children":[]}}', 1, ?, ?)`,
    ).run(T, T);
    v2.close();
    const lib = openLibrary(path);
    onCleanup(() => lib.close());
    expect(lib.version).toBe(3);
    expect(
      lib.db.prepare('SELECT title, joint, audience, cover_lines, keywords FROM documents').get(),
    ).toEqual({ title: 'Draft', joint: 0, audience: 'public', cover_lines: '[]', keywords: '[]' });
  });

  it('a new library starts at the latest version without a backup copy', () => {
    const path = join(tempDir(), 'new.db');
    openLibrary(path, { create: true }).close();
    const raw = new Database(path, { readonly: true });
    onCleanup(() => raw.close());
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(() => readdirSync(backupFolder(path))).toThrow();
  });
});
