import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findCellNode, $insertTableRowAtNode, $isTableRowNode } from '@lexical/table';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_CRITICAL,
  KEY_TAB_COMMAND,
} from 'lexical';
import type { LexicalEditor } from 'lexical';
import { useEffect } from 'react';

/**
 * Tab in a table's last cell adds a row and goes to its first cell, as in Word (elsewhere in a
 * table, TablePlugin moves from cell to cell).
 */
export function registerTableTab(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_TAB_COMMAND,
    (event) => {
      if (event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return false;
      const selection = $getSelection();
      if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
      const cell = $findCellNode(selection.anchor.getNode());
      const row = cell?.getParent();
      if (cell == null || !$isTableRowNode(row)) return false;
      if (cell.getNextSibling() !== null || row.getNextSibling() !== null) return false;
      const added = $insertTableRowAtNode(cell, true);
      if (added === null) return false;
      event.preventDefault();
      added.getFirstDescendant()?.selectStart();
      return true;
    },
    COMMAND_PRIORITY_CRITICAL,
  );
}

export function TableTabPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerTableTab(editor), [editor]);
  return null;
}
