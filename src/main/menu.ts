import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { COMMAND_CHANNEL } from '../shared/client';
import { COMMANDS, type Command, type CommandId } from '../shared/commands';

/** Sends a command to the window, which runs it as the palette would. */
export function sendCommand(id: CommandId, target?: BrowserWindow | null): void {
  const win = target ?? BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  win?.webContents.send(COMMAND_CHANNEL, id);
}

function commandItems(menu: Command['menu']): MenuItemConstructorOptions[] {
  return COMMANDS.filter((c: Command) => c.menu === menu).map((c) => ({
    id: c.id,
    label: c.label,
    ...('shortcut' in c ? { accelerator: c.shortcut } : {}),
    click: (_item, win) => sendCommand(c.id, win instanceof BrowserWindow ? win : null),
  }));
}

export interface MenuOptions {
  /** Developing (the dev server): offer reload and the developer tools. */
  dev: boolean;
  platform: NodeJS.Platform;
}

/**
 * The application menu: the app's commands (shared/commands.ts, the palette's list) in their
 * menus, with the platform's own roles for editing, zoom, windows and quitting.
 */
export function menuTemplate({ dev, platform }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    ...(dev
      ? ([
          { role: 'reload' },
          { role: 'forceReload' },
          // F12: Ctrl+Shift+I is Import….
          { role: 'toggleDevTools', accelerator: 'F12' },
          { type: 'separator' },
        ] satisfies MenuItemConstructorOptions[])
      : []),
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...(mac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: 'File',
      submenu: [
        ...commandItems('File'),
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        ...commandItems('Edit'),
      ],
    },
    { label: 'View', submenu: [...view, ...commandItems('View')] },
    { label: 'Go', submenu: commandItems('Go') },
    { role: 'windowMenu' },
    { role: 'help', submenu: commandItems('Help') },
  ];
}

export function installMenu(options: MenuOptions): Menu {
  const menu = Menu.buildFromTemplate(menuTemplate(options));
  Menu.setApplicationMenu(menu);
  return menu;
}
