import type { MethodName, Params, ResultOf } from './api';
import type { CommandId } from './commands';
import type { Result } from './errors';

/** The backend's contract as the window calls it, behind either door (IPC or HTTP). */
export interface DossierClient {
  call<M extends MethodName>(method: M, params: Params<M>): Promise<Result<ResultOf<M>>>;
}

/** The IPC channel the preload script and the main process speak on. */
export const IPC_CHANNEL = 'dossier:call';

/** The browser door's one API address: POST `{ method, params }`, answered with the Result. */
export const HTTP_CALL_PATH = '/api/call';

/** The methods that write a file the user chooses (a save dialog, or a download). */
export const SAVE_METHODS = ['documents.export', 'library.export', 'library.backup'] as const;
export type SaveMethod = (typeof SAVE_METHODS)[number];
/** The methods that read a file the user chooses (an open dialog, or an upload). */
export const OPEN_METHODS = ['library.import', 'documents.import', 'library.restore'] as const;
export type OpenMethod = (typeof OPEN_METHODS)[number];

export function isSaveMethod(method: unknown): method is SaveMethod {
  return SAVE_METHODS.some((m) => m === method);
}

export function isOpenMethod(method: unknown): method is OpenMethod {
  return OPEN_METHODS.some((m) => m === method);
}

/**
 * What a save asks for: the method and its params, less the path the door supplies (one
 * variant per method, so that checking `method` tells the params).
 */
export type SaveRequest<M extends SaveMethod = SaveMethod> = M extends SaveMethod
  ? {
      method: M;
      params: Omit<Params<M>, 'path' | 'overwrite'>;
      /** The file name to suggest (no folder). */
      suggestedName: string;
    }
  : never;

export type OpenRequest<M extends OpenMethod = OpenMethod> = M extends OpenMethod
  ? {
      method: M;
      params: Omit<Params<M>, 'path'>;
    }
  : never;

/** Where a saved file went: a path in Electron (for "Show in folder"), a download in a browser. */
export interface Saved {
  /**
   * The file's path, when the door can show it (Electron: "Show in folder", "Open"); null
   * otherwise (a browser download, a backup the browser door made).
   */
  path: string | null;
  fileName: string;
  bytes: number;
  /**
   * Where it went: a file the person chose (Electron's save dialog), the browser's downloads,
   * or the library's backups folder (a backup in the browser door, which cannot save a database
   * where the person chooses: see `library.backupNow`).
   */
  to: 'file' | 'download' | 'backups';
}

/**
 * The few things that differ between the doors: files. In Electron the main process shows the
 * native dialog and calls the path method itself; in a browser the door uploads and downloads
 * (through `library.importContent`, `documents.render`…). Every call resolves to null when the
 * person cancels the dialog.
 */
export interface FileDoor {
  save(request: SaveRequest): Promise<Result<Saved> | null>;
  open<M extends OpenMethod>(request: OpenRequest<M>): Promise<Result<ResultOf<M>> | null>;
  /**
   * Shows a file this door saved in the system's file manager (Electron only: false elsewhere,
   * and for any path the door did not save this session).
   */
  showInFolder(path: string): Promise<boolean>;
  /** Opens a file this door saved with its program (Electron only, as `showInFolder`). */
  openFile(path: string): Promise<boolean>;
  /**
   * Lets the person choose another library file and opens it (Electron: a native dialog, then
   * the backend restarts on it). Absent where the door cannot (the browser door serves the
   * library it was started with).
   */
  openLibrary?(): Promise<boolean>;
}

/** The IPC channels of the file door (Electron). */
export const FILE_CHANNELS = {
  save: 'dossier:files:save',
  open: 'dossier:files:open',
  openLibrary: 'dossier:files:open-library',
  showInFolder: 'dossier:files:show',
  openFile: 'dossier:files:open-with',
} as const;

/** The IPC channel on which the main process sends a menu command to the window. */
export const COMMAND_CHANNEL = 'dossier:command';

/**
 * What the preload script gives the renderer as `window.dossier` (Electron): the contract, the
 * file door, and the commands the application menu sends. The renderer reaches it only through
 * `src/renderer/src/app/door/client.ts`.
 */
export interface DossierBridge extends DossierClient {
  files: FileDoor;
  /** Calls `listener` with each command the menu sends; returns the function that stops it. */
  onCommand(listener: (id: CommandId) => void): () => void;
}
