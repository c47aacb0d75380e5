import Database from 'better-sqlite3-multiple-ciphers';
import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  openSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DossierError } from '../shared/errors';
import { LATEST_VERSION, migrate } from './migrations';
import { rebuildSearchIndex, searchIndexIsStale } from './search/indexer';
import { translateSqliteError } from './sqliteErrors';
import { headerProblems } from './integrity';
import {
  eraseStaleCopies,
  headerKind,
  openKeyed,
  readFirstBytes,
  wrongPassphrase,
  type FileKind,
  type KdfProfile,
} from './encryption';

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
    `${path} is damaged (${problems.slice(0, 3).join('; ')}). Nothing was changed; restore it from a backup.`,
    path,
    { do: 'list-backups' },
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
    `${path} is an encrypted library and is locked. Give its passphrase to open it.`,
    path,
    { do: 'give-passphrase' },
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
  /** The key profile that opened an encrypted library (null: a plain one). */
  readonly kdf: KdfProfile | null;

  constructor(
    db: Database.Database,
    path: string,
    fullyChecked: boolean,
    kdf: KdfProfile | null = null,
  ) {
    this.db = db;
    this.path = path;
    this.fullyChecked = fullyChecked;
    this.kdf = kdf;
  }

  /** Whether the file is encrypted (and this connection holds its key). */
  get encrypted(): boolean {
    return this.kdf !== null;
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
      `There is no library at ${path}. Create one there, or open another library file.`,
      path,
      { do: 'create-library' },
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
        `${path} is an empty file, not a Dossier library. Create a library there, or open another library file.`,
        path,
        { do: 'create-library' },
      );
    }
    if (header?.kind === 'other') {
      throw new DossierError(
        'not_a_library',
        `${path} is not a Dossier library (it is not a SQLite database). Open a library file, or create a new library.`,
        path,
        { do: 'choose-library' },
      );
    }
    if (header !== null && header.applicationId !== APPLICATION_ID && header.applicationId !== 0) {
      throw new DossierError(
        'not_a_library',
        `${path} is a SQLite database of another program, not a Dossier library. Nothing was changed.`,
        path,
        { do: 'choose-library' },
      );
    }
    assertWritable(path);
    // A copy a killed encryption left may hold the library in plain text.
    eraseStaleCopies(path);
    if (header !== null) {
      const problems = headerProblems(path);
      if (problems.length > 0) throw damaged(path, problems);
    }
    if (header?.kind === 'encrypted' && options.passphrase === undefined) {
      throw passphraseRequired(path);
    }
  } else {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  }
  if (!exists || header === null) {
    // Readable by its owner only; SQLite gives its WAL and index the same permissions.
    closeSync(openSync(path, 'a', 0o600));
    chmodSync(path, 0o600);
  }

  const encrypted =
    header === null ? options.passphrase !== undefined : header.kind === 'encrypted';
  let db: Database.Database | undefined;
  let kdf: KdfProfile | null = null;
  try {
    const dbOptions = {
      timeout: options.busyTimeoutMs ?? 5000,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    };
    if (encrypted) {
      // The key is checked on the first read: a wrong one makes page 1 unreadable.
      const keyed = openKeyed(path, options.passphrase ?? '', dbOptions);
      if (keyed === null) throw wrongPassphrase(path);
      db = keyed.db;
      kdf = keyed.profile;
    } else {
      db = new Database(path, dbOptions);
    }
    // SQLite3 Multiple Ciphers 2.3 writes temporary files (sorts, temporary tables) unencrypted.
    db.pragma('temp_store = MEMORY');
    // 32 MB of pages kept in memory (SQLite's default is 2 MB): the list screens read every
    // person or case, and each page read again is one decrypted again in an encrypted library.
    db.pragma('cache_size = -32768');
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
        { do: 'choose-library' },
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
        `${path} is an empty database, not a Dossier library. Create a library there, or open another library file.`,
        path,
        { do: 'create-library' },
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
    return new Library(db, path, fullCheck || version === 0, kdf);
  } catch (err) {
    db?.close();
    throw translateSqliteError(err, path);
  }
}
