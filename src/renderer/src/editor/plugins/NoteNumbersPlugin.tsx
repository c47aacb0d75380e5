import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $dfs, mergeRegister } from '@lexical/utils';
import type { LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import type { SerializedNode } from '../../../../shared/domain';
import { noteKey, useEditorData } from '../EditorData';
import { $isCitationNode, CitationNode } from '../nodes/CitationNode';
import { $isFootnoteNode, FootnoteNode } from '../nodes/FootnoteNode';
import { $isSnippetEmbedNode, SnippetEmbedNode } from '../nodes/SnippetEmbedNode';

/**
 * Numbers citations and footnotes together, in document order, as they will print: the notes of
 * a linked snippet (its library text, as the preview has it) and of a copied one count where the
 * snippet stands.
 */
export function NoteNumbersPlugin({ onNumbers }: { onNumbers: (n: Map<string, number>) => void }) {
  const [editor] = useLexicalComposerContext();
  const data = useEditorData();
  useEffect(() => {
    let last = '';
    const count = (): void => {
      const numbers = new Map<string, number>();
      let n = 0;
      // A linked snippet's text: its notes count, though they have no marker here to number.
      const inText = (nodes: readonly SerializedNode[], depth: number): void => {
        for (const node of nodes) {
          if (node.type === 'citation' || node.type === 'footnote') n += 1;
          else if (node.type === 'snippet-embed' && node.mode === 'linked' && depth < 8) {
            const s = data.snippet(String(node.snippetId));
            if (s !== null) inText(s.content.root.children, depth + 1);
          } else if (node.children !== undefined) inText(node.children, depth);
        }
      };
      const inEditor = (ed: LexicalEditor): void => {
        ed.getEditorState().read(() => {
          for (const { node } of $dfs()) {
            if ($isCitationNode(node) || $isFootnoteNode(node)) {
              numbers.set(noteKey(ed, node.getKey()), ++n);
            } else if ($isSnippetEmbedNode(node)) {
              const copy = node.copyEditor();
              if (copy !== null) inEditor(copy);
              else {
                const s = data.snippet(node.embed().snippetId);
                if (s !== null) inText(s.content.root.children, 1);
              }
            }
          }
        });
      };
      inEditor(editor);
      const sig = [...numbers].map(([k, v]) => `${k}:${v}`).join(',');
      if (sig !== last) {
        last = sig;
        onNumbers(numbers);
      }
    };
    count();
    // Numbers change only when a note or a snippet is put in, taken out or moved (each a mutation
    // of that node), not on every keystroke: counting walks the whole text.
    const again = { skipInitialization: true };
    return mergeRegister(
      editor.registerMutationListener(CitationNode, count, again),
      editor.registerMutationListener(FootnoteNode, count, again),
      editor.registerMutationListener(SnippetEmbedNode, count, again),
    );
  }, [editor, onNumbers, data]);
  return null;
}
