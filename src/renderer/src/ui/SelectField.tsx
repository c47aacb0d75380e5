import { useId, type ReactNode } from 'react';

export interface Option<V extends string> {
  value: V;
  label: string;
}

/** A labelled choice among a few values (the platform's own select: keyboard and screen readers know it). */
export function SelectField<V extends string>({
  label,
  value,
  options,
  onChange,
  error,
  description,
  width = 'medium',
  isDisabled,
}: {
  label: string;
  value: V;
  options: readonly Option<V>[];
  onChange: (value: V) => void;
  error?: string | null | undefined;
  description?: ReactNode;
  width?: 'full' | 'medium' | 'short' | 'tiny';
  isDisabled?: boolean;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const descriptionId = `${id}-description`;
  return (
    <div className={`field field-${width}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="field-input"
        value={value}
        disabled={isDisabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={
          [error ? errorId : '', description ? descriptionId : ''].filter(Boolean).join(' ') ||
          undefined
        }
        onChange={(e) => onChange(e.target.value as V)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {description !== undefined && (
        <div id={descriptionId} className="field-description">
          {description}
        </div>
      )}
      {error ? (
        <div id={errorId} className="field-error">
          {error}
        </div>
      ) : null}
    </div>
  );
}
