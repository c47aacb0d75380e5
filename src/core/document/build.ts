import type { CaseStatus, RichContent } from '../../shared/domain';
import {
  BLOCK_TYPES,
  TEXT_FORMAT,
  type BlockType,
  type InlineType,
  type LiveFieldName,
  type NodeType,
  type NoteInlineType,
} from './nodes';
import type {
  SerializedCitationNode,
  SerializedFootnoteNode,
  SerializedHeadingNode,
  SerializedLineBreakNode,
  SerializedLinkNode,
  SerializedListItemNode,
  SerializedListNode,
  SerializedLiveFieldNode,
  SerializedNodes,
  SerializedPageBreakNode,
  SerializedParagraphNode,
  SerializedQuoteNode,
  SerializedSignatoryListNode,
  SerializedSnippetEmbedNode,
  SerializedTabNode,
  SerializedTableCellNode,
  SerializedTableNode,
  SerializedTableRowNode,
  SerializedTextNode,
} from './serialized';

/**
 * Builders for the document format (nodes.ts): each returns exactly the serialized shape the
 * renderer's node classes export, so templates, demo documents and tests read like the document
 * they describe:
 *
 *     doc(h1('Introduction'), p('Arrested on ', field('case.arrestDate', { caseId }), '.'))
 *
 * A string wherever an inline is expected is plain text. Pure; no validation beyond the types
 * (`contentProblems` checks the result).
 */

/** A serialized node of one type (or of any type): serialized.ts's shape for it. */
export type DocNode<T extends NodeType = NodeType> = SerializedNodes[T];

/** An inline argument of a builder: a node, or a string for plain text. */
export type Inline = DocNode<InlineType> | string;
/** What may stand inside a footnote or a link: inlines, but no notes within notes. */
export type NoteInline = DocNode<NoteInlineType> | string;
export type Block = DocNode<BlockType>;

const element = { direction: 'ltr', format: '', indent: 0 } as const;

export interface TextMarks {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
  subscript?: boolean;
  superscript?: boolean;
}

/** A text node; marks become Lexical's format bits. */
export function text(s: string, marks: TextMarks = {}): SerializedTextNode {
  let format = 0;
  for (const [mark, bit] of Object.entries(TEXT_FORMAT)) {
    if (marks[mark as keyof TextMarks] === true) format |= bit;
  }
  return { type: 'text', version: 1, text: s, format, style: '', mode: 'normal', detail: 0 };
}

export const bold = (s: string): SerializedTextNode => text(s, { bold: true });
export const italic = (s: string): SerializedTextNode => text(s, { italic: true });

/** A placeholder for the writer to fill in, as bracketed italic text: `ph('Name of the State')`. */
export function ph(hint: string): SerializedTextNode {
  return text(`[${hint}]`, { italic: true });
}

export function lineBreak(): SerializedLineBreakNode {
  return { type: 'linebreak', version: 1 };
}

export function tab(): SerializedTabNode {
  return { type: 'tab', version: 1, text: '\t', format: 0, style: '', mode: 'normal', detail: 0 };
}

function inline<T extends DocNode>(item: T | string): T | SerializedTextNode {
  return typeof item === 'string' ? text(item) : item;
}

/** A live field, resolved as of the document's date. */
export function field(
  name: LiveFieldName,
  refs: { caseId?: string | null; personId?: string | null } = {},
): SerializedLiveFieldNode {
  return {
    type: 'live-field',
    version: 1,
    field: name,
    caseId: refs.caseId ?? null,
    personId: refs.personId ?? null,
  };
}

/** A citation of a library source; it becomes a numbered note. */
export function cite(sourceId: string, pinpoint: string | null = null): SerializedCitationNode {
  return { type: 'citation', version: 1, sourceId, pinpoint };
}

/** A free-text numbered note. */
export function note(...children: NoteInline[]): SerializedFootnoteNode {
  return { type: 'footnote', version: 1, children: children.map(inline) };
}

export function link(url: string, ...children: NoteInline[]): SerializedLinkNode {
  return {
    type: 'link',
    version: 1,
    ...element,
    url,
    rel: null,
    target: null,
    title: null,
    children: children.length === 0 ? [text(url)] : children.map(inline),
  };
}

export function p(...children: Inline[]): SerializedParagraphNode {
  return {
    type: 'paragraph',
    version: 1,
    ...element,
    textFormat: 0,
    textStyle: '',
    children: children.map(inline),
  };
}

function heading(tag: 'h1' | 'h2' | 'h3', children: Inline[]): SerializedHeadingNode {
  return { type: 'heading', version: 1, ...element, tag, children: children.map(inline) };
}

export const h1 = (...children: Inline[]): SerializedHeadingNode => heading('h1', children);
export const h2 = (...children: Inline[]): SerializedHeadingNode => heading('h2', children);
export const h3 = (...children: Inline[]): SerializedHeadingNode => heading('h3', children);

export function quote(...children: Inline[]): SerializedQuoteNode {
  return { type: 'quote', version: 1, ...element, children: children.map(inline) };
}

/** A list item: one inline, several (`[…]`), or a nested list. */
export type ListEntry = Inline | Inline[] | SerializedListNode;

function list(listType: 'bullet' | 'number', items: ListEntry[], start = 1): SerializedListNode {
  return {
    type: 'list',
    version: 1,
    ...element,
    listType,
    start,
    tag: listType === 'bullet' ? 'ul' : 'ol',
    children: items.map((item, i): SerializedListItemNode => ({
      type: 'listitem',
      version: 1,
      ...element,
      value: start + i,
      children: (Array.isArray(item) ? item : [item]).map(inline),
    })),
  };
}

export const bullets = (...items: ListEntry[]): SerializedListNode => list('bullet', items);
export const numbered = (...items: ListEntry[]): SerializedListNode => list('number', items);

export type EmbedOptions = {
  revision?: number;
  insertedAt: string;
  /** The status of each case the snippet links to, as of `insertedAt`. */
  caseStatuses?: Record<string, CaseStatus>;
} & ({ mode?: 'linked' } | { mode: 'copied'; children: Block[] });

/** A snippet from the library: `linked` shows its latest revision, `copied` carries its own text. */
export function embed(snippetId: string, options: EmbedOptions): SerializedSnippetEmbedNode {
  return {
    type: 'snippet-embed',
    version: 1,
    snippetId,
    revision: options.revision ?? 1,
    mode: options.mode ?? 'linked',
    insertedAt: options.insertedAt,
    caseStatuses: { ...(options.caseStatuses ?? {}) },
    children: options.mode === 'copied' ? options.children : [],
  };
}

/** The document's signatories (confirmed ones), filled in on export. */
export function signatories(): SerializedSignatoryListNode {
  return { type: 'signatory-list', version: 1 };
}

export function pageBreak(): SerializedPageBreakNode {
  return { type: 'page-break', version: 1 };
}

/** A table cell: blocks, or one inline (or several, `[…]`) as a paragraph. */
export interface CellOptions {
  header?: boolean;
  colSpan?: number;
  rowSpan?: number;
}

export function cell(
  content: Block | Inline | Inline[],
  options: CellOptions = {},
): SerializedTableCellNode {
  const children =
    typeof content === 'string' || Array.isArray(content) || !isBlock(content)
      ? [p(...(Array.isArray(content) ? content : [content]))]
      : [content];
  return {
    type: 'tablecell',
    version: 1,
    ...element,
    headerState: options.header === true ? 1 : 0,
    colSpan: options.colSpan ?? 1,
    ...(options.rowSpan === undefined ? {} : { rowSpan: options.rowSpan }),
    children,
  };
}

/** A header cell (Lexical's row header bit). */
export const th = (content: Block | Inline | Inline[], options: Omit<CellOptions, 'header'> = {}) =>
  cell(content, { ...options, header: true });

export function row(...cells: SerializedTableCellNode[]): SerializedTableRowNode {
  return { type: 'tablerow', version: 1, ...element, children: cells };
}

export function table(...rows: SerializedTableRowNode[]): SerializedTableNode {
  return { type: 'table', version: 1, ...element, children: rows };
}

const BLOCKS = new Set<string>(BLOCK_TYPES);

function isBlock(node: DocNode): node is Block {
  return BLOCKS.has(node.type);
}

/** A whole document's content. */
export function doc(...children: Block[]): RichContent {
  return { root: { type: 'root', version: 1, ...element, children } };
}
