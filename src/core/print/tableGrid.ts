import type { PrintTableCell, PrintTableRow } from './tree';

/** A cell where it starts (its top-left corner), with the spans it really takes. */
export interface GridCell {
  kind: 'cell';
  cell: PrintTableCell;
  /** The row it starts in, 0-based. */
  row: number;
  column: number;
  colSpan: number;
  rowSpan: number;
}

/**
 * One row's part of the table, left to right: cells starting in the row, the rows below the top
 * of a cell that spans rows (`covered`: Word's continued vertical merge, pdfmake's placeholders,
 * nothing in HTML), and `empty` cells filling a short row out to the table's width.
 */
export type GridEntry =
  | GridCell
  | { kind: 'covered'; by: GridCell; column: number; colSpan: number }
  | { kind: 'empty'; column: number; colSpan: number };

export interface TableGrid {
  columns: number;
  rows: GridEntry[][];
  /**
   * How many rows at the top repeat as header rows: the leading header rows, fewer if a cell
   * among them spans rows below them (a header cannot be cut in two).
   */
  headerRows: number;
}

/**
 * Lays out a table's rows as every renderer must print them, the way HTML and Lexical place
 * cells: each cell takes the first column not covered by a cell above that spans rows. Spans are
 * cut where they would overlap another cell or run past the last row, so no two cells ever share
 * a place and no row shifts.
 */
export function tableGrid(rows: readonly PrintTableRow[]): TableGrid {
  // For each row, the cells from rows above covering it, by their first column.
  const coveredFrom: Map<number, GridCell>[] = rows.map(() => new Map());
  const coveredColumns: Set<number>[] = rows.map(() => new Set());
  const out: GridEntry[][] = [];
  let columns = 0;

  rows.forEach((row, r) => {
    const covering = coveredFrom[r] ?? new Map<number, GridCell>();
    const taken = coveredColumns[r] ?? new Set<number>();
    const entries: GridEntry[] = [];
    let column = 0;
    const skipCovered = (): void => {
      for (let by = covering.get(column); by !== undefined; by = covering.get(column)) {
        entries.push({ kind: 'covered', by, column, colSpan: by.colSpan });
        column += by.colSpan;
      }
    };
    for (const cell of row.cells) {
      skipCovered();
      const wanted = Math.max(1, Math.floor(cell.colSpan));
      let colSpan = 1;
      while (colSpan < wanted && !taken.has(column + colSpan)) colSpan += 1;
      const rowSpan = Math.min(Math.max(1, Math.floor(cell.rowSpan)), rows.length - r);
      const placed: GridCell = { kind: 'cell', cell, row: r, column, colSpan, rowSpan };
      entries.push(placed);
      for (let below = r + 1; below < r + rowSpan; below++) {
        coveredFrom[below]?.set(column, placed);
        for (let k = 0; k < colSpan; k++) coveredColumns[below]?.add(column + k);
      }
      column += colSpan;
    }
    // Cells from above that stand to the right of the row's own cells, with gaps before them.
    for (const start of [...covering.keys()].filter((c) => c >= column).sort((a, b) => a - b)) {
      if (start > column) entries.push({ kind: 'empty', column, colSpan: start - column });
      column = start;
      skipCovered();
    }
    columns = Math.max(columns, column);
    out.push(entries);
  });

  for (const entries of out) {
    const last = entries.at(-1);
    const end = last === undefined ? 0 : last.column + last.colSpan;
    if (end < columns) entries.push({ kind: 'empty', column: end, colSpan: columns - end });
  }

  let headerRows = 0;
  while (headerRows < rows.length && rows[headerRows]?.header === true) headerRows += 1;
  const crosses = (k: number): boolean =>
    out
      .slice(0, k)
      .some((entries) => entries.some((e) => e.kind === 'cell' && e.row + e.rowSpan > k));
  while (headerRows > 0 && crosses(headerRows)) headerRows -= 1;

  return { columns: Math.max(1, columns), rows: out, headerRows };
}
