import Database from 'better-sqlite3-multiple-ciphers';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fstatSync,
  fsyncSync,
  linkSync,
  openSync,
  readdirSync,
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
 * Argon2id and a random salt kept in the file's first 16 bytes.
 *
 * The file does not say which parameters made its key, and SQLite3 Multiple Ciphers has no room
 * for them in the encrypted file's header. So every profile Dossier ever created libraries
 * with is listed here, never changed once released, and a library is opened by trying them,
 * the current one first. Raising the cost later means adding a profile in front: old files keep opening, and they get
 * the new profile whenever they are re-encrypted (a new passphrase, a restore, encryption).
 */
export interface KdfProfile {
  name: string;
  /** Argon2id passes. */
  tcost: number;
  /** Argon2id memory, KiB. */
  mcost: number;
  /** Argon2id lanes. */
  pcost: number;
}

export const KDF_PROFILES: readonly KdfProfile[] = [
  // From 2026-12: about 280 ms a guess on a 2-core laptop (BENCHMARKS.md), 128 MiB each.
  { name: 'argon2id-t3-m128m', tcost: 3, mcost: 131072, pcost: 1 },
  // Dossier 0.1 (2026-11): about 30 ms a guess.
  { name: 'argon2id-t2-m19m', tcost: 2, mcost: 19456, pcost: 1 },
];

/** For tests only, and only when a test asks for it: about a millisecond a guess. */
const TEST_PROFILE: KdfProfile = { name: 'test-only-cheap', tcost: 1, mcost: 64, pcost: 1 };

let profiles: readonly KdfProfile[] = KDF_PROFILES;

/**
 * Makes this process create encrypted libraries with a key that costs almost nothing to guess,
 * and try that profile first when opening: for test suites that create hundreds of encrypted
 * libraries. Never called by Dossier itself.
 */
export function useCheapKeysForTests(): void {
  profiles = [TEST_PROFILE, ...KDF_PROFILES];
}

/** The profiles tried when opening, in order; the first makes new keys. */
export function kdfProfiles(): readonly KdfProfile[] {
  return profiles;
}

/** The SQLite pragmas that set the cipher and its key derivation, before a key. */
export function cipherPragmas(profile: KdfProfile): string[] {
  return [
    "cipher = 'aegis'",
    'algorithm = 4', // AEGIS-256
    `tcost = ${profile.tcost}`,
    `mcost = ${profile.mcost}`,
    `pcost = ${profile.pcost}`,
  ];
}

/** What people are told the library is encrypted with. */
export const CIPHER_NAME = 'AEGIS-256, key from the passphrase by Argon2id';

/**
 * The bytes of a passphrase: UTF-8 of its NFC form, so that "ə" typed on one system opens the
 * library on another that composes it differently.
 */
export function keyBytes(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

function setCipher(db: Database.Database, profile: KdfProfile): void {
  for (const p of cipherPragmas(profile)) db.pragma(p);
}

/**
 * Gives a connection its key, derived with `profile` (default: the one new keys get). Must come
 * before anything reads the file; a wrong key shows on the first read, as SQLITE_NOTADB.
 */
export function applyKey(
  db: Database.Database,
  passphrase: string,
  profile: KdfProfile = kdfProfiles()[0] ?? TEST_PROFILE,
): void {
  setCipher(db, profile);
  const rc = db.key(keyBytes(passphrase));
  if (rc !== 0) throw new Error(`SQLite could not take the key (error ${rc})`);
}

/** Sets a new key on a connection that has the old one, derived with the current profile. */
export function rekey(db: Database.Database, passphrase: string): void {
  setCipher(db, kdfProfiles()[0] ?? TEST_PROFILE);
  const rc = db.rekey(keyBytes(passphrase));
  if (rc !== 0) throw new Error(`SQLite could not encrypt the file (error ${rc})`);
}

/**
 * Opens the encrypted file at `path` with `passphrase`, trying each key profile in turn.
 * Returns the keyed connection and the profile that opened it, or null when none does (a wrong
 * passphrase, or a damaged first page: the format cannot tell them apart).
 */
export function openKeyed(
  path: string,
  passphrase: string,
  options: Database.Options,
): { db: Database.Database; profile: KdfProfile } | null {
  for (const profile of kdfProfiles()) {
    const db = new Database(path, options);
    try {
      applyKey(db, passphrase, profile);
      db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get();
      return { db, profile };
    } catch (err) {
      db.close();
      if ((err as { code?: unknown }).code !== 'SQLITE_NOTADB') throw err;
    }
  }
  return null;
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

/** Whether `passphrase` opens the encrypted file at `path` (read only; nothing is written). */
export function passphraseOpens(path: string, passphrase: string, nativeBinding?: string): boolean {
  try {
    const keyed = openKeyed(path, passphrase, {
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    keyed?.db.close();
    return keyed !== null;
  } catch {
    return false;
  }
}

export function wrongPassphrase(path: string): DossierError {
  return new DossierError(
    'wrong_passphrase',
    `Wrong passphrase for ${path}. Nothing was changed; try again (passphrases are case-sensitive).`,
    path,
  );
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

/** Overwrites a file with zeros and removes it (and what SQLite kept beside it). */
export function eraseDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    let fd: number;
    try {
      fd = openSync(path + suffix, 'r+');
    } catch {
      continue;
    }
    try {
      overwrite(fd);
    } finally {
      closeSync(fd);
    }
    rmSync(path + suffix, { force: true });
  }
}

/**
 * Copies of a library that a killed encryption or restore left beside it (`.library.db.encrypting-PID`,
 * `library.db.restoring-PID`): one may hold the library in plain text, so each is overwritten
 * and removed, whatever process made it. A live one belongs to an encryption that the library's
 * exclusive lock keeps from running twice, so no live work is lost.
 */
export function eraseStaleCopies(path: string): number {
  const dir = dirname(path);
  const base = basename(path);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let erased = 0;
  for (const name of names) {
    const stale =
      (name.startsWith(`.${base}.encrypting-`) || name.startsWith(`${base}.restoring-`)) &&
      !/-(wal|shm|journal)$/.test(name);
    if (!stale || name.endsWith(`-${process.pid}`)) continue;
    eraseDatabaseFiles(join(dir, name));
    erased += 1;
  }
  return erased;
}

/**
 * Rewrites the SQLite file at `path`, which no connection may hold, under the passphrase `to`
 * (with the current key profile): `from` is its passphrase now (null: a plain file). The new
 * file is made beside it (VACUUM INTO, then `rekey` with its journal in memory, so that no
 * plain journal touches the disk), checked, synced, and renamed over `path` in one step; a
 * failure before that leaves `path` as it was. The old file's bytes are then overwritten with
 * zeros (unless `keepOldAs`), and so is its WAL.
 *
 * Overwriting is a best effort: SSDs and copy-on-write file systems may keep old blocks.
 */
export function rewriteEncrypted(
  path: string,
  from: string | null,
  to: string,
  options: RewriteOptions = {},
): void {
  eraseStaleCopies(path);
  const tmp = join(dirname(path), `.${basename(path)}.encrypting-${process.pid}`);
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  eraseDatabaseFiles(tmp);
  let walFd: number | null = null;
  let fromProfile: KdfProfile | null = null;
  try {
    let src: Database.Database;
    const srcOptions = { fileMustExist: true, timeout: 2000, ...binding };
    if (from === null) src = new Database(path, srcOptions);
    else {
      const keyed = openKeyed(path, from, srcOptions);
      if (keyed === null) throw wrongPassphrase(path);
      src = keyed.db;
      fromProfile = keyed.profile;
    }
    try {
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
          { do: 'close-other-program' },
        );
      }
      src.prepare('VACUUM INTO ?').run(tmp);
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
      if (from !== null && fromProfile !== null) applyKey(copy, from, fromProfile);
      copy.pragma('journal_mode = MEMORY');
      rekey(copy, to);
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
    eraseDatabaseFiles(tmp);
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
