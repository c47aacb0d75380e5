import type Database from 'better-sqlite3-multiple-ciphers';

/** One step of the library's schema: version N is reached by applying `up` to version N-1. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}
