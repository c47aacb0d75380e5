import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { backupFolder, type Library } from '../../store/library';
import {
  backupName,
  listBackups,
  pruneBackups,
  type BackupEntry,
  type BackupReason,
} from './backups';

/**
 * Puts the finished file `tmp` in place under `path` without ever replacing a file there: a
 * hard link fails if the name is taken (another process's backup of the same instant), where a
 * rename would overwrite it. File systems without hard links (FAT, exFAT) get a rename: the
 * name's random tag keeps it unique there.
 */
function placeNew(tmp: string, path: string): boolean {
  try {
    linkSync(tmp, path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw err;
    renameSync(tmp, path);
    return true;
  }
  rmSync(tmp, { force: true });
  return true;
}

/**
 * A backup of the open library into its backups folder: a consistent copy (VACUUM INTO from the
 * library's own connection, so an encrypted library's copy is encrypted with the same key),
 * readable by its owner only, written beside and put in place under a name no other backup has,
 * then the retention rules applied.
 */
export function snapshot(
  lib: Library,
  reason: Exclude<BackupReason, 'before-migration'>,
  now: Date = new Date(),
): BackupEntry {
  const folder = backupFolder(lib.path);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const tmp = join(folder, `.backup-${process.pid}-${randomBytes(6).toString('hex')}.partial`);
  let path: string;
  try {
    lib.read(() => lib.db.prepare('VACUUM INTO ?').run(tmp));
    chmodSync(tmp, 0o600);
    do path = join(folder, backupName(lib.path, reason, now));
    while (!placeNew(tmp, path));
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  pruneBackups(lib.path, now);
  const made = listBackups(lib.path).find((b) => b.path === path);
  if (made === undefined) throw new Error(`the backup ${path} disappeared`);
  return made;
}

/** Removes a backup made for an action that then failed: it holds nothing the library lacks. */
export function discardBackup(entry: BackupEntry): void {
  rmSync(entry.path, { force: true });
}
