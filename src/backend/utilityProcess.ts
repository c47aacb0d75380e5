/**
 * The backend in an Electron utility process. The main process starts it with the library path
 * (and the better-sqlite3 build for Electron) and relays calls as messages: `{ id, method,
 * params, caller }` in, `{ id, result }` out. Only the main process can post here, and it says
 * who calls: `window` for every call the renderer makes, `main` for its own file door (a path
 * the person chose in a native dialog; see src/main/fileDoor.ts). This file does not import
 * electron: the utility process offers `process.parentPort`.
 */
import { Backend } from './backend';

interface ParentPort {
  on(event: 'message', listener: (e: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

interface Request {
  id: number;
  method: string;
  params: unknown;
  /** Who asked: the window (relayed by main) or main itself (after a native dialog). */
  caller: 'main' | 'window';
}

const port = (process as unknown as { parentPort?: ParentPort }).parentPort;
const [libraryPath, nativeBinding] = process.argv.slice(2);

if (port === undefined || libraryPath === undefined) {
  process.stderr.write('The Dossier backend runs inside the desktop app (a utility process).\n');
  process.exit(2);
}

const backend = new Backend({
  libraryPath,
  door: 'desktop',
  ...(nativeBinding ? { nativeBinding } : {}),
});

port.on('message', ({ data }) => {
  const { id, method, params, caller } = data as Request;
  // Anything but main's own word counts as the window's, the caller with the fewest rights.
  void backend
    .dispatch(method, params, caller === 'main' ? 'main' : 'window')
    .then((result) => port.postMessage({ id, result }));
});

process.on('exit', () => backend.close());
