import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ResultOf } from '../../shared/api';
import { DossierError } from '../../shared/errors';
import { backupFolder, fileStamp, openLibrary, type Library } from '../../store/library';
import { fileKind, removeDatabaseFiles, rewriteEncrypted } from '../../store/encryption';
import { holdExclusively } from '../../store/exclusive';
import { backupName, pruneBackups } from '../backups/backups';
import { holderText, otherHolders } from '../presence';
import type { Session } from '../session';
import { libraryInfo } from './info';

/** Why the library cannot be opened, when that is what a restore is for. */
const UNOPENABLE = new Set(['corrupt', 'no_library', 'not_a_library']);

function inUse(path: string): DossierError {
  return new DossierError(
    'locked',
    `The library is open in ${holderText(otherHolders(path))}. Close it there, then restore again: replacing the library under it would lose what it saves next. Nothing was changed.`,
    path,
    { do: 'close-other-program' },
  );
}

/**
 * Replaces the library with the backup at `path`, keeping the library as it was first (a
 * backup; a library that cannot be opened is moved into the backups folder whole, with its
 * WAL). Refused while another connection has the library open. Works over a damaged, empty or
 * missing library file.
 */
export function restoreLibrary(
  s: Session,
  path: string,
  passphrase: string | undefined,
): ResultOf<'library.restore'> {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    throw new DossierError(
      'not_found',
      `There is no backup at ${path}. Nothing was changed.`,
      path,
    );
  }
  if (!st.isFile()) {
    throw new DossierError(
      'not_a_library',
      `${path} is ${st.isDirectory() ? 'a folder' : 'not a regular file'}, not a backup file. Nothing was changed.`,
      path,
    );
  }
  const target = s.libraryPath;
  let current: Library | null = null;
  let unopenable: DossierError | null = null;
  try {
    current = s.library();
  } catch (err) {
    const wrongKey =
      err instanceof DossierError &&
      err.code === 'wrong_passphrase' &&
      passphrase !== undefined &&
      s.passphrase() === passphrase;
    if (!(err instanceof DossierError) || (!UNOPENABLE.has(err.code) && !wrongKey)) throw err;
    unopenable = err;
  }
  const encrypted = current?.encrypted ?? (existsSync(target) && fileKind(target) === 'encrypted');
  const libraryKey = encrypted ? (s.passphrase() ?? passphrase ?? null) : null;
  if (encrypted && libraryKey === null) {
    throw new DossierError(
      'passphrase_required',
      `${target} is an encrypted library: give its passphrase to restore a backup into it. Nothing was changed.`,
      target,
      { do: 'give-passphrase' },
    );
  }
  const binding = s.options.nativeBinding ? { nativeBinding: s.options.nativeBinding } : {};

  // Check the backup on a copy: opening may migrate it, and the backup itself stays as it is.
  const incoming = `${target}.restoring-${process.pid}`;
  removeDatabaseFiles(incoming);
  copyFileSync(path, incoming);
  chmodSync(incoming, 0o600);
  let restoredKey: string | null;
  try {
    const backupKey = fileKind(incoming) === 'encrypted' ? (passphrase ?? libraryKey) : null;
    if (fileKind(incoming) === 'encrypted' && backupKey === null) {
      throw new DossierError(
        'passphrase_required',
        `${path} is an encrypted backup. Give its passphrase to restore it.`,
        path,
        { do: 'give-passphrase' },
      );
    }
    openLibrary(incoming, {
      ...binding,
      ...(backupKey === null ? {} : { passphrase: backupKey }),
    }).close();
    // An encrypted library stays encrypted, under its own passphrase, whatever the backup was.
    if (libraryKey !== null && backupKey !== libraryKey) {
      rewriteEncrypted(incoming, backupKey, libraryKey, binding);
    }
    restoredKey = libraryKey ?? backupKey;
  } catch (err) {
    removeDatabaseFiles(incoming);
    if (err instanceof DossierError && err.code === 'wrong_passphrase') {
      throw new DossierError(
        err.code,
        `Cannot restore from ${path}: the passphrase does not open it. If it was made under another passphrase, give that one. Nothing was changed.`,
        path,
        { do: 'give-passphrase' },
      );
    }
    if (err instanceof DossierError) {
      throw new DossierError(err.code, `Cannot restore from ${path}: ${err.message}`, path);
    }
    throw err;
  }

  const folder = backupFolder(target);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  let previousCopy: string | null;
  if (current === null) {
    // Nothing SQLite can open, so nothing SQLite can lock: the notes say whether it is in use.
    if (otherHolders(target).length > 0) {
      removeDatabaseFiles(incoming);
      throw inUse(target);
    }
    previousCopy = join(folder, `${basename(target)}-damaged-${fileStamp()}.db`);
    if (existsSync(target)) {
      renameSync(target, previousCopy);
      for (const suffix of ['-wal', '-shm']) {
        if (existsSync(target + suffix)) renameSync(target + suffix, previousCopy + suffix);
      }
    } else {
      previousCopy = null;
    }
    renameSync(incoming, target);
  } else {
    s.close();
    const hold = holdExclusively(target, libraryKey, s.options.nativeBinding);
    if (hold === null) {
      removeDatabaseFiles(incoming);
      throw inUse(target);
    }
    try {
      // The file is whole (no WAL) and no one else can touch it: a copy of it is the library.
      previousCopy = join(folder, backupName(target, 'before-restore', s.now()));
      copyFileSync(target, previousCopy);
      chmodSync(previousCopy, 0o600);
      renameSync(incoming, target);
    } catch (err) {
      removeDatabaseFiles(incoming);
      throw err;
    } finally {
      hold.release();
    }
    pruneBackups(target, s.now());
  }
  if (restoredKey === null) s.forgetPassphrase();
  else s.unlock(restoredKey);
  return {
    restoredFrom: path,
    previousCopy,
    ...(unopenable === null ? {} : { replacedUnopenable: unopenable.message }),
    info: libraryInfo(s),
  };
}
