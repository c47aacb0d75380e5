import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Who has a library open: each backend that opens one leaves a small note beside it
 * (`.library.db.open-PID-N`: which door, which process, since when) and removes it on closing,
 * so that a restore refused because the library is in use can say where it is open. SQLite's
 * own locks decide whether it is in use; the notes only name who.
 */

export const DOORS = ['cli', 'desktop', 'browser'] as const;
export type Door = (typeof DOORS)[number];

const DOOR_NAMES: Record<Door, string> = {
  cli: 'a dossier command',
  desktop: 'the Dossier desktop app',
  browser: 'Dossier in a browser (npm run web)',
};

export interface Holder {
  door: Door;
  pid: number;
  since: string;
}

let sequence = 0;

function prefix(libraryPath: string): string {
  return `.${basename(libraryPath)}.open-`;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Leaves the note for a library this process opened; returns the function that removes it. */
export function announce(libraryPath: string, door: Door): () => void {
  const note = join(dirname(libraryPath), `${prefix(libraryPath)}${process.pid}-${++sequence}`);
  const holder: Holder = { door, pid: process.pid, since: new Date().toISOString() };
  try {
    writeFileSync(note, JSON.stringify(holder), { mode: 0o600 });
  } catch {
    // A note that cannot be written only makes a refusal less precise.
    return () => undefined;
  }
  return () => rmSync(note, { force: true });
}

/** The other processes that have the library open (notes of dead processes are cleared). */
export function otherHolders(libraryPath: string): Holder[] {
  const dir = dirname(libraryPath);
  const start = prefix(libraryPath);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: Holder[] = [];
  for (const name of names) {
    if (!name.startsWith(start)) continue;
    const pid = Number(name.slice(start.length).split('-')[0]);
    if (!Number.isInteger(pid)) continue;
    if (!alive(pid)) {
      rmSync(join(dir, name), { force: true });
      continue;
    }
    if (pid === process.pid) continue;
    try {
      const h = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Holder;
      if (DOORS.includes(h.door)) out.push({ door: h.door, pid, since: String(h.since) });
    } catch {
      // half-written by a process starting now
    }
  }
  return out;
}

/** "the Dossier desktop app (process 4242, open since 09:12 UTC)". */
export function holderText(holders: readonly Holder[]): string {
  if (holders.length === 0) return 'another program (another Dossier window or command?)';
  return holders
    .map((h) => `${DOOR_NAMES[h.door]} (process ${h.pid}, open since ${h.since.slice(11, 16)} UTC)`)
    .join(' and ');
}
