import { foldedWords, isSpellingKey } from '../text/fold';

/** The words of a search query, each with the folded forms to look up. */
export interface QueryWord {
  word: string;
  forms: readonly string[];
}

/**
 * A query's words with their forms. Query words are read as names (core/text/fold): each has its
 * spelling key, so that `Gurbanzade` finds `Qurbanzadə`; except words of one or two letters, whose
 * key would be the prefix of a good part of the index (`E` would find every `A…`).
 */
export function parseQuery(query: string): QueryWord[] {
  return foldedWords(query.normalize('NFC'), { names: true }).map(({ word, forms }) => {
    const short = (forms[0] ?? '').length < 3;
    return { word, forms: short ? forms.filter((f) => !isSpellingKey(f)) : forms };
  });
}

/**
 * A one-letter word has no prefix index behind it (every word starting with "a"): it is checked
 * on the ranked results instead of in the index, unless the query has nothing else.
 */
export function isShortWord(w: QueryWord): boolean {
  return w.forms.every((f) => isSpellingKey(f) || f.length < 2);
}

/** A facet of an indexed item that searches filter on: `kind=person`, `tag=ngo law`. */
export type FacetName = 'kind' | 'country' | 'status' | 'tag' | 'forum' | 'language';

/**
 * The single index token that stands for a facet value. Facets live in their own column as
 * opaque tokens (`f` + a hash), so a tag with spaces or a hyphenated forum key stays one token
 * and never matches a typed word.
 */
export function facetToken(name: FacetName, value: string): string {
  let h = 0x811c9dc5;
  for (const ch of `${name}\u0000${value.trim().toLowerCase()}`) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `f${h.toString(36)}`;
}

export type Filters = Partial<Record<FacetName, string[]>>;

/**
 * The FTS5 MATCH expression for a query: every word must match, each word as a prefix of any
 * form of an indexed word; every filter must hold, any of its values.
 */
export function matchExpression(words: readonly QueryWord[], filters: Filters = {}): string {
  const indexed = words.some((w) => !isShortWord(w)) ? words.filter((w) => !isShortWord(w)) : words;
  const parts = indexed.map(
    (w) => `{title body}: (${w.forms.map((f) => `"${f.replace(/"/g, '""')}"*`).join(' OR ')})`,
  );
  for (const [name, values] of Object.entries(filters) as [FacetName, string[] | undefined][]) {
    if (values === undefined || values.length === 0) continue;
    parts.push(`facets: (${values.map((v) => facetToken(name, v)).join(' OR ')})`);
  }
  return parts.join(' AND ');
}
