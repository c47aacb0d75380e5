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

  it('keeps backups made before imports, restores and migrations for a month, and always the newest', () => {
    const backups = [
      entry(24 * 10, 'before-import'),
      entry(24 * 29, 'before-restore'),
      entry(24 * 31, 'before-migration'),
    ];
    expect(backupsToRemove(backups, now).map((b) => b.reason)).toEqual(['before-migration']);
    const old = [entry(24 * 100), entry(24 * 200)];
    expect(backupsToRemove(old, now)).toEqual([old[1]]);
  });
});
