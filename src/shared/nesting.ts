import { pathText } from './errors';

/**
 * How deep params and imported files may nest (objects and arrays). A document needs a few dozen
 * levels (lists in lists); SQLite's JSON functions stop at 1000, and validating content much
 * deeper than this overflows the stack.
 */
export const MAX_NESTING = 200;

interface Frame {
  value: object;
  keys: string[];
  next: number;
  height: number;
}

/**
 * The first place where `value` nests deeper than `max` levels, or refers back to itself (a
 * cycle, which structured clone lets through IPC), or null when it does neither. Iterative, so
 * that deep input cannot overflow the stack, and each object is measured once, so that a subtree
 * shared many times over costs no more than once.
 */
export function nestingProblem(
  value: unknown,
  max: number = MAX_NESTING,
): { place: string; message: string } | null {
  if (typeof value !== 'object' || value === null) return null;
  const heights = new Map<object, number>();
  const onPath = new Set<object>();
  const stack: Frame[] = [];
  const enter = (v: object): void => {
    onPath.add(v);
    stack.push({ value: v, keys: Object.keys(v), next: 0, height: 0 });
  };
  // The path to the child being entered; long ones shortened (200 levels would fill a screen).
  const place = (): string => {
    const keys = stack
      .map((f) => f.keys[f.next - 1] as string)
      .map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    return keys.length <= 8
      ? pathText(keys)
      : `${pathText(keys.slice(0, 6))}…(${keys.length} levels)`;
  };
  enter(value);
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Frame;
    if (top.next < top.keys.length) {
      const key = top.keys[top.next++] as string;
      const child = (top.value as Record<string, unknown>)[key];
      if (typeof child !== 'object' || child === null) continue;
      if (onPath.has(child)) return { place: place(), message: 'refers back to itself (a cycle)' };
      const known = heights.get(child);
      if (known !== undefined) {
        if (stack.length + known >= max) break;
        top.height = Math.max(top.height, known + 1);
        continue;
      }
      if (stack.length >= max) break;
      enter(child);
      continue;
    }
    stack.pop();
    onPath.delete(top.value);
    heights.set(top.value, top.height);
    const parent = stack[stack.length - 1];
    if (parent !== undefined) parent.height = Math.max(parent.height, top.height + 1);
  }
  if (stack.length === 0) return null;
  return {
    place: place(),
    message: `nested more than ${max} levels deep`,
  };
}
