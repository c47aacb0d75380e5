import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The renderer the browser door serves, built by vite (`vite.web.config.ts`: electron-vite's
 * renderer config, into a folder of its own) when it is missing or older than its sources. The
 * build runs in a child process, so that the server does not keep the bundler in memory.
 */

/** Where the build goes, under the checkout. */
export const WEB_OUT = join('out', 'web');
/** What the build is made from: a change to any file here makes it stale. */
export const SOURCES = ['src/renderer', 'src/shared', 'src/core'];
const CONFIGS = ['vite.web.config.ts', 'electron.vite.config.ts', 'package-lock.json'];
/** Written last, so that a build cut short counts as missing. */
const STAMP = '.built';

function newest(path: string): number {
  let st;
  try {
    st = statSync(path);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

/** The newest modification time among the build's sources and configuration. */
export function newestSource(root: string): number {
  return Math.max(...[...SOURCES, ...CONFIGS].map((p) => newest(join(root, p))));
}

/** Whether the build in `outDir` is missing, unfinished, or older than a source. */
export function isStale(root: string, outDir: string = join(root, WEB_OUT)): boolean {
  let built: number;
  try {
    built = statSync(join(outDir, STAMP)).mtimeMs;
  } catch {
    return true;
  }
  return !existsSync(join(outDir, 'index.html')) || built < newestSource(root);
}

/** Runs vite's build of the renderer into `outDir`; rejects with vite's output on failure. */
function viteBuild(root: string, outDir: string): Promise<void> {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        vite,
        'build',
        '--config',
        'vite.web.config.ts',
        '--outDir',
        outDir,
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ],
      // Always React's production build: a NODE_ENV inherited from the caller (vitest sets
      // "test") would make vite bundle React's development build, several times slower.
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NODE_ENV: 'production' },
      },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`the build of the app's screens failed:\n${output.trim()}`));
    });
  });
}

/**
 * The folder to serve, built first when stale. A build goes to a folder of its own and is
 * moved into place whole, so that two starts at once do not serve each other's half-builds.
 */
export async function ensureRenderer(
  root: string,
  log: (line: string) => void = () => undefined,
): Promise<string> {
  const outDir = join(root, WEB_OUT);
  if (!isStale(root, outDir)) return outDir;
  log("Building Dossier's screens for the browser (after each change to them)…");
  const building = `${outDir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  try {
    await viteBuild(root, building);
    writeFileSync(join(building, STAMP), `${new Date().toISOString()}\n`);
    rmSync(outDir, { recursive: true, force: true });
    try {
      renameSync(building, outDir);
    } catch (err) {
      // Another start moved its build into place first: serve that one.
      if (isStale(root, outDir)) throw err;
    }
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
  return outDir;
}
