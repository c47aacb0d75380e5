import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { memo, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import './DataTable.css';

export interface Column<T> {
  key: string;
  label: string;
  /** CSS grid track: `2fr`, `140px`. */
  width: string;
  render: (row: T) => ReactNode;
  /** Sorts by this column when its header is pressed. */
  sortValue?: (row: T) => string | number;
}

const ROW_HEIGHT = 34;
/** Rows rendered beyond those in view each side: fewer while scrolling, when each frame counts. */
const OVERSCAN = 10;
const OVERSCAN_SCROLLING = 3;

/** One collator for every sort: making one costs more than many comparisons. */
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

type Sortable = string | number;

function compareValues(a: Sortable, b: Sortable): number {
  return typeof a === 'number' && typeof b === 'number'
    ? a - b
    : collator.compare(String(a), String(b));
}

/**
 * A long list as a table: sortable columns, a link in each row's first cell (Tab and Enter reach
 * it; ↑ ↓ move between rows), and only the rows in view rendered, so that ten thousand rows open
 * and scroll at once.
 */
export function DataTable<T>({
  label,
  rows,
  columns,
  rowKey,
  rowHref,
  rowLabel,
  initialSort,
}: {
  label: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  rowHref: (row: T) => string;
  /** The accessible name of the row's link. */
  rowLabel: (row: T) => string;
  initialSort?: { key: string; descending?: boolean };
}) {
  const [sort, setSort] = useState(initialSort ?? null);
  const column = columns.find((c) => c.key === sort?.key);
  const sortValue = column?.sortValue;
  const descending = sort?.descending === true;
  // Keyed on the sort function, not on `columns`, so that a list whose columns are rebuilt on
  // each render does not sort again; each row's sort key is computed once per sort.
  const sorted = useMemo(() => {
    if (sortValue === undefined) return rows;
    const keyed = rows.map((row) => ({ row, v: sortValue(row) }));
    keyed.sort((a, b) => (descending ? -1 : 1) * compareValues(a.v, b.v));
    return keyed.map((k) => k.row);
  }, [rows, sortValue, descending]);

  const scroller = useRef<HTMLDivElement>(null);
  const scrolling = useRef(false);
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: scrolling.current ? OVERSCAN_SCROLLING : OVERSCAN,
    onChange: (instance) => {
      scrolling.current = instance.isScrolling;
    },
  });
  const template = columns.map((c) => c.width).join(' ');

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const target = e.target as HTMLElement;
    const index = Number(target.closest('[data-index]')?.getAttribute('data-index'));
    if (!Number.isInteger(index)) return;
    e.preventDefault();
    const next = Math.max(0, Math.min(sorted.length - 1, index + (e.key === 'ArrowDown' ? 1 : -1)));
    virtualizer.scrollToIndex(next);
    requestAnimationFrame(() =>
      scroller.current?.querySelector<HTMLElement>(`[data-index="${next}"] a`)?.focus(),
    );
  };

  return (
    <div className="table" role="table" aria-label={label} aria-rowcount={sorted.length + 1}>
      <div className="table-head" role="rowgroup">
        <div
          className="table-row"
          role="row"
          aria-rowindex={1}
          style={{ gridTemplateColumns: template }}
        >
          {columns.map((c) => {
            const active = sort?.key === c.key;
            return (
              <div
                key={c.key}
                role="columnheader"
                className="table-cell table-header-cell"
                aria-sort={active ? (sort?.descending ? 'descending' : 'ascending') : undefined}
              >
                {c.sortValue === undefined ? (
                  c.label
                ) : (
                  <button
                    type="button"
                    className="table-sort"
                    onClick={() =>
                      setSort({ key: c.key, descending: active ? !sort?.descending : false })
                    }
                  >
                    {c.label}
                    {active &&
                      (sort?.descending ? (
                        <ArrowDown size={12} aria-hidden="true" />
                      ) : (
                        <ArrowUp size={12} aria-hidden="true" />
                      ))}
                  </button>
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div className="table-body" role="rowgroup" ref={scroller} onKeyDown={onKeyDown}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = sorted[item.index] as T;
            return (
              <TableRow
                key={rowKey(row)}
                row={row}
                index={item.index}
                start={item.start}
                template={template}
                columns={columns}
                rowHref={rowHref}
                rowLabel={rowLabel}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

interface RowProps<T> {
  row: T;
  index: number;
  start: number;
  template: string;
  columns: readonly Column<T>[];
  rowHref: (row: T) => string;
  rowLabel: (row: T) => string;
}

/**
 * One body row. Memoised: while scrolling, the rows already on screen only move, and React
 * renders just the rows that come into view (when the list passes stable columns and functions).
 */
const TableRow = memo(function TableRow<T>({
  row,
  index,
  start,
  template,
  columns,
  rowHref,
  rowLabel,
}: RowProps<T>) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-index={index}
      className="table-row table-body-row"
      style={{
        gridTemplateColumns: template,
        transform: `translateY(${start}px)`,
        height: ROW_HEIGHT,
      }}
    >
      {columns.map((c, i) => (
        <div key={c.key} role="cell" className="table-cell">
          {i === 0 ? (
            <a href={rowHref(row)} className="table-link" aria-label={rowLabel(row)}>
              {c.render(row)}
            </a>
          ) : (
            c.render(row)
          )}
        </div>
      ))}
    </div>
  );
}) as <T>(props: RowProps<T>) => ReactNode;
