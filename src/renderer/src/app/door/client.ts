import type { DossierBridge, DossierClient, FileDoor } from '../../../../shared/client';
import { browserFileDoor } from './browserFiles';
import { httpClient } from './http';

/**
 * The door the window runs behind: Electron's preload (`window.dossier`) or the browser door's
 * HTTP API. The rest of the renderer knows only these two functions.
 */
function bridge(): DossierBridge | undefined {
  return (window as unknown as { dossier?: DossierBridge }).dossier;
}

export function getClient(): DossierClient {
  return bridge() ?? httpClient;
}

let browserFiles: FileDoor | null = null;

export function getFileDoor(): FileDoor {
  const electron = bridge();
  if (electron !== undefined) return electron.files;
  browserFiles ??= browserFileDoor(httpClient);
  return browserFiles;
}

/** Whether this door runs in a browser (a few words on screen differ: "download", not "save"). */
export function inBrowser(): boolean {
  return bridge() === undefined;
}
