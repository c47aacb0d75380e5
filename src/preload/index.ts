import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, type DossierClient } from '../shared/client';

const client: DossierClient = {
  call: (method, params) => ipcRenderer.invoke(IPC_CHANNEL, method, params),
};

contextBridge.exposeInMainWorld('dossier', client);
