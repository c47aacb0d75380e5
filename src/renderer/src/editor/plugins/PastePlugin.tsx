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
import { LINK_URL, pastedBlocks } from './pasteBlocks';

/** What Lexical puts on the clipboard when copying from a Lexical editor. */
const LEXICAL_MIME = 'application/x-lexical-editor';

/**
 * Pasting from Word, LibreOffice, Google Docs, web pages and plain text: the clipboard becomes
 * blocks of the document format (pasteConvert.ts) before anything reaches the editor, so what
 * is pasted keeps its structure and nothing else, and Save never refuses it. Runs above
 * RichText's own paste (COMMAND_PRIORITY_EDITOR), which would take the HTML as it comes.
 */
export function registerPaste(editor: LexicalEditor): () => void {
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
      // A copy from this editor itself: Lexical's own import, with Dossier's node classes.
      if (data.types.includes(LEXICAL_MIME)) {
        try {
          const parsed = JSON.parse(data.getData(LEXICAL_MIME)) as { namespace?: unknown };
          if (parsed.namespace === editor._config.namespace) return false;
        } catch {
          // Not Lexical's JSON after all: treat the paste as any other.
        }
      }
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
      const blocks = pastedBlocks(html, plain);
      if (blocks.length === 0) return true;
      editor.update(
        () => {
          const at = $getSelection();
          if (at === null) return;
          const nodes = blocks.map((block) => $parseSerializedNode(block));
          // A table pasted into a table selection fills its cells (TablePlugin); else inserted.
          if (
            !editor.dispatchCommand(SELECTION_INSERT_CLIPBOARD_NODES_COMMAND, {
              nodes,
              selection: at,
            })
          ) {
            at.insertNodes(nodes);
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

export function PastePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerPaste(editor), [editor]);
  return null;
}
