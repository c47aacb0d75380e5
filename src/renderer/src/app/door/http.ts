import type { MethodName, Params, ResultOf } from '../../../../shared/api';
import { HTTP_CALL_PATH, type DossierClient } from '../../../../shared/client';
import type { Result } from '../../../../shared/errors';

const UNREACHABLE: Result<never> = {
  ok: false,
  error: {
    code: 'disconnected',
    message:
      'Dossier cannot reach its backend. Check that the command that printed its address (npm run web, or npm start) is still running; if it was started again, open the new address it printed.',
  },
};

/**
 * The contract over the browser door: `POST /api/call` with `{ method, params }`, the session
 * cookie the first page load got for the token. The door answers every call, refusals
 * included (401, 403, 413), with a Result; anything else means it is not there.
 */
export const httpClient: DossierClient = {
  async call<M extends MethodName>(method: M, params: Params<M>): Promise<Result<ResultOf<M>>> {
    let res: Response;
    try {
      res = await fetch(HTTP_CALL_PATH, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ method, params }),
      });
    } catch {
      return UNREACHABLE;
    }
    const type = res.headers.get('content-type') ?? '';
    if (!type.startsWith('application/json')) return UNREACHABLE;
    try {
      return (await res.json()) as Result<ResultOf<M>>;
    } catch {
      return UNREACHABLE;
    }
  },
};
