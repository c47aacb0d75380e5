import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { objectKlassEquals } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  $isSelectionCapturedInDecoratorInput,
  $parseSerializedNode,
  COMMAND_PRIORITY_LOW,
  isDOMNode,
  PASTE_COMMAND,
  PASTE_TAG,
  SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import { contentProblems } from '../../../../core/document/nodes';
import type { SerializedNode } from '../../../../shared/domain';
import { flattenDeepLists } from './listDepth';
import { LINK_URL, noteInlines, pastedBlocks, pastedNoteInlines, validNote } from './pasteBlocks';

/** What Lexical puts on the clipboard when copying from a Lexical editor. */
const LEXICAL_MIME = 'application/x-lexical-editor';

/** The namespaces of Dossier's editors: the text, a copied snippet's blocks, a footnote's text. */
const DOSSIER_NAMESPACES = new Set(['dossier', 'dossier-blocks', 'dossier-note']);

/**
 * What a paste goes into: `blocks`, an editor of blocks (the text, a copied snippet); `note`, a
 * footnote's text, which holds note content only (text, links, fields).
 */
export type PasteTarget = 'blocks' | 'note';

/** A copy from one of Dossier's editors, as Lexical wrote it on the clipboard. */
function dossierCopy(data: DataTransfer): { namespace: string; nodes: SerializedNode[] } | null {
  if (!data.types.includes(LEXICAL_MIME)) return null;
  try {
    const parsed = JSON.parse(data.getData(LEXICAL_MIME)) as {
      namespace?: unknown;
      nodes?: unknown;
    };
    if (typeof parsed.namespace !== 'string' || !DOSSIER_NAMESPACES.has(parsed.namespace)) {
      return null;
    }
    if (!Array.isArray(parsed.nodes)) return null;
    return { namespace: parsed.namespace, nodes: parsed.nodes as SerializedNode[] };
  } catch {
    // Not Lexical's JSON after all: treat the paste as any other.
    return null;
  }
}

/** Nodes copied from another of Dossier's editors, as an editor of blocks may take them. */
function copiedForBlocks(nodes: SerializedNode[]): SerializedNode[] | null {
  const flat = flattenDeepLists(nodes);
  // Checked as the format would: inlines (a part of one paragraph) in a paragraph, blocks at root.
  const blocks: SerializedNode[] = [];
  let run: SerializedNode[] = [];
  const flush = (): void => {
    if (run.length > 0) blocks.push({ type: 'paragraph', version: 1, children: run });
    run = [];
  };
  for (const node of flat) {
    if (
      ['text', 'tab', 'linebreak', 'link', 'live-field', 'citation', 'footnote'].includes(node.type)
    ) {
      run.push(node);
    } else {
      flush();
      blocks.push(node);
    }
  }
  flush();
  return contentProblems({ root: { type: 'root', children: blocks } }, 1).length === 0
    ? flat
    : null;
}

/**
 * Pasting from Word, LibreOffice, Google Docs, web pages and plain text: the clipboard becomes
 * blocks of the document format (pasteConvert.ts) before anything reaches the editor, so what
 * is pasted keeps its structure and nothing else, and Save never refuses it. Into a footnote's
 * text (`note`), the blocks become its lines, with only what a note may hold. A copy from
 * another of Dossier's editors (the text into a footnote, a footnote into a copied snippet)
 * keeps its fields, through the same rules. Runs above RichText's own paste
 * (COMMAND_PRIORITY_EDITOR), which would take the HTML as it comes.
 */
export function registerPaste(editor: LexicalEditor, target: PasteTarget = 'blocks'): () => void {
  return editor.registerCommand(
    PASTE_COMMAND,
    (event) => {
      if (!objectKlassEquals(event, ClipboardEvent)) return false;
      const data = (event as ClipboardEvent).clipboardData;
      if (data === null) return false;
      // Typing into an input inside a node (a citation's pinpoint): the browser's own paste.
      if (isDOMNode(event.target) && $isSelectionCapturedInDecoratorInput(event.target)) {
        return false;
      }
      const copy = dossierCopy(data);
      // A copy from this editor itself: Lexical's own import, with Dossier's node classes.
      if (copy !== null && copy.namespace === editor._config.namespace) return false;
      const selection = $getSelection();
      if (selection === null) return false;
      const html = data.getData('text/html');
      const plain = data.getData('text/plain');
      // A web address pasted over selected words: LinkPlugin makes them a link.
      if (
        html === '' &&
        $isRangeSelection(selection) &&
        !selection.isCollapsed() &&
        LINK_URL.test(plain.trim())
      ) {
        return false;
      }
      event.preventDefault();
      let nodes: SerializedNode[];
      if (target === 'note') {
        const copied = copy === null ? null : noteInlines(copy.nodes);
        nodes =
          copied !== null && copied.length > 0 && validNote(copied)
            ? copied
            : pastedNoteInlines(html, plain);
      } else {
        const copied = copy === null ? null : copiedForBlocks(copy.nodes);
        nodes = copied ?? pastedBlocks(html, plain);
      }
      if (nodes.length === 0) return true;
      editor.update(
        () => {
          const at = $getSelection();
          if (at === null) return;
          const made = nodes.map((node) => $parseSerializedNode(node));
          // A table pasted into a table selection fills its cells (TablePlugin); else inserted.
          if (
            target === 'note' ||
            !editor.dispatchCommand(SELECTION_INSERT_CLIPBOARD_NODES_COMMAND, {
              nodes: made,
              selection: at,
            })
          ) {
            at.insertNodes(made);
          }
        },
        // Its own undo entry, as Lexical gives its own paste.
        { tag: PASTE_TAG },
      );
      return true;
    },
    COMMAND_PRIORITY_LOW,
  );
}

/** Cleans what is pasted into the editor it stands in (see registerPaste). */
export function PastePlugin({ target = 'blocks' }: { target?: PasteTarget }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerPaste(editor, target), [editor, target]);
  return null;
}
