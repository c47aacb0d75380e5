import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Result } from '../src/shared/errors';
import { onCleanup } from './helpers';

const root = resolve(import.meta.dirname, '..');

/** A backend in another process (test/fixtures/backendProcess.ts), driven call by call. */
export class BackendProcess {
  readonly child: ChildProcessWithoutNullStreams;
  private readonly answers: ((line: string) => void)[] = [];

  constructor(libraryPath: string, door: 'cli' | 'desktop' | 'browser', clock?: string) {
    this.child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        resolve(root, 'test/fixtures/backendProcess.ts'),
        libraryPath,
        door,
        ...(clock === undefined ? [] : [clock]),
      ],
      { cwd: root, stdio: 'pipe' },
    );
    createInterface({ input: this.child.stdout }).on('line', (line) =>
      this.answers.shift()?.(line),
    );
    onCleanup(() => this.stop());
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  private send(message: unknown): Promise<Result<unknown>> {
    return new Promise((done) => {
      this.answers.push((line) => done(JSON.parse(line) as Result<unknown>));
      this.child.stdin.write(`${JSON.stringify(message)}\n`);
    });
  }

  call(method: string, params: unknown = {}): Promise<Result<unknown>> {
    return this.send({ method, params });
  }

  /** Opens a write transaction and keeps it open (another program writing). */
  hold(): Promise<Result<unknown>> {
    return this.send({ hold: true });
  }

  release(): Promise<Result<unknown>> {
    return this.send({ release: true });
  }

  /** Closes its stdin and waits for it to end. */
  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const ended = new Promise((done) => this.child.once('exit', done));
    this.child.stdin.end();
    await ended;
  }

  stop(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}
