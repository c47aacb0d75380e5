import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { COMMANDS, matchesShortcut, type CommandId } from '../../../shared/commands';
import { navigate } from './location';

export const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

export type Runners = Partial<Record<CommandId, () => void>>;

interface CommandState {
  run: (id: CommandId) => void;
  /** The commands that can run now, for the palette and Help. */
  available: readonly (typeof COMMANDS)[number][];
  paletteOpen: boolean;
  setPaletteOpen: (open: boolean) => void;
  shortcutsOpen: boolean;
  setShortcutsOpen: (open: boolean) => void;
}

const Ctx = createContext<CommandState | null>(null);

export function useCommands(): CommandState {
  const state = useContext(Ctx);
  if (state === null) throw new Error('useCommands outside CommandProvider');
  return state;
}

const GO: Partial<Record<CommandId, string>> = {
  'go.persons': '/persons',
  'go.cases': '/cases',
  'go.snippets': '/snippets',
  'go.sources': '/sources',
  'go.organisations': '/organisations',
  'go.documents': '/documents',
  'go.forums': '/forums',
  'go.settings': '/settings',
  'person.new': '/persons/new',
  'case.new': '/cases/new',
  'source.new': '/sources/new',
  'organisation.new': '/organisations/new',
  'document.new': '/documents?new=1',
};

/**
 * The app's commands in one place: the palette lists them, their shortcuts work anywhere in
 * the window, and the Electron menu sends their ids (COMMAND_CHANNEL).
 */
export function CommandProvider({ runners, children }: { runners: Runners; children: ReactNode }) {
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const state = useMemo<CommandState>(() => {
    const all: Runners = {
      ...Object.fromEntries(Object.entries(GO).map(([id, to]) => [id, () => navigate(to)])),
      'search.palette': () => setPaletteOpen(true),
      'help.shortcuts': () => setShortcutsOpen(true),
      ...runners,
    };
    return {
      run: (id) => all[id]?.(),
      available: COMMANDS.filter((c) => all[c.id] !== undefined),
      paletteOpen,
      setPaletteOpen,
      shortcutsOpen,
      setShortcutsOpen,
    };
  }, [runners, paletteOpen, shortcutsOpen]);

  useEffect(() => {
    // In Electron the application menu owns the shortcuts (its accelerators send the command
    // through onCommand): handling the key here too would run it twice.
    if ((window as { dossier?: { onCommand?: unknown } }).dossier?.onCommand !== undefined) return;
    const onKey = (e: KeyboardEvent): void => {
      for (const c of state.available) {
        if ('shortcut' in c && c.shortcut && matchesShortcut(c.shortcut, e, isMac)) {
          e.preventDefault();
          state.run(c.id);
          return;
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [state]);

  useEffect(() => {
    const door = (window as { dossier?: { onCommand?: (cb: (id: string) => void) => () => void } })
      .dossier;
    return door?.onCommand?.((id) => {
      if (COMMANDS.some((c) => c.id === id)) state.run(id as CommandId);
    });
  }, [state]);

  return <Ctx.Provider value={state}>{children}</Ctx.Provider>;
}
