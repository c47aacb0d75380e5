import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
} from 'lexical';
import { useEffect } from 'react';
import { SNIPPET_DRAG_TYPE } from './LibraryPanel';

/** A snippet dragged from the library panel goes in where it is dropped (linked). */
export function SnippetDropPlugin({ onDrop }: { onDrop: (snippetId: string) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          DRAGOVER_COMMAND,
          (event) => {
            if (!event.dataTransfer?.types.includes(SNIPPET_DRAG_TYPE)) return false;
            event.preventDefault();
            event.dataTransfer.dropEffect = 'copy';
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DROP_COMMAND,
          (event) => {
            const id = event.dataTransfer?.getData(SNIPPET_DRAG_TYPE) ?? '';
            if (id === '') return false;
            event.preventDefault();
            const range = document.caretRangeFromPoint?.(event.clientX, event.clientY) ?? null;
            if (range !== null) {
              editor.update(() => {
                const selection = $createRangeSelection();
                selection.applyDOMRange(range);
                $setSelection(selection);
              });
            }
            onDrop(id);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor, onDrop],
  );
  return null;
}
