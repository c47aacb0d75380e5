/** Calendar arithmetic on ISO dates (`YYYY-MM-DD`, or partial `YYYY-MM`, `YYYY`), in UTC. */

import { printLanguage } from './i18n/printLanguage';

/** The first day a partial date can mean: `2014` → `2014-01-01`, `2014-12` → `2014-12-01`. */
export function firstDay(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

function utcDays(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / 86_400_000;
}

/** Whole days from `from` to `to` (`to` − `from`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return utcDays(firstDay(to)) - utcDays(firstDay(from));
}

/** The day after `day`. */
export function nextDay(day: string): string {
  return new Date((utcDays(day) + 1) * 86_400_000).toISOString().slice(0, 10);
}

/** Today's date in UTC, `YYYY-MM-DD`. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * `2014-12-05` → `5 December 2014`; `2014-12` → `December 2014`; `2014` → `2014`. In another
 * language (a BCP 47 tag) as its wording table writes dates: `5 décembre 2014`, `5 декабря 2014 г.`.
 */
export function formatDate(date: string, language = 'en'): string {
  return printLanguage(language).date(date);
}
