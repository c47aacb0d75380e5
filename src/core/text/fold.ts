/**
 * Folding for search and for anonymisation: the same person is written `Xədicə İsmayılova`,
 * `Xedice Ismayilova`, `Khadija Ismayilova`, `KHADIJA ISMAILOVA` and `ismayilova`. Words are
 * indexed, looked up and compared in their *forms*:
 *
 * - the *plain* form: lower case in the Azerbaijani way (İ and I both give i), diacritics
 *   removed, ı → i, ə → e (as people type it on a keyboard without ə);
 * - for Azerbaijani words, also the *transliterated* form: Azerbaijani letters spelled as English
 *   spells them (ə→a, x→kh, c→j, ç→ch, ş→sh, ğ→gh, q→g, ı→i, j→zh, ö→o, ü→u), then plain;
 * - for Azerbaijani words, also the *spelling key* (see {@link spellingKey}), which English-language
 *   reporting's mixed spellings share: `Qurbanzadə`, `Gurbanzade`, `Qurbanzade` and `Gurbanzada`
 *   all give `gurbanzada`. It is marked with {@link SPELLING_KEY_MARK} so that it only ever meets
 *   another spelling key.
 *
 * Search: a word matches when a form of the query word is a prefix of a form of the stored word:
 * `Khadija` (plain) meets `Xədicə` (transliterated), `İsmayılova` and `Ismayilova` share their
 * plain form, `Gurbanzade` (key) meets `Qurbanzadə` (key).
 *
 * A word counts as Azerbaijani when it has a letter English does not use (ə ı İ ğ ş ç ö ü, or x or
 * q), or stands next to such a word: `Cavid Ağayev` is a name, so `Cavid` is also `Javid`. English
 * prose is left alone, so that `Jon` does not find "consider" by way of "jonsider". Names (a
 * person's name and aliases) and query words are read as names: every word of them has its
 * spelling key, so that `Orujov` finds `Orucov` and `Xadija` finds a person stored as `Khadija`.
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

/**
 * Letters that English-language reporting writes in several ways, each reduced to one: ə, a and
 * e (Məmmədov, Mammadov, Mamedov); q and g; x, kh and h; c, ç, ch, j and zh; ş, sh and s; ğ, gh
 * and g. ı/i, ö/o, ü/u and the like are already one in the plain form.
 */
const KEY_DIGRAPHS: Readonly<Record<string, string>> = {
  kh: 'h',
  sh: 's',
  ch: 'j',
  zh: 'j',
  gh: 'g',
};
const KEY_LETTERS: Readonly<Record<string, string>> = { e: 'a', q: 'g', x: 'h', c: 'j' };
const KEY_VOWELS = new Set(['a', 'i', 'o', 'u']);

/**
 * The spelling key of a word: its plain form with the letters English-language reporting writes
 * in several ways reduced to one, so that the spellings of one Azerbaijani name, mixed letter by
 * letter, meet: `Qurbanzadə`, `Gurbanzade`, `Qurbanzade`, `Gurbanzada` → `gurbanzada`; `Xədicə`,
 * `Khadija`, `Xadija`, `Hadija` → `hadija`; `Şəhla`, `Shahla`, `Sehla` → `sahla`.
 *
 * From the plain form: doubled letters count once (Məmmədov, Mamedov); kh, sh, ch, zh and gh are
 * one letter each; then ə/a/e, q/g, x/h and c/j are each one letter; an h after s, j or g, a k
 * before h and a z before j are dropped (so that `Sonasxanlı`, whose x may be written h, meets
 * `Sonashanli`); a y between vowels next to an i is dropped (İsmayılova, Ismailova; Əliyev,
 * Aliev). The key is a matching device, not a spelling: it is never shown.
 */
export function spellingKey(word: string): string {
  return keyOfPlain(plainFold(word));
}

function keyOfPlain(plainForm: string): string {
  const plain = plainForm.replace(/(.)\1+/gu, '$1');
  const letters: string[] = [];
  for (let i = 0; i < plain.length;) {
    const digraph = KEY_DIGRAPHS[plain.slice(i, i + 2)];
    if (digraph !== undefined) {
      letters.push(digraph);
      i += 2;
    } else {
      const ch = plain.charAt(i);
      letters.push(KEY_LETTERS[ch] ?? ch);
      i += 1;
    }
  }
  let key = '';
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i] ?? '';
    const prev = key.charAt(key.length - 1);
    const next = letters[i + 1] ?? '';
    if (ch === 'h' && (prev === 's' || prev === 'j' || prev === 'g')) continue;
    if ((ch === 'k' && next === 'h') || (ch === 'z' && next === 'j')) continue;
    if (
      ch === 'y' &&
      KEY_VOWELS.has(prev) &&
      KEY_VOWELS.has(next) &&
      (prev === 'i' || next === 'i')
    )
      continue;
    if (ch === prev) continue;
    key += ch;
  }
  return key;
}

/**
 * Starts every spelling key among a word's forms (a private-use character, which the full-text
 * index keeps inside a token), so that a key only meets another key: `jon` (key of "Jon") never
 * meets the plain form of "jonquil".
 */
export const SPELLING_KEY_MARK = '\uE000';

interface Folded {
  plain: string;
  translit: string;
  /** The forms as prose, as Azerbaijani, as a name: each worked out when first asked for. */
  prose?: readonly string[];
  azerbaijani?: readonly string[];
  named?: readonly string[];
}

// Folding is the hot path of indexing and of excerpts; words repeat a great deal.
const memo = new Map<string, Folded>();

function folded(word: string): Folded {
  let f = memo.get(word);
  if (f === undefined) {
    if (memo.size >= 100_000) memo.clear();
    f = { plain: plainFold(word), translit: translitFold(word) };
    memo.set(word, f);
  }
  return f;
}

/**
 * The forms of one word: the plain form; for an Azerbaijani word also the transliterated form
 * (when it differs) and the spelling key; with `named`, the spelling key whatever the word.
 */
export function foldForms(
  word: string,
  azerbaijani = AZERBAIJANI.test(word),
  named = false,
): readonly string[] {
  const f = folded(word);
  if (azerbaijani) {
    return (f.azerbaijani ??= [
      f.plain,
      ...(f.translit === f.plain ? [] : [f.translit]),
      SPELLING_KEY_MARK + keyOfPlain(f.plain),
    ]);
  }
  if (named) return (f.named ??= [f.plain, SPELLING_KEY_MARK + keyOfPlain(f.plain)]);
  return (f.prose ??= [f.plain]);
}

/** Whether a form is a spelling key (see {@link SPELLING_KEY_MARK}). */
export function isSpellingKey(form: string): boolean {
  return form.startsWith(SPELLING_KEY_MARK);
}

/** Whether a word has a letter only Azerbaijani (among Latin-script languages here) uses. */
export function hasAzerbaijaniLetter(word: string): boolean {
  return AZERBAIJANI.test(word);
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
  /** Shared between words alike: never to be changed. */
  forms: readonly string[];
}

export interface FoldOptions {
  /**
   * The text is a name, or may be one (a person's name or alias, a query, a name looked for in a
   * document): every word has its spelling key, Azerbaijani-looking or not.
   */
  names?: boolean;
}

/** The words of a text with their forms, each judged Azerbaijani or not with its neighbours. */
export function foldedWords(text: string, options: FoldOptions = {}): FoldedWord[] {
  const named = options.names === true;
  // One object per word, built once its right-hand neighbour is known (this is the hot path of
  // excerpts and of anonymisation: every printed word goes through it).
  const out: FoldedWord[] = [];
  let word = '';
  let start = 0;
  let az = false;
  let azBefore = false;
  let first = true;
  for (const m of text.matchAll(WORD)) {
    const next = AZERBAIJANI.test(m[0]);
    if (!first) {
      out.push({
        word,
        start,
        end: start + word.length,
        forms: foldForms(word, az || azBefore || next, named),
      });
      azBefore = az;
    }
    word = m[0];
    start = m.index;
    az = next;
    first = false;
  }
  if (!first) {
    out.push({
      word,
      start,
      end: start + word.length,
      forms: foldForms(word, az || azBefore, named),
    });
  }
  return out;
}

/** A text as the index stores it: every word in all its forms, separated by spaces. */
export function foldForIndex(text: string, options: FoldOptions = {}): string {
  return foldedWords(text, options)
    .flatMap((w) => w.forms)
    .join(' ');
}
