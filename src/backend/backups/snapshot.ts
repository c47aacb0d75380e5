import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { backupFolder, fileStamp, type Library } from '../../store/library';
import {
  backupPath,
  listBackups,
  pruneBackups,
  type BackupEntry,
  type BackupReason,
} from './backups';

/**
 * A backup of the open library into its backups folder: a consistent copy (VACUUM INTO from the
 * library's own connection, so an encrypted library's copy is encrypted with the same key),
 * written beside and renamed into place, then the retention rules applied.
 */
export function snapshot(
  lib: Library,
  reason: Exclude<BackupReason, 'before-migration'>,
  now: Date = new Date(),
): BackupEntry {
  mkdirSync(backupFolder(lib.path), { recursive: true });
  let when = now;
  let path = backupPath(lib.path, reason, fileStamp(when));
  // Two backups within one second: the later one takes the next free second.
  while (existsSync(path)) {
    when = new Date(when.getTime() + 1000);
    path = backupPath(lib.path, reason, fileStamp(when));
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    lib.read(() => lib.db.prepare('VACUUM INTO ?').run(tmp));
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  pruneBackups(lib.path, now);
  const made = listBackups(lib.path).find((b) => b.path === path);
  if (made === undefined) throw new Error(`the backup ${path} disappeared`);
  return made;
}
