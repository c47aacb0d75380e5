import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { COMMAND_CHANNEL, FILE_CHANNELS, IPC_CHANNEL, type DossierBridge } from '../shared/client';
import { isCommandId } from '../shared/commands';

const bridge: DossierBridge = {
  call: (method, params) => ipcRenderer.invoke(IPC_CHANNEL, method, params),
  files: {
    save: (request) => ipcRenderer.invoke(FILE_CHANNELS.save, request),
    open: (request) => ipcRenderer.invoke(FILE_CHANNELS.open, request),
    showInFolder: (path) => ipcRenderer.invoke(FILE_CHANNELS.showInFolder, path),
    openFile: (path) => ipcRenderer.invoke(FILE_CHANNELS.openFile, path),
    openLibrary: () => ipcRenderer.invoke(FILE_CHANNELS.openLibrary),
  },
  onCommand(listener) {
    const relay = (_event: IpcRendererEvent, id: unknown): void => {
      if (typeof id === 'string' && isCommandId(id)) listener(id);
    };
    ipcRenderer.on(COMMAND_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(COMMAND_CHANNEL, relay);
    };
  },
};

contextBridge.exposeInMainWorld('dossier', bridge);
