import type { Rng } from './random';
import {
  anyValue,
  BAD_DATES,
  BAD_UUIDS,
  dangerousKeyed,
  deep,
  hugeString,
  ODD_NUMBERS,
  ODD_STRINGS,
} from './values';

/**
 * Structure-aware mutations of JSON-like data (a real person, case, document, exchange file…):
 * each changes one place — a value replaced, a key deleted, added or duplicated, a type flipped —
 * so that most of the input stays valid and the mutation reaches past the first check.
 */

type Json = unknown;
type Container = Record<string, unknown> | unknown[];

/** A deep copy; values too deep to copy (10,000 levels) are shared instead. */
export function clone<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

function isContainer(v: unknown): v is Container {
  // A typed array (values.ts offers one) is a value here: its indexes cannot be deleted.
  return typeof v === 'object' && v !== null && !ArrayBuffer.isView(v);
}

/** Every place in `value` (as a path of keys), up to `limit` places, breadth first. */
export function places(value: Json, limit = 5000): (string | number)[][] {
  const out: (string | number)[][] = [[]];
  const queue: [Json, (string | number)[]][] = [[value, []]];
  for (let head = 0; head < queue.length && out.length < limit; head++) {
    const [v, path] = queue[head] as [Json, (string | number)[]];
    if (!isContainer(v)) continue;
    const keys: (string | number)[] = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
    for (const k of keys) {
      const p = [...path, k];
      out.push(p);
      queue.push([(v as Record<string | number, unknown>)[k], p]);
    }
  }
  return out;
}

function getAt(root: Json, path: readonly (string | number)[]): Json {
  let v = root;
  for (const k of path) v = (v as Record<string | number, unknown>)[k];
  return v;
}

/** A well-formed UUID no library has (from the seeded generator). */
export function uuidFrom(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** A value near `old` in kind but wrong: a bad date for a date, an edge number for a number. */
export function nastyLike(rng: Rng, old: unknown): unknown {
  if (rng.chance(0.3)) return anyValue(rng);
  if (typeof old === 'string') {
    if (/^[0-9a-f]{8}-/i.test(old)) {
      return rng.pick<() => unknown>([
        () => rng.pick(BAD_UUIDS),
        () => old.toUpperCase(),
        () => old.slice(0, -1),
        () => `${old}0`,
        () => old.replace(/[0-9a-f]/, 'g'),
        () => uuidFrom(rng),
        () => [old],
      ])();
    }
    if (/^\d{4}/.test(old)) return rng.pick(BAD_DATES);
    return rng.pick<() => unknown>([
      () => rng.pick(ODD_STRINGS),
      () => old + rng.pick(ODD_STRINGS),
      () => old.slice(0, rng.int(0, old.length)),
      () => hugeString(),
      () => old.toUpperCase(),
      () => `javascript:${old}`,
      () => 0,
      () => null,
    ])();
  }
  if (typeof old === 'number') {
    return rng.pick<() => unknown>([
      () => rng.pick(ODD_NUMBERS),
      () => -old,
      () => old + 0.5,
      () => old * 1e6,
      () => String(old),
      () => null,
    ])();
  }
  if (typeof old === 'boolean') return rng.pick<unknown>([!old, 'true', 1, 0, null]);
  if (Array.isArray(old)) {
    return rng.pick<() => unknown>([
      () => [],
      () => [...old, ...old],
      () => Array.from({ length: 10_000 }, () => old[0] ?? 'x'),
      () => ({ ...old }),
      () => old[0],
      () => [null],
      () => [old],
    ])();
  }
  if (isContainer(old)) {
    return rng.pick<() => unknown>([
      () => ({}),
      () => [old],
      () => Object.values(old),
      () => dangerousKeyed(rng, old as Record<string, unknown>),
      () => deep(10_000, 'object'),
      () => null,
      () => {
        try {
          return JSON.stringify(old);
        } catch {
          return '{"too": "deep"}';
        }
      },
    ])();
  }
  return anyValue(rng);
}

const EXTRA_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'id',
  'extra',
  'birthyear',
  'children',
  'type',
  '',
  ' ',
  'ID',
  'toString',
];

/** One mutation of `root`, in place where possible; returns the (possibly replaced) root. */
export function mutateOnce(rng: Rng, root: Json): Json {
  const all = places(root);
  const path = rng.pick(all);
  if (path.length === 0) return nastyLike(rng, root);
  const parent = getAt(root, path.slice(0, -1)) as Container;
  const key = path.at(-1) as string | number;
  const old = (parent as Record<string | number, unknown>)[key];
  const op = rng.weighted<string>([
    [6, 'replace'],
    [3, 'delete'],
    [2, 'add'],
    [1, 'duplicate'],
    [1, 'swap'],
    [1, 'null'],
  ]);
  const set = (k: string | number, v: unknown): void => {
    Object.defineProperty(parent, k, {
      value: v,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  };
  switch (op) {
    case 'replace':
      set(key, nastyLike(rng, old));
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      break;
    case 'add':
      if (Array.isArray(parent)) parent.splice(key as number, 0, nastyLike(rng, old));
      else set(rng.pick(EXTRA_KEYS), rng.chance(0.5) ? clone(old) : anyValue(rng));
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(clone(old));
      else {
        const other = rng.pick(Object.keys(parent));
        set(other, clone(old));
      }
      break;
    case 'swap': {
      const keys: (string | number)[] = Array.isArray(parent)
        ? parent.map((_, i) => i)
        : Object.keys(parent);
      const other = rng.pick(keys);
      const o = (parent as Record<string | number, unknown>)[other];
      set(other, old);
      set(key, o);
      break;
    }
    default:
      set(key, null);
  }
  return root;
}

/** One to `max` mutations of a copy of `value`. */
export function mutate(rng: Rng, value: Json, max = 3): Json {
  let out = clone(value);
  const n = rng.int(1, max);
  for (let i = 0; i < n; i++) out = mutateOnce(rng, out);
  return out;
}

/** Byte-level damage to a file's bytes: truncation, flipped bits, inserted or deleted garbage. */
export function mutateBytes(rng: Rng, bytes: Uint8Array): Uint8Array {
  const op = rng.weighted<string>([
    [3, 'truncate'],
    [3, 'flip'],
    [2, 'insert'],
    [2, 'delete'],
    [1, 'bom'],
    [1, 'latin1'],
    [1, 'nul'],
    [1, 'empty'],
  ]);
  const at = rng.int(0, bytes.length);
  switch (op) {
    case 'truncate':
      return bytes.slice(0, at);
    case 'flip': {
      const out = bytes.slice();
      const n = rng.int(1, 8);
      for (let i = 0; i < n && out.length > 0; i++) {
        const j = rng.int(0, out.length - 1);
        out[j] = (out[j] as number) ^ (1 << rng.int(0, 7));
      }
      return out;
    }
    case 'insert': {
      const garbage = rng.pick<Uint8Array>([
        new TextEncoder().encode(
          rng.pick(['{', '}', '[', ']', ',', '"', ':', 'null', '\\', '\\u']),
        ),
        new Uint8Array([0xff, 0xfe, 0x00, 0xc3]),
        new Uint8Array([0xed, 0xa0, 0x80]),
        new Uint8Array(Array.from({ length: rng.int(1, 64) }, () => rng.int(0, 255))),
      ]);
      const out = new Uint8Array(bytes.length + garbage.length);
      out.set(bytes.subarray(0, at));
      out.set(garbage, at);
      out.set(bytes.subarray(at), at + garbage.length);
      return out;
    }
    case 'delete': {
      const end = Math.min(bytes.length, at + rng.int(1, 32));
      const out = new Uint8Array(bytes.length - (end - at));
      out.set(bytes.subarray(0, at));
      out.set(bytes.subarray(end), at);
      return out;
    }
    case 'bom': {
      const out = new Uint8Array(bytes.length + 3);
      out.set([0xef, 0xbb, 0xbf]);
      out.set(bytes, 3);
      return rng.chance(0.5) ? out : Uint8Array.from([0xfe, 0xff, ...bytes.subarray(0, 4096)]);
    }
    case 'latin1':
      // The text saved as Latin-1 instead of UTF-8 ("Məmmədli" becomes bytes UTF-8 rejects).
      return Uint8Array.from(new TextDecoder().decode(bytes), (c) => {
        const code = c.codePointAt(0) ?? 63;
        return code < 256 ? code : 63;
      });
    case 'nul': {
      const out = bytes.slice();
      out[Math.min(at, out.length - 1)] = 0;
      return out;
    }
    default:
      return new Uint8Array(0);
  }
}
