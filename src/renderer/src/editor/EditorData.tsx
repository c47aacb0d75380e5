import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { LexicalEditor } from 'lexical';
import { createContext, useContext } from 'react';
import type { SerializedNode } from '../../../shared/domain';

/**
 * What the editor's chips and frames show of the library: a live field's value as of the
 * document's date, a source's note, a snippet's current text. The screen that hosts the editor
 * provides it from the backend; without it the chips show what they are (the field's name).
 */
export interface EditorData {
  /** The document's as-of day, for the chips' title ("as of 26 May 2016"). */
  asOf: string | null;
  /** The printed text of a live field, or null while it is not known. */
  fieldText(field: string, caseId: string | null, personId: string | null): FieldValue | null;
  /** The note a citation prints, or null while it is not known. */
  sourceNote(sourceId: string, pinpoint: string | null): string | null;
  /** A snippet as the library has it now, or null while it is not known. */
  snippet(snippetId: string): SnippetView | null;
  /** The confirmed signatories' names, in print order. */
  signatories: readonly string[];
}

export interface FieldValue {
  text: string;
  /** False when the field cannot be filled in (it prints "[case.status: unresolved]"). */
  resolved: boolean;
}

export interface SnippetView {
  title: string;
  revision: number;
  updatedAt: string;
  content: { root: { children: SerializedNode[] } };
}

/** What an editor shows without the library (chips say what they are). */
export const NO_EDITOR_DATA: EditorData = {
  asOf: null,
  fieldText: () => null,
  sourceNote: () => null,
  snippet: () => null,
  signatories: [],
};

export const EditorDataContext = createContext<EditorData>(NO_EDITOR_DATA);

export function useEditorData(): EditorData {
  return useContext(EditorDataContext);
}

/**
 * Note numbers in document order (citations and footnotes together, those of the snippets
 * included), by `noteKey`: a node's key within its editor (a copied snippet has its own).
 */
export const NoteNumbersContext = createContext<ReadonlyMap<string, number>>(new Map());

export const noteKey = (editor: LexicalEditor, nodeKey: string): string =>
  `${editor.getKey()}/${nodeKey}`;

/** The number a note marker of this editor prints with. */
export function useNoteNumber(key: string): number | null {
  const [editor] = useLexicalComposerContext();
  return useContext(NoteNumbersContext).get(noteKey(editor, key)) ?? null;
}

/** The notes of a linked snippet, by the embed's `noteKey`: `linked:<editor>/<node>`. */
export const linkedNotesPrefix = (embedNoteKey: string): string => `linked:${embedNoteKey}`;

/** The `i`th note (0 first, in the snippet's text order) of a linked snippet. */
export const linkedNoteKey = (prefix: string, i: number): string => `${prefix}#${i}`;
