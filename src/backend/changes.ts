import type { Db } from '../store/sql';
import { caseFacts } from '../core/facts/caseFacts';
import { today } from '../core/dates';
import { getCase, setCaseStatus, snippetsOfCase } from '../store/cases/cases';
import { eventsOfCase } from '../store/cases/events';
import { casesOfPerson } from '../store/persons/persons';
import { indexItem } from '../store/search/indexer';
import { stmt } from '../store/sql';
import type { SearchKind } from '../shared/api';

/**
 * What a user action changed, collected while it writes and applied once at its end: cases whose
 * status must be derived again from their events, and items whose search entry is out of date.
 * A bulk import applies it once for thousands of rows.
 */
export class Changes {
  private readonly statuses = new Set<string>();
  private readonly index: Record<SearchKind, Set<string>> = {
    person: new Set(),
    case: new Set(),
    snippet: new Set(),
    source: new Set(),
  };

  constructor(private readonly db: Db) {}

  personChanged(id: string): void {
    this.index.person.add(id);
    for (const caseId of casesOfPerson(this.db, id)) this.index.case.add(caseId);
  }

  /** A case's own fields changed; call before and after the write so both sets of persons count. */
  caseChanged(id: string): void {
    this.statuses.add(id);
    this.index.case.add(id);
    for (const personId of getCase(this.db, id)?.personIds ?? []) this.index.person.add(personId);
    for (const snippetId of snippetsOfCase(this.db, id)) this.index.snippet.add(snippetId);
  }

  eventsChanged(caseId: string): void {
    this.statuses.add(caseId);
    this.index.case.add(caseId);
  }

  snippetChanged(id: string): void {
    this.index.snippet.add(id);
  }

  sourceChanged(id: string): void {
    this.index.source.add(id);
  }

  /** Derives case statuses as of today, then brings the search index up to date. */
  apply(asOf: string = today()): void {
    for (const caseId of this.statuses) {
      const c = getCase(this.db, caseId);
      if (c === null) continue;
      const { status } = caseFacts(eventsOfCase(this.db, caseId), asOf);
      if (status === c.status) continue;
      setCaseStatus(this.db, caseId, status);
      for (const personId of c.personIds) this.index.person.add(personId);
      for (const snippetId of snippetsOfCase(this.db, caseId)) this.index.snippet.add(snippetId);
    }
    this.statuses.clear();
    for (const kind of Object.keys(this.index) as SearchKind[]) {
      for (const id of this.index[kind]) indexItem(this.db, kind, id);
      this.index[kind].clear();
    }
  }
}

/**
 * Cases whose events include days that have come since statuses were last derived (an event
 * entered ahead of time, such as the scheduled end of a sentence) get their status derived again.
 * Runs when a library is opened, in the caller's transaction; a no-op on a day it already ran.
 */
function statusesAsOf(db: Db): string | undefined {
  return stmt<string>(db, "SELECT value FROM meta WHERE key = 'statuses_as_of'").pluck().get() as
    string | undefined;
}

/** Whether `refreshStatuses` has anything to do today (a read: it takes no write lock). */
export function statusesDue(db: Db, asOf: string): boolean {
  const last = statusesAsOf(db);
  return last === undefined || last < asOf;
}

export function refreshStatuses(db: Db, asOf: string): void {
  const last = statusesAsOf(db);
  if (last !== undefined && last >= asOf) return;
  const changes = new Changes(db);
  const due = stmt<string>(db, 'SELECT DISTINCT case_id FROM events WHERE date > ? AND date <= ?')
    .pluck()
    .all(last ?? '', asOf) as string[];
  for (const caseId of due) changes.eventsChanged(caseId);
  changes.apply(asOf);
  stmt(
    db,
    `INSERT INTO meta (key, value) VALUES ('statuses_as_of', ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(asOf);
}
