import { api, isMethodName, type MethodName, type Params, type ResultOf } from '../shared/api';
import { DossierError, oneLine, pathText, type Result } from '../shared/errors';
import { nestingProblem } from '../shared/nesting';
import { today } from '../core/dates';
import { openLibrary, type Library } from '../store/library';
import { fileKind } from '../store/encryption';
import { Changes, refreshStatuses } from './changes';
import { listBackups, nextScheduledBackup, SCHEDULE_MS } from './backups/backups';
import { snapshot } from './backups/snapshot';
import { keepRescue, RESCUED_CODES, RESCUED_METHODS } from './rescue';
import { handlers } from './handlers';
import type { WriteContext } from './writes';

export interface BackendOptions {
  libraryPath: string;
  /** better-sqlite3-multiple-ciphers built for Electron, when the backend runs there. */
  nativeBinding?: string;
  /** The passphrase of an encrypted library (a plain library ignores it). */
  passphrase?: string;
  busyTimeoutMs?: number;
  /** Check every result against the contract too (tests turn this on). */
  checkResults?: boolean;
  /** The day facts are derived for (default: today). */
  today?: () => string;
  /** The time backups are made and pruned by (default: now). */
  clock?: () => Date;
}

/**
 * Dossier's backend: the contract of shared/api.ts over one library. Every door (the desktop
 * app through IPC, the CLI, the UI tests through HTTP) comes in through `dispatch`.
 */
export class Backend {
  private lib: Library | null = null;
  /** When the next scheduled backup is due (ms since the epoch), once known. */
  private nextBackupAt: number | null = null;
  /** The passphrase while the library is unlocked; forgotten by `lock`. */
  private key: string | null;

  constructor(readonly options: BackendOptions) {
    this.key = options.passphrase ?? null;
  }

  get libraryPath(): string {
    return this.options.libraryPath;
  }

  today(): string {
    return this.options.today?.() ?? today();
  }

  isOpen(): boolean {
    return this.lib !== null;
  }

  /** The passphrase the library is unlocked with (null: none given, or locked). */
  passphrase(): string | null {
    return this.key;
  }

  /** Whether the library file is encrypted (known without its passphrase). */
  isEncrypted(): boolean {
    if (this.lib !== null) return this.lib.encrypted;
    try {
      return fileKind(this.options.libraryPath) === 'encrypted';
    } catch {
      return false;
    }
  }

  /**
   * Opens the library with `passphrase` (checked on opening) and keeps it for later calls. A
   * wrong one leaves the backend as it was.
   */
  unlock(passphrase: string, create = false): Library {
    const before = this.key;
    this.close();
    this.key = passphrase;
    try {
      return this.library(create);
    } catch (err) {
      this.key = before;
      throw err;
    }
  }

  /**
   * Closes the library and forgets its passphrase: the desktop app's "Lock now" and auto-lock.
   * Until `unlock`, every call on an encrypted library fails with `passphrase_required`.
   */
  lock(): void {
    this.close();
    this.key = null;
  }

  /** Forgets the passphrase without closing (the library it was for is gone or now plain). */
  forgetPassphrase(): void {
    this.key = null;
  }

  /** The open library, opened on first use; statuses brought up to today on opening. */
  library(create = false): Library {
    if (this.lib === null) {
      const lib = this.open(create);
      try {
        lib.transaction(() => refreshStatuses(lib.db, this.today()));
      } catch (err) {
        lib.close();
        throw err;
      }
      this.lib = lib;
    }
    return this.lib;
  }

  /** Opens the library file; a damaged one comes with the latest backup to restore. */
  private open(create: boolean): Library {
    try {
      return openLibrary(this.options.libraryPath, {
        create,
        ...(this.key === null ? {} : { passphrase: this.key }),
        ...(this.options.busyTimeoutMs === undefined
          ? {}
          : { busyTimeoutMs: this.options.busyTimeoutMs }),
        ...(this.options.nativeBinding === undefined
          ? {}
          : { nativeBinding: this.options.nativeBinding }),
      });
    } catch (err) {
      if (!(err instanceof DossierError) || err.code !== 'corrupt') throw err;
      const latest = listBackups(this.options.libraryPath)[0];
      if (latest === undefined) throw err;
      throw new DossierError(
        'corrupt',
        `${err.message} The latest backup is ${latest.name} (${latest.createdAt.slice(0, 16).replace('T', ' ')} UTC): restore it with "dossier backups restore ${latest.name}".`,
        err.place,
      );
    }
  }

  /** Runs one user action in one transaction, then derives statuses and updates the index. */
  write<T>(fn: (ctx: WriteContext) => T): T {
    const lib = this.library();
    const outcome = lib.transaction(() => {
      const ctx: WriteContext = {
        db: lib.db,
        changes: new Changes(lib.db),
        now: new Date().toISOString(),
      };
      const result = fn(ctx);
      ctx.changes.apply(this.today());
      return result;
    });
    // Rolling backups while the library changes: one an hour at most (see backups/backups).
    // The folder is read once; autosave then costs a comparison, not a directory listing.
    const now = this.options.clock?.() ?? new Date();
    this.nextBackupAt ??= nextScheduledBackup(lib.path);
    if (now.getTime() >= this.nextBackupAt) {
      snapshot(lib, 'scheduled', now);
      this.nextBackupAt = now.getTime() + SCHEDULE_MS;
    }
    return outcome;
  }

  /** Runs a read with SQLite's errors turned into DossierErrors. */
  read<T>(fn: (lib: Library) => T): T {
    const lib = this.library();
    return lib.read(() => fn(lib));
  }

  close(): void {
    this.lib?.close();
    this.lib = null;
    this.nextBackupAt = null;
  }

  /** Validates `params` against the contract, runs the method, and wraps the outcome. */
  async dispatch(method: string, params: unknown): Promise<Result<unknown>> {
    try {
      return { ok: true, value: await this.run(method, params) };
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
  async call<M extends MethodName>(method: M, params: Params<M>): Promise<ResultOf<M>> {
    return (await this.run(method, params)) as ResultOf<M>;
  }

  private async run(method: string, params: unknown): Promise<unknown> {
    if (!isMethodName(method)) {
      throw new DossierError('invalid_input', `There is no method "${method}".`, method);
    }
    const contract = api[method];
    // Before validation: its recursion would overflow the stack on deep or cyclic params.
    const nesting = nestingProblem(params);
    if (nesting !== null) {
      throw new DossierError(
        'invalid_input',
        `${method}: ${nesting.place === '' ? '' : `${nesting.place}: `}${nesting.message}`,
        nesting.place || method,
      );
    }
    const parsed = contract.params.safeParse(params ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const place = pathText(issue?.path ?? []);
      throw new DossierError(
        'invalid_input',
        `${method}: ${place === '' ? '' : `${place}: `}${issue?.message ?? 'invalid params'}`,
        place || method,
      );
    }
    const handler = handlers[method] as (b: Backend, p: unknown) => unknown;
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
        const kept = keepRescue(this.options.libraryPath, method, parsed.data, err.message);
        throw new DossierError(
          err.code,
          kept === null
            ? `${err.message} Your text could not be kept in a rescue file either: copy it somewhere safe before closing.`
            : `${err.message} Your text was kept in ${kept}.`,
          err.place,
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
