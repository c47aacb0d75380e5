import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $dfs, mergeRegister } from '@lexical/utils';
import { useEffect } from 'react';
import { $isCitationNode, CitationNode } from '../nodes/CitationNode';
import { $isFootnoteNode, FootnoteNode } from '../nodes/FootnoteNode';

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
    // Numbers change only when a note is put in, taken out or moved (each a mutation of the
    // note), not on every keystroke: counting walks the whole text.
    return mergeRegister(
      editor.registerMutationListener(CitationNode, count, { skipInitialization: true }),
      editor.registerMutationListener(FootnoteNode, count, { skipInitialization: true }),
    );
  }, [editor, onNumbers]);
  return null;
}
