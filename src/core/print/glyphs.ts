/**
 * Font fallback by coverage. pdfmake sets each run of text in one font and has no fallback of its
 * own: a letter the font lacks prints as an empty box, silently. So the PDF renderer splits text
 * into runs by the first font family (of an ordered list, core/print/typefaces) whose cmap has each
 * character, and preflight reports what no family has.
 */
import { fontCodePoints, inRanges, type CodePointRanges } from './fontFile';

export type FaceName = 'normal' | 'bold' | 'italics' | 'bolditalics';

/** A family's four faces (font bytes, or what is known of each). */
export interface FontFaces<T> {
  normal: T;
  bold: T;
  italics: T;
  bolditalics: T;
}

const FACES: readonly FaceName[] = ['normal', 'bold', 'italics', 'bolditalics'];

/** The face for a run's marks. */
export function faceOf(bold: boolean, italics: boolean): FaceName {
  return bold ? (italics ? 'bolditalics' : 'bold') : italics ? 'italics' : 'normal';
}

/**
 * The faces to try, in order, when `face` lacks a character: the nearest first (a bold italic
 * letter falls back to bold, then italic, then upright).
 */
const NEAREST: Record<FaceName, readonly FaceName[]> = {
  normal: ['normal', 'bold', 'italics', 'bolditalics'],
  bold: ['bold', 'normal', 'bolditalics', 'italics'],
  italics: ['italics', 'normal', 'bolditalics', 'bold'],
  bolditalics: ['bolditalics', 'bold', 'italics', 'normal'],
};

/** Where a character is set: the index of the family in the list, and the face. */
export interface FontPick {
  family: number;
  face: FaceName;
}

/** A piece of text and the family and face that show it. */
export interface FontPiece extends FontPick {
  text: string;
}

/** Characters that belong with the one before them: combining marks, joiners, variation selectors. */
const CLINGS = /^(?:\p{M}|\u200c|\u200d|[\ufe00-\ufe0f]|[\u{e0100}-\u{e01ef}])$/u;

/** What the renderers remove or turn into line breaks and spaces: never drawn as glyphs. */
// eslint-disable-next-line no-control-regex -- control characters are what it names.
const NOT_DRAWN = /^[\u0000-\u001f\u007f]$/;

/**
 * Which characters an ordered list of font families can show, and which family shows each.
 * Built from the fonts' cmap tables (core/print/fontFile), once per list.
 */
export class GlyphCoverage {
  private readonly bmp = new Uint8Array(0x10000 / 8);
  /** What the first family's faces have of the Basic Multilingual Plane (most text: all of it). */
  private readonly first: Record<FaceName, Uint8Array> = {
    normal: new Uint8Array(0x10000 / 8),
    bold: new Uint8Array(0x10000 / 8),
    italics: new Uint8Array(0x10000 / 8),
    bolditalics: new Uint8Array(0x10000 / 8),
  };
  private readonly picks: Record<FaceName, Map<number, FontPick | null>> = {
    normal: new Map(),
    bold: new Map(),
    italics: new Map(),
    bolditalics: new Map(),
  };

  /** @param families each family's faces: the code points they have glyphs for. */
  constructor(private readonly families: readonly FontFaces<CodePointRanges>[]) {
    const mark = (bits: Uint8Array, ranges: CodePointRanges) => {
      for (let i = 0; i < ranges.length; i += 2) {
        const last = Math.min(ranges[i + 1] ?? 0, 0xffff);
        for (let c = ranges[i] ?? 0; c <= last; c++)
          bits[c >> 3] = (bits[c >> 3] ?? 0) | (1 << (c & 7));
      }
    };
    families.forEach((family, i) => {
      for (const face of FACES) {
        mark(this.bmp, family[face]);
        if (i === 0) mark(this.first[face], family[face]);
      }
    });
    // Line breaks and tabs are no glyphs; they stay in the run they are in.
    for (const bits of Object.values(this.first)) mark(bits, Uint32Array.of(9, 10, 13, 13));
  }

  /** The coverage of fonts given as bytes (.ttf files), in the order characters try them. */
  static of(fonts: readonly FontFaces<Uint8Array>[]): GlyphCoverage {
    return new GlyphCoverage(
      fonts.map((f) => ({
        normal: fontCodePoints(f.normal),
        bold: fontCodePoints(f.bold),
        italics: fontCodePoints(f.italics),
        bolditalics: fontCodePoints(f.bolditalics),
      })),
    );
  }

  /** Whether some face of some family has a glyph for the code point `cp`. */
  has(cp: number): boolean {
    if (cp <= 0xffff) return this.bit(cp);
    return this.families.some((family) => FACES.some((face) => inRanges(family[face], cp)));
  }

  private bit(cp: number): boolean {
    return ((this.bmp[cp >> 3] ?? 0) & (1 << (cp & 7))) !== 0;
  }

  /** Whether `face` of family `family` has a glyph for `cp`. */
  covers(family: number, face: FaceName, cp: number): boolean {
    const f = this.families[family];
    return f !== undefined && inRanges(f[face], cp);
  }

  /**
   * Where `cp` is set in text of face `face`: the first family whose `face` has it; else the
   * first family with a glyph in another face, the nearest (an upright letter in italic text beats
   * a box); null when no family has it.
   */
  pick(cp: number, face: FaceName): FontPick | null {
    const cache = this.picks[face];
    const known = cache.get(cp);
    if (known !== undefined) return known;
    let found: FontPick | null = null;
    for (let family = 0; family < this.families.length && !found; family++)
      if (this.covers(family, face, cp)) found = { family, face };
    for (let family = 0; family < this.families.length && !found; family++)
      for (const other of NEAREST[face])
        if (this.covers(family, other, cp)) {
          found = { family, face: other };
          break;
        }
    cache.set(cp, found);
    return found;
  }

  /**
   * `text`, set in face `face`, cut into pieces of one family and face each, in order. Marks and
   * joiners stay with the letter before them when its font has them (so a letter and its accents
   * are shaped together); a character no family has stays in the piece it falls in, or goes to
   * the first family, where it prints as .notdef (preflight's `missing-glyph` reports it).
   */
  split(text: string, face: FaceName): FontPiece[] {
    if (this.firstHasAll(text, face)) return [{ text, family: 0, face }];
    const out: FontPiece[] = [];
    let current: FontPiece | undefined;
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      let pick: FontPick | null = null;
      if (current && CLINGS.test(ch) && this.covers(current.family, current.face, cp))
        pick = current;
      pick ??= this.pick(cp, face) ?? current ?? { family: 0, face };
      if (current && current.family === pick.family && current.face === pick.face)
        current.text += ch;
      else {
        current = { text: ch, family: pick.family, face: pick.face };
        out.push(current);
      }
    }
    return out;
  }

  /** Whether face `face` of the first family has every character of `text` (the fast path). */
  private firstHasAll(text: string, face: FaceName): boolean {
    const bits = this.first[face];
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (((bits[unit >> 3] ?? 0) & (1 << (unit & 7))) === 0) return false;
    }
    return true;
  }

  /** The distinct characters of `text` that no family has a glyph for, in order of appearance. */
  missing(text: string): number[] {
    const out: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      // The common case, fast: a character of the Basic Multilingual Plane that some font has.
      if (unit < 0xd800 || unit > 0xdfff) {
        if (this.bit(unit)) continue;
        if (NOT_DRAWN.test(text.charAt(i))) continue;
        if (!out.includes(unit)) out.push(unit);
        continue;
      }
      const cp = text.codePointAt(i) ?? unit;
      if (cp > 0xffff) i++;
      if (!this.has(cp) && !out.includes(cp)) out.push(cp);
    }
    return out;
  }
}

/** A character for a person to read: `U+04B8 (Ҹ)`. */
export function describeCodePoint(cp: number): string {
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  const ch = String.fromCodePoint(cp);
  // Marks and invisible characters would merge with the bracket or show nothing.
  const shown = /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(ch) ? ch : null;
  return shown === null ? `U+${hex}` : `U+${hex} (${shown})`;
}
