import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileStamp } from '../store/library';

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

/**
 * Keeps a save the library refused (disk full, read-only, locked) in a rescue file, beside the
 * library if that folder takes it, else in the system's temporary folder. Returns the file, or
 * null when neither could be written.
 */
export function keepRescue(
  libraryPath: string,
  method: string,
  params: unknown,
  error: string,
): string | null {
  const name = `${fileStamp()}-${method}-${process.pid}.json`;
  const body = `${JSON.stringify({ method, params, error, keptAt: new Date().toISOString() }, null, 2)}\n`;
  for (const folder of [
    join(dirname(libraryPath), `${basename(libraryPath)}.rescue`),
    join(tmpdir(), 'dossier-rescue'),
  ]) {
    try {
      mkdirSync(folder, { recursive: true });
      const path = join(folder, name);
      writeFileSync(path, body, { mode: 0o600 });
      return path;
    } catch {
      // try the next folder
    }
  }
  return null;
}
