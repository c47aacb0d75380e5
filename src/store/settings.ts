import { stmt, type Db } from './sql';

/** A setting the app keeps in the library (`meta`), as JSON; null when never set. */
export function getSetting(db: Db, key: string): unknown {
  const value = stmt<string>(db, 'SELECT value FROM meta WHERE key = ?')
    .pluck()
    .get(`setting:${key}`) as string | undefined;
  if (value === undefined) return null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

export function putSetting(db: Db, key: string, value: unknown): void {
  stmt(
    db,
    `INSERT INTO meta (key, value) VALUES (?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(`setting:${key}`, JSON.stringify(value));
}
