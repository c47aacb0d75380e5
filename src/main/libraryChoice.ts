import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

/** The file in the user-data folder that remembers the library last opened with "Open library…". */
const CHOICE_FILE = 'library-choice.json';

/**
 * The library the app opens: DOSSIER_LIBRARY when set (`npm start -- --library FILE`), else the
 * one last chosen with "Open library…", else `library.db` in the user-data folder.
 */
export function libraryToOpen(userData: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.DOSSIER_LIBRARY) return env.DOSSIER_LIBRARY;
  return rememberedLibrary(userData) ?? join(userData, 'library.db');
}

/** The remembered library, or null (none yet, or a file that is not ours to trust). */
export function rememberedLibrary(userData: string): string | null {
  try {
    const data: unknown = JSON.parse(readFileSync(join(userData, CHOICE_FILE), 'utf8'));
    const path = (data as { libraryPath?: unknown } | null)?.libraryPath;
    return typeof path === 'string' && isAbsolute(path) && !path.includes('\u0000') ? path : null;
  } catch {
    return null;
  }
}

/** Remembers `libraryPath` for the next start (written whole, then renamed into place). */
export function rememberLibrary(userData: string, libraryPath: string): void {
  mkdirSync(userData, { recursive: true });
  const file = join(userData, CHOICE_FILE);
  writeFileSync(`${file}.tmp`, `${JSON.stringify({ libraryPath }, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}
