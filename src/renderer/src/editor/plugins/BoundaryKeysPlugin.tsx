import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getRoot,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import { isMac } from '../../app/commands';

/** Ctrl+Home/End (Cmd+↑/↓ on a Mac): which end of the text the key goes to, or null. */
function boundary(e: KeyboardEvent): 'start' | 'end' | null {
  if (e.altKey) return null;
  if (isMac ? e.metaKey && !e.ctrlKey : e.ctrlKey && !e.metaKey) {
    if (e.key === (isMac ? 'ArrowUp' : 'Home')) return 'start';
    if (e.key === (isMac ? 'ArrowDown' : 'End')) return 'end';
  }
  if (isMac && e.metaKey && (e.key === 'Home' || e.key === 'End'))
    return e.key === 'Home' ? 'start' : 'end';
  return null;
}

/**
 * In a text within the text (a copied snippet's own editor, a footnote's), Ctrl+Home and
 * Ctrl+End go to the start and end of that text, with Shift extending the selection, as in Word's
 * text boxes. Left to Chromium they would leave it for the start or end of the whole document.
 */
export function registerBoundaryKeys(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_DOWN_COMMAND,
    (e) => {
      const to = boundary(e);
      if (to === null) return false;
      e.preventDefault();
      editor.update(() => {
        const selection = $getSelection();
        const from = $isRangeSelection(selection) ? selection.anchor : null;
        const kept = from === null ? null : { key: from.key, offset: from.offset, type: from.type };
        const root = $getRoot();
        const moved = to === 'start' ? root.selectStart() : root.selectEnd();
        // Shift: the selection keeps its start and reaches to the edge.
        if (e.shiftKey && kept !== null) moved.anchor.set(kept.key, kept.offset, kept.type);
      });
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
}

export function BoundaryKeysPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerBoundaryKeys(editor), [editor]);
  return null;
}
