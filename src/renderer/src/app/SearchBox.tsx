import { Search } from 'lucide-react';
import { useState, type KeyboardEvent } from 'react';
import {
  ComboBox,
  Header,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  Popover,
  type Key,
} from 'react-aria-components';
import type { SearchHit } from '../../../shared/api';
import { parseQuery } from '../../../core/search/query';
import { useLiveCall } from './api';
import { Highlighted } from './Highlighted';
import { navigate } from './location';
import { groupHits, hitPath, KIND_LABELS } from './searchRoutes';
import './SearchBox.css';

/** Search results for what is typed, as it is typed (the previous ones stay until the next come). */
export function useSearchHits(query: string, limit = 8) {
  const enabled = parseQuery(query).length > 0;
  const r = useLiveCall('search.query', { query, limit }, enabled);
  return { hits: enabled ? (r.data?.results ?? []) : [], error: r.error, fetching: r.isFetching };
}

export function HitView({ hit }: { hit: SearchHit }) {
  return (
    <div className="hit">
      <div className="hit-title">
        <Highlighted text={hit.title} ranges={hit.titleHighlights} />
      </div>
      {hit.excerpt !== '' && (
        <div className="hit-excerpt">
          <Highlighted text={hit.excerpt} ranges={hit.highlights} />
        </div>
      )}
    </div>
  );
}

const keyOf = (h: SearchHit): string => `${h.kind}:${h.id}`;

/**
 * The header's search box: results grouped by kind as you type (Khadija, Xədicə and Исмаилова
 * find the same person), ↑ ↓ and Enter to open one; Enter on the text itself shows every result.
 */
export function SearchBox() {
  const [query, setQuery] = useState('');
  const { hits } = useSearchHits(query);
  const groups = groupHits(hits);

  const open = (key: Key | null): void => {
    if (key === null) return;
    const hit = hits.find((h) => keyOf(h) === key);
    if (hit === undefined) return;
    setQuery('');
    navigate(hitPath(hit));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (
      e.key === 'Enter' &&
      !e.currentTarget.getAttribute('aria-activedescendant') &&
      query.trim()
    ) {
      navigate(`/search?q=${encodeURIComponent(query.trim())}`);
      setQuery('');
    }
  };

  return (
    <ComboBox
      className="searchbox"
      aria-label="Search the library"
      inputValue={query}
      onInputChange={setQuery}
      onSelectionChange={open}
      selectedKey={null}
      menuTrigger="input"
      defaultFilter={() => true}
      // Open on "nothing found" while there is a query; closed once it is cleared (else the
      // empty popover stays and hides the page from assistive technology).
      allowsEmptyCollection={parseQuery(query).length > 0}
    >
      <Label className="visually-hidden">Search the library</Label>
      <div className="searchbox-field">
        <Search size={15} aria-hidden="true" className="searchbox-icon" />
        <Input
          className="searchbox-input"
          placeholder="Search persons, cases, snippets, sources…"
          onKeyDown={onKeyDown}
        />
      </div>
      <Popover className="searchbox-popover" placement="bottom start" offset={4}>
        <ListBox
          className="searchbox-list"
          renderEmptyState={() =>
            parseQuery(query).length === 0 ? null : (
              <div className="searchbox-empty">Nothing found for “{query}”.</div>
            )
          }
        >
          {groups.map((g) => (
            <ListBoxSection key={g.kind} id={g.kind} className="searchbox-section">
              <Header className="searchbox-header">{KIND_LABELS[g.kind]}</Header>
              {g.hits.map((h) => (
                <ListBoxItem
                  key={keyOf(h)}
                  id={keyOf(h)}
                  textValue={h.title}
                  className="searchbox-item"
                >
                  <HitView hit={h} />
                </ListBoxItem>
              ))}
            </ListBoxSection>
          ))}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
