import {
  CASE_STATUS_LABELS,
  SNIPPET_KINDS,
  type Snippet,
  type SnippetInput,
  type SnippetKind,
} from '../../../shared/domain';
import { fieldLabel } from '../../../shared/errors';
import { useCall } from '../app/api';
import { TextField } from '../ui/Field';
import { LinkedRecords } from '../ui/LinkedRecords';
import { SelectField } from '../ui/SelectField';
import { SNIPPET_KIND_LABELS } from './SnippetsList';

/** What the officer edits beside a snippet's text; saved with the text. */
export interface Details {
  title: string;
  kind: SnippetKind;
  language: string;
  /** As typed: tags separated by commas. */
  tags: string;
  forums: string[];
  caseIds: string[];
}

export type DetailField = keyof Details;
const FIELDS: readonly DetailField[] = ['title', 'kind', 'language', 'tags', 'forums', 'caseIds'];

export function detailsOf(s: Snippet): Details {
  return {
    title: s.title,
    kind: s.kind,
    language: s.language,
    tags: s.tags.join(', '),
    forums: s.forums,
    caseIds: s.caseIds,
  };
}

const tagList = (text: string): string[] =>
  text
    .split(/[,\n]/)
    .map((t) => t.trim())
    .filter((t) => t !== '');

/** The details as the snippet's input has them. */
export function detailFields(
  d: Details,
): Pick<SnippetInput, 'title' | 'kind' | 'language' | 'tags' | 'forums' | 'caseIds'> {
  return {
    title: d.title,
    kind: d.kind,
    language: d.language.trim(),
    tags: tagList(d.tags),
    forums: d.forums,
    caseIds: d.caseIds,
  };
}

export function sameDetails(a: Details, b: Details): boolean {
  return JSON.stringify(detailFields(a)) === JSON.stringify(detailFields(b));
}

/** The detail a refusal's place names, inside the snippet (`tags[2]` → tags), if one. */
export function detailAt(place: string | null): DetailField | null {
  if (place === null) return null;
  const head = place.split(/[.[]/)[0];
  return FIELDS.find((f) => f === head) ?? null;
}

/**
 * A refusal's message as its field shows it: without the field's own name or path in front,
 * which the label above it already says ("Language: Expected a language code…").
 */
export function atField(field: DetailField, message: string): string {
  const label = `${fieldLabel(['snippet', field])}: `;
  const rest = message.startsWith(label)
    ? message.slice(label.length)
    : message.replace(/^snippet\.[\w.[\]]+: /, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** The language's name in English, when the code is one the platform knows. */
function languageName(code: string): string | null {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(
      code.trim(),
    );
    return name === undefined || name === code.trim() ? null : name;
  } catch {
    return null;
  }
}

/**
 * A snippet's details beside its text: title, kind, language, tags, the forums it suits and the
 * cases it is about. `problems` are the backend's refusals, each shown at its field.
 */
export function SnippetDetails({
  details,
  onChange,
  problems,
}: {
  details: Details;
  onChange: (patch: Partial<Details>) => void;
  problems: Partial<Record<DetailField, string>>;
}) {
  const cases = useCall('cases.summaries', {});
  const forums = useCall('forums.list', {});
  const caseTitle = new Map((cases.data ?? []).map((c) => [c.id, c.title]));
  const forumName = new Map((forums.data ?? []).map((f) => [f.key, f.name]));
  const language = languageName(details.language);
  return (
    <div className="snippet-details">
      <TextField
        label="Title"
        multiline
        rows={2}
        value={details.title}
        // A title is one line: Enter or a pasted line break ends up as a space.
        onChange={(title) => onChange({ title: title.replace(/\s*[\r\n]+\s*/g, ' ') })}
        error={problems.title}
      />
      <SelectField
        label="Kind"
        width="full"
        value={details.kind}
        onChange={(kind) => onChange({ kind })}
        error={problems.kind}
        options={SNIPPET_KINDS.map((k) => ({ value: k, label: SNIPPET_KIND_LABELS[k] }))}
      />
      <TextField
        label="Language"
        width="short"
        value={details.language}
        onChange={(v) => onChange({ language: v })}
        error={problems.language}
        description={language === null ? 'A code: en, az, ru…' : `${language}`}
      />
      <TextField
        label="Tags"
        multiline
        rows={2}
        value={details.tags}
        onChange={(tags) => onChange({ tags })}
        error={problems.tags}
        description="Separated by commas"
      />

      <LinkedRecords
        label="Forums"
        records={details.forums.map((key) => ({ id: key, name: forumName.get(key) ?? key }))}
        empty="Any forum."
        removeLabel={(name) => `Remove ${name} from the forums`}
        onRemove={(key) => onChange({ forums: details.forums.filter((f) => f !== key) })}
        error={problems.forums}
        pick={{
          label: 'Add a forum',
          placeholder: 'Its name',
          items: (forums.data ?? []).map((f) => ({ id: f.key, label: f.name, also: f.key })),
          onPick: (key) => onChange({ forums: [...details.forums, key] }),
        }}
      />
      <LinkedRecords
        label="Cases it is about"
        records={details.caseIds.map((id) => {
          const title = caseTitle.get(id) ?? 'A case not in the library';
          return { id, name: title, shown: <a href={`#/cases/${id}`}>{title}</a> };
        })}
        empty="None yet."
        removeLabel={(title) => `Remove ${title} from the cases`}
        onRemove={(id) => onChange({ caseIds: details.caseIds.filter((c) => c !== id) })}
        error={problems.caseIds}
        pick={{
          label: 'Add a case',
          placeholder: 'A name or a title, any spelling',
          items: (cases.data ?? []).map((c) => ({
            id: c.id,
            label: c.title,
            also: c.persons.map((p) => p.name).join(' '),
            detail: CASE_STATUS_LABELS[c.status],
          })),
          onPick: (id) => onChange({ caseIds: [...details.caseIds, id] }),
          description: "Preflight warns when a case's status changes after the snippet went in.",
        }}
      />
    </div>
  );
}
