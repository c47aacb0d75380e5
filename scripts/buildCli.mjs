#!/usr/bin/env node
// Bundles the `dossier` command into out/cli/ (npm's `prepare` script, so `npm ci` and
// `npm install` make it; also `npm run build:cli`). One ES module for the command and what a
// search needs (our TypeScript, commander, zod), compiled once instead of by tsx at every start.
// The SQLite driver (a native module) and the renderers' packages (docx, pdfmake, the DejaVu
// fonts) stay in node_modules; our docx and PDF renderers become chunks that load on the first
// export only (src/backend/documents/publish.ts imports them dynamically).
//
// bin/dossier.js runs the bundle only while it is newer than every source file it was built
// from (listed in out/cli/inputs.json); otherwise it runs the sources through tsx, so an edited
// checkout never runs a stale build.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'out', 'cli');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // An install without dev dependencies: the command still runs, through tsx.
  process.stderr.write('build:cli: esbuild is not installed; dossier will run through tsx.\n');
  process.exit(0);
}

// Sources edited from now on are newer than the build (compared in bin/dossier.js).
const startedAt = Date.now();
const work = `${target}.new-${process.pid}`;
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: { dossier: 'src/cli/main.ts' },
  outdir: work,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3-multiple-ciphers', 'docx', 'pdfmake', 'dejavu-fonts-ttf'],
  // commander is CommonJS and calls require(): give the ES module bundle a real one.
  banner: {
    js: "import { createRequire as __dossierCreateRequire } from 'node:module'; const require = __dossierCreateRequire(import.meta.url);",
  },
  metafile: true,
  logLevel: 'warning',
});

const inputs = Object.keys(result.metafile.inputs)
  .filter((p) => !p.split(/[\\/]/).includes('node_modules'))
  .map((p) => relative(root, join(root, p)).split(sep).join('/'))
  .sort();
writeFileSync(
  join(work, 'inputs.json'),
  `${JSON.stringify({ builtAt: startedAt, inputs }, null, 1)}\n`,
);

// Swap the new build in; a command started meanwhile finds no bundle and runs through tsx.
const old = `${target}.old-${process.pid}`;
try {
  renameSync(target, old);
} catch {
  // no earlier build
}
renameSync(work, target);
rmSync(old, { recursive: true, force: true });
process.stdout.write(`Built out/cli/dossier.mjs from ${inputs.length} source files.\n`);
