import { z } from 'zod';

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

/**
 * Blocks of text may read right to left: `direction` is set where the content says so
 * (docs/document-format.md); without it a renderer goes by the first strong letter
 * (core/print/bidi `blockDirection`), so a paragraph written in Arabic reads from the right.
 */
export type PrintBlock =
  | { type: 'heading'; level: 1 | 2 | 3; children: PrintInline[]; direction?: 'rtl' }
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
      direction?: 'rtl';
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
  /** The organisation(s) submitting: document author (empty while no signatory has confirmed). */
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

// The print tree as the contract gives it to the window (`documents.printed`): what a document
// will print, for its preview. Checked in tests like every result.
const marks = {
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strike: z.boolean().optional(),
  superscript: z.boolean().optional(),
  subscript: z.boolean().optional(),
  code: z.boolean().optional(),
};

const printInline: z.ZodType<PrintInline> = z.lazy(() =>
  z.union([
    z.object({ type: z.literal('text'), text: z.string(), ...marks }),
    z.object({ type: z.literal('link'), url: z.string(), children: z.array(printInline) }),
    z.object({ type: z.literal('noteRef'), n: z.number().int() }),
    z.object({ type: z.literal('lineBreak') }),
  ]),
);

const printList = z.object({
  type: z.literal('list'),
  ordered: z.boolean(),
  start: z.number().int(),
  get items(): z.ZodArray<z.ZodType<PrintListItem>> {
    return z.array(printListItem);
  },
});

const printListItem: z.ZodType<PrintListItem> = z.lazy(() =>
  z.object({ children: z.array(printInline), sublist: printList.nullable() }),
);

const printBlock: z.ZodType<PrintBlock> = z.lazy(() =>
  z.union([
    z.object({
      type: z.literal('heading'),
      level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      children: z.array(printInline),
      direction: z.literal('rtl').optional(),
    }),
    z.object({
      type: z.literal('paragraph'),
      children: z.array(printInline),
      number: z.number().int().nullable(),
      align: z.enum(['left', 'center', 'right', 'justify']).optional(),
      direction: z.literal('rtl').optional(),
    }),
    printList,
    z.object({ type: z.literal('quote'), children: z.array(printInline) }),
    z.object({
      type: z.literal('table'),
      rows: z.array(
        z.object({
          header: z.boolean(),
          cells: z.array(
            z.object({
              children: z.array(printBlock),
              colSpan: z.number().int(),
              rowSpan: z.number().int(),
            }),
          ),
        }),
      ),
    }),
    z.object({
      type: z.literal('signatories'),
      heading: z.string().nullable(),
      organisations: z.array(
        z.object({
          name: z.string(),
          shortName: z.string().nullable(),
          country: z.string().nullable(),
        }),
      ),
    }),
    z.object({ type: z.literal('pageBreak') }),
  ]),
);

export const printedDocument: z.ZodType<PrintDocument> = z.object({
  meta: z.object({
    title: z.string(),
    shortTitle: z.string(),
    author: z.string(),
    subject: z.string(),
    keywords: z.array(z.string()),
    language: z.string(),
    date: z.string(),
    forum: z.string(),
  }),
  cover: z.object({
    title: z.string(),
    subtitle: z.string().nullable(),
    lines: z.array(z.string()),
  }),
  blocks: z.array(printBlock),
  notes: z.array(z.object({ n: z.number().int(), children: z.array(printInline) })),
  noteStyle: z.enum(['footnotes', 'endnotes']),
  numberedParagraphs: z.boolean(),
});
