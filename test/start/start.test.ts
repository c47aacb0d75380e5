import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { onCleanup, tempDir } from '../helpers';

const root = resolve(import.meta.dirname, '../..');
const FALLBACK =
  /^Electron could not be started here \((.+)\); starting Dossier in your browser instead\.$/;
const RUNNING = /^Dossier is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)$/;
/** Where Electron's binary is already installed, npm start starts it: nothing falls back. */
const electronInstalled = existsSync(join(root, 'node_modules', 'electron', 'path.txt'));

describe('npm start where Electron cannot be fetched', () => {
  it.skipIf(electronInstalled)(
    'says so in one line and serves the app in the browser door instead',
    async () => {
      const dir = tempDir();
      const child = spawn(
        process.execPath,
        ['scripts/start.js', '--port', '0', '--library', join(dir, 'l.db')],
        {
          cwd: root,
          stdio: ['ignore', 'pipe', 'pipe'],
          detached: true,
          env: {
            ...process.env,
            // Nothing cached, and a mirror that refuses at once: the download fails fast.
            electron_config_cache: tempDir(),
            ELECTRON_MIRROR: 'http://127.0.0.1:9/',
            NO_COLOR: '1',
          },
        },
      );
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
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const lines: string[] = [];
      const url = await new Promise<string>((done, fail) => {
        const timer = setTimeout(
          () => fail(new Error(`no address; stdout: ${lines.join('\n')}; stderr: ${stderr}`)),
          90_000,
        );
        child.once('exit', (code) =>
          fail(new Error(`npm start exited (${code}): ${lines.join('\n')} ${stderr}`)),
        );
        createInterface({ input: child.stdout }).on('line', (line) => {
          lines.push(line);
          const m = RUNNING.exec(line);
          if (m === null) return;
          clearTimeout(timer);
          done(m[1] ?? '');
        });
      });

      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(FALLBACK);
      expect(FALLBACK.exec(lines[0] ?? '')?.[1]).toMatch(/download/);
      // As a browser does: the token becomes a cookie, and the page answers with it.
      const signIn = await fetch(url, { redirect: 'manual' });
      expect(signIn.status).toBe(303);
      const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const page = await fetch(new URL(signIn.headers.get('location') ?? '/', url), {
        headers: { cookie },
      });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Dossier</title>');
    },
    120_000,
  );
});
