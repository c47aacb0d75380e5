import type { MethodName, Params, ResultOf } from './api';
import type { Result } from './errors';

/** What the preload script gives the renderer as `window.dossier`: the backend's contract. */
export interface DossierClient {
  call<M extends MethodName>(method: M, params: Params<M>): Promise<Result<ResultOf<M>>>;
}

/** The IPC channel the preload script and the main process speak on. */
export const IPC_CHANNEL = 'dossier:call';

/** The methods that write a file the user chooses (a save dialog, or a download). */
export type SaveMethod = 'documents.export' | 'library.export' | 'library.backup';
/** The methods that read a file the user chooses (an open dialog, or an upload). */
export type OpenMethod = 'library.import' | 'documents.import' | 'library.restore';

/** What a save asks for: the method and its params, less the path the door supplies. */
export type SaveRequest<M extends SaveMethod = SaveMethod> = {
  method: M;
  params: Omit<Params<M>, 'path' | 'overwrite'>;
  /** The file name to suggest (no folder). */
  suggestedName: string;
};

export type OpenRequest<M extends OpenMethod = OpenMethod> = {
  method: M;
  params: Omit<Params<M>, 'path'>;
};

/** Where a saved file went: a path in Electron (for "Show in folder"), a download in a browser. */
export interface Saved {
  /** The file's path, when the door knows it (Electron); null for a browser download. */
  path: string | null;
  fileName: string;
  bytes: number;
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
  /** Shows a saved file in the system's file manager (Electron only: false elsewhere). */
  showInFolder(path: string): Promise<boolean>;
  /** Opens a saved file with its program (Electron only: false elsewhere). */
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
  showInFolder: 'dossier:files:show',
  openFile: 'dossier:files:open-with',
} as const;

/** The IPC channel on which the main process sends a menu command to the window. */
export const COMMAND_CHANNEL = 'dossier:command';
