import Database from 'better-sqlite3-multiple-ciphers';
import { openKeyed } from './encryption';

/** A library held so that no other connection can read or write it, until `release`. */
export interface ExclusiveHold {
  release(): void;
}

/**
 * Takes the library at `path` for this process alone, or returns null when another connection
 * has it open (another Dossier window, the app, a command). The WAL is folded into the file and
 * left (journal mode DELETE: SQLite removes the WAL and its index itself, having checked no one
 * else holds them), and an exclusive lock is kept until `release`: the file can then be copied
 * and replaced with nothing lost. The caller's own connection must be closed first.
 */
export function holdExclusively(
  path: string,
  passphrase: string | null,
  nativeBinding?: string,
): ExclusiveHold | null {
  const options = { fileMustExist: true, timeout: 0, ...(nativeBinding ? { nativeBinding } : {}) };
  const db =
    passphrase === null ? new Database(path, options) : openKeyed(path, passphrase, options)?.db;
  if (db === undefined) return null;
  try {
    db.pragma('temp_store = MEMORY');
    let mode: unknown;
    try {
      mode = db.pragma('journal_mode = DELETE', { simple: true });
    } catch (err) {
      const code = String((err as { code?: unknown }).code ?? '');
      if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
        db.close();
        return null;
      }
      throw err;
    }
    if (mode !== 'delete') {
      db.close();
      return null;
    }
    try {
      db.prepare('BEGIN EXCLUSIVE').run();
    } catch (err) {
      const code = String((err as { code?: unknown }).code ?? '');
      if (code.startsWith('SQLITE_BUSY')) {
        db.close();
        return null;
      }
      throw err;
    }
  } catch (err) {
    if (db.open) db.close();
    throw err;
  }
  return {
    release: () => {
      if (db.inTransaction) db.prepare('ROLLBACK').run();
      db.close();
    },
  };
}
