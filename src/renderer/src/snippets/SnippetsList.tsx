import { useMemo, useState } from 'react';
import { SNIPPET_KINDS, type Snippet, type SnippetKind } from '../../../shared/domain';
import { useCall } from '../app/api';
import { foldRow, rowMatches } from '../app/filterText';
import { formatShortDay, plural } from '../app/format';
import { DataTable, type Column } from '../ui/DataTable';
import { ErrorNote } from '../ui/ErrorNote';
import { TextField } from '../ui/Field';
import { EmptyState, Page } from '../ui/Page';
import { SelectField } from '../ui/SelectField';
import { Checkbox } from '../ui/Choice';

export const SNIPPET_KIND_LABELS: Record<SnippetKind, string> = {
  case_summary: 'Case summary',
  background: 'Background',
  legal_analysis: 'Legal analysis',
  recommendation: 'Recommendation',
  boilerplate: 'Boilerplate',
};

/** The reusable passages documents are built from. */
export function SnippetsList() {
  const snippets = useCall('snippets.list', {});
  const [text, setText] = useState('');
  const [kind, setKind] = useState<'' | SnippetKind>('');
  const [tag, setTag] = useState('');
  const [forum, setForum] = useState('');
  const [language, setLanguage] = useState('');
  const [staleOnly, setStaleOnly] = useState(false);
  const cases = useCall('cases.summaries', {});
  const caseChanged = useMemo(
    () => new Map((cases.data ?? []).map((c) => [c.id, c.updatedAt.slice(0, 10)])),
    [cases.data],
  );
  /** The snippet was never reviewed, or one of its cases changed after it was. */
  const stale = (s: Snippet): boolean =>
    s.caseIds.length > 0 &&
    (s.reviewedAt === null ||
      s.caseIds.some((id) => (caseChanged.get(id) ?? '') > (s.reviewedAt ?? '')));
  const rows = useMemo(
    () => (snippets.data ?? []).map((s) => ({ s, forms: foldRow(`${s.title} ${s.text}`) })),
    [snippets.data],
  );
  const tags = useMemo(() => [...new Set(rows.flatMap((r) => r.s.tags))].sort(), [rows]);
  const forums = useMemo(() => [...new Set(rows.flatMap((r) => r.s.forums))].sort(), [rows]);
  const languages = useMemo(() => [...new Set(rows.map((r) => r.s.language))].sort(), [rows]);
  const shown = useMemo(
    () =>
      rows.filter(
        (r) =>
          (kind === '' || r.s.kind === kind) &&
          (tag === '' || r.s.tags.includes(tag)) &&
          (forum === '' || r.s.forums.includes(forum)) &&
          (language === '' || r.s.language === language) &&
          (!staleOnly || stale(r.s)) &&
          (text.trim() === '' || rowMatches(r.forms, text)),
      ),
    [rows, kind, tag, forum, language, staleOnly, caseChanged, text],
  );
  const columns: Column<{ s: Snippet }>[] = [
    {
      key: 'title',
      label: 'Title',
      width: 'minmax(240px, 3fr)',
      sortValue: (r) => r.s.title,
      render: (r) => <span>{r.s.title}</span>,
    },
    {
      key: 'kind',
      label: 'Kind',
      width: '140px',
      sortValue: (r) => r.s.kind,
      render: (r) => SNIPPET_KIND_LABELS[r.s.kind],
    },
    {
      key: 'tags',
      label: 'Tags',
      width: 'minmax(120px, 1.2fr)',
      render: (r) => r.s.tags.join(', '),
    },
    {
      key: 'lang',
      label: 'Language',
      width: '90px',
      sortValue: (r) => r.s.language,
      render: (r) => r.s.language,
    },
    {
      key: 'reviewed',
      label: 'Reviewed',
      width: '140px',
      sortValue: (r) => r.s.reviewedAt ?? '',
      render: (r) =>
        r.s.reviewedAt ? formatShortDay(r.s.reviewedAt) : <span className="muted">never</span>,
    },
  ];
  const total = snippets.data?.length ?? 0;
  return (
    <Page list title="Snippets">
      <ErrorNote error={snippets.error} />
      {snippets.isSuccess && total === 0 ? (
        <EmptyState title="No snippets yet">
          Snippets are the passages you reuse in documents: case summaries, background on a law,
          recommendations. Import an exchange file that has some from{' '}
          <a href="#/settings?do=import">Backups &amp; settings</a>.
        </EmptyState>
      ) : (
        <>
          <div className="filters" role="search" aria-label="Filter snippets">
            <TextField
              label="Filter"
              value={text}
              onChange={setText}
              width="medium"
              placeholder="Words in the title or text"
            />
            <SelectField
              label="Kind"
              width="short"
              value={kind}
              onChange={setKind}
              options={[
                { value: '', label: 'Any' },
                ...SNIPPET_KINDS.map((k) => ({ value: k, label: SNIPPET_KIND_LABELS[k] })),
              ]}
            />
            <SelectField
              label="Tag"
              width="short"
              value={tag}
              onChange={setTag}
              options={[{ value: '', label: 'Any' }, ...tags.map((t) => ({ value: t, label: t }))]}
            />
            <SelectField
              label="Forum"
              width="short"
              value={forum}
              onChange={setForum}
              options={[
                { value: '', label: 'Any' },
                ...forums.map((f) => ({ value: f, label: f })),
              ]}
            />
            <SelectField
              label="Language"
              width="tiny"
              value={language}
              onChange={setLanguage}
              options={[
                { value: '', label: 'Any' },
                ...languages.map((l) => ({ value: l, label: l })),
              ]}
            />
            <Checkbox isSelected={staleOnly} onChange={setStaleOnly}>
              Case changed since review
            </Checkbox>
            <span className="list-count" role="status">
              {plural(shown.length, 'snippet')}
            </span>
          </div>
          <DataTable
            label="Snippets"
            rows={shown}
            columns={columns}
            rowKey={(r) => r.s.id}
            rowHref={(r) => `#/snippets/${r.s.id}`}
            rowLabel={(r) => r.s.title}
            initialSort={{ key: 'title' }}
          />
        </>
      )}
    </Page>
  );
}
