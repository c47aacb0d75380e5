import {
  $createNodeSelection,
  $getNodeByKey,
  $getRoot,
  $isDecoratorNode,
  $isElementNode,
  $setSelection,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';

/**
 * The node at a place preflight names (`root.children[3].children[0]`): the editor's tree has
 * the document format's shape, so the indices lead to it. Null when the place is not in the
 * main text (inside a footnote's or a copied snippet's own editor, the deepest node outside it).
 */
function $nodeAt(place: string): LexicalNode | null {
  const steps = [...place.matchAll(/children\[(\d+)\]/g)].map((m) => Number(m[1]));
  let node: LexicalNode = $getRoot();
  for (const i of steps) {
    if (!$isElementNode(node)) break;
    const next: LexicalNode | undefined = node.getChildren()[i];
    if (next === undefined) break;
    node = next;
  }
  return node === $getRoot() ? null : node;
}

/** Puts the cursor at a place in the text, scrolls to it and marks it for a moment. */
export function jumpTo(editor: LexicalEditor, place: string): boolean {
  let key: string | null = null;
  editor.getEditorState().read(() => {
    key = $nodeAt(place)?.getKey() ?? null;
  });
  return key !== null && jumpToNode(editor, key);
}

/** Puts the cursor at a node (a unit such as a note marker: selects it), scrolls to it, marks it. */
export function jumpToNode(editor: LexicalEditor, key: string): boolean {
  let found = false;
  editor.update(() => {
    const node = $getNodeByKey(key);
    if (node === null) return;
    found = true;
    if ($isDecoratorNode(node)) {
      const s = $createNodeSelection();
      s.add(node.getKey());
      $setSelection(s);
    } else if ($isElementNode(node)) {
      node.selectStart();
    } else {
      node.selectPrevious?.();
    }
  });
  if (!found) return false;
  const element = editor.getElementByKey(key);
  if (element !== null) {
    element.scrollIntoView({ block: 'center' });
    element.classList.add('ed-jumped');
    window.setTimeout(() => element.classList.remove('ed-jumped'), 2000);
  }
  editor.focus();
  return true;
}
