/**
 * Ctrl/Cmd+K, in the text only: the palette has Ctrl/Cmd+K everywhere else. The editor takes the
 * key first and marks it handled (preventDefault, stopPropagation), so neither the window's
 * shortcut listener (browser) nor the Electron menu's accelerator (which only sees keys the page
 * left unhandled) opens the palette as well.
 */
export const LINK_SHORTCUT = 'CmdOrCtrl+K';

/**
 * The editor's own keys, as Help → Keyboard shortcuts lists them (in the shortcut notation of
 * src/shared/commands.ts). The toolbar's buttons say the same in their titles.
 */
export const EDITOR_SHORTCUTS: readonly { label: string; shortcut: string }[] = [
  { label: 'Save the document or snippet', shortcut: 'CmdOrCtrl+S' },
  { label: 'Undo', shortcut: 'CmdOrCtrl+Z' },
  { label: 'Redo', shortcut: 'CmdOrCtrl+Shift+Z' },
  { label: 'Bold', shortcut: 'CmdOrCtrl+B' },
  { label: 'Italic', shortcut: 'CmdOrCtrl+I' },
  { label: 'Underline', shortcut: 'CmdOrCtrl+U' },
  { label: 'Link', shortcut: LINK_SHORTCUT },
  { label: 'Cite a source', shortcut: 'CmdOrCtrl+Shift+C' },
  { label: 'Indent a list item; next table cell', shortcut: 'Tab' },
  { label: 'Outdent a list item; previous table cell', shortcut: 'Shift+Tab' },
];
