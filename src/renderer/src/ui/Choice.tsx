import { Check } from 'lucide-react';
import type { ReactNode } from 'react';
import { Checkbox as AriaCheckbox, Label, Radio, RadioGroup } from 'react-aria-components';

/** One of a few choices, each with a line saying what it means. */
export function RadioChoice<V extends string>({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: V;
  onChange: (v: V) => void;
  options: readonly { value: V; label: string; description?: ReactNode }[];
}) {
  return (
    <RadioGroup className="radio-group" value={value} onChange={(v) => onChange(v as V)}>
      <Label className="field-label">{label}</Label>
      {options.map((o) => (
        <Radio key={o.value} value={o.value} className="radio">
          <span className="radio-dot" aria-hidden="true" />
          <span className="radio-text">
            {o.label}
            {o.description !== undefined && <small>{o.description}</small>}
          </span>
        </Radio>
      ))}
    </RadioGroup>
  );
}

export function Checkbox({
  children,
  isSelected,
  onChange,
}: {
  children: ReactNode;
  isSelected: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <AriaCheckbox className="check" isSelected={isSelected} onChange={onChange}>
      <span className="check-box" aria-hidden="true">
        {isSelected && <Check size={12} />}
      </span>
      {children}
    </AriaCheckbox>
  );
}
