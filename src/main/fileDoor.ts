import {
  BrowserWindow,
  dialog,
  ipcMain,
  shell,
  type FileFilter,
  type IpcMainInvokeEvent,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import {
  FILE_CHANNELS,
  isOpenMethod,
  isSaveMethod,
  type OpenMethod,
  type Saved,
} from '../shared/client';
import type { Result } from '../shared/errors';
import type { BackendLink } from './backendProcess';
import { fromAppPage, isRecord, NOT_FROM_APP, refused } from './senders';

export interface FileDoorOptions {
  backend: BackendLink;
  isAppPage(url: string): boolean;
  /** Opens the library the person chose (remember it, restart the backend, reload the window). */
  switchLibrary(libraryPath: string): void;
}

/** What the save dialog offers for a suggested name's extension. */
const KINDS: Record<string, string> = {
  docx: 'Word document',
  pdf: 'PDF document',
  html: 'Web page',
  json: 'Dossier file',
  db: 'Dossier library',
};

const OPEN_FILTERS: Record<OpenMethod, FileFilter[]> = {
  'library.import': [{ name: 'Dossier exchange file', extensions: ['json'] }],
  'documents.import': [{ name: 'Dossier document file', extensions: ['json'] }],
  'library.restore': [{ name: 'Dossier library backup', extensions: ['db'] }],
};

const OPEN_TITLES: Record<OpenMethod, string> = {
  'library.import': 'Import into the library',
  'documents.import': 'Import a document',
  'library.restore': 'Restore the library from a backup',
};

function saveFilters(fileName: string): FileFilter[] {
  const dot = fileName.lastIndexOf('.');
  const ext = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  if (!/^[a-z0-9]{1,10}$/.test(ext)) return [];
  return [{ name: KINDS[ext] ?? `.${ext} file`, extensions: [ext] }];
}

/** A file name to suggest, never a path: the folder is the person's to choose. */
function suggestion(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = basename(value.replaceAll('\\', '/')).replaceAll('\u0000', '');
  return name === '' || name === '.' || name === '..' || name.length > 255 ? null : name;
}

function parentWindow(event: IpcMainInvokeEvent): BrowserWindow | null {
  return BrowserWindow.fromWebContents(event.sender);
}

async function showSave(
  event: IpcMainInvokeEvent,
  options: SaveDialogOptions,
): Promise<string | null> {
  const win = parentWindow(event);
  const r = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
  return r.canceled || !r.filePath ? null : r.filePath;
}

async function showOpen(
  event: IpcMainInvokeEvent,
  options: OpenDialogOptions,
): Promise<string | null> {
  const win = parentWindow(event);
  const r = await (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options));
  return r.canceled ? null : (r.filePaths[0] ?? null);
}

/**
 * The file door of FileDoor (shared/client.ts) in Electron: the native dialogs, then the path
 * methods called by main itself (caller `main`), with the path the dialog gave. The page never
 * names a path to write or read; "Show in folder" and "Open" work only on files this door saved
 * during this run.
 */
export function registerFileDoor(options: FileDoorOptions): { saved: ReadonlySet<string> } {
  const { backend, isAppPage, switchLibrary } = options;
  const saved = new Set<string>();

  ipcMain.handle(FILE_CHANNELS.save, async (event, request: unknown) => {
    if (!fromAppPage(event, isAppPage)) return refused(NOT_FROM_APP);
    if (!isRecord(request) || !isSaveMethod(request.method)) {
      return refused('Save refused: it does not name a method that saves a file.');
    }
    if (!isRecord(request.params)) return refused('Save refused: its params must be an object.');
    const suggestedName = suggestion(request.suggestedName);
    if (suggestedName === null) return refused('Save refused: it needs a file name to suggest.');

    const path = await showSave(event, {
      defaultPath: suggestedName,
      filters: saveFilters(suggestedName),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (path === null) return null;
    // The dialog has asked whether to replace an existing file.
    const result = await backend.call(
      request.method,
      { ...request.params, path, overwrite: true },
      'main',
    );
    if (!result.ok) return result;
    const written = (result.value as { path?: unknown }).path;
    const at = typeof written === 'string' ? written : path;
    saved.add(at);
    let bytes = (result.value as { bytes?: unknown }).bytes;
    if (typeof bytes !== 'number') bytes = statSync(at).size;
    return {
      ok: true,
      value: { path: at, fileName: basename(at), bytes: bytes as number, to: 'file' },
    } satisfies Result<Saved>;
  });

  ipcMain.handle(FILE_CHANNELS.open, async (event, request: unknown) => {
    if (!fromAppPage(event, isAppPage)) return refused(NOT_FROM_APP);
    if (!isRecord(request) || !isOpenMethod(request.method)) {
      return refused('Open refused: it does not name a method that reads a file.');
    }
    const params = request.params ?? {};
    if (!isRecord(params)) return refused('Open refused: its params must be an object.');
    const path = await showOpen(event, {
      title: OPEN_TITLES[request.method],
      filters: OPEN_FILTERS[request.method],
      properties: ['openFile'],
    });
    if (path === null) return null;
    return backend.call(request.method, { ...params, path }, 'main');
  });

  const onSavedFile =
    (act: (path: string) => Promise<boolean>) =>
    async (event: IpcMainInvokeEvent, path: unknown): Promise<boolean> => {
      if (!fromAppPage(event, isAppPage)) return false;
      if (typeof path !== 'string' || !saved.has(path)) return false;
      return act(path);
    };
  ipcMain.handle(
    FILE_CHANNELS.showInFolder,
    onSavedFile(async (path) => {
      shell.showItemInFolder(path);
      return true;
    }),
  );
  // openPath answers with an error message, or '' when the file opened.
  ipcMain.handle(
    FILE_CHANNELS.openFile,
    onSavedFile(async (path) => (await shell.openPath(path)) === ''),
  );

  ipcMain.handle(FILE_CHANNELS.openLibrary, async (event) => {
    if (!fromAppPage(event, isAppPage)) return false;
    const path = await showOpen(event, {
      title: 'Open a library',
      filters: [{ name: 'Dossier library', extensions: ['db'] }],
      properties: ['openFile'],
    });
    if (path === null) return false;
    switchLibrary(path);
    return true;
  });

  return { saved };
}
