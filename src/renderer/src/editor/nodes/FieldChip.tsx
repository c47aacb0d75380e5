import { useEditorData } from '../EditorData';
import { useUnitSelected } from './decorators';
import { FIELD_LABELS } from '../fieldLabels';

/** A live field on screen: its value as of the document's date; the field itself on hover. */
export function FieldChip({
  nodeKey,
  field,
  caseId,
  personId,
}: {
  nodeKey: string;
  field: string;
  caseId: string | null;
  personId: string | null;
}) {
  const data = useEditorData();
  const selected = useUnitSelected(nodeKey);
  const value = data.fieldText(field, caseId, personId);
  const label = FIELD_LABELS[field] ?? field;
  const unresolved = value !== null && !value.resolved;
  const asOf = data.asOf === null ? '' : ` as of ${data.asOf}`;
  return (
    <span
      className={`ed-chip${unresolved ? ' ed-chip-error' : ''}${selected ? ' ed-selected' : ''}`}
      title={`Live field: ${label}${asOf}${unresolved ? ' — cannot be filled in' : ''}`}
      data-field={field}
    >
      {value === null ? label : value.text}
    </span>
  );
}
