import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, $isElementNode, type ElementNode, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import type { SerializedNode } from '../../../../shared/domain';
import { linkedNoteKey, linkedNotesPrefix, noteKey, useEditorData } from '../EditorData';
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
    // A copied snippet's own editor: a note put in or taken out there renumbers the rest too.
    const copies = new Map<LexicalEditor, () => void>();
    const listen = (copy: LexicalEditor): void => {
      if (copies.has(copy)) return;
      const again = { skipInitialization: true };
      copies.set(
        copy,
        mergeRegister(
          copy.registerMutationListener(CitationNode, count, again),
          copy.registerMutationListener(FootnoteNode, count, again),
        ),
      );
    };
    function count(): void {
      const numbers = new Map<string, number>();
      const seen = new Set<LexicalEditor>();
      let n = 0;
      // A linked snippet's text: its notes are numbered by `linkedNoteKey` (ContentView shows
      // them); those of a snippet linked within it count, unnumbered on screen.
      const inText = (
        nodes: readonly SerializedNode[],
        depth: number,
        own: { prefix: string; i: number } | null,
      ): void => {
        for (const node of nodes) {
          if (node.type === 'citation' || node.type === 'footnote') {
            n += 1;
            if (own !== null) numbers.set(linkedNoteKey(own.prefix, own.i++), n);
          } else if (node.type === 'snippet-embed' && node.mode === 'linked' && depth < 8) {
            const s = data.snippet(String(node.snippetId));
            if (s !== null) inText(s.content.root.children, depth + 1, null);
          } else if (node.children !== undefined) inText(node.children, depth, own);
        }
      };
      const inEditor = (ed: LexicalEditor): void => {
        // Depth first, in document order, by the nodes' own links (no list of every node made:
        // a long text has tens of thousands).
        const within = (parent: ElementNode): void => {
          for (let node = parent.getFirstChild(); node !== null; node = node.getNextSibling()) {
            if ($isCitationNode(node) || $isFootnoteNode(node)) {
              numbers.set(noteKey(ed, node.getKey()), ++n);
            } else if ($isSnippetEmbedNode(node)) {
              const copy = node.copyEditor();
              if (copy !== null) {
                seen.add(copy);
                listen(copy);
                inEditor(copy);
              } else {
                const s = data.snippet(node.embed().snippetId);
                const prefix = linkedNotesPrefix(noteKey(ed, node.getKey()));
                if (s !== null) inText(s.content.root.children, 1, { prefix, i: 0 });
              }
            } else if ($isElementNode(node)) within(node);
          }
        };
        ed.getEditorState().read(() => within($getRoot()));
      };
      inEditor(editor);
      // A copy taken out of the text (or turned back into a link) is no longer listened to.
      for (const [copy, stop] of copies)
        if (!seen.has(copy)) {
          stop();
          copies.delete(copy);
        }
      const sig = [...numbers].map(([k, v]) => `${k}:${v}`).join(',');
      if (sig !== last) {
        last = sig;
        onNumbers(numbers);
      }
    }
    count();
    // Numbers change only when a note or a snippet is put in, taken out or moved (each a mutation
    // of that node), not on every keystroke: counting walks the whole text.
    const again = { skipInitialization: true };
    return mergeRegister(
      editor.registerMutationListener(CitationNode, count, again),
      editor.registerMutationListener(FootnoteNode, count, again),
      editor.registerMutationListener(SnippetEmbedNode, count, again),
      () => {
        for (const stop of copies.values()) stop();
      },
    );
  }, [editor, onNumbers, data]);
  return null;
}
