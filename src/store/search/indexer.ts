import type Database from 'better-sqlite3-multiple-ciphers';
import type { SearchKind } from '../../shared/api';
import { facetToken, type FacetName } from '../../core/search/query';
import { formatDate } from '../../core/dates';
import { foldForIndex } from '../../core/text/fold';
import { getCase, snippetsOfCase } from '../cases/cases';
import { eventsOfCase } from '../cases/events';
import { casesOfPerson, getPerson } from '../persons/persons';
import { getSnippet } from '../snippets/snippets';
import { getSource } from '../sources/sources';
import { stmt } from '../sql';

/** What the index holds of one item: display title, text for excerpts, facets for filters. */
interface SearchDoc {
  title: string;
  /** The title is a name (a person's): every word of it has its spelling key (core/text/fold). */
  titleIsName: boolean;
  /**
   * Names indexed with the title's weight but not shown as the title (a person's aliases, a
   * case's persons).
   */
  alsoTitle: string;
  body: string;
  facets: [FacetName, string][];
}

/**
 * The kind of an item is the low two bits of its rowid, so that ranking can weigh kinds without
 * leaving the index (see store/search/search).
 */
export const KIND_CODES: Readonly<Record<SearchKind, number>> = {
  person: 0,
  case: 1,
  snippet: 2,
  source: 3,
};

const lines = (...parts: (string | null | undefined | false)[]): string =>
  parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(' · ');

function caseFacets(db: Database.Database, caseIds: string[]): [FacetName, string][] {
  const facets: [FacetName, string][] = [];
  for (const id of caseIds) {
    const row = stmt<{ status: string; country: string | null }>(
      db,
      'SELECT status, country FROM cases WHERE id = ?',
    ).get(id);
    if (row === undefined) continue;
    facets.push(['status', row.status]);
    if (row.country !== null) facets.push(['country', row.country]);
  }
  return facets;
}

function personDoc(db: Database.Database, id: string): SearchDoc | null {
  const p = getPerson(db, id);
  if (p === null) return null;
  return {
    title: p.name,
    titleIsName: true,
    alsoTitle: p.aliases.map((a) => a.name).join(' '),
    body: lines(
      p.aliases.length > 0 && p.aliases.map((a) => a.name).join(', '),
      p.roles.join(', '),
      p.affiliations.map((a) => (a.position ? `${a.position}, ${a.name}` : a.name)).join('; '),
      p.notes,
    ),
    facets: [
      ['kind', 'person'],
      ...(p.country === null ? [] : [['country', p.country] as [FacetName, string]]),
      ...caseFacets(db, casesOfPerson(db, id)),
    ],
  };
}

function caseDoc(db: Database.Database, id: string): SearchDoc | null {
  const c = getCase(db, id);
  if (c === null) return null;
  const persons = c.personIds.map((pid) => getPerson(db, pid)).filter((p) => p !== null);
  return {
    title: c.title,
    titleIsName: false,
    alsoTitle: persons.map((p) => [p.name, ...p.aliases.map((a) => a.name)].join(' ')).join(' '),
    body: lines(
      c.summary,
      c.charges
        .map((ch) => [ch.article && `Art. ${ch.article}`, ch.label].filter(Boolean).join(' '))
        .join('; '),
      c.applications.map((a) => [a.name, `no. ${a.number}`].filter(Boolean).join(', ')).join('; '),
      c.violations.join(', '),
      ...eventsOfCase(db, id).map((e) => `${formatDate(e.date)}: ${e.text}`),
    ),
    facets: [
      ['kind', 'case'],
      ['status', c.status],
      ...(c.country === null ? [] : [['country', c.country] as [FacetName, string]]),
    ],
  };
}

function snippetDoc(db: Database.Database, id: string): SearchDoc | null {
  const s = getSnippet(db, id);
  if (s === null) return null;
  return {
    title: s.title,
    titleIsName: false,
    alsoTitle: '',
    body: s.text,
    facets: [
      ['kind', 'snippet'],
      ['language', s.language],
      ...s.tags.map((t): [FacetName, string] => ['tag', t]),
      ...s.forums.map((f): [FacetName, string] => ['forum', f]),
      ...caseFacets(db, s.caseIds),
    ],
  };
}

function sourceDoc(db: Database.Database, id: string): SearchDoc | null {
  const s = getSource(db, id);
  if (s === null) return null;
  return {
    title: s.title,
    titleIsName: false,
    alsoTitle: '',
    body: lines(s.publisher, s.published && formatDate(s.published), s.url, s.notes),
    facets: [['kind', 'source']],
  };
}

const BUILDERS: Record<SearchKind, (db: Database.Database, id: string) => SearchDoc | null> = {
  person: personDoc,
  case: caseDoc,
  snippet: snippetDoc,
  source: sourceDoc,
};

function nextRowid(db: Database.Database, kind: SearchKind): number {
  const last = stmt<number>(db, 'SELECT coalesce(max(rowid), 0) FROM search_items')
    .pluck()
    .get() as number;
  return (Math.floor(last / 4) + 1) * 4 + KIND_CODES[kind];
}

/** Brings the index entry of one item up to date (removes it when the item is gone). */
export function indexItem(db: Database.Database, kind: SearchKind, id: string): void {
  const existing = stmt<number>(db, 'SELECT rowid FROM search_items WHERE kind = ? AND item_id = ?')
    .pluck()
    .get(kind, id) as number | undefined;
  if (existing !== undefined) stmt(db, 'DELETE FROM search_fts WHERE rowid = ?').run(existing);

  const doc = BUILDERS[kind](db, id);
  if (doc === null) {
    if (existing !== undefined) stmt(db, 'DELETE FROM search_items WHERE rowid = ?').run(existing);
    return;
  }
  const rowid = existing ?? nextRowid(db, kind);
  stmt(
    db,
    `INSERT INTO search_items (rowid, kind, item_id, title, body) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (rowid) DO UPDATE SET title = excluded.title, body = excluded.body`,
  ).run(rowid, kind, id, doc.title, doc.body);
  stmt(db, 'INSERT INTO search_fts (rowid, title, body, facets) VALUES (?, ?, ?, ?)').run(
    rowid,
    `${foldForIndex(doc.title, { names: doc.titleIsName })} ${foldForIndex(doc.alsoTitle, { names: true })}`,
    foldForIndex(doc.body),
    [...new Set(doc.facets.map(([name, value]) => facetToken(name, value)))].join(' '),
  );
}

/** Re-indexes a case and everything whose index entry shows something of it. */
export function indexCaseAndRelated(db: Database.Database, caseId: string): void {
  indexItem(db, 'case', caseId);
  const c = getCase(db, caseId);
  for (const personId of c?.personIds ?? []) indexItem(db, 'person', personId);
  for (const snippetId of snippetsOfCase(db, caseId)) indexItem(db, 'snippet', snippetId);
}

/**
 * The version of what the index holds for a text (core/text/fold). A library whose index was
 * built with another version is re-indexed when it is opened: 2 added spelling keys (mixed
 * English spellings of Azerbaijani names) and read every word of a person's name as a name.
 */
export const SEARCH_FOLDING_VERSION = 2;

/** Rebuilds the whole index from the library's rows. */
export function rebuildSearchIndex(db: Database.Database): void {
  db.exec(
    "DELETE FROM search_items; INSERT INTO search_fts (search_fts) VALUES ('delete-all'); DELETE FROM meta WHERE key = 'search_index_stale';",
  );
  stmt(
    db,
    `INSERT INTO meta (key, value) VALUES ('search_folding', ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(String(SEARCH_FOLDING_VERSION));
  const tables: [SearchKind, string][] = [
    ['person', 'persons'],
    ['case', 'cases'],
    ['snippet', 'snippets'],
    ['source', 'sources'],
  ];
  for (const [kind, table] of tables) {
    const ids = db.prepare(`SELECT id FROM ${table}`).pluck().all() as string[];
    for (const id of ids) indexItem(db, kind, id);
  }
}

/** Whether the index must be rebuilt: marked stale by a migration, or folded another way. */
export function searchIndexIsStale(db: Database.Database): boolean {
  const stale =
    stmt<number>(db, "SELECT count(*) FROM meta WHERE key = 'search_index_stale'").pluck().get() !==
    0;
  const folding = stmt<string>(db, "SELECT value FROM meta WHERE key = 'search_folding'")
    .pluck()
    .get() as string | undefined;
  return stale || folding !== String(SEARCH_FOLDING_VERSION);
}
