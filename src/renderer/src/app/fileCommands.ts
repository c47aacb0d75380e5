import { useMemo } from 'react';
import type { Runners } from './commands';
import { getFileDoor } from './door/client';
import { navigate } from './location';

/**
 * The library operations of the File menu and the palette. They happen on the Backups &
 * settings screen, which shows what they did (the import's report, the export's file).
 */
export function useFileCommands(): Runners {
  return useMemo<Runners>(() => {
    const door = getFileDoor();
    return {
      'library.import': () => navigate('/settings?do=import'),
      'library.export': () => navigate('/settings?do=export'),
      'library.backupNow': () => navigate('/settings?do=backup'),
      ...(door.openLibrary !== undefined
        ? { 'library.open': () => void door.openLibrary?.() }
        : {}),
    };
  }, []);
}
