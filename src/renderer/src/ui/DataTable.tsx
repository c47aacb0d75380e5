import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
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
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.key === sort?.key);
    if (column?.sortValue === undefined) return rows;
    const value = column.sortValue;
    const keyed = rows.map((row) => ({ row, v: value(row) }));
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    keyed.sort((a, b) => {
      const c =
        typeof a.v === 'number' && typeof b.v === 'number'
          ? a.v - b.v
          : collator.compare(String(a.v), String(b.v));
      return sort?.descending ? -c : c;
    });
    return keyed.map((k) => k.row);
  }, [rows, columns, sort]);

  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
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
              <div
                key={rowKey(row)}
                role="row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                className="table-row table-body-row"
                style={{
                  gridTemplateColumns: template,
                  transform: `translateY(${item.start}px)`,
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
          })}
        </div>
      </div>
    </div>
  );
}
