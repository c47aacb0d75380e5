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
