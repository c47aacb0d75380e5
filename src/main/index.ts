/**
 * The desktop shell, kept thin: one window, the backend in a utility process, the calls between
 * them, the application menu and the native file dialogs. Everything the app does lives in the
 * backend and the renderer.
 */
import { app, BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { appPages } from './appPages';
import { BackendProcess } from './backendProcess';
import { registerCalls } from './calls';
import { registerFileDoor } from './fileDoor';
import { libraryToOpen, rememberLibrary } from './libraryChoice';
import { installMenu } from './menu';
import { secureSession } from './security';
import { createWindow } from './window';

function nativeBinding(): string | null {
  const path = join(
    app.getAppPath(),
    'native',
    `electron-${process.versions.modules}`,
    'better-sqlite3-multiple-ciphers.node',
  );
  return existsSync(path) ? path : null;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const devUrl = process.env.ELECTRON_RENDERER_URL ?? null;
  const pages = appPages(join(__dirname, '../renderer'), devUrl);
  const preload = join(__dirname, '../preload/index.cjs');
  let backend: BackendProcess | null = null;

  const mainWindow = (): BrowserWindow | undefined => BrowserWindow.getAllWindows()[0];

  app.on('second-instance', () => {
    const win = mainWindow();
    if (win === undefined) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });

  void app.whenReady().then(() => {
    secureSession(pages);
    const userData = app.getPath('userData');
    const link = new BackendProcess({
      script: join(__dirname, 'backend.js'),
      libraryPath: libraryToOpen(userData),
      nativeBinding: nativeBinding(),
    });
    backend = link;
    registerCalls(link, pages.isAppPage);
    registerFileDoor({
      backend: link,
      isAppPage: pages.isAppPage,
      switchLibrary: (libraryPath) => {
        rememberLibrary(userData, libraryPath);
        link.restart(libraryPath);
        for (const win of BrowserWindow.getAllWindows()) win.webContents.reload();
      },
    });
    installMenu({ dev: devUrl !== null, platform: process.platform });
    createWindow(pages, preload);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow(pages, preload);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') {
      backend?.stop();
      app.quit();
    }
  });
  app.on('will-quit', () => backend?.stop());
}
