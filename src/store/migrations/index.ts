import type Database from 'better-sqlite3-multiple-ciphers';
import { migration as m001 } from './001-initial';
import { migration as m002 } from './002-search';
import { migration as m003 } from './003-document-metadata';

import type { Migration } from './migration';

export type { Migration };

/** Every migration, in order. A library's `PRAGMA user_version` is the last one applied. */
export const MIGRATIONS: readonly Migration[] = [m001, m002, m003];
export const LATEST_VERSION = MIGRATIONS.length;

/** Applies the migrations after the library's version up to `target`, each in one transaction. */
export function migrate(db: Database.Database, target: number = LATEST_VERSION): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > target) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}
