import type { Rng } from './random';

/**
 * Hostile values for the fuzz tests: wrong types, edge numbers, odd strings, dangerous keys,
 * deep nesting. Big values are built once and shared (they are never mutated in place).
 */

export const MB = 1_048_576;

/** Strings that have broken parsers, regexes, file names or renderers elsewhere. */
export const ODD_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '\udfff\ud800',
  '\u202eRTL override\u202c',
  '\u200f\u200e\u061c',
  '\u200b\u200c\u200d\ufeff',
  '👩🏽‍⚖️🇦🇿',
  'Zalgo: Z̷̧̛͍a̶͙͝l̴̰̈́g̸̣͐o̵̰͑',
  'İstanbul ǅ ß ﬁ',
  'Ismayilova\u0301',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '${process.exit(1)}',
  '`; DROP TABLE persons; --',
  "' OR 1=1 --",
  '%s%n%x',
  '../../../../etc/passwd',
  'C:\\Windows\\System32',
  'NaN',
  'null',
  'undefined',
  'true',
  '[object Object]',
  '__proto__',
  'constructor',
  '0',
  '-1',
  '1e309',
  '\\',
  '\\u0000',
  '*',
  '"',
  'AND OR NOT NEAR',
  '"unterminated',
  '(((((',
  'a*b^c:d',
  'NEAR(a b, -1)',
  '\n\n\n',
  'line one\nline two',
  'x'.repeat(101),
  'y'.repeat(301),
  'z'.repeat(1001),
  'a '.repeat(5000),
];

export const BAD_UUIDS: readonly string[] = [
  '',
  'not-an-id',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '11111111-2222-4333-8444-555555555555',
  '11111111-2222-4333-8444-55555555555',
  '11111111-2222-4333-8444-5555555555555',
  '11111111222243338444555555555555',
  '{11111111-2222-4333-8444-555555555555}',
  'G1111111-2222-4333-8444-555555555555',
  ' 11111111-2222-4333-8444-555555555555',
  '11111111-2222-4333-8444-555555555555\n',
  '11111111-2222-4333-8444-555555555555\u0000',
  '１１１１１１１１-2222-4333-8444-555555555555',
  "11111111-2222-4333-8444-55555555555'",
];

export const BAD_DATES: readonly string[] = [
  '2016-02-30',
  '2015-02-29',
  '2016-13-01',
  '2016-00-10',
  '2016-01-00',
  '2016-01-32',
  '0000-00-00',
  '9999-12-31',
  '0000-01-01',
  '1900-02-29',
  '2000-02-29',
  '16-01-01',
  '2016-1-1',
  '2016/01/01',
  '20160101',
  '2016-01-01T00:00:00Z',
  '2016-01-01T25:61:61.000Z',
  '2016-01',
  '2016',
  '-2016-01-01',
  '+02016-01-01',
  '２０１６-01-01',
  '2016-01-01 ',
  'yesterday',
];

export const ODD_NUMBERS: readonly number[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  -1,
  1,
  0.5,
  -0.5,
  1e-320,
  1e308,
  -1e308,
  2 ** 31,
  2 ** 32,
  2 ** 53,
  2 ** 53 + 2,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  1849,
  1850,
  2100,
  2101,
  1200,
  1201,
  100,
  101,
  500,
  501,
  1000,
];

let huge: string | null = null;
/** One megabyte of text (built once). */
export function hugeString(): string {
  huge ??= 'Khadija Ismayilova 2014-12-05 ' + 'lorem ipsum dolor sit amet '.repeat(MB / 27);
  return huge;
}

/** An object nested `depth` levels deep: `{a: {a: {…}}}`, arrays of arrays, or content nodes. */
export function deep(depth: number, kind: 'object' | 'array' | 'node'): unknown {
  let value: unknown = kind === 'node' ? { type: 'text', version: 1, text: 'bottom' } : 1;
  for (let i = 0; i < depth; i++) {
    value =
      kind === 'object'
        ? { a: value }
        : kind === 'array'
          ? [value]
          : { type: 'paragraph', version: 1, children: [value] };
  }
  return value;
}

/** The JSON text of `deep(depth, 'node')`, built as text (JSON.stringify overflows on it). */
export function deepNodeJson(depth: number): string {
  return (
    '{"type":"paragraph","version":1,"children":['.repeat(depth) +
    '{"type":"text","version":1,"text":"bottom"}' +
    ']}'.repeat(depth)
  );
}

/** An object with an own key that JavaScript treats specially (as JSON.parse makes it). */
export function dangerousKeyed(rng: Rng, base: Record<string, unknown> = {}): unknown {
  const key = rng.pick(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']);
  const value = rng.pick<unknown>([
    { polluted: true, isAdmin: true },
    { prototype: { polluted: true } },
    'x',
    null,
    [],
  ]);
  const out: Record<string, unknown> =
    typeof base === 'object' && base !== null && !Array.isArray(base) ? { ...base } : {};
  Object.defineProperty(out, key, { value, enumerable: true, configurable: true, writable: true });
  return out;
}

/** Any hostile value at all, of any type. */
export function anyValue(rng: Rng, depth = 0): unknown {
  const kind = rng.weighted<string>([
    [6, 'string'],
    [5, 'number'],
    [2, 'bool'],
    [2, 'null'],
    [1, 'undefined'],
    [2, 'uuid'],
    [2, 'date'],
    [1, 'huge'],
    [1, 'deep'],
    [2, 'object'],
    [2, 'array'],
    [1, 'dangerous'],
    [1, 'special'],
  ]);
  switch (kind) {
    case 'string':
      return rng.pick(ODD_STRINGS);
    case 'number':
      return rng.pick(ODD_NUMBERS);
    case 'bool':
      return rng.chance(0.5);
    case 'null':
      return null;
    case 'undefined':
      return undefined;
    case 'uuid':
      return rng.pick(BAD_UUIDS);
    case 'date':
      return rng.pick(BAD_DATES);
    case 'huge':
      return hugeString();
    case 'deep':
      return deep(rng.pick([100, 1000, 10_000]), rng.pick(['object', 'array', 'node'] as const));
    case 'object':
      return depth > 2
        ? {}
        : Object.fromEntries(
            Array.from({ length: rng.int(0, 3) }, () => [
              rng.pick(['id', 'name', 'type', 'children', 'x', '']),
              anyValue(rng, depth + 1),
            ]),
          );
    case 'array':
      return depth > 2 ? [] : Array.from({ length: rng.int(0, 3) }, () => anyValue(rng, depth + 1));
    case 'dangerous':
      return dangerousKeyed(rng);
    default:
      return rng.pick<unknown>([
        Object.create(null) as unknown,
        new Date(0),
        new Uint8Array([1, 2, 3]),
        new Map([['a', 1]]),
        new Set([1]),
        BigInt(1),
        Symbol('s'),
        () => 1,
        Array.from({ length: 10_000 }, () => 'tag'),
        { length: 3 },
      ]);
  }
}
