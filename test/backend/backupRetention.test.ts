import { describe, expect, it } from 'vitest';
import { backupsToRemove, type BackupEntry } from '../../src/backend/backups/backups';

const now = new Date('2026-11-28T12:00:00.000Z');

function entry(hoursAgo: number, reason: BackupEntry['reason'] = 'scheduled'): BackupEntry {
  const t = new Date(now.getTime() - hoursAgo * 3_600_000)
    .toISOString()
    .replace(/\.\d+Z$/, '.000Z');
  return { name: `${reason}-${t}`, path: '', reason, createdAt: t, bytes: 1 };
}

describe('backup retention', () => {
  it('keeps every backup of the last day, one a day for a month, none older', () => {
    // Hourly backups for 40 days, newest first.
    const hourly = Array.from({ length: 40 * 24 }, (_, h) => entry(h));
    const removed = new Set(backupsToRemove(hourly, now).map((b) => b.name));
    const kept = hourly.filter((b) => !removed.has(b.name));
    const lastDay = kept.filter((b) => now.getTime() - Date.parse(b.createdAt) < 86_400_000);
    expect(lastDay).toHaveLength(24);
    const older = kept.filter((b) => now.getTime() - Date.parse(b.createdAt) >= 86_400_000);
    const days = new Set(older.map((b) => b.createdAt.slice(0, 10)));
    expect(older).toHaveLength(days.size);
    expect(days.size).toBeGreaterThanOrEqual(29);
    expect(days.size).toBeLessThanOrEqual(31);
    expect(older.every((b) => now.getTime() - Date.parse(b.createdAt) < 30 * 86_400_000)).toBe(
      true,
    );
    // The newest of each day is the one kept.
    for (const b of older) {
      const sameDay = hourly.filter(
        (x) =>
          x.createdAt.slice(0, 10) === b.createdAt.slice(0, 10) &&
          now.getTime() - Date.parse(x.createdAt) >= 86_400_000,
      );
      expect(b.createdAt).toBe(sameDay[0]?.createdAt);
    }
  });

  it('keeps copies made before restores and migrations for a month, and the newest ten whatever their age', () => {
    const old = Array.from({ length: 12 }, (_, i) => entry(24 * (40 + i)));
    const backups = [
      entry(24 * 10, 'before-import'),
      entry(24 * 29, 'before-restore'),
      entry(24 * 29.5, 'before-migration'),
      ...old,
    ];
    const removed = backupsToRemove(backups, now);
    // The first ten are kept by the floor: three recent ones and seven of the old.
    expect(removed).toEqual(old.slice(7));
  });

  it('thins copies made before imports like the others: 60 imports in a day keep one an hour', () => {
    // An import every 12 minutes for 12 hours.
    const imports = Array.from({ length: 60 }, (_, i) => entry(i * 0.2, 'before-import'));
    const kept = imports.length - backupsToRemove(imports, now).length;
    expect(kept).toBeLessThanOrEqual(10 + 12);
    expect(kept).toBeGreaterThanOrEqual(10);
  });

  it('a clock set a year ahead prunes no more than the floor allows; one set back prunes nothing new', () => {
    const hourly = Array.from({ length: 30 * 24 }, (_, h) => entry(h));
    const ahead = new Date(now.getTime() + 365 * 86_400_000);
    expect(hourly.length - backupsToRemove(hourly, ahead).length).toBe(10);
    // Set back a week: backups "from the future" count as new, and are kept.
    const back = new Date(now.getTime() - 7 * 86_400_000);
    const future = hourly.slice(0, 7 * 24);
    const removed = new Set(backupsToRemove(hourly, back).map((b) => b.name));
    expect(future.every((b) => !removed.has(b.name))).toBe(true);
  });
});
