import { foldedWords, isSpellingKey, type FoldedWord } from './fold';

/**
 * Finding people's names in printed text, with the forms search uses (core/text/fold): a word of
 * the text stands for a word of a name when they share a plain or transliterated form (`Xədicə`,
 * `Xedice`, `Khadija`, `KHADIJA`) or their spelling key (`Gurbanzade` for `Qurbanzadə`). Text and
 * names are both read as names, so every word has its spelling key, as a query word has.
 *
 * Unlike search, which matches prefixes, a name matches whole words only: `Ismayil` is not
 * `Ismayilova`.
 */

/** A name to look for, and what it stands for (the person). */
export interface NameEntry<T> {
  name: string;
  value: T;
}

/** Where a whole name stands in a text (UTF-16 offsets, end exclusive). */
export interface NameMatch<T> {
  start: number;
  end: number;
  value: T;
}

/** What `NameMatcher.scan` finds in a text: kept and shared, so never to be changed. */
export interface ScanResult<T> {
  readonly names: readonly NameMatch<T>[];
  readonly parts: readonly NamePartMatch<T>[];
}

/** How many texts' scans a matcher keeps (about a 3,000-paragraph document's, twice over). */
const SCANS_KEPT = 8_000;

/** A single word of a name found in a text. */
export interface NamePartMatch<T> {
  start: number;
  end: number;
  /** The word as the text writes it. */
  word: string;
  /** The word of the name it stands for, as the name writes it. */
  nameWord: string;
  value: T;
}

/** Name words of at least this many letters are reported on their own (see `parts`). */
export const NAME_PART_MIN_LETTERS = 4;

/**
 * Words of a name that name nobody: patronymic particles (`Rəşid qızı`, `Vəli oğlu`, and their
 * Russian-style spellings) and the honorific `xanım`. Compared by spelling key.
 */
const NOT_A_NAME = new Set(['oglu', 'gizi', 'hanim', 'ogly', 'kyzy', 'kizi']);

/** Sentence ends: a name does not run across one (unless it has one itself, as `Ə. Məmmədov`). */
const SENTENCE_END = /[.!?…]/g;

/**
 * Letters that only a name in Azerbaijani spelling has (x and q are in English words too): a word
 * with one, or with a capital, may match by spelling key alone (see `NameMatcher`).
 */
const NAME_LIKE = /[\p{Lu}əığşçöü]/u;

interface NameWord {
  word: string;
  forms: ReadonlySet<string>;
}

interface Compiled<T> {
  words: NameWord[];
  /** The text between word i and word i + 1 of the name. */
  separators: string[];
  value: T;
}

type Strength = 'form' | 'key' | null;

/** How a word of a text stands for a word of a name: by plain or transliterated form, by key. */
function strength(word: FoldedWord, nameWord: NameWord): Strength {
  let key = false;
  for (const f of word.forms) {
    if (!nameWord.forms.has(f)) continue;
    if (!isSpellingKey(f)) return 'form';
    key = true;
  }
  return key ? 'key' : null;
}

/** Whether the separator between two words of a text may stand inside a name. */
function joins(separator: string, nameSeparator: string): boolean {
  for (const m of separator.matchAll(SENTENCE_END)) {
    if (!nameSeparator.includes(m[0])) return false;
  }
  return true;
}

function overlaps(start: number, end: number, ranges: readonly (readonly [number, number])[]) {
  return ranges.some(([s, e]) => start < e && s < end);
}

/**
 * The names of a set of people, ready to be found in texts.
 *
 * - `find`: whole names. A name of several words matches the same number of consecutive words of
 *   the text, each standing for the name's word in order, separated by anything but a sentence
 *   end (spaces, line breaks, hyphens, commas, a note reference): `Xədicə\nİsmayılova` is a name,
 *   `… Xədicə. İsmayılova …` is not. At each place the longest name wins; matches do not overlap.
 * - `parts`: single words of names (of four letters or more, patronymic particles aside) still in
 *   a text, wherever they stand.
 * - `scan`: both in one pass over the text (the parts among the words outside whole names).
 *
 * A word that matches on its own (a one-word name, a name part) by spelling key alone, and not by
 * its plain or transliterated form, must look like a name: a capital, or a letter of Azerbaijani
 * spelling. Otherwise English words would stand for names they only resemble once vowels merge
 * ("same" for Səma); in a name of several words, the other words make the match sure.
 */
export class NameMatcher<T> {
  private readonly names: Compiled<T>[] = [];
  /** Names by the forms of their first word. */
  private readonly byFirst = new Map<string, Compiled<T>[]>();
  /** Name words that count as parts, by their forms. */
  private readonly partsByForm = new Map<string, { nameWord: NameWord; value: T }[]>();
  /**
   * What `scan` found in texts already scanned: a document is previewed again after every pause
   * in typing, and all of it but the paragraph being typed is as it was.
   */
  private readonly scanned = new Map<string, ScanResult<T>>();

  constructor(entries: readonly NameEntry<T>[]) {
    for (const { name, value } of entries) {
      const folded = foldedWords(name.normalize('NFC'), { names: true });
      if (folded.length === 0) continue;
      const words = folded.map((w) => ({ word: w.word, forms: new Set(w.forms) }));
      const separators = folded
        .slice(1)
        .map((w, i) => name.normalize('NFC').slice(folded[i]?.end ?? 0, w.start));
      const compiled: Compiled<T> = { words, separators, value };
      this.names.push(compiled);
      for (const f of words[0]?.forms ?? []) {
        const list = this.byFirst.get(f) ?? [];
        list.push(compiled);
        this.byFirst.set(f, list);
      }
      for (const w of words) {
        const key = [...w.forms].find(isSpellingKey)?.slice(1) ?? '';
        if ([...w.word].length < NAME_PART_MIN_LETTERS || NOT_A_NAME.has(key)) continue;
        const part = { nameWord: w, value };
        for (const f of w.forms) {
          const list = this.partsByForm.get(f) ?? [];
          if (!list.some((p) => p.value === value && p.nameWord.word === w.word)) list.push(part);
          this.partsByForm.set(f, list);
        }
      }
    }
  }

  /** Whether there is no name to look for. */
  get empty(): boolean {
    return this.names.length === 0;
  }

  /**
   * The whole names in `text`, in order. Matches that overlap one of `skip` (say, a web address,
   * which cannot be rewritten) are left out.
   */
  find(text: string, skip: readonly (readonly [number, number])[] = []): readonly NameMatch<T>[] {
    return this.scan(text, skip).names;
  }

  /** The single words of names in `text` (see the class comment), in order. */
  parts(text: string): readonly NamePartMatch<T>[] {
    return this.scan(text, [], false).parts;
  }

  /**
   * Both at once, folding the text once: the whole names (as `find`), and the parts of names among
   * the words outside them (a name left out because of `skip` counts as parts).
   */
  scan(
    text: string,
    skip: readonly (readonly [number, number])[] = [],
    names = true,
  ): ScanResult<T> {
    if (this.empty) return { names: [], parts: [] };
    const key = `${names ? 'n' : 'p'}${skip.map(([a, b]) => `${a}-${b}`).join(',')}\u0000${text}`;
    const known = this.scanned.get(key);
    if (known !== undefined) return known;
    const found = this.scanText(text, skip, names);
    if (this.scanned.size >= SCANS_KEPT) this.scanned.clear();
    this.scanned.set(key, found);
    return found;
  }

  private scanText(
    text: string,
    skip: readonly (readonly [number, number])[],
    names: boolean,
  ): ScanResult<T> {
    const found = { names: [] as NameMatch<T>[], parts: [] as NamePartMatch<T>[] };
    const words = foldedWords(text, { names: true });
    for (let i = 0; i < words.length;) {
      const first = words[i];
      if (first === undefined) break;
      const best = names ? this.longestAt(text, words, i) : null;
      const last = best === null ? undefined : words[i + best.words.length - 1];
      if (best !== null && last !== undefined && !overlaps(first.start, last.end, skip)) {
        found.names.push({ start: first.start, end: last.end, value: best.value });
        i += best.words.length;
        continue;
      }
      this.partsOf(first, found.parts);
      i += 1;
    }
    return found;
  }

  /** The longest name that starts at word `at`, if any. */
  private longestAt(text: string, words: readonly FoldedWord[], at: number): Compiled<T> | null {
    const first = words[at];
    if (first === undefined) return null;
    let best: Compiled<T> | null = null;
    let tried: Set<Compiled<T>> | null = null;
    for (const f of first.forms) {
      const candidates = this.byFirst.get(f);
      if (candidates === undefined) continue;
      tried ??= new Set();
      for (const name of candidates) {
        if (tried.has(name)) continue;
        tried.add(name);
        if (best !== null && name.words.length <= best.words.length) continue;
        if (this.matchesAt(text, words, at, name)) best = name;
      }
    }
    return best;
  }

  private matchesAt(text: string, words: readonly FoldedWord[], at: number, name: Compiled<T>) {
    if (at + name.words.length > words.length) return false;
    for (let j = 0; j < name.words.length; j++) {
      const word = words[at + j];
      const nameWord = name.words[j];
      if (word === undefined || nameWord === undefined) return false;
      const how = strength(word, nameWord);
      if (how === null) return false;
      if (how === 'key' && name.words.length === 1 && !NAME_LIKE.test(word.word)) return false;
      if (j > 0) {
        const before = words[at + j - 1];
        if (before === undefined) return false;
        if (!joins(text.slice(before.end, word.start), name.separators[j - 1] ?? '')) return false;
      }
    }
    return true;
  }

  /** The name words `word` stands for, added to `out`. */
  private partsOf(word: FoldedWord, out: NamePartMatch<T>[]): void {
    let seen: Set<{ nameWord: NameWord; value: T }> | null = null;
    for (const f of word.forms) {
      const parts = this.partsByForm.get(f);
      if (parts === undefined) continue;
      seen ??= new Set();
      for (const part of parts) {
        if (seen.has(part)) continue;
        if (isSpellingKey(f) && strength(word, part.nameWord) === 'key') {
          if (!NAME_LIKE.test(word.word)) continue;
        }
        seen.add(part);
        out.push({
          start: word.start,
          end: word.end,
          word: word.word,
          nameWord: part.nameWord.word,
          value: part.value,
        });
      }
    }
  }
}
