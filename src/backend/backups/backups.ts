import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { backupFolder } from '../../store/library';

/**
 * Rolling backups in the folder beside the library (`LIBRARY.backups/`). A backup's name says
 * why and when it was made: `library.db-scheduled-20261128T180000Z.db`.
 */

export const BACKUP_REASONS = [
  'scheduled',
  'before-import',
  'before-restore',
  'before-migration',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupEntry {
  name: string;
  path: string;
  reason: BackupReason;
  /** ISO time, from the name. */
  createdAt: string;
  bytes: number;
}

/** A scheduled backup is due when the newest is older than this. */
export const SCHEDULE_MS = 60 * 60 * 1000;

const NAME = /^(.*)-(scheduled|before-import|before-restore|before-v\d+)-(\d{8}T\d{6}Z)\.db$/;

function isoOf(stamp: string): string {
  return `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.000Z`;
}

/** The library's backups, newest first. */
export function listBackups(libraryPath: string): BackupEntry[] {
  const folder = backupFolder(libraryPath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const base = basename(libraryPath);
  const out: BackupEntry[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (m === null || m[1] !== base) continue;
    const path = join(folder, name);
    const kind = m[2] ?? '';
    out.push({
      name,
      path,
      reason: kind.startsWith('before-v') ? 'before-migration' : (kind as BackupReason),
      createdAt: isoOf(m[3] ?? ''),
      bytes: statSync(path).size,
    });
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/** The path a new backup gets. */
export function backupPath(
  libraryPath: string,
  reason: Exclude<BackupReason, 'before-migration'>,
  stamp: string,
): string {
  return join(backupFolder(libraryPath), `${basename(libraryPath)}-${reason}-${stamp}.db`);
}

/** When the next scheduled backup is due (ms since the epoch): an hour after the newest. */
export function nextScheduledBackup(libraryPath: string): number {
  const newest = listBackups(libraryPath)[0];
  return newest === undefined ? 0 : Date.parse(newest.createdAt) + SCHEDULE_MS;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Which backups to keep: every one of the last day; one a day (the newest of each day) for a
 * month; before that, none. Backups made before an import, a restore or a migration are kept for
 * a month too, and the newest backup of all is always kept.
 */
export function backupsToRemove(backups: readonly BackupEntry[], now: Date): BackupEntry[] {
  const keep = new Set<string>();
  const newest = backups[0];
  if (newest !== undefined) keep.add(newest.name);
  const days = new Set<string>();
  for (const b of backups) {
    const age = now.getTime() - Date.parse(b.createdAt);
    if (age < DAY_MS) keep.add(b.name);
    else if (age < 30 * DAY_MS) {
      if (b.reason !== 'scheduled') keep.add(b.name);
      else if (!days.has(b.createdAt.slice(0, 10))) {
        days.add(b.createdAt.slice(0, 10));
        keep.add(b.name);
      }
    }
  }
  return backups.filter((b) => !keep.has(b.name));
}

/** Applies the retention rules; returns the names removed. */
export function pruneBackups(libraryPath: string, now: Date): string[] {
  const gone = backupsToRemove(listBackups(libraryPath), now);
  for (const b of gone) rmSync(b.path, { force: true });
  return gone.map((b) => b.name);
}
