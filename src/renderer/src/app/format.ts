import { formatDate } from '../../../core/dates';
import { en } from '../../../core/i18n/en';
import type { CaseStatus } from '../../../shared/domain';

export { formatSentence, statusLabel } from '../../../core/facts/caseFacts';

/** English month names, from the English wording table the exports print with. */
const MONTHS = en.dates.monthsWithDay;

export const MONTH_NAMES: readonly string[] = MONTHS;

/** A date to its precision, as core prints it: "5 December 2014", "December 2014", "2014". */
export function formatDay(date: string | null | undefined): string {
  return date ? formatDate(date) : '';
}

/** A day short, for tables: "5 Dec 2014" (to its precision: "Dec 2014", "2014"). */
export function formatShortDay(date: string | null | undefined): string {
  if (!date) return '';
  const [y, m, d] = date.split('-');
  const month = m === undefined ? undefined : MONTHS[Number(m) - 1]?.slice(0, 3);
  if (month === undefined) return y ?? date;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/** When a record changed, for tables: the time today, else the day. */
export function formatChanged(iso: string, now = new Date()): string {
  const t = new Date(iso);
  return t.toDateString() === now.toDateString()
    ? formatTime(iso, now)
    : formatShortDay(
        `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`,
      );
}

/** An instant as a short local time: "12:04", or "3 May 12:04" on another day. */
export function formatTime(iso: string, now = new Date()): string {
  const t = new Date(iso);
  const hm = `${String(t.getHours()).padStart(2, '0')}:${String(t.getMinutes()).padStart(2, '0')}`;
  const sameDay = t.toDateString() === now.toDateString();
  return sameDay
    ? hm
    : `${t.getDate()} ${MONTHS[t.getMonth()]?.slice(0, 3)} ${t.getFullYear()} ${hm}`;
}

/** An instant with its day always said: "today 12:04", "yesterday 09:10", "3 May 2026 12:04". */
export function formatMoment(iso: string, now = new Date()): string {
  const t = new Date(iso);
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  const hm = formatTime(iso, t);
  if (t.toDateString() === now.toDateString()) return `today ${hm}`;
  if (t.toDateString() === yesterday.toDateString()) return `yesterday ${hm}`;
  return formatTime(iso, now);
}

/** Whether a status means the person is deprived of liberty. */
export function inCustody(status: CaseStatus): boolean {
  return status === 'detained_pretrial' || status === 'imprisoned' || status === 'house_arrest';
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** Today as YYYY-MM-DD in the local time zone (the day the person at the screen lives in). */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export const SCRIPTS: { code: string; label: string }[] = [
  { code: 'latn', label: 'Latin' },
  { code: 'cyrl', label: 'Cyrillic' },
  { code: 'arab', label: 'Arabic' },
  { code: 'armn', label: 'Armenian' },
  { code: 'geor', label: 'Georgian' },
  { code: 'hebr', label: 'Hebrew' },
];

export function scriptLabel(code: string | undefined): string {
  if (code === undefined) return '';
  return SCRIPTS.find((s) => s.code === code)?.label ?? code;
}

/** The script a name is written in, guessed from its letters (for a new alias). */
export function guessScript(name: string): string | undefined {
  if (/\p{Script=Cyrillic}/u.test(name)) return 'cyrl';
  if (/\p{Script=Arabic}/u.test(name)) return 'arab';
  if (/\p{Script=Armenian}/u.test(name)) return 'armn';
  if (/\p{Script=Georgian}/u.test(name)) return 'geor';
  if (/\p{Script=Hebrew}/u.test(name)) return 'hebr';
  if (/\p{Script=Latin}/u.test(name)) return 'latn';
  return undefined;
}

export const EVENT_TYPE_LABELS: Record<string, string> = {
  arrest: 'Arrest',
  charge: 'Charge',
  detention_ordered: 'Pretrial detention ordered',
  detention_extended: 'Pretrial detention extended',
  house_arrest: 'House arrest',
  trial: 'Trial',
  verdict: 'Verdict',
  appeal: 'Appeal',
  cassation: 'Cassation',
  release: 'Release',
  conditional_release: 'Conditional release',
  pardon: 'Pardon',
  acquittal: 'Acquittal',
  attack: 'Attack',
  travel_ban: 'Travel ban',
  blocking: 'Website blocked',
  exile: 'Exile',
  judgment: 'ECtHR judgment',
  death: 'Death',
  other: 'Other',
};

export const VISIBILITY_LABELS = {
  public: 'Public',
  anonymise: 'Anonymised in public documents',
  internal: 'Internal only',
} as const;
