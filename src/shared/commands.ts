/**
 * The app's commands, once: the Electron menu is built from this list, the Ctrl/Cmd+K palette
 * lists it, and Help shows its shortcuts. A command runs in the window; the menu sends its id
 * over COMMAND_CHANNEL.
 */
export interface Command {
  id: string;
  label: string;
  /** The menu it sits in (Electron's application menu). */
  menu: 'File' | 'Edit' | 'View' | 'Go' | 'Help';
  /** Electron accelerator syntax: `CmdOrCtrl+K`. The window reads it too (see `matchesShortcut`). */
  shortcut?: string;
  /** Words the palette also matches ("settings" finds "Backups & settings"). */
  keywords?: string;
}

export const COMMANDS = [
  { id: 'document.new', label: 'New document…', menu: 'File', shortcut: 'CmdOrCtrl+N' },
  { id: 'library.open', label: 'Open library…', menu: 'File', shortcut: 'CmdOrCtrl+O' },
  { id: 'library.import', label: 'Import…', menu: 'File', shortcut: 'CmdOrCtrl+Shift+I' },
  { id: 'library.export', label: 'Export library…', menu: 'File' },
  { id: 'library.backupNow', label: 'Back up now', menu: 'File', keywords: 'backup copy' },
  {
    id: 'library.lock',
    label: 'Lock',
    menu: 'File',
    shortcut: 'CmdOrCtrl+L',
    keywords: 'lock now',
  },
  {
    id: 'search.palette',
    label: 'Search and commands…',
    menu: 'Go',
    shortcut: 'CmdOrCtrl+K',
    keywords: 'find palette',
  },
  { id: 'go.persons', label: 'Persons', menu: 'Go', shortcut: 'CmdOrCtrl+1' },
  { id: 'go.cases', label: 'Cases', menu: 'Go', shortcut: 'CmdOrCtrl+2' },
  { id: 'go.snippets', label: 'Snippets', menu: 'Go', shortcut: 'CmdOrCtrl+3' },
  { id: 'go.sources', label: 'Sources', menu: 'Go', shortcut: 'CmdOrCtrl+4' },
  { id: 'go.organisations', label: 'Organisations', menu: 'Go', shortcut: 'CmdOrCtrl+5' },
  { id: 'go.documents', label: 'Documents', menu: 'Go', shortcut: 'CmdOrCtrl+6' },
  { id: 'go.forums', label: 'Forums & templates', menu: 'Go', shortcut: 'CmdOrCtrl+7' },
  {
    id: 'go.settings',
    label: 'Backups & settings',
    menu: 'Go',
    shortcut: 'CmdOrCtrl+8',
    keywords: 'backups restore passphrase encryption auto-lock',
  },
  { id: 'person.new', label: 'New person…', menu: 'File' },
  { id: 'case.new', label: 'New case…', menu: 'File' },
  { id: 'source.new', label: 'New source…', menu: 'File' },
  { id: 'organisation.new', label: 'New organisation…', menu: 'File' },
  { id: 'help.shortcuts', label: 'Keyboard shortcuts', menu: 'Help', shortcut: 'F1' },
] as const satisfies readonly Command[];

export type CommandId = (typeof COMMANDS)[number]['id'];

export function isCommandId(id: string): id is CommandId {
  return COMMANDS.some((c) => c.id === id);
}

/**
 * Whether a key event matches an accelerator (`CmdOrCtrl+Shift+K`): CmdOrCtrl is Cmd on a Mac,
 * Ctrl elsewhere.
 */
export function matchesShortcut(
  shortcut: string,
  e: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean },
  mac: boolean,
): boolean {
  const parts = shortcut.split('+');
  const key = parts.at(-1) ?? '';
  const want = new Set(parts.slice(0, -1));
  const primary = mac ? e.metaKey : e.ctrlKey;
  return (
    e.key.toLowerCase() === key.toLowerCase() &&
    want.has('CmdOrCtrl') === primary &&
    want.has('Shift') === e.shiftKey &&
    want.has('Alt') === e.altKey &&
    (mac ? want.has('Ctrl') === e.ctrlKey : true)
  );
}

/** A shortcut as people read it: "Ctrl+K", or "⌘K" on a Mac. */
export function shortcutLabel(shortcut: string, mac: boolean): string {
  if (!mac) return shortcut.replace('CmdOrCtrl', 'Ctrl');
  return shortcut
    .replace('CmdOrCtrl+', '⌘')
    .replace('Shift+', '⇧')
    .replace('Alt+', '⌥')
    .replace('Ctrl+', '⌃');
}
