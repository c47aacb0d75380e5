import { useMemo, useState } from 'react';
import type { z } from 'zod';
import { pathText } from '../../../shared/errors';
import { CallError } from './api';
import { useLeaveGuard } from './useLeaveGuard';

/**
 * A form's draft: what it started from, what it holds now, whether it changed (then leaving
 * asks first), and the problems the contract's own schema finds in it, by field path
 * (`aliases[0].name`), in the schema's words.
 */
export function useDraft<T>(initial: T, validate: (value: T) => z.ZodSafeParseResult<unknown>) {
  const [start, setStart] = useState(initial);
  const [value, setValue] = useState(initial);
  const [showProblems, setShowProblems] = useState(false);
  const dirty = useMemo(() => JSON.stringify(start) !== JSON.stringify(value), [start, value]);
  const release = useLeaveGuard(dirty);
  const problems = useMemo(() => {
    const r = validate(value);
    const out: Record<string, string> = {};
    if (!r.success) for (const issue of r.error.issues) out[pathText(issue.path)] ??= issue.message;
    return out;
    // The validator is a pure function of the value.
  }, [value]);
  return {
    value,
    set: setValue,
    update: (patch: Partial<T>) => setValue((v) => ({ ...v, ...patch })),
    dirty,
    /** The problem at a field (or inside it: `roles` for `roles[2]`), once a save was tried. */
    problem: (path: string): string | undefined => {
      if (!showProblems) return undefined;
      if (problems[path] !== undefined) return problems[path];
      const inside = Object.keys(problems).find(
        (k) => k.startsWith(`${path}[`) || k.startsWith(`${path}.`),
      );
      return inside === undefined ? undefined : problems[inside];
    },
    valid: Object.keys(problems).length === 0,
    /** Call on Save: shows the problems; true when there are none. */
    check: (): boolean => {
      setShowProblems(true);
      return Object.keys(problems).length === 0;
    },
    /** After a save, the saved value is the new starting point (nothing unsaved). */
    saved: (next: T) => {
      release();
      setStart(next);
      setValue(next);
    },
    reset: (next: T) => {
      setStart(next);
      setValue(next);
      setShowProblems(false);
    },
  };
}

/** The field path a backend refusal names, inside a record (`person.name` → `name`). */
export function refusalPlace(error: unknown, record: string): string | null {
  if (!(error instanceof CallError) || error.info.place === undefined) return null;
  const place = error.info.place;
  return place.startsWith(`${record}.`) ? place.slice(record.length + 1) : null;
}

/** A number field's text as a number, or null when empty. */
export function numberOrNull(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : Number.NaN;
}
