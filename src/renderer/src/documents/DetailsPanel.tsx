import { useEffect, useState } from 'react';
import { DOCUMENT_STATUSES, type DocumentRecord } from '../../../shared/domain';
import { useCall } from '../app/api';
import { Checkbox, RadioChoice } from '../ui/Choice';
import { TextField } from '../ui/Field';
import { SelectField } from '../ui/SelectField';

/** The details a writer changes beside the text (each change is saved at once). */
export type Details = Pick<
  DocumentRecord,
  | 'title'
  | 'shortTitle'
  | 'subtitle'
  | 'coverLines'
  | 'forumKey'
  | 'templateId'
  | 'language'
  | 'asOf'
  | 'status'
  | 'audience'
  | 'joint'
  | 'keywords'
  | 'signatories'
>;

export function detailsOf(d: DocumentRecord): Details {
  return {
    title: d.title,
    shortTitle: d.shortTitle,
    subtitle: d.subtitle,
    coverLines: d.coverLines,
    forumKey: d.forumKey,
    templateId: d.templateId,
    language: d.language,
    asOf: d.asOf,
    status: d.status,
    audience: d.audience,
    joint: d.joint,
    keywords: d.keywords,
    signatories: d.signatories,
  };
}

export const DOCUMENT_STATUS_LABELS: Record<DocumentRecord['status'], string> = {
  draft: 'Draft',
  review: 'In review',
  final: 'Final',
  submitted: 'Submitted',
};

/** The languages offered first (any BCP 47 tag the document already has stays offered). */
const LANGUAGES: Record<string, string> = {
  en: 'English',
  fr: 'French (français)',
  ru: 'Russian (русский)',
  az: 'Azerbaijani (azərbaycanca)',
  es: 'Spanish (español)',
  ar: 'Arabic (العربية)',
  de: 'German (Deutsch)',
  tr: 'Turkish (Türkçe)',
  uk: 'Ukrainian (українська)',
  ka: 'Georgian (ქართული)',
  hy: 'Armenian (հայերեն)',
};

/** A text detail, saved when the writer leaves the field or presses Enter (not at every key). */
function DetailText({
  label,
  value,
  onCommit,
  error,
  description,
  multiline,
  isRequired,
  validate,
}: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  error?: string | null;
  description?: string;
  multiline?: boolean;
  isRequired?: boolean;
  /** The problem with a value, in words, before it is saved (it is not saved then). */
  validate?: (value: string) => string | null;
}) {
  const [text, setText] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setText(value), [value]);
  const commit = (): void => {
    const p = validate?.(text) ?? null;
    setProblem(p);
    if (p === null && text !== value) onCommit(text);
  };
  return (
    <TextField
      label={label}
      value={text}
      onChange={setText}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !multiline) commit();
        if (e.key === 'Escape') {
          setText(value);
          setProblem(null);
        }
      }}
      error={problem ?? error}
      description={description}
      multiline={multiline}
      rows={3}
      isRequired={isRequired}
    />
  );
}

const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

export function DetailsPanel({
  details,
  onChange,
  errorAt,
}: {
  details: Details;
  onChange: (patch: Partial<Details>) => void;
  /** The problem the last save found with a detail (by its name), shown at that field. */
  errorAt: (field: keyof Details) => string | null;
}) {
  const forums = useCall('forums.list', {});
  const templates = useCall('templates.list', {});
  const languageOptions = Object.entries({
    ...(details.language in LANGUAGES ? {} : { [details.language]: details.language }),
    ...LANGUAGES,
  }).map(([value, label]) => ({ value, label }));
  return (
    <div className="details-panel">
      <DetailText
        label="Title"
        value={details.title}
        isRequired
        validate={(t) => (t.trim() === '' ? 'A document needs a title.' : null)}
        onCommit={(title) => onChange({ title: title.trim() })}
        error={errorAt('title')}
      />
      <DetailText
        label="Short title"
        value={details.shortTitle ?? ''}
        description="For running headers; the title when empty."
        onCommit={(s) => onChange({ shortTitle: orNull(s) })}
        error={errorAt('shortTitle')}
      />
      <DetailText
        label="Subtitle"
        value={details.subtitle ?? ''}
        onCommit={(s) => onChange({ subtitle: orNull(s) })}
        error={errorAt('subtitle')}
      />
      <DetailText
        label="Cover lines"
        multiline
        value={details.coverLines.join('\n')}
        description="One per line, under the title: the session, the addressee…"
        onCommit={(s) =>
          onChange({
            coverLines: s
              .split('\n')
              .map((l) => l.trim())
              .filter((l) => l !== ''),
          })
        }
        error={errorAt('coverLines')}
      />
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
      <SelectField
        label="Forum"
        value={details.forumKey ?? ''}
        onChange={(key) => onChange({ forumKey: key === '' ? null : key })}
        options={[
          { value: '', label: 'None (no forum rules)' },
          ...(forums.data ?? []).map((f) => ({ value: f.key, label: f.name })),
        ]}
        description="Its rules: word and page limits, numbered paragraphs, notes, formats."
        error={errorAt('forumKey')}
      />
      <SelectField
        label="Template"
        value={details.templateId ?? ''}
        onChange={(id) => onChange({ templateId: id === '' ? null : id })}
        options={[
          { value: '', label: 'None' },
          ...(templates.data ?? []).map((t) => ({ value: t.id, label: t.name })),
        ]}
        description="What the document was started from (changing it does not change the text)."
        error={errorAt('templateId')}
      />
      <SelectField
        label="Language"
        value={details.language}
        onChange={(language) => onChange({ language })}
        options={languageOptions}
        error={errorAt('language')}
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
      <DetailText
        label="Keywords"
        value={details.keywords.join(', ')}
        description="Separated by commas; they go into the file's properties."
        onCommit={(s) =>
          onChange({
            keywords: [
              ...new Set(
                s
                  .split(',')
                  .map((k) => k.trim())
                  .filter((k) => k !== ''),
              ),
            ],
          })
        }
        error={errorAt('keywords')}
      />
    </div>
  );
}
