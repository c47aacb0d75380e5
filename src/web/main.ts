/**
 * `npm run web -- [--library FILE] [--port N]`: Dossier in a browser, for one person on their
 * own machine. Prints one line, the address to open (with this run's token), and serves until
 * Ctrl+C.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Backend } from '../backend/backend';
import { resolveLibraryPath } from '../backend/paths';
import { ensureRenderer } from './rendererBuild';
import { startDoor, type Door } from './server';

const USAGE = 'Usage: npm run web -- [--library FILE] [--port N]';

function stop(message: string, code: number): never {
  process.stderr.write(`Dossier: ${message}\n`);
  process.exit(code);
}

let args: { library?: string; port?: string };
try {
  args = parseArgs({
    options: { library: { type: 'string' }, port: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  }).values;
} catch (err) {
  stop(`${(err as Error).message}\n${USAGE}`, 2);
}

const port = args.port === undefined ? 0 : Number(args.port);
if (!/^\d+$/.test(args.port ?? '0') || !Number.isInteger(port) || port > 65535) {
  stop(`--port takes a port number (0 picks a free one), not "${args.port}".\n${USAGE}`, 2);
}

const root = resolve(import.meta.dirname, '../..');
let staticDir: string;
try {
  staticDir = await ensureRenderer(root, (line) => process.stderr.write(`${line}\n`));
} catch (err) {
  stop((err as Error).message, 1);
}

const backend = new Backend({
  libraryPath: resolve(resolveLibraryPath(args.library)),
  door: 'browser',
});

let door: Door;
try {
  door = await startDoor({ backend, staticDir, port });
} catch (err) {
  backend.close();
  if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    stop(`port ${port} is in use. Choose another with --port, or --port 0 for a free one.`, 1);
  }
  stop((err as Error).message, 1);
}

process.stdout.write(`Dossier is running at ${door.url}\n`);

let closing = false;
async function shutDown(): Promise<void> {
  if (closing) return;
  closing = true;
  // The library first: its open note goes and its last writes are checkpointed even if the
  // connections take a moment to close.
  backend.close();
  await door.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutDown());
process.on('SIGTERM', () => void shutDown());
