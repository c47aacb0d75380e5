/**
 * The desktop shell, kept thin: one window, the backend in a utility process, and the calls
 * between them. Everything the app does lives in the backend and the renderer.
 */
import {
  app,
  BrowserWindow,
  ipcMain,
  session,
  shell,
  utilityProcess,
  type UtilityProcess,
} from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { IPC_CHANNEL } from '../shared/client';
import type { Result } from '../shared/errors';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

let backend: UtilityProcess | null = null;
let nextId = 1;
const pending = new Map<number, (result: Result<unknown>) => void>();

function startBackend(): UtilityProcess {
  const libraryPath = process.env.DOSSIER_LIBRARY || join(app.getPath('userData'), 'library.db');
  const native = join(
    app.getAppPath(),
    'native',
    `electron-${process.versions.modules}`,
    'better-sqlite3-multiple-ciphers.node',
  );
  const child = utilityProcess.fork(
    join(__dirname, 'backend.js'),
    [libraryPath, existsSync(native) ? native : ''],
    {
      serviceName: 'Dossier backend',
    },
  );
  child.on('message', (message: { id: number; result: Result<unknown> }) => {
    pending.get(message.id)?.(message.result);
    pending.delete(message.id);
  });
  child.on('exit', () => {
    for (const resolve of pending.values()) {
      resolve({
        ok: false,
        error: {
          code: 'internal',
          message: 'The backend stopped. Restart Dossier; your saved work is in the library.',
        },
      });
    }
    pending.clear();
    backend = null;
  });
  return child;
}

function appUrl(): string | null {
  return process.env.ELECTRON_RENDERER_URL ?? null;
}

function isAppPage(url: string): boolean {
  const dev = appUrl();
  return dev !== null ? url.startsWith(dev) : url.startsWith('file://');
}

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'Dossier',
    show: false,
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.setWindowOpenHandler(({ url }) => {
    // Links in documents open in the system browser, never inside the app.
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppPage(url)) event.preventDefault();
  });
  const dev = appUrl();
  if (dev !== null) void win.loadURL(dev);
  else void win.loadFile(join(__dirname, '../renderer/index.html'));
}

void app.whenReady().then(() => {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // No network: the app's own pages only (and the dev server while developing).
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      isAppPage(details.url) ||
      details.url.startsWith('devtools://') ||
      details.url.startsWith('data:');
    callback({ cancel: !allowed });
  });
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
    callback(false),
  );

  ipcMain.handle(IPC_CHANNEL, (event, method: unknown, params: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isAppPage(frameUrl) || typeof method !== 'string') {
      return {
        ok: false,
        error: { code: 'invalid_input', message: 'Call refused: it did not come from the app.' },
      };
    }
    backend ??= startBackend();
    const id = nextId++;
    const child = backend;
    return new Promise<Result<unknown>>((resolve) => {
      pending.set(id, resolve);
      // Params cross as data; the backend validates them against the contract.
      child.postMessage({ id, method, params, caller: 'window' });
    });
  });

  backend = startBackend();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  backend?.kill();
  if (process.platform !== 'darwin') app.quit();
});
