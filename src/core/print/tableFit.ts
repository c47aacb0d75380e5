import { HOUSE_STYLE } from './houseStyle';

const S = HOUSE_STYLE;

/** How a table of the body is set so that every column stays legible (see `tableFit`). */
export interface TableFit {
  /** The text size of its cells, in points. */
  size: number;
  /** Cell padding at that size, in points. */
  padding: { x: number; y: number };
  /** On a page (Word: a section) of its own turned to landscape. */
  landscape: boolean;
  /** The width of the text block it is set in, in points. */
  width: number;
  /**
   * Whether every column gets `minColumn` ems: false when even landscape at the smallest size
   * cannot give them that (preflight warns); the table is printed all the same, every cell in.
   */
  legible: boolean;
}

/** The width of the text block of an A4 page, upright and turned. */
export const TEXT_WIDTH = {
  portrait: S.page.width - 2 * S.page.margin,
  landscape: S.page.height - 2 * S.page.margin,
} as const;

/**
 * How a table of `columns` columns in the body is set, the same in Word, PDF and HTML: at the
 * house size if its columns fit the page at `minColumn` ems each; else at the first smaller size
 * where they do; else on a landscape page, at the largest size that fits there; else landscape at
 * the smallest size, with columns narrower than legible (words break inside them, nothing is cut).
 * Text is never made smaller than the last of `smaller`: a reader needs it more than the columns.
 */
export function tableFit(columns: number): TableFit {
  const sizes = [S.table.size, ...S.table.smaller];
  const fits = (size: number, width: number) => columns * S.table.minColumn * size <= width + 0.01;
  const at = (size: number, landscape: boolean, legible = true): TableFit => {
    const scale = size / S.table.size;
    return {
      size,
      padding: { x: S.table.cellPadding.x * scale, y: S.table.cellPadding.y * scale },
      landscape,
      width: landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait,
      legible,
    };
  };
  for (const size of sizes) if (fits(size, TEXT_WIDTH.portrait)) return at(size, false);
  for (const size of sizes) if (fits(size, TEXT_WIDTH.landscape)) return at(size, true);
  return at(sizes[sizes.length - 1] ?? S.table.size, true, false);
}

/** The most columns a table can have and stay legible (landscape, at the smallest size). */
export function maxLegibleColumns(): number {
  const smallest = S.table.smaller[S.table.smaller.length - 1] ?? S.table.size;
  return Math.floor((TEXT_WIDTH.landscape + 0.01) / (S.table.minColumn * smallest));
}
