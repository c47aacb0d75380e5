import { Plus, X } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button } from './Button';
import './Repeater.css';

/** A list of rows in a form (aliases, charges): add one, remove one, each row its own fields. */
export function Repeater<T>({
  legend,
  items,
  onChange,
  make,
  render,
  addLabel,
  itemLabel,
  empty,
}: {
  legend: string;
  items: readonly T[];
  onChange: (items: T[]) => void;
  make: () => T;
  render: (item: T, set: (next: T) => void, index: number) => ReactNode;
  addLabel: string;
  /** "alias 2": for the remove button's accessible name. */
  itemLabel: (index: number) => string;
  empty?: string;
}) {
  return (
    <fieldset className="repeater">
      <legend className="field-label">{legend}</legend>
      {items.length === 0 && empty !== undefined && <p className="muted repeater-empty">{empty}</p>}
      {items.map((item, i) => (
        <div className="repeater-row" key={i}>
          <div className="repeater-fields">
            {render(item, (next) => onChange(items.map((x, j) => (j === i ? next : x))), i)}
          </div>
          <Button
            variant="quiet"
            size="small"
            aria-label={`Remove ${itemLabel(i)}`}
            icon={<X aria-hidden="true" />}
            onPress={() => onChange(items.filter((_, j) => j !== i))}
          />
        </div>
      ))}
      <Button
        size="small"
        icon={<Plus aria-hidden="true" />}
        onPress={() => onChange([...items, make()])}
      >
        {addLabel}
      </Button>
    </fieldset>
  );
}
