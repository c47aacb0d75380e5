import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The library the desktop app uses when none is chosen: `library.db` in the per-user data folder
 * Electron gives an app named "Dossier" (`app.getPath('userData')`).
 */
export function defaultLibraryPath(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  let base: string;
  if (platform === 'win32') base = env.APPDATA ?? join(home, 'AppData', 'Roaming');
  else if (platform === 'darwin') base = join(home, 'Library', 'Application Support');
  else base = env.XDG_CONFIG_HOME || join(home, '.config');
  return join(base, 'Dossier', 'library.db');
}

/** The library a command works on: --library, else DOSSIER_LIBRARY, else the default. */
export function resolveLibraryPath(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return flag ?? (env.DOSSIER_LIBRARY || defaultLibraryPath(env));
}
