import { lstatSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileStamp } from '../store/library';
import { defaultLibraryPath } from './paths';
import type { Session } from './session';

/** The saves whose payload is someone's writing: kept when the library cannot take it. */
export const RESCUED_METHODS: ReadonlySet<string> = new Set([
  'documents.save',
  'snippets.save',
  'templates.save',
  'persons.save',
  'cases.save',
  'events.save',
  'sources.save',
  'organisations.save',
]);

/** Errors after which the text would otherwise be lost: the library could not be written. */
export const RESCUED_CODES: ReadonlySet<string> = new Set([
  'io',
  'read_only',
  'locked',
  'corrupt',
  'passphrase_required',
]);

/** The folder beside a library where refused saves are kept. */
export function rescueFolder(libraryPath: string): string {
  return join(dirname(libraryPath), `${basename(libraryPath)}.rescue`);
}

/** The rescue files beside a library (their names). */
export function rescueFiles(libraryPath: string): string[] {
  try {
    return readdirSync(rescueFolder(libraryPath)).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
}

/** A folder of this user's own, never a symlink: a fixed name in a shared folder could be. */
function ownFolder(path: string): boolean {
  mkdirSync(path, { recursive: true, mode: 0o700 });
  const st = lstatSync(path);
  return st.isDirectory() && (typeof process.getuid !== 'function' || st.uid === process.getuid());
}

/**
 * Keeps a save the library refused (disk full, read-only, locked) in a rescue file readable by
 * its owner only: beside the library if that folder takes it, else in the user's own Dossier
 * folder. Returns the file, or null when it was not written.
 *
 * An encrypted library's text is never written out as a rescue file: it would be plaintext
 * beside a library whose point is that none is. The caller says the text was kept nowhere but
 * where it was typed.
 */
export function keepRescue(
  session: Session,
  method: string,
  params: unknown,
  error: string,
): string | null {
  if (session.isEncrypted() || session.passphrase() !== null) return null;
  const libraryPath = session.libraryPath;
  const name = `${fileStamp()}-${method}-${process.pid}.json`;
  const body = `${JSON.stringify({ method, params, error, keptAt: new Date().toISOString() }, null, 2)}\n`;
  for (const folder of [rescueFolder(libraryPath), join(dirname(defaultLibraryPath()), 'rescue')]) {
    try {
      if (!ownFolder(folder)) continue;
      const path = join(folder, name);
      writeFileSync(path, body, { mode: 0o600, flag: 'wx' });
      return path;
    } catch {
      // try the next folder
    }
  }
  return null;
}
