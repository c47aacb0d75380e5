import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, SKIP_SCROLL_INTO_VIEW_TAG, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';

/**
 * Blocks out of view are not laid out (`content-visibility: auto`, Editor.css), and a block just
 * put in has its stand-in height until the next frame. Lexical scrolls the caret into view at
 * once, with that height: after a snippet, a paste or an undo that adds blocks it can leave the
 * caret below the window. Once the new blocks have their size, the caret is brought into view
 * again (nothing moves when it is already in view).
 */
export function registerFollowCaret(editor: LexicalEditor): () => void {
  let frame = 0;
  const unregister = editor.registerUpdateListener(({ editorState, prevEditorState, tags }) => {
    if (tags.has(SKIP_SCROLL_INTO_VIEW_TAG)) return;
    const blocks = editorState.read(() => $getRoot().getChildrenSize());
    const before = prevEditorState.read(() => $getRoot().getChildrenSize());
    if (blocks <= before) return;
    cancelAnimationFrame(frame);
    // The frame after the next: in the next one, the blocks near the window get their size.
    frame = requestAnimationFrame(() => (frame = requestAnimationFrame(follow)));
  });
  const follow = (): void => {
    const root = editor.getRootElement();
    const selection = window.getSelection();
    const at = selection?.rangeCount ? selection.getRangeAt(0).endContainer : null;
    if (root === null || at === null || !root.contains(at) || document.activeElement !== root)
      return;
    const element = at instanceof Element ? at : at.parentElement;
    element?.scrollIntoView({ block: 'nearest' });
  };
  return () => {
    cancelAnimationFrame(frame);
    unregister();
  };
}

export function FollowCaretPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerFollowCaret(editor), [editor]);
  return null;
}
