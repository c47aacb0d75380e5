import { memo, useState } from 'react';
import { Input, Label, ListBox, ListBoxItem, SearchField, type Key } from 'react-aria-components';
import type { Params, ResultOf } from '../../../shared/api';
import { call, queryClient, useCall, useLiveCall } from '../app/api';
import { Highlighted } from '../app/Highlighted';
import { ContentView } from '../editor/ContentView';
import type { SearchHit } from '../../../shared/api';
import type { CaseSummary, SerializedNode, Snippet } from '../../../shared/domain';
import { Button } from '../ui/Button';
import { ErrorNote } from '../ui/ErrorNote';

export interface Embedding {
  snippetId: string;
  revision: number;
  insertedAt: string;
  caseStatuses: Record<string, string>;
  mode: 'linked' | 'copied';
  /** The snippet's text: a copy's own, and what a linked frame shows until the next preview. */
  content: SerializedNode[];
  title: string;
  updatedAt: string;
}

/** What the panel fetched for the snippet a moment ago, else a new call. */
function recent<M extends 'snippets.embedding' | 'snippets.get'>(
  method: M,
  params: Params<M>,
): Promise<ResultOf<M>> {
  return queryClient.fetchQuery({
    queryKey: [method, params],
    queryFn: () => call(method, params),
    staleTime: 10_000,
  });
}

/** The MIME type a dragged snippet carries (its id). */
export const SNIPPET_DRAG_TYPE = 'application/x-dossier-snippet';

interface Item {
  id: string;
  title: string;
  ranges: SearchHit['titleHighlights'];
  /** The case or person the search found, when the snippet is found through them. */
  via: string | null;
}

/**
 * What a search finds to insert: the snippets it found, then the snippets about the cases it
 * found, and about the cases of the persons it found (so that any spelling of a name, Cyrillic
 * included, leads to the person's case summaries). Each snippet once, in that order.
 */
function snippetsFound(
  hits: readonly SearchHit[],
  snippets: readonly Snippet[],
  cases: readonly CaseSummary[],
): Item[] {
  const out = new Map<string, Item>();
  const aboutCase = (caseId: string, via: string): void => {
    for (const s of snippets) {
      if (s.caseIds.includes(caseId) && !out.has(s.id)) {
        out.set(s.id, { id: s.id, title: s.title, ranges: [], via });
      }
    }
  };
  for (const h of hits) {
    if (h.kind === 'snippet' && !out.has(h.id)) {
      out.set(h.id, { id: h.id, title: h.title, ranges: h.titleHighlights, via: null });
    }
  }
  for (const h of hits) {
    if (h.kind === 'case') aboutCase(h.id, h.title);
    else if (h.kind === 'person') {
      for (const c of cases) if (c.persons.some((p) => p.id === h.id)) aboutCase(c.id, h.title);
    }
  }
  return [...out.values()];
}

/**
 * The library beside the text: find a snippet (any spelling of a name finds it, and a case or
 * person leads to the snippets about them), read it, and
 * put it in at the cursor — linked by default (it follows the library), or as a copy.
 */
export const LibraryPanel = memo(function LibraryPanel({
  onInsert,
}: {
  onInsert: (e: Embedding) => void;
}) {
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const searching = query.trim() !== '';
  const found = useLiveCall(
    'search.query',
    { query, kinds: ['snippet', 'case', 'person'], limit: 30 },
    searching,
  );
  const all = useCall('snippets.list', {});
  const cases = useCall('cases.summaries', {}, { enabled: searching });
  const items = searching
    ? snippetsFound(found.data?.results ?? [], all.data ?? [], cases.data ?? [])
    : (all.data ?? []).map((s) => ({ id: s.id, title: s.title, ranges: [], via: null }));
  const chosen = useCall('snippets.get', { id: selected ?? '' }, { enabled: selected !== null });
  // Asked for as soon as a snippet is shown, so that Enter puts it in without waiting for the
  // backend (the case statuses it records are today's either way).
  useCall('snippets.embedding', { id: selected ?? '' }, { enabled: selected !== null });

  const insert = async (id: string, mode: 'linked' | 'copied'): Promise<void> => {
    setError(null);
    try {
      const [e, s] = await Promise.all([
        recent('snippets.embedding', { id }),
        recent('snippets.get', { id }),
      ]);
      onInsert({
        ...e,
        mode,
        title: s.title,
        updatedAt: s.updatedAt,
        content: s.content.root.children,
      });
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div className="libpanel">
      <SearchField
        className="libpanel-search"
        value={query}
        onChange={setQuery}
        aria-label="Search snippets"
      >
        <Label className="field-label">Search snippets</Label>
        <Input className="field-input" placeholder="A name, a case, a word…" />
      </SearchField>
      <ListBox
        className="libpanel-list"
        aria-label="Snippets"
        selectionMode="single"
        // A click (or arrow keys) shows a snippet; Enter or a double click puts it in.
        selectionBehavior="replace"
        selectedKeys={selected === null ? [] : [selected]}
        onSelectionChange={(keys) => {
          const [k] = [...(keys as Set<Key>)];
          setSelected(k === undefined ? null : String(k));
        }}
        onAction={(key) => void insert(String(key), 'linked')}
        renderEmptyState={() => (
          <p className="muted libpanel-empty">
            {searching ? `Nothing found for “${query}”.` : 'No snippets yet.'}
          </p>
        )}
      >
        {items.map((it) => (
          <ListBoxItem key={it.id} id={it.id} textValue={it.title} className="libpanel-item">
            <span
              draggable
              onDragStart={(e) => {
                e.dataTransfer.setData(SNIPPET_DRAG_TYPE, it.id);
                e.dataTransfer.setData('text/plain', it.title);
                e.dataTransfer.effectAllowed = 'copy';
              }}
            >
              <Highlighted text={it.title} ranges={it.ranges} />
              {it.via !== null && <span className="libpanel-via"> · about {it.via}</span>}
            </span>
          </ListBoxItem>
        ))}
      </ListBox>
      {selected !== null && chosen.data !== undefined && (
        <section className="libpanel-preview" aria-label={`Preview: ${chosen.data.title}`}>
          <div className="libpanel-actions">
            <Button size="small" variant="primary" onPress={() => void insert(selected, 'linked')}>
              Insert linked
            </Button>
            <Button size="small" onPress={() => void insert(selected, 'copied')}>
              Insert a copy
            </Button>
          </div>
          <p className="muted libpanel-hint">
            Linked: the text follows the library. Enter inserts it linked; or drag it into the text.
          </p>
          <div className="libpanel-text">
            <ContentView nodes={chosen.data.content.root.children} />
          </div>
        </section>
      )}
      <ErrorNote error={error} />
    </div>
  );
});
