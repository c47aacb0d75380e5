/**
 * Right-to-left text (Arabic, Hebrew): a simplified Unicode bidirectional algorithm, enough for
 * names and quotes in a submission and for paragraphs written in Arabic or Hebrew.
 *
 * In a left-to-right paragraph, a right-to-left stretch starts at a right-to-left letter and runs
 * over spaces, punctuation and numbers to the last right-to-left letter or number before a
 * left-to-right letter (a number after Arabic is read with it: rule W2); neutrals at its edges
 * take the paragraph's direction.
 *
 * A right-to-left paragraph (its `direction`, or its first strong letter: rules P2 and P3) is the
 * mirror image: the line reads from the right, and a left-to-right stretch inside it (a Latin
 * name, an English title) runs from a left-to-right letter over spaces, punctuation and numbers
 * to the last left-to-right letter or number before a right-to-left letter. A number with no
 * left-to-right letter before it stands alone (rule W7), so "تقرير 2024" keeps the number where
 * an Arabic reader puts it.
 */
import type { PrintInline } from './tree';

/** Letters of the scripts written right to left (bidi classes R and AL). */
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

/** How a piece of text pulls: by its first letter, else as a number, else not at all. */
export type Strength = 'rtl' | 'ltr' | 'number' | 'neutral';

export function strength(text: string): Strength {
  let number = false;
  for (const ch of text) {
    if (LETTER.test(ch)) return RTL_LETTER.test(ch) ? 'rtl' : 'ltr';
    if (DIGIT.test(ch)) number = true;
  }
  return number ? 'number' : 'neutral';
}

/** Whether `text` holds a right-to-left letter. */
export function hasRightToLeft(text: string): boolean {
  return RTL_LETTER.test(text);
}

/**
 * The right-to-left stretches of a sequence of pieces (words of a line, characters of a text):
 * `[first, last]` index pairs, inclusive. With `numbers`, a stretch takes in the numbers after
 * its last letter (for a renderer that orders the words itself); without, it ends at a letter.
 */
export function rightToLeftStretches(
  kinds: readonly Strength[],
  numbers = true,
): [number, number][] {
  const out: [number, number][] = [];
  for (let start = 0; start < kinds.length; start++) {
    if (kinds[start] !== 'rtl') continue;
    let end = start;
    for (let k = start + 1; k < kinds.length && kinds[k] !== 'ltr'; k++)
      if (kinds[k] === 'rtl' || (numbers && kinds[k] === 'number')) end = k;
    out.push([start, end]);
    start = end;
  }
  return out;
}

/**
 * The left-to-right stretches of a line of a right-to-left paragraph, as `[first, last]` index
 * pairs of `kinds`, inclusive: each is laid out left to right inside a line that reads from the
 * right. A number joins a stretch only after a left-to-right letter (rule W7).
 */
export function leftToRightStretches(kinds: readonly Strength[]): [number, number][] {
  const out: [number, number][] = [];
  for (let start = 0; start < kinds.length; start++) {
    if (kinds[start] !== 'ltr') continue;
    let end = start;
    for (let k = start + 1; k < kinds.length && kinds[k] !== 'rtl'; k++)
      if (kinds[k] === 'ltr' || kinds[k] === 'number') end = k;
    out.push([start, end]);
    start = end;
  }
  return out;
}

/** The direction of the first strong letter of some inlines (rule P2), null when there is none. */
export function firstStrong(inlines: readonly PrintInline[]): 'rtl' | 'ltr' | null {
  for (const inline of inlines) {
    const found =
      inline.type === 'text'
        ? strength(inline.text)
        : inline.type === 'link'
          ? firstStrong(inline.children)
          : null;
    if (found === 'rtl' || found === 'ltr') return found;
  }
  return null;
}

/**
 * Which way a paragraph or heading reads: as its `direction` says when it says right to left, else
 * by its first strong letter, so a paragraph written in Arabic reads from the right though the
 * file does not say so (Lexical sets `direction` from the text, but other writers may not).
 */
export function blockDirection(block: {
  direction?: 'rtl';
  children: readonly PrintInline[];
}): 'rtl' | 'ltr' {
  return block.direction === 'rtl' || firstStrong(block.children) === 'rtl' ? 'rtl' : 'ltr';
}

/** Characters shown mirrored in right-to-left text (Unicode's Bidi_Mirrored pairs in use here). */
const MIRRORED: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
};

/** `text` as it shows inside a right-to-left stretch: brackets face the other way. */
export function mirrored(text: string): string {
  return text.replace(/[()[\]{}<>«»‹›]/g, (ch) => MIRRORED[ch] ?? ch);
}

/**
 * `text` cut into pieces that are right-to-left stretches (from the first right-to-left letter
 * to the last) or not, in order: for a renderer that applies the bidirectional algorithm itself
 * (Word), which needs to know which runs are right to left.
 */
export function directionRuns(text: string): { text: string; rtl: boolean }[] {
  if (!hasRightToLeft(text)) return [{ text, rtl: false }];
  const chars = [...text];
  const stretches = rightToLeftStretches(chars.map(strength), false);
  const out: { text: string; rtl: boolean }[] = [];
  let at = 0;
  for (const [first, last] of stretches) {
    if (first > at) out.push({ text: chars.slice(at, first).join(''), rtl: false });
    out.push({ text: chars.slice(first, last + 1).join(''), rtl: true });
    at = last + 1;
  }
  if (at < chars.length) out.push({ text: chars.slice(at).join(''), rtl: false });
  return out;
}
