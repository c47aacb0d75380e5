import { useMemo } from 'react';
import { useSearch } from 'wouter';
import { CASE_STATUSES, type CaseStatus } from '../../../shared/domain';
import { SEARCH_KINDS, type SearchKind } from '../../../shared/api';
import { parseQuery } from '../../../core/search/query';
import { useCall, useLiveCall } from './api';
import { statusLabel } from './format';
import { navigate } from './location';
import { HitView } from './SearchBox';
import { groupHits, hitPath, KIND_LABELS } from './searchRoutes';
import { ErrorNote } from '../ui/ErrorNote';
import { TextField } from '../ui/Field';
import { EmptyState, Page, Section } from '../ui/Page';
import { SelectField } from '../ui/SelectField';

/** Every result for a query, with the filters of search (kind, country, status, tag, forum). */
export function SearchPage() {
  const params = new URLSearchParams(useSearch());
  const q = params.get('q') ?? '';
  const kind = (params.get('kind') ?? '') as '' | SearchKind;
  const country = params.get('country') ?? '';
  const status = (params.get('status') ?? '') as '' | CaseStatus;
  const tag = params.get('tag') ?? '';
  const forum = params.get('forum') ?? '';
  const set = (key: string, value: string): void => {
    const next = new URLSearchParams(params);
    if (value === '') next.delete(key);
    else next.set(key, value);
    navigate(`/search?${next.toString()}`, { replace: true });
  };
  const enabled = parseQuery(q).length > 0;
  const results = useLiveCall(
    'search.query',
    {
      query: q,
      limit: 100,
      ...(kind ? { kinds: [kind] } : {}),
      ...(country ? { country: [country] } : {}),
      ...(status ? { status: [status] } : {}),
      ...(tag ? { tag: [tag] } : {}),
      ...(forum ? { forum: [forum] } : {}),
    },
    enabled,
  );
  const snippets = useCall('snippets.list', {});
  const forums = useCall('forums.list', {});
  const persons = useCall('persons.list', {});
  const tags = useMemo(
    () => [...new Set((snippets.data ?? []).flatMap((s) => s.tags))].sort(),
    [snippets.data],
  );
  const countries = useMemo(
    () =>
      [
        ...new Set(
          (persons.data ?? []).map((p) => p.country).filter((c): c is string => c !== null),
        ),
      ].sort(),
    [persons.data],
  );
  const hits = enabled ? (results.data?.results ?? []) : [];

  return (
    <Page title="Search">
      <div className="filters" role="search" aria-label="Search the library">
        <TextField
          label="Search for"
          value={q}
          onChange={(v) => set('q', v)}
          width="medium"
          autoFocus
        />
        <SelectField
          label="Kind"
          width="short"
          value={kind}
          onChange={(v) => set('kind', v)}
          options={[
            { value: '', label: 'Everything' },
            ...SEARCH_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] })),
          ]}
        />
        <SelectField
          label="Country"
          width="tiny"
          value={country}
          onChange={(v) => set('country', v)}
          options={[{ value: '', label: 'Any' }, ...countries.map((c) => ({ value: c, label: c }))]}
        />
        <SelectField
          label="Case status"
          width="short"
          value={status}
          onChange={(v) => set('status', v)}
          options={[
            { value: '', label: 'Any' },
            ...CASE_STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
          ]}
        />
        <SelectField
          label="Tag"
          width="short"
          value={tag}
          onChange={(v) => set('tag', v)}
          options={[{ value: '', label: 'Any' }, ...tags.map((t) => ({ value: t, label: t }))]}
        />
        <SelectField
          label="Forum"
          width="short"
          value={forum}
          onChange={(v) => set('forum', v)}
          options={[
            { value: '', label: 'Any' },
            ...(forums.data ?? []).map((f) => ({ value: f.key, label: f.name })),
          ]}
        />
      </div>
      <ErrorNote error={results.error} />
      {!enabled ? (
        <EmptyState title="Type a word to search for">
          Names are found in any spelling: Khadija, Xədicə and Исмаилова find the same person.
        </EmptyState>
      ) : hits.length === 0 && !results.isFetching ? (
        <EmptyState title={`Nothing found for “${q}”`}>
          Try fewer words, or the start of a word.
        </EmptyState>
      ) : (
        groupHits(hits).map((g) => (
          <Section key={g.kind} title={`${KIND_LABELS[g.kind]} (${g.hits.length})`}>
            <ul className="plain results">
              {g.hits.map((h) => (
                <li key={h.id}>
                  <a href={`#${hitPath(h)}`} className="result-link">
                    <HitView hit={h} />
                  </a>
                </li>
              ))}
            </ul>
          </Section>
        ))
      )}
    </Page>
  );
}
