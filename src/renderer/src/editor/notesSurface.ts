import { createContext, useContext } from 'react';

/**
 * Where footnotes are edited when not in their popover: the notes pane. A note's editor has one
 * place on screen at a time (a Lexical editor has one root element), so while the pane is shown
 * a marker's click goes to the note in the pane instead of opening the popover.
 */
export interface NotesSurface {
  /** Shows the note of the footnote with this node key, its text focused. */
  reveal(nodeKey: string): void;
}

export const NotesSurfaceContext = createContext<{
  surface: NotesSurface | null;
  setSurface: (surface: NotesSurface | null) => void;
}>({ surface: null, setSurface: () => undefined });

/** The notes pane, while it is shown. */
export function useNotesSurface(): NotesSurface | null {
  return useContext(NotesSurfaceContext).surface;
}
