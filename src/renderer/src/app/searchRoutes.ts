import type { SearchHit, SearchKind } from '../../../shared/api';

export const KIND_LABELS: Record<SearchKind, string> = {
  person: 'Persons',
  case: 'Cases',
  snippet: 'Snippets',
  source: 'Sources',
};

/** Where a search result opens. */
export function hitPath(hit: Pick<SearchHit, 'kind' | 'id'>): string {
  const base = { person: 'persons', case: 'cases', snippet: 'snippets', source: 'sources' }[
    hit.kind
  ];
  return `/${base}/${hit.id}`;
}

/** Results in groups by kind, in the order kinds first appear (best first). */
export function groupHits(hits: readonly SearchHit[]): { kind: SearchKind; hits: SearchHit[] }[] {
  const groups = new Map<SearchKind, SearchHit[]>();
  for (const h of hits) {
    const g = groups.get(h.kind) ?? [];
    g.push(h);
    groups.set(h.kind, g);
  }
  return [...groups].map(([kind, list]) => ({ kind, hits: list }));
}
