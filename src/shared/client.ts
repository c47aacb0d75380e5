import type { MethodName, Params, ResultOf } from './api';
import type { Result } from './errors';

/** What the preload script gives the renderer as `window.dossier`: the backend's contract. */
export interface DossierClient {
  call<M extends MethodName>(method: M, params: Params<M>): Promise<Result<ResultOf<M>>>;
}

/** The IPC channel the preload script and the main process speak on. */
export const IPC_CHANNEL = 'dossier:call';
