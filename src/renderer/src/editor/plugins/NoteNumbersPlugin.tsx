import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $dfs } from '@lexical/utils';
import { useEffect } from 'react';
import { $isCitationNode } from '../nodes/CitationNode';
import { $isFootnoteNode } from '../nodes/FootnoteNode';

/** Numbers citations and footnotes together, in document order, as they will print. */
export function NoteNumbersPlugin({ onNumbers }: { onNumbers: (n: Map<string, number>) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let last = '';
    const count = (): void => {
      editor.getEditorState().read(() => {
        const numbers = new Map<string, number>();
        for (const { node } of $dfs()) {
          if ($isCitationNode(node) || $isFootnoteNode(node)) {
            numbers.set(node.getKey(), numbers.size + 1);
          }
        }
        const sig = [...numbers].map(([k, n]) => `${k}:${n}`).join(',');
        if (sig !== last) {
          last = sig;
          onNumbers(numbers);
        }
      });
    };
    count();
    return editor.registerUpdateListener(count);
  }, [editor, onNumbers]);
  return null;
}
