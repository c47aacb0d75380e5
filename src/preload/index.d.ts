import type { DossierClient } from '../shared/client';

declare global {
  interface Window {
    dossier: DossierClient;
  }
}
