/**
 * The print tree: a document resolved as of its date (snippets, fields, citations and
 * anonymisation done), in the shape every renderer reads. One tree feeds the .docx, PDF and
 * HTML renderers, so the three say the same thing.
 */

export interface TextMarks {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  superscript?: boolean;
  subscript?: boolean;
  code?: boolean;
}

export type Inline =
  | ({ type: 'text'; text: string } & TextMarks)
  | { type: 'link'; url: string; children: Inline[] }
  /** A reference to note `n` (1-based), in the order notes first appear. */
  | { type: 'noteRef'; n: number }
  | { type: 'lineBreak' };

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; children: Inline[] }
  /**
   * A paragraph of the body. `number` is set when the forum wants numbered paragraphs: renderers
   * number them with the format's own numbering (Word numbering, not typed digits) and the
   * number here is what that numbering shows.
   */
  | {
      type: 'paragraph';
      children: Inline[];
      number: number | null;
      align?: 'left' | 'center' | 'right' | 'justify';
    }
  | { type: 'list'; ordered: boolean; start: number; items: ListItem[] }
  | { type: 'quote'; children: Inline[] }
  | { type: 'table'; rows: TableRow[] }
  | { type: 'signatories'; heading: string | null; organisations: Signatory[] }
  | { type: 'pageBreak' };

export interface ListItem {
  children: Inline[];
  /** A list nested under this item. */
  sublist: Extract<Block, { type: 'list' }> | null;
}

export interface TableRow {
  header: boolean;
  cells: { children: Block[]; colSpan: number }[];
}

export interface Signatory {
  name: string;
  shortName: string | null;
  country: string | null;
}

export interface Note {
  n: number;
  children: Inline[];
}

export interface PrintMeta {
  title: string;
  /** For running headers. */
  shortTitle: string;
  /** The organisation(s) submitting: document author. */
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47, e.g. `en`. */
  language: string;
  /** The as-of date, `YYYY-MM-DD`. */
  date: string;
  /** The forum, e.g. "UN Universal Periodic Review". */
  forum: string;
}

/** The title block on the first page. */
export interface Cover {
  title: string;
  subtitle: string | null;
  /** Lines under the title: submitting organisations, forum, session, date. */
  lines: string[];
}

export interface PrintDocument {
  meta: PrintMeta;
  cover: Cover;
  blocks: Block[];
  notes: Note[];
  /** Footnotes at the foot of each page, or endnotes at the end, as the forum asks. */
  noteStyle: 'footnotes' | 'endnotes';
  numberedParagraphs: boolean;
}
