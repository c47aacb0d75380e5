import { utilityProcess, type UtilityProcess } from 'electron';
import type { Caller } from '../shared/api';
import type { Result } from '../shared/errors';

/**
 * Who the main process says is calling. Renderer calls are always `window`; `main` is only for
 * the calls main makes itself with a path the person chose in a native dialog (the file door).
 */
export type RelayedCaller = Extract<Caller, 'main' | 'window'>;

/** What the main process needs of the backend: one call, with the caller main decided. */
export interface BackendLink {
  call(method: string, params: unknown, caller: RelayedCaller): Promise<Result<unknown>>;
}

export interface BackendProcessOptions {
  /** The bundled utility-process entry (out/main/backend.js). */
  script: string;
  libraryPath: string;
  /** better-sqlite3-multiple-ciphers built for Electron, or null for the one in node_modules. */
  nativeBinding: string | null;
}

interface Answer {
  id: number;
  result: Result<unknown>;
}

const STOPPED: Result<unknown> = {
  ok: false,
  error: {
    code: 'internal',
    message: 'The backend stopped. Restart Dossier; your saved work is in the library.',
  },
};

/**
 * The backend in an Electron utility process (src/backend/utilityProcess.ts), started on first
 * use and again after it stops. Messages carry `{ id, method, params, caller }`; the utility
 * process hears only from this process, so the caller is main's word, never the page's.
 */
export class BackendProcess implements BackendLink {
  private child: UtilityProcess | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, (result: Result<unknown>) => void>();

  constructor(private options: BackendProcessOptions) {}

  get libraryPath(): string {
    return this.options.libraryPath;
  }

  call(method: string, params: unknown, caller: RelayedCaller): Promise<Result<unknown>> {
    const child = this.ensure();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      // Params cross as data; the backend validates them against the contract.
      child.postMessage({ id, method, params, caller });
    });
  }

  /** Stops the backend and starts it again on another library. */
  restart(libraryPath: string): void {
    this.stop();
    this.options = { ...this.options, libraryPath };
    this.ensure();
  }

  stop(): void {
    const child = this.child;
    this.child = null;
    this.failPending();
    child?.kill();
  }

  private ensure(): UtilityProcess {
    if (this.child !== null) return this.child;
    const { script, libraryPath, nativeBinding } = this.options;
    const child = utilityProcess.fork(script, [libraryPath, nativeBinding ?? ''], {
      serviceName: 'Dossier backend',
    });
    child.on('message', (message: Answer) => {
      this.pending.get(message.id)?.(message.result);
      this.pending.delete(message.id);
    });
    child.on('exit', () => {
      if (this.child !== child) return;
      this.child = null;
      this.failPending();
    });
    this.child = child;
    return child;
  }

  private failPending(): void {
    for (const resolve of this.pending.values()) resolve(STOPPED);
    this.pending.clear();
  }
}
