import { foldedWords, type FoldOptions } from '../text/fold';
import type { QueryWord } from './query';

/** Text with the ranges (UTF-16 offsets, end exclusive) that matched the query. */
export interface Highlighted {
  text: string;
  highlights: [number, number][];
}

interface Hit {
  start: number;
  end: number;
  word: number;
}

/**
 * Which query words a text holds (their indexes in `words`). `options` says how the text was
 * indexed (a person's name is read as a name, see core/text/fold).
 */
export function matchedWords(
  text: string,
  words: readonly QueryWord[],
  options: FoldOptions = {},
): Set<number> {
  return new Set(hitsIn(text, words, options).map((h) => h.word));
}

function hitsIn(text: string, words: readonly QueryWord[], options: FoldOptions = {}): Hit[] {
  const hits: Hit[] = [];
  for (const { start, end, forms } of foldedWords(text, options)) {
    const word = words.findIndex((w) => w.forms.some((q) => forms.some((f) => f.startsWith(q))));
    if (word >= 0) hits.push({ start, end, word });
  }
  return hits;
}

/** The whole of a short text (a title) with what matched marked. */
export function highlight(
  text: string,
  words: readonly QueryWord[],
  options: FoldOptions = {},
): Highlighted {
  return { text, highlights: hitsIn(text, words, options).map((h) => [h.start, h.end]) };
}

/**
 * A passage of about `length` characters around the place where most query words match, with
 * the matches marked. Without a match, the text's beginning.
 */
export function excerpt(body: string, words: readonly QueryWord[], length = 200): Highlighted {
  const text = body.replace(/\s+/g, ' ').trim();
  if (text.length <= length) return highlight(text, words);
  const hits = hitsIn(text, words);

  let from = 0;
  if (hits.length > 0) {
    let best = { score: -1, start: 0 };
    for (let i = 0; i < hits.length; i++) {
      const first = hits[i];
      if (first === undefined) continue;
      const distinct = new Set<number>();
      for (let j = i; j < hits.length; j++) {
        const h = hits[j];
        if (h === undefined || h.end - first.start > length * 0.8) break;
        distinct.add(h.word);
      }
      if (distinct.size > best.score) best = { score: distinct.size, start: first.start };
    }
    // Lead in with a little context, from a word boundary.
    from = Math.max(0, best.start - Math.floor(length * 0.2));
    if (from > 0) {
      const space = text.indexOf(' ', from);
      from = space >= 0 && space < best.start ? space + 1 : best.start;
    }
  }
  let to = Math.min(text.length, from + length);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > from) to = space;
  }
  const prefix = from > 0 ? '…' : '';
  const suffix = to < text.length ? '…' : '';
  const shift = prefix.length - from;
  return {
    text: prefix + text.slice(from, to) + suffix,
    highlights: hits
      .filter((h) => h.start >= from && h.end <= to)
      .map((h): [number, number] => [h.start + shift, h.end + shift]),
  };
}
