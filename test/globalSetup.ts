import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

const root = resolve(import.meta.dirname, '..');

function buildCli(): void {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'buildCli.mjs')], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    throw new Error(`building the CLI bundle failed (exit ${r.status}): ${r.stderr}${r.stdout}`);
  }
}

/**
 * Builds the CLI bundle (out/cli/) from the sources as they are, before any test runs (and
 * again before each rerun in watch mode): the tests that spawn `bin/dossier.js` then run the
 * bundle, as a user's install does, and not the tsx fallback a stale bundle would get. (Each
 * test project runs this; the build takes a fraction of a second.)
 */
export default function setup(project: TestProject): void {
  buildCli();
  project.onTestsRerun(() => buildCli());
}
