import { describe, expect, it } from 'vitest';
import { defaultLibraryPath, resolveLibraryPath } from '../../src/backend/paths';

describe('where the library is', () => {
  it("is Electron's userData folder for an app named Dossier", () => {
    expect(defaultLibraryPath({}, 'linux', '/home/ana')).toBe(
      '/home/ana/.config/Dossier/library.db',
    );
    expect(defaultLibraryPath({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/ana')).toBe(
      '/cfg/Dossier/library.db',
    );
    expect(defaultLibraryPath({}, 'darwin', '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/Dossier/library.db',
    );
    expect(
      defaultLibraryPath({ APPDATA: 'C:/Users/ana/AppData/Roaming' }, 'win32', 'C:/Users/ana'),
    ).toMatch(/AppData[\\/]Roaming[\\/]Dossier[\\/]library\.db$/);
  });

  it('--library wins over DOSSIER_LIBRARY, which wins over the default', () => {
    expect(resolveLibraryPath('/a.db', { DOSSIER_LIBRARY: '/b.db' })).toBe('/a.db');
    expect(resolveLibraryPath(undefined, { DOSSIER_LIBRARY: '/b.db' })).toBe('/b.db');
    expect(resolveLibraryPath(undefined, { XDG_CONFIG_HOME: '/cfg' })).toBe(
      '/cfg/Dossier/library.db',
    );
  });
});
