import type { CaseStatus, RichContent, SerializedNode } from '../../shared/domain';
import { TEXT_FORMAT, type LiveFieldName } from './nodes';

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

/** A serialized node of one type. */
export interface DocNode<T extends string = string> extends SerializedNode {
  type: T;
  version: 1;
}

export type InlineType =
  'text' | 'tab' | 'linebreak' | 'link' | 'live-field' | 'citation' | 'footnote';
/** What may stand inside a footnote or a link: inlines, but no notes within notes. */
export type NoteInlineType = Exclude<InlineType, 'citation' | 'footnote'>;
export type BlockType =
  | 'paragraph'
  | 'heading'
  | 'quote'
  | 'list'
  | 'table'
  | 'page-break'
  | 'signatory-list'
  | 'snippet-embed';

export type Inline = DocNode<InlineType> | string;
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
export function text(s: string, marks: TextMarks = {}): DocNode<'text'> {
  let format = 0;
  for (const [mark, bit] of Object.entries(TEXT_FORMAT)) {
    if (marks[mark as keyof TextMarks] === true) format |= bit;
  }
  return { type: 'text', version: 1, text: s, format, style: '', mode: 'normal', detail: 0 };
}

export const bold = (s: string): DocNode<'text'> => text(s, { bold: true });
export const italic = (s: string): DocNode<'text'> => text(s, { italic: true });

/** A placeholder for the writer to fill in, as bracketed italic text: `ph('Name of the State')`. */
export function ph(hint: string): DocNode<'text'> {
  return text(`[${hint}]`, { italic: true });
}

export function lineBreak(): DocNode<'linebreak'> {
  return { type: 'linebreak', version: 1 };
}

export function tab(): DocNode<'tab'> {
  return { type: 'tab', version: 1, text: '\t', format: 0, style: '', mode: 'normal', detail: 0 };
}

function inline<T extends string>(item: DocNode<T> | string): DocNode<T | 'text'> {
  return typeof item === 'string' ? text(item) : item;
}

/** A live field, resolved as of the document's date. */
export function field(
  name: LiveFieldName,
  refs: { caseId?: string | null; personId?: string | null } = {},
): DocNode<'live-field'> {
  return {
    type: 'live-field',
    version: 1,
    field: name,
    caseId: refs.caseId ?? null,
    personId: refs.personId ?? null,
  };
}

/** A citation of a library source; it becomes a numbered note. */
export function cite(sourceId: string, pinpoint: string | null = null): DocNode<'citation'> {
  return { type: 'citation', version: 1, sourceId, pinpoint };
}

/** A free-text numbered note. */
export function note(...children: NoteInline[]): DocNode<'footnote'> {
  return { type: 'footnote', version: 1, children: children.map(inline) };
}

export function link(url: string, ...children: NoteInline[]): DocNode<'link'> {
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

export function p(...children: Inline[]): DocNode<'paragraph'> {
  return {
    type: 'paragraph',
    version: 1,
    ...element,
    textFormat: 0,
    textStyle: '',
    children: children.map(inline),
  };
}

function heading(tag: 'h1' | 'h2' | 'h3', children: Inline[]): DocNode<'heading'> {
  return { type: 'heading', version: 1, ...element, tag, children: children.map(inline) };
}

export const h1 = (...children: Inline[]): DocNode<'heading'> => heading('h1', children);
export const h2 = (...children: Inline[]): DocNode<'heading'> => heading('h2', children);
export const h3 = (...children: Inline[]): DocNode<'heading'> => heading('h3', children);

export function quote(...children: Inline[]): DocNode<'quote'> {
  return { type: 'quote', version: 1, ...element, children: children.map(inline) };
}

/** A list item: one inline, several (`[…]`), or a nested list. */
export type ListEntry = Inline | Inline[] | DocNode<'list'>;

function list(listType: 'bullet' | 'number', items: ListEntry[], start = 1): DocNode<'list'> {
  return {
    type: 'list',
    version: 1,
    ...element,
    listType,
    start,
    tag: listType === 'bullet' ? 'ul' : 'ol',
    children: items.map((item, i) => ({
      type: 'listitem',
      version: 1,
      ...element,
      value: start + i,
      children: (Array.isArray(item) ? item : [item]).map(inline),
    })),
  };
}

export const bullets = (...items: ListEntry[]): DocNode<'list'> => list('bullet', items);
export const numbered = (...items: ListEntry[]): DocNode<'list'> => list('number', items);

export type EmbedOptions = {
  revision?: number;
  insertedAt: string;
  /** The status of each case the snippet links to, as of `insertedAt`. */
  caseStatuses?: Record<string, CaseStatus>;
} & ({ mode?: 'linked' } | { mode: 'copied'; children: Block[] });

/** A snippet from the library: `linked` shows its latest revision, `copied` carries its own text. */
export function embed(snippetId: string, options: EmbedOptions): DocNode<'snippet-embed'> {
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
export function signatories(): DocNode<'signatory-list'> {
  return { type: 'signatory-list', version: 1 };
}

export function pageBreak(): DocNode<'page-break'> {
  return { type: 'page-break', version: 1 };
}

/** A whole document's content. */
export function doc(...children: Block[]): RichContent {
  return { root: { type: 'root', version: 1, ...element, children } };
}
