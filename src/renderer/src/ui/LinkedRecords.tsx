import { X } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import { Button } from './Button';
import { Picker, type PickItem } from './Picker';
import './LinkedRecords.css';

/** One record a list links to: its name (for the remove button's label) and how it shows. */
export interface LinkedRecord {
  id: string;
  name: string;
  /** What the list shows of it; its name when left out. */
  shown?: ReactNode;
}

/**
 * The records a record links to (a case's persons, a snippet's forums and cases), each with a
 * button that removes it, and a picker below that adds one by typing part of its name.
 */
export function LinkedRecords({
  label,
  records,
  empty,
  removeLabel,
  onRemove,
  error,
  layout = 'rows',
  pick,
}: {
  label: string;
  records: readonly LinkedRecord[];
  /** What the list says when there is nothing in it. */
  empty: string;
  /** The remove button's name, for a record's name: "Remove X from the case". */
  removeLabel: (name: string) => string;
  onRemove: (id: string) => void;
  error?: string;
  /** One record a row, or chips that wrap (short names). */
  layout?: 'rows' | 'chips';
  pick: {
    label: string;
    placeholder?: string;
    description?: string;
    items: readonly PickItem[];
    onPick: (id: string) => void;
  };
}) {
  const labelId = useId();
  return (
    <>
      <div className="field">
        <span className="field-label" id={labelId}>
          {label}
        </span>
        {records.length === 0 ? (
          <p className="muted linked-none">{empty}</p>
        ) : (
          <ul
            className={layout === 'chips' ? 'plain chips' : 'plain linked-rows'}
            aria-labelledby={labelId}
          >
            {records.map((r) => (
              <li key={r.id} className={layout === 'chips' ? 'chip' : undefined}>
                <span>{r.shown ?? r.name}</span>
                <Button
                  variant="quiet"
                  size="small"
                  aria-label={removeLabel(r.name)}
                  icon={<X aria-hidden="true" />}
                  onPress={() => onRemove(r.id)}
                />
              </li>
            ))}
          </ul>
        )}
        {error !== undefined && <div className="field-error">{error}</div>}
      </div>
      <Picker
        label={pick.label}
        placeholder={pick.placeholder}
        description={pick.description}
        items={pick.items}
        exclude={records.map((r) => r.id)}
        onPick={pick.onPick}
      />
    </>
  );
}
