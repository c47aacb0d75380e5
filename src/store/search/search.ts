import type Database from 'better-sqlite3-multiple-ciphers';
import type { SearchHit } from '../../shared/api';
import { excerpt, highlight, matchedWords } from '../../core/search/excerpt';
import {
  isShortWord,
  matchExpression,
  parseQuery,
  type Filters,
  type QueryWord,
} from '../../core/search/query';
import { stmt } from '../sql';

/**
 * How many matches are ranked. A query that matches more (a common word, the first letters of a
 * name) ranks the newest this many: ranking costs time for every match, and a query that matches
 * tens of thousands of items is not yet the one the user means.
 */
export const RANKED_CANDIDATES = 2000;

/**
 * The ranking, as SQL with two parameters (the MATCH expression, the number of results): rowids
 * with their scores, best first.
 */
export const RANKED_MATCHES = `
  SELECT rowid, score FROM (
    SELECT rowid, bm25(search_fts, 10.0, 1.0, 0.0)
             * (CASE rowid & 3 WHEN 0 THEN 1.5 WHEN 1 THEN 1.25 WHEN 2 THEN 1.0 ELSE 0.8 END) AS score
    FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ${RANKED_CANDIDATES})
  ORDER BY score LIMIT ?`;

interface Row {
  kind: SearchHit['kind'];
  item_id: string;
  title: string;
  body: string;
  score: number;
}

/** The first `limit` rows that hold every one-letter word, looking at the title before the body. */
function withShortWords(rows: Row[], short: QueryWord[], limit: number): Row[] {
  const kept: Row[] = [];
  for (const r of rows) {
    if (kept.length === limit) break;
    const inTitle = matchedWords(r.title, short, { names: r.kind === 'person' });
    if (inTitle.size === short.length) kept.push(r);
    else {
      const inBody = matchedWords(r.body, short);
      if (short.every((_, i) => inTitle.has(i) || inBody.has(i))) kept.push(r);
    }
  }
  return kept;
}

/**
 * Ranked search over the index: bm25, title matches weighing ten times body matches, then the
 * kind of item: a person, the entity a name means, before the case, the case before snippets and
 * snippets before the sources that mention the name (the kind is the rowid's low two bits, see
 * KIND_CODES). The FTS query is limited first and the item rows joined after, so the index does
 * the work.
 */
export function searchIndex(
  db: Database.Database,
  query: string,
  filters: Filters,
  limit: number,
): SearchHit[] {
  const words = parseQuery(query);
  if (words.length === 0) return [];
  const short = words.some((w) => !isShortWord(w)) ? words.filter(isShortWord) : [];
  const rows = stmt<Row>(
    db,
    `SELECT i.kind, i.item_id, i.title, i.body, f.score
     FROM (${RANKED_MATCHES}) AS f
     JOIN search_items i ON i.rowid = f.rowid
     ORDER BY f.score, i.rowid`,
  ).all(
    matchExpression(words, filters),
    short.length > 0 ? Math.min(limit * 5, RANKED_CANDIDATES) : limit,
  );

  const kept = short.length === 0 ? rows : withShortWords(rows, short, limit);
  return kept.map((r) => {
    const title = highlight(r.title, words, { names: r.kind === 'person' });
    const body = excerpt(r.body, words);
    return {
      kind: r.kind,
      id: r.item_id,
      title: r.title,
      score: Math.round(-r.score * 1000) / 1000,
      titleHighlights: title.highlights,
      excerpt: body.text,
      highlights: body.highlights,
    };
  });
}
