import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Backend } from '../../src/backend/backend';

/**
 * What a library holds, to tell whether a call wrote to it: a hash of every row of every table
 * (the search index's shadow tables included). SQLite's `total_changes()` counts every row a
 * statement touched on this connection — rolled-back ones too — so an unchanged count proves that
 * nothing was written, and a changed count is settled by comparing the hashes: a rejected call
 * whose transaction rolled back leaves the same rows behind.
 */
export interface Fingerprint {
  changes: number;
  hash: string;
}

export type { Db };

type Db = ReturnType<Backend['library']>['db'];

export function totalChanges(db: Db): number {
  return db.prepare('SELECT total_changes()').pluck().get() as number;
}

export function contentHash(db: Db): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const table of tables) {
    hash.update(`\u0000table ${table}\u0000`);
    const rows = db
      .prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`)
      .raw()
      .all() as unknown[][];
    for (const row of rows) {
      for (const v of row) {
        // Blobs as bytes; everything else with its type, so that null and 'null' differ.
        if (v instanceof Uint8Array) hash.update(v);
        else hash.update(`${typeof v}:${String(v)}`);
        hash.update('\u0001');
      }
      hash.update('\u0002');
    }
  }
  return hash.digest('hex');
}

/** The library file's bytes (and its write-ahead log's): for a library that cannot be opened. */
export function fileHash(path: string): string {
  const hash = createHash('sha256');
  for (const p of [path, `${path}-wal`]) {
    hash.update(`\u0000${p.slice(path.length)}\u0000`);
    if (existsSync(p)) hash.update(readFileSync(p));
  }
  return hash.digest('hex');
}

export function fingerprint(db: Db): Fingerprint {
  return { changes: totalChanges(db), hash: contentHash(db) };
}

/** Whether the library still holds what `before` saw; hashes only when rows were touched. */
export function unchangedSince(db: Db, before: Fingerprint): boolean {
  if (totalChanges(db) === before.changes) return true;
  return contentHash(db) === before.hash;
}
