import { $getListDepth, $isListItemNode, $isListNode, ListItemNode, ListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_LOW,
  INDENT_CONTENT_COMMAND,
  KEY_TAB_COMMAND,
  OUTDENT_CONTENT_COMMAND,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { useEffect } from 'react';
import { useEditorNotice } from '../EditorNotice';
import { LIST_DEPTH_FLATTENED, LIST_DEPTH_REFUSED, MAX_LIST_DEPTH } from './listDepth';

/** The list items the selection touches. */
function $selectedItems(): ListItemNode[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const items = new Map<string, ListItemNode>();
  for (const node of [selection.anchor.getNode(), ...selection.getNodes()]) {
    const item = $getNearestNodeOfType(node, ListItemNode);
    if (item !== null) items.set(item.getKey(), item);
  }
  return [...items.values()];
}

/** The level a list item stands at (1 for a list of the text itself). */
function $level(item: ListItemNode): number {
  const list = item.getParent();
  return $isListNode(list) ? $getListDepth(list) : 0;
}

/** Whether the selection is in a list (indent and outdent apply to list items only). */
export function $isInList(): boolean {
  return $selectedItems().length > 0;
}

/** The outermost list a list belongs to. */
function $topList(list: ListNode): ListNode {
  let top = list;
  for (let n: LexicalNode | null = list.getParent(); n !== null; n = n.getParent()) {
    if ($isListNode(n)) top = n;
    else if (!$isListItemNode(n)) break;
  }
  return top;
}

/** The first list under `list` (itself included) nested deeper than MAX_LIST_DEPTH. */
function $tooDeep(list: ListNode, depth: number): ListNode | null {
  if (depth > MAX_LIST_DEPTH) return list;
  for (const item of list.getChildren()) {
    if (!$isListItemNode(item)) continue;
    for (const child of item.getChildren()) {
      if (!$isListNode(child)) continue;
      const deep = $tooDeep(child, depth + 1);
      if (deep !== null) return deep;
    }
  }
  return null;
}

/** Lifts the items of a list nested too deep to stand after the item that holds it. */
function $lift(list: ListNode): void {
  const holder = list.getParent();
  if (!$isListItemNode(holder)) return;
  let at: LexicalNode = holder;
  for (const item of list.getChildren()) {
    at.insertAfter(item);
    at = item;
  }
  list.remove();
  if (holder.getChildrenSize() === 0) holder.remove();
}

/**
 * Lists nest at most MAX_LIST_DEPTH levels: an indent past it is refused, with a notice; a list
 * that comes in deeper (a paste into a nested item, a drop) is flattened at that level. In a list
 * item, Tab indents and Shift+Tab outdents, as in Word and Google Docs.
 */
export function registerListDepth(
  editor: LexicalEditor,
  say: (message: string) => void,
): () => void {
  return mergeRegister(
    editor.registerCommand(
      INDENT_CONTENT_COMMAND,
      () => {
        const items = $selectedItems();
        if (items.some((item) => $level(item) >= MAX_LIST_DEPTH)) {
          say(LIST_DEPTH_REFUSED);
          return true;
        }
        return false;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      KEY_TAB_COMMAND,
      (event) => {
        // In a table, Tab moves between cells (TablePlugin, which runs first).
        if ($selectedItems().length === 0) return false;
        event.preventDefault();
        editor.dispatchCommand(
          event.shiftKey ? OUTDENT_CONTENT_COMMAND : INDENT_CONTENT_COMMAND,
          undefined,
        );
        return true;
      },
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerNodeTransform(ListNode, (list) => {
      const top = $topList(list);
      let flattened = false;
      for (let deep = $tooDeep(top, 1); deep !== null; deep = $tooDeep(top, 1)) {
        $lift(deep);
        flattened = true;
      }
      if (flattened) say(LIST_DEPTH_FLATTENED);
    }),
  );
}

/** Keeps the lists of the editor it stands in at most 9 levels deep (registerListDepth). */
export function ListDepthPlugin() {
  const [editor] = useLexicalComposerContext();
  const say = useEditorNotice();
  useEffect(() => registerListDepth(editor, say), [editor, say]);
  return null;
}
