import { useState, type FormEvent } from 'react';
import type { SearchHit } from '../../shared/api';

/**
 * A first screen: search the library. The full desktop app (library, editor, preflight) comes
 * with its own issue; this proves the chain renderer → preload → main → backend.
 */
export function App() {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [error, setError] = useState<string | null>(null);

  async function search(e: FormEvent): Promise<void> {
    e.preventDefault();
    const result = await window.dossier.call('search.query', { query, limit: 20 });
    if (result.ok) {
      setHits(result.value.results);
      setError(null);
    } else {
      setError(result.error.message);
    }
  }

  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 860, margin: '2rem auto' }}>
      <h1>Dossier</h1>
      <form onSubmit={(e) => void search(e)}>
        <input
          aria-label="Search the library"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Search persons, cases, snippets, sources"
          style={{ width: '70%', padding: '0.5rem' }}
        />{' '}
        <button type="submit">Search</button>
      </form>
      {error !== null && <p role="alert">{error}</p>}
      <ol>
        {hits.map((h) => (
          <li key={`${h.kind}:${h.id}`}>
            <strong>{h.title}</strong> <small>({h.kind})</small>
            <div>{h.excerpt}</div>
          </li>
        ))}
      </ol>
    </main>
  );
}
