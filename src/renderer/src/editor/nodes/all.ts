import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { CitationNode } from './CitationNode';
import { FootnoteNode } from './FootnoteNode';
import { LiveFieldNode } from './LiveFieldNode';
import { provideNestedNodes } from './nested';
import { PageBreakNode } from './PageBreakNode';
import { SignatoryListNode } from './SignatoryListNode';
import { SnippetEmbedNode } from './SnippetEmbedNode';

/**
 * The node classes of the document format (docs/document-format.md): Lexical's own for the
 * ordinary nodes (paragraph, text, tab and line break are built in), Dossier's for the rest.
 * `note`: what a footnote's text may hold (no citation, no other note, no blocks beyond text).
 */
export function editorNodes(kind: 'all' | 'note' = 'all'): Klass<LexicalNode>[] {
  if (kind === 'note') return [LinkNode, LiveFieldNode];
  return [
    HeadingNode,
    QuoteNode,
    ListNode,
    ListItemNode,
    LinkNode,
    TableNode,
    TableRowNode,
    TableCellNode,
    LiveFieldNode,
    CitationNode,
    FootnoteNode,
    SnippetEmbedNode,
    PageBreakNode,
    SignatoryListNode,
  ];
}

provideNestedNodes(editorNodes);
