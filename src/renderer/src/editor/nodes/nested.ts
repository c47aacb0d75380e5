import {
  createEditor,
  type Klass,
  type LexicalEditor,
  type LexicalNode,
  type SerializedEditorState,
} from 'lexical';
import type { SerializedNode } from '../../../../shared/domain';
import { theme } from '../theme';

/**
 * The node classes nested editors know, given by all.ts when it loads (the node classes that
 * hold nested editors cannot import the list that holds them).
 */
let nodesOf: ((kind: 'all' | 'note') => Klass<LexicalNode>[]) | null = null;

export function provideNestedNodes(fn: (kind: 'all' | 'note') => Klass<LexicalNode>[]): void {
  nodesOf = fn;
}

function editorNodes(kind: 'all' | 'note' = 'all'): Klass<LexicalNode>[] {
  if (nodesOf === null)
    throw new Error('The editor nodes are not loaded (import editor/nodes/all).');
  return nodesOf(kind);
}

/**
 * The editors inside a node: a footnote's text, a copied snippet's blocks. Their content is the
 * node's `children` in the document format; the nested editor holds it under a root of its own.
 */

function onError(error: Error): void {
  throw error;
}

function stateOf(children: SerializedNode[]): SerializedEditorState {
  return {
    root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children },
  } as unknown as SerializedEditorState;
}

/** A nested editor holding blocks (a copied snippet's text). */
export function blocksEditor(children: SerializedNode[]): LexicalEditor {
  const editor = createEditor({
    namespace: 'dossier-blocks',
    nodes: editorNodes(),
    onError,
    theme,
  });
  if (children.length > 0) editor.setEditorState(editor.parseEditorState(stateOf(children)));
  return editor;
}

/**
 * A nested editor holding note content (a footnote's text): inline nodes, which an editor's root
 * cannot hold, so they stand in one paragraph there.
 */
export function noteEditor(children: SerializedNode[]): LexicalEditor {
  const editor = createEditor({
    namespace: NOTE_NAMESPACE,
    nodes: editorNodes('note'),
    onError,
    theme,
  });
  editor.setEditorState(
    editor.parseEditorState(stateOf([{ type: 'paragraph', version: 1, children }])),
  );
  return editor;
}

const NOTE_NAMESPACE = 'dossier-note';

/**
 * Whether this editor holds a note's text (text, links, fields: no blocks, no notes). Its class
 * list cannot tell: a nested composer takes on its parent's node classes.
 */
export function isNoteEditor(editor: LexicalEditor): boolean {
  return editor._config.namespace === NOTE_NAMESPACE;
}

/** The blocks a nested editor holds, as the document format writes them. */
export function blocksOf(editor: LexicalEditor): SerializedNode[] {
  return (editor.getEditorState().toJSON().root.children ?? []) as unknown as SerializedNode[];
}

/** The note content a note editor holds: its paragraphs' inlines, a line break between two. */
export function inlinesOf(editor: LexicalEditor): SerializedNode[] {
  const out: SerializedNode[] = [];
  blocksOf(editor).forEach((block, i) => {
    if (i > 0) out.push({ type: 'linebreak', version: 1 });
    out.push(...(block.children ?? []));
  });
  return out;
}
