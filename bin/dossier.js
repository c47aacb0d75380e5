#!/usr/bin/env node
// The `dossier` command. Runs the bundle in out/cli/ (made by `npm ci` / `npm install` through
// the `prepare` script, or `npm run build:cli`) while it is newer than every source file it was
// built from; otherwise (no bundle yet, or sources edited since) runs src/cli/main.ts through
// tsx, slower to start but never stale. Checking costs one stat per source file (about 70).
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'out', 'cli', 'dossier.mjs');

function bundleIsCurrent() {
  try {
    const { builtAt, inputs } = JSON.parse(
      readFileSync(join(root, 'out', 'cli', 'inputs.json'), 'utf8'),
    );
    if (typeof builtAt !== 'number' || !Array.isArray(inputs) || inputs.length === 0) return false;
    statSync(bundle);
    return inputs.every((file) => statSync(join(root, file)).mtimeMs <= builtAt);
  } catch {
    // No build, or a source it was built from is gone: the sources decide.
    return false;
  }
}

if (bundleIsCurrent()) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
