import { foldedWords } from '../../../core/text/fold';

/**
 * A list's filter box matches as search does: every word typed is the start of a word of the
 * row, in any of its forms (`Xədicə`, `Xedice`, `Khadija`). Rows fold their text once.
 */
export function foldRow(text: string): string[] {
  return foldedWords(text, { names: true }).flatMap((w) => w.forms);
}

export function rowMatches(forms: readonly string[], query: string): boolean {
  const words = foldedWords(query, { names: true });
  return words.every((w) => w.forms.some((q) => forms.some((f) => f.startsWith(q))));
}

/**
 * A row's folded forms, folded on first use and kept: a list folds nothing until a filter is
 * typed (folding ten thousand names takes a while), and each row once after that.
 */
export function lazyForms<T extends object>(text: (row: T) => string): (row: T) => string[] {
  const cache = new WeakMap<T, string[]>();
  return (row) => {
    let forms = cache.get(row);
    if (forms === undefined) cache.set(row, (forms = foldRow(text(row))));
    return forms;
  };
}
