/**
 * What a TrueType/OpenType font file says about the characters it can show: its `cmap` table read
 * directly (small, and core may not import fontkit). A code point counts as covered when the cmap
 * maps it to a glyph other than 0 (.notdef, the empty box), the rule fontkit and so PDFKit apply.
 */

/** Code points a font maps to a real glyph: sorted, disjoint `[first, last]` pairs, inclusive. */
export type CodePointRanges = Uint32Array;

const cache = new WeakMap<Uint8Array, CodePointRanges>();

/**
 * The code points `font` (the bytes of a .ttf or .otf file) has glyphs for. Parsed once per
 * byte array. Throws on what is not a font file.
 */
export function fontCodePoints(font: Uint8Array): CodePointRanges {
  let ranges = cache.get(font);
  if (ranges === undefined) {
    ranges = parseCmap(font);
    cache.set(font, ranges);
  }
  return ranges;
}

/** Whether `cp` lies in `ranges`. */
export function inRanges(ranges: CodePointRanges, cp: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const first = ranges[2 * mid] ?? 0;
    const last = ranges[2 * mid + 1] ?? 0;
    if (cp < first) hi = mid - 1;
    else if (cp > last) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Subtables in fontkit's order of preference (platform, encoding). */
const PREFERRED: readonly [number, number][] = [
  [3, 10],
  [0, 6],
  [0, 4],
  [3, 1],
  [0, 3],
  [0, 2],
  [0, 1],
  [0, 0],
];

function parseCmap(font: Uint8Array): CodePointRanges {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tag = view.getUint32(0);
  // 0x00010000 TrueType, 'OTTO' CFF, 'true' (old Apple TrueType).
  if (tag !== 0x00010000 && tag !== 0x4f54544f && tag !== 0x74727565)
    throw new Error('Not a TrueType or OpenType font file.');
  const numTables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < numTables; i++) {
    const record = 12 + 16 * i;
    if (view.getUint32(record) === 0x636d6170 /* 'cmap' */) cmap = view.getUint32(record + 8);
  }
  if (cmap < 0) throw new Error('The font has no cmap table.');
  const subtables = new Map<string, number>();
  const count = view.getUint16(cmap + 2);
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + 8 * i;
    const key = `${view.getUint16(record)},${view.getUint16(record + 2)}`;
    if (!subtables.has(key)) subtables.set(key, cmap + view.getUint32(record + 4));
  }
  for (const [platform, encoding] of PREFERRED) {
    const at = subtables.get(`${platform},${encoding}`);
    if (at === undefined) continue;
    const format = view.getUint16(at);
    if (format === 4) return merge(format4(view, at));
    if (format === 12 || format === 13) return merge(format12(view, at, format === 13));
    if (format === 0) return merge(format0(view, at));
    if (format === 6) return merge(format6(view, at));
  }
  throw new Error('The font has no Unicode cmap subtable this reader knows.');
}

/** Adds `[first, last]` to `out`, extending the last range when they touch. */
function add(out: number[], first: number, last: number): void {
  const n = out.length;
  if (n > 0 && out[n - 1] === first - 1) out[n - 1] = last;
  else out.push(first, last);
}

function format4(view: DataView, at: number): number[] {
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  const out: number[] = [];
  for (let s = 0; s < segments; s++) {
    const end = view.getUint16(ends + 2 * s);
    const start = view.getUint16(starts + 2 * s);
    const delta = view.getInt16(deltas + 2 * s);
    const offsetAt = rangeOffsets + 2 * s;
    const rangeOffset = view.getUint16(offsetAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const index = offsetAt + rangeOffset + 2 * (c - start);
        if (index + 2 > view.byteLength) continue;
        glyph = view.getUint16(index);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) add(out, c, c);
    }
  }
  return out;
}

function format12(view: DataView, at: number, manyToOne: boolean): number[] {
  const groups = view.getUint32(at + 12);
  const out: number[] = [];
  for (let g = 0; g < groups; g++) {
    const record = at + 16 + 12 * g;
    const first = view.getUint32(record);
    const last = Math.min(view.getUint32(record + 4), 0x10ffff);
    const glyph = view.getUint32(record + 8);
    if (glyph === 0 && (manyToOne || first === last)) continue;
    // In format 12 only the group's first code point can map to glyph 0.
    const from = glyph === 0 && !manyToOne ? first + 1 : first;
    if (from <= last) add(out, from, last);
  }
  return out;
}

function format0(view: DataView, at: number): number[] {
  const out: number[] = [];
  for (let c = 0; c < 256; c++) if (view.getUint8(at + 6 + c) !== 0) add(out, c, c);
  return out;
}

function format6(view: DataView, at: number): number[] {
  const first = view.getUint16(at + 6);
  const count = view.getUint16(at + 8);
  const out: number[] = [];
  for (let i = 0; i < count; i++)
    if (view.getUint16(at + 10 + 2 * i) !== 0) add(out, first + i, first + i);
  return out;
}

/** Sorts and merges ranges that overlap or touch (segments of a cmap need not be in order). */
function merge(pairs: number[]): CodePointRanges {
  const list: [number, number][] = [];
  for (let i = 0; i < pairs.length; i += 2) list.push([pairs[i] ?? 0, pairs[i + 1] ?? 0]);
  list.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [first, last] of list) {
    const n = out.length;
    if (n > 0 && first <= (out[n - 1] ?? 0) + 1) out[n - 1] = Math.max(out[n - 1] ?? 0, last);
    else out.push(first, last);
  }
  return Uint32Array.from(out);
}
