/**
 * The print tree: a document resolved as of its date (snippets, fields, citations and
 * anonymisation done), in the shape every renderer reads. One tree feeds the .docx, PDF and
 * HTML renderers, so the three say the same thing.
 */

export interface PrintTextMarks {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  superscript?: boolean;
  subscript?: boolean;
  code?: boolean;
}

export type PrintInline =
  | ({ type: 'text'; text: string } & PrintTextMarks)
  | { type: 'link'; url: string; children: PrintInline[] }
  /** A reference to note `n` (1-based), in the order notes first appear. */
  | { type: 'noteRef'; n: number }
  | { type: 'lineBreak' };

export type PrintBlock =
  | { type: 'heading'; level: 1 | 2 | 3; children: PrintInline[] }
  /**
   * A paragraph of the body. `number` is set when the forum wants numbered paragraphs: renderers
   * number them with the format's own numbering (Word numbering, not typed digits) and the
   * number here is what that numbering shows.
   */
  | {
      type: 'paragraph';
      children: PrintInline[];
      number: number | null;
      align?: 'left' | 'center' | 'right' | 'justify';
    }
  | { type: 'list'; ordered: boolean; start: number; items: PrintListItem[] }
  | { type: 'quote'; children: PrintInline[] }
  | { type: 'table'; rows: PrintTableRow[] }
  | { type: 'signatories'; heading: string | null; organisations: PrintSignatory[] }
  | { type: 'pageBreak' };

export interface PrintListItem {
  children: PrintInline[];
  /** A list nested under this item. */
  sublist: Extract<PrintBlock, { type: 'list' }> | null;
}

export interface PrintTableRow {
  header: boolean;
  /** The cells that start in this row; places covered by a cell above that spans rows have none. */
  cells: PrintTableCell[];
}

/** Spans as the content gives them: `tableGrid` lays them out (and cuts what cannot fit). */
export interface PrintTableCell {
  children: PrintBlock[];
  colSpan: number;
  rowSpan: number;
}

export interface PrintSignatory {
  name: string;
  shortName: string | null;
  country: string | null;
}

export interface PrintNote {
  n: number;
  children: PrintInline[];
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
export interface PrintCover {
  title: string;
  subtitle: string | null;
  /** Lines under the title: submitting organisations, forum, session, date. */
  lines: string[];
}

export interface PrintDocument {
  meta: PrintMeta;
  cover: PrintCover;
  blocks: PrintBlock[];
  notes: PrintNote[];
  /** Footnotes at the foot of each page, or endnotes at the end, as the forum asks. */
  noteStyle: 'footnotes' | 'endnotes';
  numberedParagraphs: boolean;
}
