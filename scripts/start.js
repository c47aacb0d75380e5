#!/usr/bin/env node
// `npm start`: the desktop app. Builds better-sqlite3-multiple-ciphers (SQLite with encryption)
// for Electron beside node_modules (the Node build there stays for the tests and the CLI), then
// builds and starts the app. The first start
// downloads the Electron binary and Electron's headers, so it needs a connection once.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function fail(message) {
  process.stderr.write(`npm start: ${message}\n`);
  process.exit(1);
}

function run(command, args, cwd, env = process.env) {
  const r = spawnSync(command, args, {
    cwd,
    env,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return r.status === 0;
}

const electronDir = join(root, 'node_modules', 'electron');
if (!existsSync(electronDir)) fail('Electron is not installed. Run "npm install" first.');
const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
const abi = readFileSync(join(electronDir, 'abi_version'), 'utf8').trim();
const driver = 'better-sqlite3-multiple-ciphers';
// Named after the driver: a build of plain better-sqlite3 left from before cannot encrypt.
const binding = join(root, 'native', `electron-${abi}`, `${driver}.node`);

if (!existsSync(binding)) {
  console.log(`Building ${driver} for Electron ${electronVersion} (ABI ${abi}), once...`);
  const source = dirname(require.resolve(`${driver}/package.json`));
  const work = mkdtempSync(join(tmpdir(), 'dossier-native-'));
  const copy = join(work, driver);
  cpSync(source, copy, {
    recursive: true,
    filter: (p) => !p.includes(`${join(driver, 'build')}`),
  });
  const nodeGyp = process.env.npm_config_node_gyp;
  const gypArgs = [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    '--dist-url=https://electronjs.org/headers',
  ];
  // A configured nodedir (Node's own headers) would make node-gyp ignore the Electron target.
  const env = {
    ...Object.fromEntries(
      Object.entries(process.env).filter(([k]) => k.toLowerCase() !== 'npm_config_nodedir'),
    ),
    npm_config_nodedir: '',
  };
  const ok = nodeGyp
    ? run(process.execPath, [nodeGyp, ...gypArgs], copy, env)
    : run('npx', ['--yes', 'node-gyp', ...gypArgs], copy, env);
  if (!ok) {
    rmSync(work, { recursive: true, force: true });
    fail(
      `could not build ${driver} for Electron. It needs a C/C++ toolchain (see README) and, the first time, a connection to download Electron's headers. The CLI and the tests do not need this build.`,
    );
  }
  mkdirSync(dirname(binding), { recursive: true });
  copyFileSync(join(copy, 'build', 'Release', 'better_sqlite3.node'), binding);
  rmSync(work, { recursive: true, force: true });
}

// The Electron binary is fetched on first use (electron >= 42 has no postinstall).
const pathFile = join(electronDir, 'path.txt');
const binary = existsSync(pathFile)
  ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8'))
  : null;
if (binary === null || !existsSync(binary)) {
  console.log(`Downloading Electron ${electronVersion}, once...`);
  if (!run(process.execPath, [join(electronDir, 'install.js')], root)) {
    fail(
      'could not download Electron. The first start needs a connection; the CLI and the tests do not.',
    );
  }
}

const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
process.exit(
  run(process.execPath, [electronVite, 'preview', ...process.argv.slice(2)], root) ? 0 : 1,
);
