import type { DossierBridge } from '../shared/client';

declare global {
  interface Window {
    /** The preload's bridge (Electron only: absent behind the browser door). */
    dossier: DossierBridge;
  }
}
