/**
 * Folding for search: the same person is written `Xədicə İsmayılova`, `Xedice Ismayilova`,
 * `Khadija Ismayilova` and `ismayilova`. Every word is indexed in two forms, and every query
 * word is looked up in both:
 *
 * - its *plain* form: lower case in the Azerbaijani way (İ and I both give i), diacritics
 *   removed, ı → i, ə → e (as people type it on a keyboard without ə);
 * - its *transliterated* form: Azerbaijani letters spelled as English spells them
 *   (ə→a, x→kh, c→j, ç→ch, ş→sh, ğ→gh, q→g, ı→i, j→zh, ö→o, ü→u), then plain.
 *
 * A word matches when any form of the query word is a prefix of any form of the stored word:
 * `Khadija` (plain) meets `Xədicə` (transliterated), `Xədicə` (transliterated) meets `Khadija`
 * (plain), and `İsmayılova` and `Ismayilova` share their plain form.
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

/** The distinct forms of one word (one or two). */
export function foldForms(word: string): string[] {
  const plain = plainFold(word);
  const translit = translitFold(word);
  return plain === translit ? [plain] : [plain, translit];
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

/** A text as the index stores it: every word in all its forms, separated by spaces. */
export function foldForIndex(text: string): string {
  const out: string[] = [];
  for (const { word } of wordSpans(text)) out.push(...foldForms(word));
  return out.join(' ');
}
