/**
 * Folding for search: the same person is written `Xədicə İsmayılova`, `Xedice Ismayilova`,
 * `Khadija Ismayilova` and `ismayilova`. Words are indexed, and query words looked up, in their
 * *forms*:
 *
 * - the *plain* form: lower case in the Azerbaijani way (İ and I both give i), diacritics
 *   removed, ı → i, ə → e (as people type it on a keyboard without ə);
 * - for Azerbaijani words, also the *transliterated* form: Azerbaijani letters spelled as English
 *   spells them (ə→a, x→kh, c→j, ç→ch, ş→sh, ğ→gh, q→g, ı→i, j→zh, ö→o, ü→u), then plain.
 *
 * A word matches when a form of the query word is a prefix of a form of the stored word:
 * `Khadija` (plain) meets `Xədicə` (transliterated), `Xədicə` (transliterated) meets `Khadija`
 * (plain), and `İsmayılova` and `Ismayilova` share their plain form.
 *
 * A word counts as Azerbaijani when it has a letter English does not use (ə ı İ ğ ş ç ö ü, or x or
 * q), or stands next to such a word: `Cavid Ağayev` is a name, so `Cavid` is also `Javid`. English
 * prose is left alone, so that `Jon` does not find "consider" by way of "jonsider".
 */

const TRANSLIT: Readonly<Record<string, string>> = {
  ə: 'a',
  x: 'kh',
  c: 'j',
  ç: 'ch',
  ş: 'sh',
  ğ: 'gh',
  q: 'g',
  ı: 'i',
  j: 'zh',
  ö: 'o',
  ü: 'u',
};

const AZERBAIJANI = /[əƏıİğĞşŞçÇöÖüÜxXqQ]/;

/** Lower case that knows Azerbaijani and Turkish İ/I and keeps ı distinct from i until folding. */
export function lowerAz(text: string): string {
  return text.replace(/İ/g, 'i').replace(/I/g, 'ı').toLowerCase();
}

function stripMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

/** The plain form of a word or text. */
export function plainFold(text: string): string {
  return stripMarks(lowerAz(text).replace(/ı/g, 'i').replace(/ə/g, 'e'));
}

/** The transliterated form of a word or text. */
export function translitFold(text: string): string {
  let out = '';
  for (const ch of lowerAz(text)) out += TRANSLIT[ch] ?? ch;
  return stripMarks(out);
}

// Folding is the hot path of indexing and of excerpts; words repeat a great deal.
const memo = new Map<string, readonly [string, string]>();

function folded(word: string): readonly [string, string] {
  let f = memo.get(word);
  if (f === undefined) {
    if (memo.size >= 100_000) memo.clear();
    f = [plainFold(word), translitFold(word)];
    memo.set(word, f);
  }
  return f;
}

/** The forms of one word (one or two); `azerbaijani` adds the transliterated form. */
export function foldForms(word: string, azerbaijani = AZERBAIJANI.test(word)): string[] {
  const [plain, translit] = folded(word);
  return azerbaijani && translit !== plain ? [plain, translit] : [plain];
}

export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The words of a text with their offsets (UTF-16), split as the full-text index splits them. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    spans.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

export interface FoldedWord extends WordSpan {
  forms: string[];
}

/** The words of a text with their forms, each judged Azerbaijani or not with its neighbours. */
export function foldedWords(text: string): FoldedWord[] {
  const spans = wordSpans(text);
  const az = spans.map((s) => AZERBAIJANI.test(s.word));
  return spans.map((s, i) => ({
    ...s,
    forms: foldForms(s.word, az[i] === true || az[i - 1] === true || az[i + 1] === true),
  }));
}

/** A text as the index stores it: every word in all its forms, separated by spaces. */
export function foldForIndex(text: string): string {
  return foldedWords(text)
    .flatMap((w) => w.forms)
    .join(' ');
}
