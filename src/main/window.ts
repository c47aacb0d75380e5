import { BrowserWindow } from 'electron';
import type { AppPages } from './appPages';
import { secureContents } from './security';

/** The app's window: sandboxed, isolated, the preload's `window.dossier` its only way out. */
export function createWindow(pages: AppPages, preload: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Dossier',
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  secureContents(win.webContents, pages);
  void win.loadURL(pages.entry);
  return win;
}
