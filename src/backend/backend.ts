import {
  api,
  isMethodName,
  type Caller,
  type MethodName,
  type Params,
  type ResultOf,
} from '../shared/api';
import { DossierError, fieldLabel, oneLine, pathText, type Result } from '../shared/errors';
import { nestingProblem } from '../shared/nesting';
import { handlers } from './handlers';
import { keepRescue, RESCUED_CODES, RESCUED_METHODS } from './rescue';
import { Session, type SessionOptions } from './session';

export interface BackendOptions extends SessionOptions {
  /** Check every result against the contract too (tests turn this on). */
  checkResults?: boolean;
}

/**
 * Dossier's backend: the contract of shared/api.ts over one library. Every door (the desktop
 * app through IPC, the CLI, the browser door through HTTP) comes in through `dispatch`, saying
 * who calls; the library's lifetime is the Session's.
 */
export class Backend extends Session {
  constructor(override readonly options: BackendOptions) {
    super(options);
  }

  /**
   * Validates `params` against the contract, runs the method, and wraps the outcome. A method
   * the caller may not use (a file path from the window) is refused before anything runs.
   */
  async dispatch(method: string, params: unknown, caller: Caller): Promise<Result<unknown>> {
    try {
      return { ok: true, value: await this.run(method, params, caller) };
    } catch (err) {
      if (err instanceof DossierError) return { ok: false, error: err.toInfo() };
      return {
        ok: false,
        error: {
          code: 'internal',
          message: oneLine(
            `Unexpected error in ${method}: ${(err as Error).message ?? String(err)}`,
          ),
        },
      };
    }
  }

  /** Calls a method and returns its result; failures throw a DossierError. */
  async call<M extends MethodName>(
    method: M,
    params: Params<M>,
    caller: Caller = 'cli',
  ): Promise<ResultOf<M>> {
    return (await this.run(method, params, caller)) as ResultOf<M>;
  }

  private async run(method: string, params: unknown, caller: Caller): Promise<unknown> {
    if (!isMethodName(method)) {
      throw new DossierError('invalid_input', `There is no method "${method}".`, method);
    }
    const contract = api[method];
    if (!contract.callers.includes(caller)) {
      throw new DossierError(
        'invalid_input',
        `${method} cannot be called from ${caller === 'window' ? 'the window' : `the ${caller}`}: it works on a file chosen by path.`,
        method,
      );
    }
    // Before validation: its recursion would overflow the stack on deep or cyclic params.
    const nesting = nestingProblem(params);
    if (nesting !== null) {
      throw new DossierError(
        'invalid_input',
        `${nesting.place === '' ? '' : `${nesting.place}: `}${nesting.message}`,
        nesting.place || method,
      );
    }
    const parsed = contract.params.safeParse(params ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const place = pathText(issue?.path ?? []);
      // The message names the field in words; `place` gives its path, for a form to show the
      // message next to it. A top-level parameter (a passphrase, a query) needs no name.
      const label = (issue?.path.length ?? 0) > 1 ? `${fieldLabel(issue?.path ?? [])}: ` : '';
      throw new DossierError(
        'invalid_input',
        `${label}${issue?.message ?? 'invalid params'}`,
        place || method,
      );
    }
    const handler = handlers[method] as (s: Session, p: unknown) => unknown;
    let result: unknown;
    try {
      result = await handler(this, parsed.data);
    } catch (err) {
      // The user's text is never lost with a failed save: it is kept in a rescue file.
      if (
        err instanceof DossierError &&
        RESCUED_METHODS.has(method) &&
        RESCUED_CODES.has(err.code)
      ) {
        const kept = keepRescue(this, method, parsed.data, err.message);
        throw new DossierError(
          err.code,
          kept !== null
            ? `${err.message} Your text was kept in ${kept}.`
            : this.isEncrypted()
              ? `${err.message} Your text was not saved, and was not written anywhere else (the library is encrypted, so no unencrypted copy is made): it is only where you typed it. Copy it somewhere safe, or try again.`
              : `${err.message} Your text could not be kept in a rescue file either: copy it somewhere safe before closing.`,
          err.place,
          err.next,
        );
      }
      throw err;
    }
    if (this.options.checkResults) {
      const checked = contract.result.safeParse(result);
      if (!checked.success) {
        throw new Error(
          `${method} returned a result outside the contract: ${checked.error.message}`,
        );
      }
    }
    return result;
  }
}
