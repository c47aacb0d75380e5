/**
 * A small stand-in for the `electron` module (the one mock the project allows: the binary
 * cannot run here). Tests load it with `vi.mock('electron', () => import('./fakeElectron'))`
 * and drive the real main-process and preload code through it; `fake` records what that code
 * asked of Electron and holds the answers the dialogs give.
 */
import { EventEmitter } from 'node:events';

type Handler = (event: FakeInvokeEvent, ...args: unknown[]) => unknown;

export interface FakeInvokeEvent {
  sender: FakeWebContents;
  senderFrame: { url: string } | null;
}

export class FakeWebContents extends EventEmitter {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  reloads = 0;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  reload(): void {
    this.reloads += 1;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class BrowserWindow extends EventEmitter {
  static windows: BrowserWindow[] = [];
  static focused: BrowserWindow | null = null;
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.windows;
  }
  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.focused;
  }
  static fromWebContents(contents: unknown): BrowserWindow | null {
    return BrowserWindow.windows.find((w) => w.webContents === contents) ?? null;
  }
  readonly webContents = new FakeWebContents();
  loaded: string | null = null;
  constructor(readonly options: unknown = {}) {
    super();
    BrowserWindow.windows.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loaded = url;
    return Promise.resolve();
  }
  show(): void {}
}

interface DialogResult {
  canceled: boolean;
  filePath?: string;
  filePaths?: string[];
}

class FakeChild extends EventEmitter {
  readonly messages: unknown[] = [];
  killed = false;
  constructor(
    readonly script: string,
    readonly args: string[],
  ) {
    super();
  }
  postMessage(message: unknown): void {
    this.messages.push(message);
    fake.onChildMessage?.(this, message);
  }
  kill(): boolean {
    this.killed = true;
    this.emit('exit', 0);
    return true;
  }
}

export const fake = {
  handlers: new Map<string, Handler>(),
  /** What the next save / open dialogs answer: a path, or null for Cancel. */
  savePaths: [] as (string | null)[],
  openPaths: [] as (string | null)[],
  dialogCalls: [] as { kind: 'save' | 'open'; options: Record<string, unknown> }[],
  shellCalls: [] as { fn: string; arg: string }[],
  appMenu: null as unknown,
  exposed: new Map<string, unknown>(),
  invoked: [] as { channel: string; args: unknown[] }[],
  rendererEvents: new EventEmitter(),
  children: [] as FakeChild[],
  onChildMessage: null as ((child: FakeChild, message: unknown) => void) | null,
  reset(): void {
    fake.handlers.clear();
    fake.savePaths = [];
    fake.openPaths = [];
    fake.dialogCalls = [];
    fake.shellCalls = [];
    fake.appMenu = null;
    fake.invoked = [];
    fake.rendererEvents.removeAllListeners();
    fake.children = [];
    fake.onChildMessage = null;
    BrowserWindow.windows = [];
    BrowserWindow.focused = null;
  },
  /** Calls an `ipcMain.handle` handler as a message from a frame at `url` would. */
  async invoke(channel: string, url: string | null, ...args: unknown[]): Promise<unknown> {
    const handler = fake.handlers.get(channel);
    if (handler === undefined) throw new Error(`no handler on ${channel}`);
    const win = BrowserWindow.windows[0] ?? new BrowserWindow();
    return handler(
      { sender: win.webContents, senderFrame: url === null ? null : { url } },
      ...args,
    );
  },
};

export const ipcMain = {
  handle(channel: string, handler: Handler): void {
    if (fake.handlers.has(channel)) throw new Error(`a second handler on ${channel}`);
    fake.handlers.set(channel, handler);
  },
};

function lastArg(args: unknown[]): Record<string, unknown> {
  return (args.at(-1) ?? {}) as Record<string, unknown>;
}

export const dialog = {
  async showSaveDialog(...args: unknown[]): Promise<DialogResult> {
    fake.dialogCalls.push({ kind: 'save', options: lastArg(args) });
    const path = fake.savePaths.shift() ?? null;
    return path === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: path };
  },
  async showOpenDialog(...args: unknown[]): Promise<DialogResult> {
    fake.dialogCalls.push({ kind: 'open', options: lastArg(args) });
    const path = fake.openPaths.shift() ?? null;
    return path === null
      ? { canceled: true, filePaths: [] }
      : { canceled: false, filePaths: [path] };
  },
};

export const shell = {
  showItemInFolder(path: string): void {
    fake.shellCalls.push({ fn: 'showItemInFolder', arg: path });
  },
  async openPath(path: string): Promise<string> {
    fake.shellCalls.push({ fn: 'openPath', arg: path });
    return '';
  },
  async openExternal(url: string): Promise<void> {
    fake.shellCalls.push({ fn: 'openExternal', arg: url });
  },
};

export const Menu = {
  buildFromTemplate(template: unknown[]): { items: unknown[] } {
    return { items: template };
  },
  setApplicationMenu(menu: unknown): void {
    fake.appMenu = menu;
  },
};

export const utilityProcess = {
  fork(script: string, args: string[]): FakeChild {
    const child = new FakeChild(script, args);
    fake.children.push(child);
    return child;
  },
};

export const app = {
  getPath: () => '/nonexistent-user-data',
  getAppPath: () => '/nonexistent-app',
  whenReady: () => new Promise<void>(() => {}),
  requestSingleInstanceLock: () => true,
  on: () => app,
  quit: () => {},
};

export const session = {
  defaultSession: {
    webRequest: { onBeforeRequest: () => {}, onHeadersReceived: () => {} },
    setPermissionRequestHandler: () => {},
    setPermissionCheckHandler: () => {},
  },
};

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    fake.exposed.set(key, api);
  },
};

export const ipcRenderer = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    fake.invoked.push({ channel, args });
    return Promise.resolve({ channel, args });
  },
  on(channel: string, listener: (...args: unknown[]) => void): void {
    fake.rendererEvents.on(channel, listener);
  },
  removeListener(channel: string, listener: (...args: unknown[]) => void): void {
    fake.rendererEvents.removeListener(channel, listener);
  },
};
