import Database from 'better-sqlite3-multiple-ciphers';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fstatSync,
  fsyncSync,
  linkSync,
  openSync,
  renameSync,
  readSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DossierError } from '../shared/errors';

/**
 * Encrypted libraries, through SQLite3 Multiple Ciphers (the SQLite inside
 * better-sqlite3-multiple-ciphers): every page of the file, of its WAL and of its journals is
 * encrypted and authenticated with AEGIS-256; the key is derived from the passphrase with
 * Argon2id (19 MiB, 2 passes) and a random salt kept in the file's first 16 bytes.
 *
 * The file does not say which cipher made it, so every connection sets the same parameters
 * before its key. They are pinned here rather than left to the library's defaults: a library
 * opens only with the parameters it was made with.
 */
export const CIPHER_PRAGMAS: readonly string[] = [
  "cipher = 'aegis'",
  'algorithm = 4', // AEGIS-256
  'tcost = 2', // Argon2id passes
  'mcost = 19456', // Argon2id memory, KiB
  'pcost = 1', // Argon2id lanes
];

/** What people are told the library is encrypted with. */
export const CIPHER_NAME = 'AEGIS-256, key from the passphrase by Argon2id';

/**
 * The bytes of a passphrase: UTF-8 of its NFC form, so that "ə" typed on one system opens the
 * library on another that composes it differently.
 */
export function keyBytes(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

function setCipher(db: Database.Database): void {
  for (const p of CIPHER_PRAGMAS) db.pragma(p);
}

/**
 * Gives a connection its key. Must come before anything reads the file; a wrong key shows on
 * the first read, as SQLITE_NOTADB.
 */
export function applyKey(db: Database.Database, passphrase: string): void {
  setCipher(db);
  const rc = db.key(keyBytes(passphrase));
  if (rc !== 0) throw new Error(`SQLite could not take the key (error ${rc})`);
}

export type FileKind = 'plain' | 'encrypted' | 'other';

/**
 * What the first bytes of a file say it is: a plain SQLite database, one encrypted by SQLite3
 * Multiple Ciphers (its first 16 bytes are the salt; bytes 16–23 stay readable: a page size, the
 * file format versions, the bytes each page reserves for the cipher's nonce and tag, and
 * SQLite's fixed payload fractions 64, 32, 32), or something else.
 */
export function headerKind(header: Buffer): FileKind {
  if (header.subarray(0, 16).toString('latin1') === 'SQLite format 3\u0000') return 'plain';
  if (header.length < 24) return 'other';
  const raw = header.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  const powerOfTwo = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) === 0;
  const versions = [header[18], header[19]].every((v) => v === 1 || v === 2);
  const reserved = header[20] ?? 0;
  const fractions = header[21] === 64 && header[22] === 32 && header[23] === 32;
  return powerOfTwo && versions && reserved >= 16 && fractions ? 'encrypted' : 'other';
}

/** The first `n` bytes of a file (fewer when it is shorter). */
export function readFirstBytes(path: string, n: number): Buffer {
  const buf = Buffer.alloc(n);
  const fd = openSync(path, 'r');
  try {
    return buf.subarray(0, readSync(fd, buf, 0, n, 0));
  } finally {
    closeSync(fd);
  }
}

/** `headerKind` of the file at `path` (an empty file: 'other'). */
export function fileKind(path: string): FileKind {
  const header = readFirstBytes(path, 100);
  return header.length === 0 ? 'other' : headerKind(header);
}

/** The application id in a plain SQLite file's header (0 for any other file). */
export function plainApplicationId(path: string): number {
  const header = readFirstBytes(path, 100);
  return header.length === 100 && headerKind(header) === 'plain' ? header.readUInt32BE(68) : 0;
}

export function wrongPassphrase(path: string): DossierError {
  return new DossierError(
    'wrong_passphrase',
    `Wrong passphrase for ${path}. Nothing was changed; try again (passphrases are case-sensitive).`,
    path,
  );
}

function isNotADb(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === 'SQLITE_NOTADB';
}

/** Removes a SQLite file and the files SQLite keeps beside it. */
export function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}

/** Overwrites the open file `fd` with zeros, so that what it held does not stay on the disk. */
function overwrite(fd: number): void {
  const size = fstatSync(fd).size;
  const zeros = Buffer.alloc(Math.min(size, 1_048_576));
  for (let at = 0; at < size; at += zeros.length) {
    writeSync(fd, zeros, 0, Math.min(zeros.length, size - at), at);
  }
  fsyncSync(fd);
}

function fsyncPath(path: string): void {
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // A folder cannot be synced everywhere (Windows); the rename is durable enough there.
  }
}

export interface RewriteOptions {
  /** better-sqlite3-multiple-ciphers built for another runtime (Electron). */
  nativeBinding?: string;
  /** Keep the file as it was under this name (a hard link, else a copy) instead of wiping it. */
  keepOldAs?: string;
}

/**
 * Rewrites the SQLite file at `path`, which no connection may hold, under the passphrase `to`:
 * `from` is its passphrase now (null: a plain file). The new file is made beside it (VACUUM INTO,
 * then `rekey` with its journal in memory, so that no plain journal touches the disk), checked,
 * synced, and renamed over `path` in one step; a failure before that leaves `path` as it was.
 * The old file's bytes are then overwritten with zeros (unless `keepOldAs`), and so is its WAL.
 *
 * Overwriting is a best effort: SSDs and copy-on-write file systems may keep old blocks.
 */
export function rewriteEncrypted(
  path: string,
  from: string | null,
  to: string,
  options: RewriteOptions = {},
): void {
  const tmp = join(dirname(path), `.${basename(path)}.encrypting-${process.pid}`);
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  removeDatabaseFiles(tmp);
  let walFd: number | null = null;
  try {
    const src = new Database(path, { fileMustExist: true, timeout: 2000, ...binding });
    try {
      if (from !== null) applyKey(src, from);
      src.pragma('temp_store = MEMORY');
      // Leaving WAL needs the only connection: another program holding the library says so
      // here, before anything is written.
      try {
        walFd = openSync(`${path}-wal`, 'r+');
      } catch {
        walFd = null;
      }
      const mode = src.pragma('journal_mode = DELETE', { simple: true });
      if (mode !== 'delete') {
        throw new DossierError(
          'locked',
          `${path} is open in another program (another Dossier window or command?). Close it, then try again. Nothing was changed.`,
          path,
        );
      }
      src.prepare('VACUUM INTO ?').run(tmp);
    } catch (err) {
      if (from !== null && isNotADb(err)) throw wrongPassphrase(path);
      throw err;
    } finally {
      src.close();
    }
    if (walFd !== null) {
      // SQLite has checkpointed and deleted the WAL; its frames held the pages as written.
      if (!existsSync(`${path}-wal`)) overwrite(walFd);
      closeSync(walFd);
      walFd = null;
    }

    const copy = new Database(tmp, { fileMustExist: true, ...binding });
    try {
      copy.pragma('temp_store = MEMORY');
      if (from === null) setCipher(copy);
      else applyKey(copy, from);
      copy.pragma('journal_mode = MEMORY');
      const rc = copy.rekey(keyBytes(to));
      if (rc !== 0) throw new Error(`SQLite could not encrypt the copy (error ${rc})`);
    } finally {
      copy.close();
    }

    const check = new Database(tmp, { fileMustExist: true, readonly: true, ...binding });
    try {
      applyKey(check, to);
      const problems = (check.pragma('quick_check(3)') as { quick_check: string }[]).map(
        (r) => r.quick_check,
      );
      if (problems.length !== 1 || problems[0] !== 'ok') {
        throw new Error(`the encrypted copy does not check out (${problems.join('; ')})`);
      }
    } finally {
      check.close();
    }
    if (fileKind(tmp) !== 'encrypted') throw new Error('the copy did not come out encrypted');
    fsyncPath(tmp);
  } catch (err) {
    if (walFd !== null) closeSync(walFd);
    removeDatabaseFiles(tmp);
    throw err;
  }

  const oldFd = openSync(path, 'r+');
  try {
    if (options.keepOldAs !== undefined) {
      try {
        linkSync(path, options.keepOldAs);
      } catch {
        copyFileSync(path, options.keepOldAs);
      }
    }
    renameSync(tmp, path);
    fsyncPath(dirname(path));
    if (options.keepOldAs === undefined) overwrite(oldFd);
  } finally {
    closeSync(oldFd);
  }
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}
