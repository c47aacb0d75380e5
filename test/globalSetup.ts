import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/**
 * Builds the CLI bundle (out/cli/) from the sources as they are, before any test runs: the
 * tests that spawn `bin/dossier.js` then run the bundle, as a user's install does, and not the
 * tsx fallback that a stale or missing bundle would get.
 */
export default function setup(): void {
  const root = resolve(import.meta.dirname, '..');
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'buildCli.mjs')], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    throw new Error(`building the CLI bundle failed (exit ${r.status}): ${r.stderr}${r.stdout}`);
  }
}
