#!/usr/bin/env node
// `npm start -- [--library FILE] [--port N]`: the desktop app. The first start downloads the
// Electron binary and builds better-sqlite3-multiple-ciphers (SQLite with encryption) for
// Electron beside node_modules (the Node build there stays for the tests and the CLI), which
// needs a connection once. Where Electron cannot be fetched or started (no connection, no
// toolchain, no display), it says so in one line and starts the browser door instead
// (scripts/web.js, with the same arguments), so that `npm start` always gives a working app.
import { spawn } from 'node:child_process';
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
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const USAGE = 'Usage: npm start -- [--library FILE] [--port N]';
/** An Electron that ends with an error this soon after starting did not start. */
const STARTUP_MS = 10_000;

function fail(message, code = 1) {
  process.stderr.write(`npm start: ${message}\n`);
  process.exit(code);
}

/** Electron is out of reach here: one line that says why, then the browser door. */
async function fallBack(reason) {
  process.stdout.write(
    `Electron could not be started here (${reason}); starting Dossier in your browser instead.\n`,
  );
  // web.js reads the same process.argv: the same --library and --port.
  await import('./web.js');
}

/** The last line of a program's output that reads like an error, for the one-line reason. */
function errorLine(output, fallback) {
  const lines = output
    .split(/\r?\n/)
    .map((l) => l.replace(/^gyp ERR!\s*(stack\s*)?/, '').trim())
    .filter((l) => l !== '' && !l.startsWith('at '));
  const error = lines.find((l) => /\b(error|failed|cannot|missing|not found)\b/i.test(l));
  const line = (error ?? lines.at(-1) ?? fallback).replace(/^\w*Error:\s*/, '');
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** Runs a program quietly; resolves with whether it succeeded and what it printed. */
function runQuiet(command, args, options = {}) {
  return new Promise((done) => {
    let output = '';
    const child = spawn(command, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
      ...options,
    });
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.once('error', (err) => done({ ok: false, output: `${output}${err.message}\n` }));
    child.once('close', (code) => done({ ok: code === 0, output }));
  });
}

let args;
try {
  args = parseArgs({
    options: { library: { type: 'string' }, port: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  }).values;
} catch (err) {
  fail(`${err.message}\n${USAGE}`, 2);
}

const electronDir = join(root, 'node_modules', 'electron');
const driver = 'better-sqlite3-multiple-ciphers';

async function ensureBinary(version) {
  // As electron's install.js decides whether it is installed.
  const pathFile = join(electronDir, 'path.txt');
  const versionFile = join(electronDir, 'dist', 'version');
  if (existsSync(pathFile) && existsSync(versionFile)) {
    const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8'));
    const installed = readFileSync(versionFile, 'utf8').trim().replace(/^v/, '');
    if (installed === version && existsSync(binary)) return { binary };
  }
  // The binary is fetched on first use (electron >= 42 has no postinstall).
  process.stderr.write(`Downloading Electron ${version}, once...\n`);
  const r = await runQuiet(process.execPath, [join(electronDir, 'install.js')]);
  const binary = existsSync(pathFile)
    ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8'))
    : null;
  if (!r.ok || binary === null || !existsSync(binary)) {
    return {
      reason: `its binary could not be downloaded: ${errorLine(r.output, 'no connection?')}`,
    };
  }
  return { binary };
}

async function ensureNative(version, abi) {
  // Named after the driver: a build of plain better-sqlite3 left from before cannot encrypt.
  const binding = join(root, 'native', `electron-${abi}`, `${driver}.node`);
  if (existsSync(binding)) return {};
  process.stderr.write(`Building ${driver} for Electron ${version} (ABI ${abi}), once...\n`);
  const source = dirname(require.resolve(`${driver}/package.json`));
  const work = mkdtempSync(join(tmpdir(), 'dossier-native-'));
  try {
    const copy = join(work, driver);
    cpSync(source, copy, {
      recursive: true,
      filter: (p) => !p.includes(`${join(driver, 'build')}`),
    });
    const gypArgs = [
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${version}`,
      '--dist-url=https://electronjs.org/headers',
    ];
    // A configured nodedir (Node's own headers) would make node-gyp ignore the Electron target.
    const env = {
      ...Object.fromEntries(
        Object.entries(process.env).filter(([k]) => k.toLowerCase() !== 'npm_config_nodedir'),
      ),
      npm_config_nodedir: '',
    };
    const nodeGyp = process.env.npm_config_node_gyp;
    const r = nodeGyp
      ? await runQuiet(process.execPath, [nodeGyp, ...gypArgs], { cwd: copy, env })
      : await runQuiet('npx', ['--yes', 'node-gyp', ...gypArgs], { cwd: copy, env });
    if (!r.ok) {
      return {
        reason: `${driver} could not be built for it, which needs a C/C++ toolchain and Electron's headers: ${errorLine(r.output, 'node-gyp failed')}`,
      };
    }
    mkdirSync(dirname(binding), { recursive: true });
    copyFileSync(join(copy, 'build', 'Release', 'better_sqlite3.node'), binding);
    return {};
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Builds the app (electron-vite: main, preload, renderer into out/). */
async function build() {
  const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const r = await runQuiet(process.execPath, [electronVite, 'build']);
  if (!r.ok) fail(`building the app failed:\n${r.output}`);
}

/** Starts Electron; resolves with a reason when it ended with an error at once. */
function launch(binary) {
  const env = { ...process.env };
  // Set, it would make Electron a plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.ELECTRON_RENDERER_URL;
  if (args.library !== undefined) env.DOSSIER_LIBRARY = resolve(args.library);
  const started = Date.now();
  return new Promise((done) => {
    let tail = '';
    const child = spawn(binary, ['.'], { cwd: root, env, stdio: ['inherit', 'inherit', 'pipe'] });
    child.stderr.on('data', (d) => {
      process.stderr.write(d);
      tail = `${tail}${d}`.slice(-4096);
    });
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
    child.once('error', (err) => done({ reason: err.message }));
    child.once('exit', (code, signal) => {
      const failed = code !== 0;
      if (
        failed &&
        Date.now() - started < STARTUP_MS &&
        signal !== 'SIGINT' &&
        signal !== 'SIGTERM'
      ) {
        done({ reason: `it exited at once: ${errorLine(tail, `exit code ${code ?? signal}`)}` });
        return;
      }
      process.exit(code ?? 1);
    });
  });
}

async function startElectron() {
  if (!existsSync(join(electronDir, 'package.json')))
    return 'the electron package is not installed';
  const version = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
  const abi = readFileSync(join(electronDir, 'abi_version'), 'utf8').trim();
  const binary = await ensureBinary(version);
  if (binary.reason) return binary.reason;
  const native = await ensureNative(version, abi);
  if (native.reason) return native.reason;
  await build();
  const ended = await launch(binary.binary);
  return ended.reason;
}

const reason = await startElectron();
if (reason) await fallBack(reason);
