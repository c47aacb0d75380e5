import type { CaseStatus, SerializedNode } from '../../shared/domain';
import type { BlockType, InlineType, LiveFieldName, NodeType, NoteInlineType } from './nodes';

/**
 * The serialized shape of each node of the document format (docs/document-format.md, sections 4
 * to 6): what the renderer's node classes export, what the builders (build.ts) return, what
 * `contentProblems` accepts. test/core/serialized.test.ts holds these types to the validation's
 * own (zod) types and to Lexical 0.52's serialized types, so a drift fails typecheck.
 *
 * The rules, for every node:
 * - **Dossier's fields** (the ones core reads) are typed as the validation checks them, required
 *   where Dossier's editor and builders always write them.
 * - **Lexical's own fields** (`direction`, `indent`, `textFormat`, `mode`, `detail`, `rel`…) are
 *   optional: Lexical writes them and core keeps them, but never reads them, and a file may leave
 *   them out.
 * - **Children** are any nodes, as in Lexical's own types: where a node may stand is checked by
 *   `contentProblems` by context, not by these types. The unions (`SerializedBlockNode`…) name what
 *   the format allows in each place, to narrow by `type`.
 * - **No node state**: Lexical's `"$"` (NodeState not configured flat) and `"$slots"` are refused
 *   by validation, and typed `never` here so that an `exportJSON` that would write them does not
 *   compile. Dossier's nodes keep their data in plain top-level fields.
 */

/** Expands an intersection into one object type, for readable hovers. */
type Flat<T> = { [K in keyof T]: T[K] } & {};

type Base<T extends NodeType> = {
  type: T;
  /** Lexical's (deprecated) schema version; Dossier writes `1`. */
  version?: number;
  /** Lexical NodeState not configured flat: not part of the format (docs, section 4). */
  $?: never;
  /** Lexical's experimental named slots: not part of the format. */
  $slots?: never;
};

/** Lexical's alignment of an element. */
export type ElementFormat = '' | 'left' | 'start' | 'center' | 'right' | 'end' | 'justify';

/** What Lexical's ElementNode writes; kept, not read. */
type ElementFields = {
  direction?: 'ltr' | 'rtl' | null;
  format?: ElementFormat;
  indent?: number;
  textFormat?: number;
  textStyle?: string;
};

type Element<T extends NodeType, Own = unknown> = Flat<
  Base<T> & ElementFields & Own & { children: SerializedNode[] }
>;

/** Lexical's text fields beyond Dossier's `text`, `format`, `style`; kept, not read. */
type TextFields = { mode?: 'normal' | 'token' | 'segmented'; detail?: number };

export type SerializedRootNode = Element<'root'>;
/** `format` is the alignment; only `center`, `right` and `justify` change the print. */
export type SerializedParagraphNode = Element<'paragraph'>;
export type SerializedHeadingNode = Element<'heading', { tag: 'h1' | 'h2' | 'h3' }>;
/** A quote holds inline text: Lexical's `shadowRoot` quotes (holding blocks) are refused. */
export type SerializedQuoteNode = Element<'quote', { shadowRoot?: false }>;
export type SerializedListNode = Element<
  'list',
  { listType: 'bullet' | 'number'; start: number; tag?: 'ul' | 'ol' }
>;
export type SerializedListItemNode = Element<'listitem', { value?: number; checked?: boolean }>;
export type SerializedLinkNode = Element<
  'link',
  { url: string; rel?: string | null; target?: string | null; title?: string | null }
>;
export type SerializedTextNode = Flat<
  Base<'text'> & TextFields & { text: string; format: number; style: string }
>;
/** Lexical writes a tab as a text node of `"\t"`; it prints as a space. */
export type SerializedTabNode = Flat<
  Base<'tab'> & TextFields & { text?: string; format?: number; style?: string }
>;
export type SerializedLineBreakNode = Flat<Base<'linebreak'>>;
export type SerializedTableNode = Element<
  'table',
  {
    colWidths?: readonly number[];
    rowStriping?: boolean;
    frozenColumnCount?: number;
    frozenRowCount?: number;
  }
>;
export type SerializedTableRowNode = Element<'tablerow', { height?: number }>;
export type SerializedTableCellNode = Element<
  'tablecell',
  {
    /** Lexical's header bits: 1 (row) or 3 (row and column) make a header cell. */
    headerState: number;
    /** Columns the cell spans, 1 to 63 (`MAX_COLSPAN`). */
    colSpan?: number;
    /** Rows the cell spans; the rows below have no cell where it stands. */
    rowSpan?: number;
    width?: number;
    backgroundColor?: string | null;
    verticalAlign?: string;
  }
>;

export type SerializedPageBreakNode = Flat<Base<'page-break'>>;
export type SerializedSignatoryListNode = Flat<Base<'signatory-list'>>;
/**
 * A snippet from the library. `children` is the copied text of a copied snippet, `[]` for a
 * linked one. An element-based class may also write Lexical's element fields.
 */
export type SerializedSnippetEmbedNode = Element<
  'snippet-embed',
  {
    snippetId: string;
    revision: number;
    mode: 'linked' | 'copied';
    /** `YYYY-MM-DD`. */
    insertedAt: string;
    /** The status of each linked case when the snippet was inserted (or last accepted). */
    caseStatuses: Record<string, CaseStatus>;
  }
>;
export type SerializedLiveFieldNode = Flat<
  Base<'live-field'> & { field: LiveFieldName; caseId: string | null; personId: string | null }
>;
export type SerializedCitationNode = Flat<
  Base<'citation'> & { sourceId: string; pinpoint: string | null }
>;
/** A note in the writer's own words; its children are note content. */
export type SerializedFootnoteNode = Element<'footnote'>;

/** Each node type's serialized shape, by type. */
export interface SerializedNodes {
  root: SerializedRootNode;
  paragraph: SerializedParagraphNode;
  heading: SerializedHeadingNode;
  quote: SerializedQuoteNode;
  list: SerializedListNode;
  listitem: SerializedListItemNode;
  link: SerializedLinkNode;
  text: SerializedTextNode;
  tab: SerializedTabNode;
  linebreak: SerializedLineBreakNode;
  table: SerializedTableNode;
  tablerow: SerializedTableRowNode;
  tablecell: SerializedTableCellNode;
  'page-break': SerializedPageBreakNode;
  'signatory-list': SerializedSignatoryListNode;
  'snippet-embed': SerializedSnippetEmbedNode;
  'live-field': SerializedLiveFieldNode;
  citation: SerializedCitationNode;
  footnote: SerializedFootnoteNode;
}

/** Any node of the format. */
export type SerializedDocumentNode = SerializedNodes[NodeType];
/** What may stand in the root, a table cell or a copied snippet (`BLOCK_TYPES`). */
export type SerializedBlockNode = SerializedNodes[BlockType];
/** What may stand in a paragraph, heading, quote or list item (`INLINE_TYPES`). */
export type SerializedInlineNode = SerializedNodes[InlineType];
/** Note content, in a footnote or a link (`NOTE_INLINE_TYPES`): no note within a note. */
export type SerializedNoteInlineNode = SerializedNodes[NoteInlineType];

/** A document's (or snippet's) content. */
export interface SerializedContent {
  root: SerializedRootNode;
}
