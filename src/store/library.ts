import Database from 'better-sqlite3-multiple-ciphers';
import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DossierError } from '../shared/errors';
import { LATEST_VERSION, migrate } from './migrations';
import { rebuildSearchIndex, searchIndexIsStale } from './search/indexer';
import { translateSqliteError } from './sqliteErrors';
import { headerProblems } from './integrity';
import { applyKey, headerKind, readFirstBytes, wrongPassphrase, type FileKind } from './encryption';

export { APPLICATION_ID } from './applicationId';
import { APPLICATION_ID } from './applicationId';

export interface OpenOptions {
  /** Create the library when the file does not exist (or is empty). */
  create?: boolean;
  /** How long to wait for another program's lock before giving up. */
  busyTimeoutMs?: number;
  /** better-sqlite3-multiple-ciphers built for another runtime (Electron). */
  nativeBinding?: string;
  /**
   * The passphrase of an encrypted library. With `create`, a new library is made encrypted
   * with it. A plain library opens as it is, whether or not one is given.
   */
  passphrase?: string;
  /** Skip `PRAGMA quick_check` (for the benchmark's measurement of each step). */
  skipQuickCheck?: boolean;
  /**
   * Libraries up to this size get SQLite's full `quick_check` when opened (about 20 ms per 10 MB).
   * Larger ones get the header check at once and the full check afterwards (`checkIntegrity`), so
   * that opening stays fast.
   */
  fullCheckMaxBytes?: number;
}

/** See `OpenOptions.fullCheckMaxBytes`. */
export const FULL_CHECK_MAX_BYTES = 64 * 1_048_576;

function damaged(path: string, problems: readonly string[]): DossierError {
  return new DossierError(
    'corrupt',
    `${path} is damaged (${problems.slice(0, 3).join('; ')}). Nothing was changed; restore it from a backup ("dossier restore FILE").`,
    path,
  );
}

interface Header {
  kind: FileKind;
  applicationId: number;
}

function readHeader(path: string): Header | null {
  const buf = readFirstBytes(path, 100);
  if (buf.length === 0) return null;
  const kind = headerKind(buf);
  return { kind, applicationId: kind === 'plain' && buf.length === 100 ? buf.readUInt32BE(68) : 0 };
}

/** Said when an encrypted library is opened without its passphrase (or after "Lock now"). */
export function passphraseRequired(path: string): DossierError {
  return new DossierError(
    'passphrase_required',
    `${path} is an encrypted library and is locked. Give its passphrase to open it: the app asks for it; the dossier command asks on a terminal, or reads it from DOSSIER_PASSPHRASE.`,
    path,
  );
}

function assertWritable(path: string): void {
  const readOnly = (): DossierError =>
    new DossierError(
      'read_only',
      `${path} is read-only. Dossier writes to its library as you work; make the file and its folder writable (chmod u+w), or copy the library somewhere writable.`,
      path,
    );
  // Root may write anywhere; the mode bits still say what the owner meant.
  if ((statSync(path).mode & 0o222) === 0) throw readOnly();
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
  } catch {
    throw readOnly();
  }
}

/** Where the automatic copies of a library go: a folder beside it. */
export function backupFolder(libraryPath: string): string {
  return join(dirname(libraryPath), `${basename(libraryPath)}.backups`);
}

/** A time for a file name: `20261128T180000Z`. */
export function fileStamp(now: Date = new Date()): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/**
 * An open library: one SQLite connection with Dossier's settings. Each user action runs in one
 * `transaction`.
 */
export class Library {
  readonly db: Database.Database;
  readonly path: string;
  /** Whether SQLite's full check ran on opening, or is left for `checkIntegrity`. */
  readonly fullyChecked: boolean;
  /** Whether the file is encrypted (and this connection holds its key). */
  readonly encrypted: boolean;

  constructor(db: Database.Database, path: string, fullyChecked: boolean, encrypted = false) {
    this.db = db;
    this.path = path;
    this.fullyChecked = fullyChecked;
    this.encrypted = encrypted;
  }

  /** Runs `fn` in one write transaction; SQLite errors come out as DossierErrors. */
  transaction<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn).immediate();
    } catch (err) {
      throw translateSqliteError(err, this.path);
    }
  }

  /** Runs a read; SQLite errors come out as DossierErrors. */
  read<T>(fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      throw translateSqliteError(err, this.path);
    }
  }

  get version(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/**
 * Opens the library at `path`: checks that it is a Dossier library this version can read,
 * gives an encrypted one its key (first of all), applies WAL / synchronous=FULL / foreign keys,
 * runs a quick integrity check, and migrates it (after a backup copy, encrypted like the
 * library) when it comes from an older version.
 */
export function openLibrary(path: string, options: OpenOptions = {}): Library {
  const exists = existsSync(path);
  if (!exists && !options.create) {
    throw new DossierError(
      'no_library',
      `There is no library at ${path}. Create one with "dossier init" (add --demo for the demo library), or choose another file with --library.`,
      path,
    );
  }
  if (options.passphrase === '') {
    throw new DossierError('invalid_input', 'A passphrase cannot be empty.', 'passphrase');
  }
  let header: Header | null = null;
  if (exists) {
    if (statSync(path).isDirectory()) {
      throw new DossierError('not_a_library', `${path} is a folder, not a library file.`, path);
    }
    header = readHeader(path);
    if (header === null && !options.create) {
      throw new DossierError(
        'not_a_library',
        `${path} is an empty file, not a Dossier library. Create a library with "dossier init".`,
        path,
      );
    }
    if (header?.kind === 'other') {
      throw new DossierError(
        'not_a_library',
        `${path} is not a Dossier library (it is not a SQLite database). Choose a library file, or create one with "dossier init".`,
        path,
      );
    }
    if (header !== null && header.applicationId !== APPLICATION_ID && header.applicationId !== 0) {
      throw new DossierError(
        'not_a_library',
        `${path} is a SQLite database of another program, not a Dossier library. Nothing was changed.`,
        path,
      );
    }
    assertWritable(path);
    if (header !== null) {
      const problems = headerProblems(path);
      if (problems.length > 0) throw damaged(path, problems);
    }
    if (header?.kind === 'encrypted' && options.passphrase === undefined) {
      throw passphraseRequired(path);
    }
  } else {
    mkdirSync(dirname(path), { recursive: true });
  }

  const encrypted =
    header === null ? options.passphrase !== undefined : header.kind === 'encrypted';
  let db: Database.Database | undefined;
  try {
    db = new Database(path, {
      timeout: options.busyTimeoutMs ?? 5000,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    if (encrypted) {
      applyKey(db, options.passphrase ?? '');
      // The key is checked on the first read: a wrong one makes page 1 unreadable.
      try {
        db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get();
      } catch (err) {
        if ((err as { code?: unknown }).code === 'SQLITE_NOTADB' && header !== null) {
          throw wrongPassphrase(path);
        }
        throw err;
      }
    }
    // SQLite3 Multiple Ciphers 2.3 writes temporary files (sorts, temporary tables) unencrypted.
    db.pragma('temp_store = MEMORY');
    const version = db.pragma('user_version', { simple: true }) as number;
    const appId = db.pragma('application_id', { simple: true }) as number;
    const tables = db
      .prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'")
      .pluck()
      .get() as number;
    if (appId !== APPLICATION_ID && (version !== 0 || tables !== 0)) {
      throw new DossierError(
        'not_a_library',
        `${path} is a SQLite database of another program, not a Dossier library. Nothing was changed.`,
        path,
      );
    }
    if (version > LATEST_VERSION) {
      throw new DossierError(
        'future_version',
        `${path} was written by a newer version of Dossier (library version ${version}; this version reads up to ${LATEST_VERSION}). Update Dossier to open it; nothing was changed.`,
        path,
      );
    }
    if (version === 0 && !options.create) {
      throw new DossierError(
        'not_a_library',
        `${path} is an empty database, not a Dossier library. Create a library with "dossier init".`,
        path,
      );
    }
    const fullCheck =
      !options.skipQuickCheck &&
      version > 0 &&
      statSync(path).size <= (options.fullCheckMaxBytes ?? FULL_CHECK_MAX_BYTES);
    if (fullCheck) {
      const problems = (db.pragma('quick_check(3)') as { quick_check: string }[]).map(
        (r) => r.quick_check,
      );
      if (problems.length !== 1 || problems[0] !== 'ok') throw damaged(path, problems);
    }
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') {
      throw new DossierError(
        'io',
        `${path} could not be switched to WAL journaling (${String(mode)}).`,
        path,
      );
    }
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');

    if (version > 0 && version < LATEST_VERSION) {
      const folder = backupFolder(path);
      mkdirSync(folder, { recursive: true });
      const copy = join(folder, `${basename(path)}-before-v${LATEST_VERSION}-${fileStamp()}.db`);
      db.prepare('VACUUM INTO ?').run(copy);
    }
    migrate(db, LATEST_VERSION);
    const migrated = db;
    if (searchIndexIsStale(migrated)) {
      migrated.transaction(() => rebuildSearchIndex(migrated)).immediate();
    }
    return new Library(db, path, fullCheck || version === 0, encrypted);
  } catch (err) {
    db?.close();
    throw translateSqliteError(err, path);
  }
}
