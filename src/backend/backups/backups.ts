import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { backupFolder } from '../../store/library';
import { alive } from '../presence';

/**
 * Rolling backups in the folder beside the library (`LIBRARY.backups/`). A backup's name says
 * why and when it was made: `library.db-scheduled-20261128T180000Z.db`.
 */

export const BACKUP_REASONS = [
  'scheduled',
  'manual',
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

/** However the dates look (a clock set a year ahead), the newest this many are kept. */
export const RETENTION_FLOOR = 10;

const NAME =
  /^(.*)-(scheduled|manual|before-import|before-restore|before-v\d+)-(\d{8}T\d{6})(\.\d{3})?Z(?:-[0-9a-f]+)?\.db$/;

function isoOf(stamp: string, ms: string | undefined): string {
  return `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}${ms ?? '.000'}Z`;
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
    let bytes: number;
    try {
      bytes = statSync(path).size;
    } catch {
      continue; // pruned by another process meanwhile
    }
    out.push({
      name,
      path,
      reason: kind.startsWith('before-v') ? 'before-migration' : (kind as BackupReason),
      createdAt: isoOf(m[3] ?? '', m[4]),
      bytes,
    });
  }
  return out.sort((a, b) =>
    a.createdAt !== b.createdAt
      ? a.createdAt < b.createdAt
        ? 1
        : -1
      : a.name < b.name
        ? 1
        : a.name > b.name
          ? -1
          : 0,
  );
}

/**
 * The name a new backup gets: the time to the millisecond and a random tag, so that two
 * processes backing up in the same instant never choose the same name.
 */
export function backupName(
  libraryPath: string,
  reason: Exclude<BackupReason, 'before-migration'>,
  when: Date,
): string {
  const stamp = when
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.(\d+)Z$/, '.$1Z');
  const tag = randomBytes(4).toString('hex');
  return `${basename(libraryPath)}-${reason}-${stamp}-${tag}.db`;
}

/**
 * How long before `now` the newest backup was made (ms), or null when there is none. Backups
 * dated after `now` (made before the clock was set back) do not count, so that setting the
 * clock back does not stop the backups.
 */
export function newestBackupAge(libraryPath: string, now: Date): number | null {
  const t = now.getTime();
  const newest = listBackups(libraryPath).find((b) => Date.parse(b.createdAt) <= t + 60_000);
  return newest === undefined ? null : Math.max(0, t - Date.parse(newest.createdAt));
}

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Which backups to remove. Scheduled and before-import copies alike: the newest of each hour of
 * the last day, the newest of each day for a month, none older. Copies made before a restore or
 * a migration, and those asked for ("Back up now"), are kept for a month. Whatever the dates say, the newest RETENTION_FLOOR copies
 * are kept, and copies dated in the future (the clock was set back) count as new.
 */
export function backupsToRemove(backups: readonly BackupEntry[], now: Date): BackupEntry[] {
  const keep = new Set<string>(backups.slice(0, RETENTION_FLOOR).map((b) => b.name));
  const hours = new Set<string>();
  const days = new Set<string>();
  for (const b of backups) {
    const age = Math.max(0, now.getTime() - Date.parse(b.createdAt));
    if (age >= 30 * DAY_MS) continue;
    if (b.reason === 'before-restore' || b.reason === 'before-migration' || b.reason === 'manual') {
      keep.add(b.name);
      continue;
    }
    const slot = age < DAY_MS ? hours : days;
    const key = b.createdAt.slice(0, age < DAY_MS ? 13 : 10);
    if (!slot.has(key)) {
      slot.add(key);
      keep.add(b.name);
    }
  }
  return backups.filter((b) => !keep.has(b.name));
}

/** Removes copies that processes killed while backing up left half-written. */
function removeDeadPartials(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const m = /^\.backup-(\d+)-[0-9a-f]+\.partial$/.exec(name);
    if (m !== null && Number(m[1]) !== process.pid && !alive(Number(m[1]))) {
      rmSync(join(folder, name), { force: true });
    }
  }
}

/** Applies the retention rules; returns the names removed. */
export function pruneBackups(libraryPath: string, now: Date): string[] {
  removeDeadPartials(backupFolder(libraryPath));
  const gone = backupsToRemove(listBackups(libraryPath), now);
  for (const b of gone) rmSync(b.path, { force: true });
  return gone.map((b) => b.name);
}
