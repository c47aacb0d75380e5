import type { ReactNode } from 'react';
import {
  FieldError,
  Input,
  Label,
  Text,
  TextArea,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';
import './Field.css';

export interface TextFieldProps extends Omit<AriaTextFieldProps, 'className' | 'children'> {
  label: string;
  description?: ReactNode;
  /** The problem with the value, in words, shown next to the field. */
  error?: string | null | undefined;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  width?: 'full' | 'medium' | 'short' | 'tiny';
  serif?: boolean;
}

/** A labelled text field that shows its own problem beside it. */
export function TextField({
  label,
  description,
  error,
  multiline,
  rows = 4,
  placeholder,
  width = 'full',
  serif,
  ...props
}: TextFieldProps) {
  const invalid = error !== null && error !== undefined && error !== '';
  return (
    <AriaTextField
      {...props}
      isInvalid={invalid}
      className={`field field-${width}`}
      validationBehavior="aria"
    >
      <Label className="field-label">{label}</Label>
      {multiline ? (
        <TextArea
          className={`field-input${serif ? ' serif' : ''}`}
          rows={rows}
          placeholder={placeholder}
        />
      ) : (
        <Input className={`field-input${serif ? ' serif' : ''}`} placeholder={placeholder} />
      )}
      {description !== undefined && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{error}</FieldError>
    </AriaTextField>
  );
}

/** A group of fields with a legend (a date, a sentence). */
export function FieldSet({
  legend,
  children,
  error,
  description,
}: {
  legend: string;
  children: ReactNode;
  error?: string | null | undefined;
  description?: ReactNode;
}) {
  return (
    <fieldset className={`fieldset${error ? ' fieldset-invalid' : ''}`}>
      <legend className="field-label">{legend}</legend>
      <div className="fieldset-row">{children}</div>
      {description !== undefined && <div className="field-description">{description}</div>}
      {error ? (
        <div className="field-error" role="alert">
          {error}
        </div>
      ) : null}
    </fieldset>
  );
}
