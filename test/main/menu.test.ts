import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installMenu } from '../../src/main/menu';
import { COMMAND_CHANNEL } from '../../src/shared/client';
import { COMMANDS } from '../../src/shared/commands';
import { BrowserWindow, fake } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

type Item = MenuItemConstructorOptions;

function topMenus(): Item[] {
  installMenu({ dev: false, platform: 'linux' });
  return (fake.appMenu as { items: Item[] }).items;
}

function submenu(menus: Item[], label: string): Item[] {
  const menu = menus.find((m) => m.label === label || m.role === label);
  if (menu === undefined) throw new Error(`no ${label} menu`);
  return menu.submenu as Item[];
}

beforeEach(() => fake.reset());

describe('the application menu', () => {
  it('holds every command in its menu, with its shortcut as the accelerator', () => {
    const menus = topMenus();
    for (const command of COMMANDS) {
      const items = submenu(menus, command.menu === 'Help' ? 'help' : command.menu);
      const item = items.find((i) => i.id === command.id);
      expect(item, command.id).toBeDefined();
      expect(item?.label).toBe(command.label);
      expect(item?.accelerator).toBe('shortcut' in command ? command.shortcut : undefined);
    }
    expect(submenu(menus, 'File').map((i) => i.label ?? i.role ?? i.type)).toEqual([
      ...COMMANDS.filter((c) => c.menu === 'File').map((c) => c.label),
      'separator',
      'quit',
    ]);
  });

  it('sends the command to the focused window when clicked', () => {
    const items = submenu(topMenus(), 'File');
    const other = new BrowserWindow();
    const focused = new BrowserWindow();
    BrowserWindow.focused = focused;
    const open = items.find((i) => i.id === 'library.open');
    open?.click?.({} as never, undefined, {} as never);
    expect(focused.webContents.sent).toEqual([
      { channel: COMMAND_CHANNEL, args: ['library.open'] },
    ]);
    expect(other.webContents.sent).toEqual([]);

    const palette = submenu(topMenus(), 'Go').find((i) => i.id === 'search.palette');
    palette?.click?.({} as never, other as never, {} as never);
    expect(other.webContents.sent).toEqual([
      { channel: COMMAND_CHANNEL, args: ['search.palette'] },
    ]);
  });

  it('has the platform’s roles; reload and developer tools only while developing', () => {
    const menus = topMenus();
    expect(
      submenu(menus, 'Edit')
        .map((i) => i.role)
        .filter(Boolean),
    ).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    const view = submenu(menus, 'View').map((i) => i.role);
    expect(view).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']));
    expect(view).not.toContain('reload');
    expect(view).not.toContain('toggleDevTools');
    expect(menus.map((m) => m.role).filter(Boolean)).toEqual(['windowMenu', 'help']);

    installMenu({ dev: true, platform: 'darwin' });
    const dev = (fake.appMenu as { items: Item[] }).items;
    expect(dev[0]?.role).toBe('appMenu');
    expect(submenu(dev, 'View').map((i) => i.role)).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
    // No two items of the menu answer the same keys.
    const accelerators = dev
      .flatMap((m) => (m.submenu as Item[] | undefined) ?? [])
      .map((i) => i.accelerator)
      .filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});
