import type { DossierClient, FileDoor } from '../../../../shared/client';

/**
 * The door the window runs behind: Electron's preload (`window.dossier`) or the browser door's
 * HTTP API. (Placeholder until the browser door lands: HTTP only.)
 */
export function getClient(): DossierClient {
  const electron = (window as { dossier?: DossierClient }).dossier;
  if (electron !== undefined) return electron;
  return {
    call: async (method, params) => {
      const res = await fetch('/api/call', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ method, params }),
      });
      return res.json();
    },
  };
}

export function getFileDoor(): FileDoor {
  return {
    save: async () => null,
    open: async () => null,
    showInFolder: async () => false,
    openFile: async () => false,
  };
}
