import type Database from 'better-sqlite3-multiple-ciphers';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A prepared statement, prepared once per connection. */
export function stmt<R = unknown>(
  db: Database.Database,
  sql: string,
): Database.Statement<unknown[], R> {
  let statements = cache.get(db);
  if (statements === undefined) {
    statements = new Map();
    cache.set(db, statements);
  }
  let s = statements.get(sql);
  if (s === undefined) {
    s = db.prepare(sql);
    statements.set(sql, s);
  }
  return s as Database.Statement<unknown[], R>;
}

export function nowStamp(): string {
  return new Date().toISOString();
}

/** Parses a JSON column the schema guarantees is valid JSON. */
export function json<T>(text: string): T {
  return JSON.parse(text) as T;
}

/** A library connection, for code outside store/ that passes one along. */
export type Db = Database.Database;
