import { DOCUMENT_STATUSES, type DocumentRecord } from '../../../shared/domain';
import { Checkbox, RadioChoice } from '../ui/Choice';
import { SelectField } from '../ui/SelectField';

/** The details a writer changes beside the text (each change is saved at once). */
export interface Details {
  asOf: string | null;
  status: DocumentRecord['status'];
  audience: DocumentRecord['audience'];
  joint: boolean;
  signatories: DocumentRecord['signatories'];
}

export function detailsOf(d: DocumentRecord): Details {
  return {
    asOf: d.asOf,
    status: d.status,
    audience: d.audience,
    joint: d.joint,
    signatories: d.signatories,
  };
}

export const DOCUMENT_STATUS_LABELS: Record<DocumentRecord['status'], string> = {
  draft: 'Draft',
  review: 'In review',
  final: 'Final',
  submitted: 'Submitted',
};

export function DetailsPanel({
  details,
  onChange,
}: {
  details: Details;
  onChange: (patch: Partial<Details>) => void;
}) {
  return (
    <div className="details-panel">
      <label className="field">
        <span className="field-label">As of</span>
        <input
          type="date"
          className="field-input"
          aria-label="As of"
          value={details.asOf ?? ''}
          min="1800-01-01"
          max="2100-12-31"
          onChange={(e) => onChange({ asOf: e.target.value === '' ? null : e.target.value })}
        />
        <span className="field-description">
          The day the document speaks as of: every field and preflight follow it. Empty: the day it
          is printed.
        </span>
      </label>
      <SelectField
        label="Status"
        value={details.status}
        onChange={(status) => onChange({ status })}
        options={DOCUMENT_STATUSES.map((s) => ({ value: s, label: DOCUMENT_STATUS_LABELS[s] }))}
      />
      <RadioChoice
        label="Audience"
        value={details.audience}
        onChange={(audience) => onChange({ audience })}
        options={[
          { value: 'public', label: 'Public', description: 'Anonymised persons are not named.' },
          { value: 'internal', label: 'Internal', description: 'For your organisation only.' },
        ]}
      />
      <Checkbox isSelected={details.joint} onChange={(joint) => onChange({ joint })}>
        Joint (signed by several organisations)
      </Checkbox>
    </div>
  );
}
