import { DossierError } from '../shared/errors';

interface SqliteLikeError {
  code?: unknown;
  message?: unknown;
}

/**
 * Turns an error from SQLite into one a person can act on. `path` is the library file the
 * error concerns. Errors that are not SQLite's pass through unchanged.
 */
export function translateSqliteError(err: unknown, path: string): unknown {
  if (err instanceof DossierError) return err;
  const code = (err as SqliteLikeError | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return err;
  if (code === 'SQLITE_NOTADB') {
    return new DossierError(
      'not_a_library',
      `${path} is not a Dossier library (it is not a SQLite database). Open a library file, or create a new library.`,
      path,
      { do: 'choose-library' },
    );
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new DossierError(
      'corrupt',
      `${path} is damaged (SQLite reports: ${String((err as SqliteLikeError).message)}). Nothing was changed; restore it from a backup.`,
      path,
      { do: 'list-backups' },
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new DossierError(
      'locked',
      `${path} is locked by another program (another Dossier window or command?). Close it, then try again. Nothing was changed.`,
      path,
      { do: 'close-other-program' },
    );
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new DossierError(
      'read_only',
      `${path} cannot be written (read-only file or folder). Make it writable, or copy the library somewhere writable. Nothing was changed.`,
      path,
    );
  }
  if (code === 'SQLITE_FULL') {
    return new DossierError(
      'io',
      `The disk holding ${path} is full. Nothing was changed; free some space and try again.`,
      path,
    );
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR')) {
    return new DossierError(
      'io',
      `${path} could not be read or written (${code}). Check that the file and its folder exist and are accessible.`,
      path,
    );
  }
  return err;
}
