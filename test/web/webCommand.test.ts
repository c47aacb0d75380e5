import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { isStale } from '../../src/web/rendererBuild';
import { onCleanup, tempDir } from '../helpers';

const root = resolve(import.meta.dirname, '../..');
export const RUNNING_LINE =
  /^Dossier is running at http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+)$/;

export interface Started {
  child: ChildProcess;
  /** Every line of stdout until the address (npm's own "> script" lines included). */
  lines: string[];
  url: URL;
  port: number;
  token: string;
}

/**
 * Runs `npm ARGS` in a process group of its own, and waits for the line with the address.
 * The group is ended after the test (by its id: npm, its shell and node).
 */
export function startNpm(args: string[], timeoutMs = 120_000): Promise<Started> {
  const child = spawn('npm', args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, NO_COLOR: '1' },
  });
  onCleanup(() => {
    if (child.exitCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((done, fail) => {
    const lines: string[] = [];
    const timer = setTimeout(
      () =>
        fail(
          new Error(
            `no address after ${timeoutMs} ms; stdout: ${lines.join('\n')}; stderr: ${stderr}`,
          ),
        ),
      timeoutMs,
    );
    child.once('exit', (code) =>
      fail(new Error(`npm ${args.join(' ')} exited (${code}): ${lines.join('\n')} ${stderr}`)),
    );
    createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line);
      const m = RUNNING_LINE.exec(line);
      if (m === null) return;
      clearTimeout(timer);
      done({
        child,
        lines,
        url: new URL(line.slice(line.indexOf('http'))),
        port: Number(m[1]),
        token: m[2] ?? '',
      });
    });
  });
}

/** The lines a program printed, less npm's own ("> dossier@… web", "> node scripts/web.js"). */
export function ownLines(lines: string[]): string[] {
  return lines.filter((l) => l.trim() !== '' && !l.startsWith('> '));
}

/** Signs in as the page does (the token for the cookie) and calls a method. */
export async function signInAndCall(
  url: URL,
  method: string,
  params: unknown = {},
): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
  const exchange = await fetch(url, { redirect: 'manual' });
  expect(exchange.status).toBe(303);
  expect(exchange.headers.get('location')).toBe('/');
  const cookie = (exchange.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const page = await fetch(new URL('/', url), { headers: { cookie } });
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<div id="root">');
  const call = await fetch(new URL('/api/call', url), {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ method, params }),
  });
  return (await call.json()) as { ok: boolean };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((done) => {
    if (child.exitCode !== null) done(child.exitCode);
    else child.once('exit', (code) => done(code));
  });
}

describe('npm run web', () => {
  it('prints one line with the address and a fresh 32-byte token, serves, and stops on SIGTERM', async () => {
    const dir = tempDir();
    const library = join(dir, 'library.db');
    const [a, b] = await Promise.all([
      startNpm(['run', 'web', '--', '--port', '0', '--library', library]),
      startNpm(['run', 'web', '--', '--library', join(dir, 'other.db')]),
    ]);
    for (const run of [a, b]) {
      expect(ownLines(run.lines)).toEqual([`Dossier is running at ${run.url.href}`]);
      expect(run.port).toBeGreaterThan(0);
      expect(Buffer.from(run.token, 'base64url').length).toBeGreaterThanOrEqual(32);
      expect(run.url.hostname).toBe('127.0.0.1');
    }
    expect(a.token).not.toBe(b.token);
    expect(a.port).not.toBe(b.port);

    expect(await signInAndCall(a.url, 'library.init', { demo: false })).toMatchObject({
      ok: true,
      value: { path: library },
    });
    // The door announced itself beside the library, as the browser door.
    const notes = readdirSync(dir).filter((n) => n.startsWith('.library.db.open-'));
    expect(notes).toHaveLength(1);

    process.kill(-a.child.pid!, 'SIGTERM');
    await exited(a.child);
    // The backend was closed: its note is gone (npm itself may exit a moment before the door).
    await expect
      .poll(() => readdirSync(dir).filter((n) => n.startsWith('.library.db.open-')), {
        timeout: 5000,
      })
      .toEqual([]);
  });

  it('refuses a port that is not a number', async () => {
    const child = spawn(process.execPath, ['scripts/web.js', '--port', 'eighty'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    expect(await exited(child)).toBe(2);
    expect(stderr).toContain('--port takes a port number');
  });
});

describe('the renderer build for the browser door', () => {
  function checkout(): string {
    const dir = tempDir();
    for (const sub of ['src/renderer/src', 'src/shared', 'src/core', 'out/web']) {
      mkdirSync(join(dir, sub), { recursive: true });
    }
    writeFileSync(join(dir, 'src/renderer/src/App.tsx'), 'export {}');
    writeFileSync(join(dir, 'src/shared/api.ts'), 'export {}');
    writeFileSync(join(dir, 'out/web/index.html'), '<!doctype html>');
    return dir;
  }
  const at = (path: string, seconds: number): void => utimesSync(path, seconds, seconds);

  it('is stale when missing, unfinished, or older than any source', () => {
    const dir = checkout();
    expect(isStale(dir)).toBe(true);
    writeFileSync(join(dir, 'out/web/.built'), 'now');
    for (const f of ['src/renderer/src/App.tsx', 'src/shared/api.ts']) at(join(dir, f), 1000);
    for (const d of ['src/renderer/src', 'src/renderer', 'src/shared', 'src/core'])
      at(join(dir, d), 1000);
    at(join(dir, 'out/web/.built'), 2000);
    expect(isStale(dir)).toBe(false);
    at(join(dir, 'src/shared/api.ts'), 3000);
    expect(isStale(dir)).toBe(true);
    at(join(dir, 'src/shared/api.ts'), 1000);
    writeFileSync(join(dir, 'src/core/new.ts'), 'export {}');
    expect(isStale(dir)).toBe(true);
  });
});
