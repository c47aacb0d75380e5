/**
 * The print tree: a document resolved as of its date, in the shape every renderer reads. The
 * types live in src/shared/printed.ts, beside their schema (the window receives the tree for its
 * preview of the printed text).
 */
export type {
  PrintBlock,
  PrintCover,
  PrintDocument,
  PrintInline,
  PrintListItem,
  PrintMeta,
  PrintNote,
  PrintSignatory,
  PrintTableCell,
  PrintTableRow,
  PrintTextMarks,
} from '../../shared/printed';
