import type { CaseFactsResult } from '../../shared/api';
import type { CaseStatus, EventType, Sentence } from '../../shared/domain';
import { CASE_STATUS_LABELS } from '../../shared/domain';
import { daysBetween, firstDay, nextDay } from '../dates';
import { printLanguage } from '../i18n/printLanguage';

/** What the facts engine needs of an event. */
export interface FactEvent {
  id: string;
  date: string;
  type: EventType;
  statusAfter: CaseStatus | null;
  sentence: Sentence | null;
  uncertain: boolean;
}

/**
 * A case's facts as of a day (the contract's `caseFacts`): status and since when, days deprived of
 * liberty (pretrial, prison, their total, and house arrest counted apart), the start of the latest
 * period in custody, the current sentence, the latest event, and whether any figure rests on an
 * imprecise or uncertain date.
 */
export type CaseFacts = CaseFactsResult;
type DaysDeprived = CaseFacts['days'];
type CurrentSentence = NonNullable<CaseFacts['sentence']>;

/** The order of same-day events: arrest before verdict, verdict before release. */
const SAME_DAY_ORDER: Readonly<Record<EventType, number>> = {
  arrest: 0,
  detention_ordered: 1,
  detention_extended: 2,
  house_arrest: 3,
  charge: 4,
  trial: 5,
  verdict: 6,
  appeal: 7,
  cassation: 8,
  judgment: 9,
  pardon: 10,
  conditional_release: 11,
  release: 12,
  acquittal: 13,
  travel_ban: 14,
  exile: 15,
  attack: 16,
  blocking: 17,
  other: 18,
  death: 19,
};

type Custody = 'pretrial' | 'prison' | 'houseArrest' | null;

function custodyOf(status: CaseStatus): Custody {
  if (status === 'detained_pretrial') return 'pretrial';
  if (status === 'imprisoned') return 'prison';
  if (status === 'house_arrest') return 'houseArrest';
  return null;
}

/** The status after `event`, given the status before it; null when the event changes nothing. */
export function statusAfterEvent(event: FactEvent, before: CaseStatus): CaseStatus | null {
  if (event.statusAfter !== null) return event.statusAfter;
  const inCustody = custodyOf(before) !== null;
  switch (event.type) {
    case 'arrest':
    case 'detention_ordered':
    case 'detention_extended':
      return 'detained_pretrial';
    case 'house_arrest':
      return 'house_arrest';
    case 'verdict':
    case 'appeal':
    case 'cassation': {
      const kind = event.sentence?.kind;
      if (kind === undefined) return null;
      if (kind === 'custodial') return 'imprisoned';
      if (kind === 'suspended') return 'suspended_sentence';
      return inCustody ? 'released' : 'at_liberty';
    }
    case 'release':
      return 'released';
    case 'conditional_release':
      return 'conditionally_released';
    case 'pardon':
      return 'pardoned';
    case 'acquittal':
      return 'acquitted';
    case 'exile':
      return 'in_exile';
    case 'travel_ban':
      return inCustody ? null : 'travel_ban';
    case 'death':
      return 'deceased';
    default:
      return null;
  }
}

/** Events in the order they happened (partial dates sort at their first day). */
export function sortEvents<E extends FactEvent>(events: readonly E[]): E[] {
  return [...events].sort(
    (a, b) =>
      firstDay(a.date).localeCompare(firstDay(b.date)) ||
      SAME_DAY_ORDER[a.type] - SAME_DAY_ORDER[b.type],
  );
}

/**
 * A case's facts as of a day, from its events alone.
 *
 * Days are counted the way release statements count them: the day of arrest counts, the day of
 * release does not, and a person still held on `asOf` has spent that day too. Khadija Ismayilova,
 * arrested 5 December 2014 and released 25 May 2016, spent 537 days in detention.
 */
export function caseFacts(events: readonly FactEvent[], asOf: string): CaseFacts {
  const days: DaysDeprived = { pretrial: 0, prison: 0, total: 0, houseArrest: 0 };
  let status: CaseStatus = 'unknown';
  let statusSince: string | null = null;
  let periodStart: string | null = null;
  let periodApproximate = false;
  let arrestDate: string | null = null;
  let sentence: CurrentSentence | null = null;
  let latestEvent: CaseFacts['latestEvent'] = null;
  let approximate = false;

  const closePeriod = (end: string): void => {
    const custody = custodyOf(status);
    if (custody === null || periodStart === null) return;
    days[custody] += Math.max(0, daysBetween(periodStart, end));
  };

  for (const event of sortEvents(events)) {
    const day = firstDay(event.date);
    if (day > asOf) break;
    latestEvent = { id: event.id, date: event.date, type: event.type };

    if (event.sentence !== null && event.type !== 'acquittal') {
      sentence = { sentence: event.sentence, date: event.date, eventId: event.id, pardoned: false };
    }
    if (event.type === 'pardon' && sentence !== null) sentence = { ...sentence, pardoned: true };
    if (event.type === 'acquittal') sentence = null;

    const next = statusAfterEvent(event, status);
    if (next === null || next === status) continue;

    const wasCustody = custodyOf(status);
    const nowCustody = custodyOf(next);
    const imprecise = event.date.length !== 10 || event.uncertain;
    if (wasCustody !== null) {
      closePeriod(day);
      if (imprecise || periodApproximate) approximate = true;
    }
    if (nowCustody !== null) {
      if (wasCustody === null) arrestDate = event.date;
      periodStart = day;
      periodApproximate = imprecise;
    } else {
      periodStart = null;
      periodApproximate = false;
    }
    status = next;
    statusSince = event.date;
  }

  if (custodyOf(status) !== null) {
    closePeriod(nextDay(asOf));
    if (periodApproximate) approximate = true;
  }
  days.total = days.pretrial + days.prison;

  return { asOf, status, statusSince, days, arrestDate, sentence, latestEvent, approximate };
}

/**
 * The status at the end of each event's day (what `caseFacts(events, firstDay(event.date)).status`
 * gives), by event id, in one pass over the sorted events rather than one `caseFacts` per event.
 */
export function statusAfterEach(events: readonly FactEvent[]): Map<string, CaseStatus> {
  const out = new Map<string, CaseStatus>();
  const sorted = sortEvents(events);
  let status: CaseStatus = 'unknown';
  let dayStart = 0;
  for (let i = 0; i < sorted.length; i++) {
    const event = sorted[i] as FactEvent;
    status = statusAfterEvent(event, status) ?? status;
    const next = sorted[i + 1];
    if (next !== undefined && firstDay(next.date) === firstDay(event.date)) continue;
    // The day ends here: every event of it shows the status after all of them.
    for (let j = dayStart; j <= i; j++) out.set((sorted[j] as FactEvent).id, status);
    dayStart = i + 1;
  }
  return out;
}

/** `7 years 6 months`, `8 months`, `1 year`; in another language as its wording table says. */
export function formatTerm(years: number, months: number, language = 'en'): string {
  return printLanguage(language).term(years, months);
}

/** A sentence as a submission states it: `7 years 6 months' imprisonment`, in `language`. */
export function formatSentence(s: Sentence, language = 'en'): string {
  return printLanguage(language).sentence(s);
}

/** A status as the window shows it (in English); `printLanguage(…).status` prints it. */
export function statusLabel(status: CaseStatus): string {
  return CASE_STATUS_LABELS[status];
}
