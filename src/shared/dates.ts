import { z } from 'zod';

/** True when `y-m-d` names a real calendar day (no 30 February, 29 February only in leap years). */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] ?? 0);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A calendar day, `YYYY-MM-DD`. */
export const isoDay = z.string().refine(
  (s) => {
    const m = DAY.exec(s);
    return m !== null && isRealDay(Number(m[1]), Number(m[2]), Number(m[3]));
  },
  { message: 'Expected a date as YYYY-MM-DD (for example 2014-12-05)' },
);

/**
 * A date known to the day, the month or the year: `2014-12-05`, `2014-12` or `2014`.
 * Events and sources often only have a month or a year.
 */
export const partialDate = z.string().refine(
  (s) => {
    const m = PARTIAL.exec(s);
    if (m === null) return false;
    if (m[2] === undefined) return true;
    return isRealDay(Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3]));
  },
  { message: 'Expected a date as YYYY-MM-DD, YYYY-MM or YYYY (for example 2014-12-05)' },
);

export type DatePrecision = 'day' | 'month' | 'year';

export function precisionOf(date: string): DatePrecision {
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

/** An instant, as `new Date().toISOString()` writes it. */
export const timestamp = z.iso.datetime({ offset: false });
