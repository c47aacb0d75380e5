import { ipcMain } from 'electron';
import { IPC_CHANNEL } from '../shared/client';
import type { BackendLink } from './backendProcess';
import { fromAppPage, NOT_FROM_APP, refused } from './senders';

/**
 * The window's `call(method, params)`: relayed to the backend as the window's, always. Methods
 * that take a path are then refused by the backend (they are main's, after a native dialog: see
 * fileDoor.ts), whatever the page sends.
 */
export function registerCalls(backend: BackendLink, isAppPage: (url: string) => boolean): void {
  ipcMain.handle(IPC_CHANNEL, (event, method: unknown, params: unknown) => {
    if (!fromAppPage(event, isAppPage)) return refused(NOT_FROM_APP);
    if (typeof method !== 'string') return refused('Call refused: the method must be a name.');
    return backend.call(method, params, 'window');
  });
}
