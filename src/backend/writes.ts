import { contentMeaning } from '../core/document/meaning';
import type { Db } from '../store/sql';
import { contentFromText, plainText } from '../core/document/content';
import { contentProblems } from '../core/document/nodes';
import type {
  CaseData,
  EventData,
  OrganisationData,
  PersonData,
  SnippetData as SnippetFields,
  SourceData,
  CaseEvent,
  CaseRecord,
  Organisation,
  Person,
  RichContent,
  Snippet,
  Source,
} from '../shared/domain';
import { DossierError } from '../shared/errors';
import { deleteCase, getCase, touchCase } from '../store/cases/cases';
import { deleteEvent, getEvent, putEvent } from '../store/cases/events';
import { putCase } from '../store/cases/cases';
import {
  deleteOrganisation,
  getOrganisation,
  putOrganisation,
} from '../store/organisations/organisations';
import { casesOfPerson, deletePerson, getPerson, putPerson } from '../store/persons/persons';
import { deleteSnippet, getSnippet, putSnippet } from '../store/snippets/snippets';
import { deleteSource, getSource, putSource, sourceUseCount } from '../store/sources/sources';
import { stmt } from '../store/sql';
import { canonical, sameExcept } from '../core/canonicalJson';
import type { Changes } from './changes';
import { newId } from './ids';

/**
 * The writes behind every save and every import: stamps, revisions, checks of references with
 * messages that name the place, and what the change means for derived status and the index.
 * They run inside the caller's transaction.
 */

export type Outcome = 'created' | 'updated' | 'unchanged';
export interface Saved<T> {
  record: T;
  outcome: Outcome;
}

/** Stamps from an exchange file; a plain save stamps with now. */
export interface Stamps {
  createdAt?: string | undefined;
  updatedAt?: string | undefined;
}

export interface WriteContext {
  db: Db;
  changes: Changes;
  now: string;
}

const STAMPS = ['id', 'createdAt', 'updatedAt'];

function exists(db: Db, table: string, id: string): boolean {
  return stmt(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

function missing(place: string, what: string, id: string): DossierError {
  return new DossierError(
    'invalid_input',
    `${place}: there is no ${what} with id ${id} (in the library${place.includes('[') ? ' or the file' : ''}).`,
    place,
  );
}

function stamped<T extends { id?: string | undefined }>(
  input: T,
  existing: { createdAt: string } | null,
  stamps: Stamps,
  now: string,
): T & { id: string; createdAt: string; updatedAt: string } {
  return {
    ...input,
    id: input.id ?? newId(),
    createdAt: stamps.createdAt ?? existing?.createdAt ?? now,
    updatedAt: stamps.updatedAt ?? now,
  };
}

export function savePerson(
  ctx: WriteContext,
  input: PersonData,
  stamps: Stamps = {},
): Saved<Person> {
  const existing = input.id === undefined ? null : getPerson(ctx.db, input.id);
  if (existing !== null && sameExcept(existing, input, STAMPS)) {
    return { record: existing, outcome: 'unchanged' };
  }
  const record: Person = stamped(input, existing, stamps, ctx.now);
  putPerson(ctx.db, record);
  ctx.changes.personChanged(record.id);
  return { record, outcome: existing === null ? 'created' : 'updated' };
}

export function removePerson(ctx: WriteContext, id: string): boolean {
  const cases = casesOfPerson(ctx.db, id);
  if (cases.length > 0) {
    const titles = cases.map((c) => `"${getCase(ctx.db, c)?.title ?? c}"`).join(', ');
    throw new DossierError(
      'conflict',
      `This person is part of ${cases.length === 1 ? 'a case' : `${cases.length} cases`} (${titles}); remove them from ${cases.length === 1 ? 'it' : 'those'} first. Nothing was deleted.`,
      id,
    );
  }
  ctx.changes.personChanged(id);
  return deletePerson(ctx.db, id);
}

export function saveOrganisation(
  ctx: WriteContext,
  input: OrganisationData,
  stamps: Stamps = {},
): Saved<Organisation> {
  const existing = input.id === undefined ? null : getOrganisation(ctx.db, input.id);
  if (existing !== null && sameExcept(existing, input, STAMPS)) {
    return { record: existing, outcome: 'unchanged' };
  }
  const record: Organisation = stamped(input, existing, stamps, ctx.now);
  putOrganisation(ctx.db, record);
  return { record, outcome: existing === null ? 'created' : 'updated' };
}

export function removeOrganisation(ctx: WriteContext, id: string): boolean {
  const uses = stmt<number>(
    ctx.db,
    'SELECT count(*) FROM document_signatories WHERE organisation_id = ?',
  )
    .pluck()
    .get(id) as number;
  if (uses > 0) {
    throw new DossierError(
      'conflict',
      `This organisation signs ${uses} document(s); remove it from their signatories first. Nothing was deleted.`,
      id,
    );
  }
  return deleteOrganisation(ctx.db, id);
}

export function saveCase(
  ctx: WriteContext,
  input: CaseData,
  stamps: Stamps = {},
  place = 'case',
): Saved<CaseRecord> {
  input.personIds.forEach((personId, i) => {
    if (!exists(ctx.db, 'persons', personId)) {
      throw missing(`${place}.personIds[${i}]`, 'person', personId);
    }
  });
  const existing = input.id === undefined ? null : getCase(ctx.db, input.id);
  if (existing !== null && sameExcept(existing, input, [...STAMPS, 'status'])) {
    return { record: existing, outcome: 'unchanged' };
  }
  if (existing !== null) ctx.changes.caseChanged(existing.id);
  const record: CaseRecord = {
    ...stamped(input, existing, stamps, ctx.now),
    status: existing?.status ?? 'unknown',
  };
  putCase(ctx.db, record);
  ctx.changes.caseChanged(record.id);
  return { record, outcome: existing === null ? 'created' : 'updated' };
}

export function removeCase(ctx: WriteContext, id: string): boolean {
  ctx.changes.caseChanged(id);
  return deleteCase(ctx.db, id);
}

export function saveEvent(
  ctx: WriteContext,
  input: EventData,
  stamps: Stamps = {},
  place = 'event',
): Saved<CaseEvent> {
  if (!exists(ctx.db, 'cases', input.caseId))
    throw missing(`${place}.caseId`, 'case', input.caseId);
  input.sources.forEach((s, i) => {
    if (!exists(ctx.db, 'sources', s.sourceId)) {
      throw missing(`${place}.sources[${i}].sourceId`, 'source', s.sourceId);
    }
  });
  const existing = input.id === undefined ? null : getEvent(ctx.db, input.id);
  if (existing !== null && sameExcept(existing, input, STAMPS)) {
    return { record: existing, outcome: 'unchanged' };
  }
  const record: CaseEvent = stamped(input, existing, stamps, ctx.now);
  putEvent(ctx.db, record);
  if (existing !== null && existing.caseId !== record.caseId) {
    ctx.changes.eventsChanged(existing.caseId);
  }
  ctx.changes.eventsChanged(record.caseId);
  // An event is news about its case: the case counts as updated (preflight compares this with
  // a snippet's review date). An import brings the case's own stamp instead.
  if (stamps.updatedAt === undefined) touchCase(ctx.db, record.caseId, record.updatedAt);
  return { record, outcome: existing === null ? 'created' : 'updated' };
}

export function removeEvent(ctx: WriteContext, id: string): boolean {
  const existing = getEvent(ctx.db, id);
  if (existing === null) return false;
  deleteEvent(ctx.db, id);
  ctx.changes.eventsChanged(existing.caseId);
  touchCase(ctx.db, existing.caseId, ctx.now);
  return true;
}

export function saveSource(
  ctx: WriteContext,
  input: SourceData,
  stamps: Stamps = {},
): Saved<Source> {
  const existing = input.id === undefined ? null : getSource(ctx.db, input.id);
  if (existing !== null && sameExcept(existing, input, STAMPS)) {
    return { record: existing, outcome: 'unchanged' };
  }
  const record: Source = stamped(input, existing, stamps, ctx.now);
  putSource(ctx.db, record);
  ctx.changes.sourceChanged(record.id);
  return { record, outcome: existing === null ? 'created' : 'updated' };
}

export function removeSource(ctx: WriteContext, id: string, detach = false): boolean {
  const uses = sourceUseCount(ctx.db, id);
  if (uses > 0 && !detach) {
    throw new DossierError(
      'conflict',
      `This source is cited by ${uses} event${uses === 1 ? '' : 's'}; take it off ${uses === 1 ? 'that event' : 'those events'} first, or delete it from them too. Nothing was deleted.`,
      id,
    );
  }
  if (uses > 0) {
    const events = stmt<string>(
      ctx.db,
      'SELECT DISTINCT event_id FROM event_sources WHERE source_id = ?',
    )
      .pluck()
      .all(id) as string[];
    stmt(ctx.db, 'DELETE FROM event_sources WHERE source_id = ?').run(id);
    for (const eventId of events) {
      const e = getEvent(ctx.db, eventId);
      if (e !== null) touchCase(ctx.db, e.caseId, ctx.now);
    }
  }
  ctx.changes.sourceChanged(id);
  return deleteSource(ctx.db, id);
}

export type SnippetData = Omit<SnippetFields, 'content'> & {
  content?: RichContent | undefined;
  text?: string | undefined;
};

/** Saves a snippet; a change of title or content keeps a new revision. */
export function saveSnippet(
  ctx: WriteContext,
  data: SnippetData,
  stamps: Stamps = {},
  place = 'snippet',
): Saved<Snippet> {
  data.caseIds.forEach((caseId, i) => {
    if (!exists(ctx.db, 'cases', caseId)) throw missing(`${place}.caseIds[${i}]`, 'case', caseId);
  });
  const { text: plain, content: given, ...fields } = data;
  const content = given ?? contentFromText(plain ?? '');
  const [problem] = contentProblems(content);
  if (problem !== undefined) {
    throw new DossierError(
      'invalid_input',
      `${place}.content.${problem.place}: ${problem.message}.`,
      `${place}.content.${problem.place}`,
    );
  }
  const input = { ...fields, content };
  const existing = input.id === undefined ? null : getSnippet(ctx.db, input.id);
  if (existing !== null && sameExcept(existing, input, [...STAMPS, 'text', 'revision'])) {
    return { record: existing, outcome: 'unchanged' };
  }
  const edited =
    existing === null ||
    existing.title !== input.title ||
    canonical(contentMeaning(existing.content)) !== canonical(contentMeaning(content));
  const record: Snippet = {
    ...stamped(input, existing, stamps, ctx.now),
    text: plainText(content),
    revision: existing === null ? 1 : existing.revision + (edited ? 1 : 0),
  };
  putSnippet(ctx.db, record);
  ctx.changes.snippetChanged(record.id);
  return { record, outcome: existing === null ? 'created' : 'updated' };
}

export function removeSnippet(ctx: WriteContext, id: string): boolean {
  ctx.changes.snippetChanged(id);
  return deleteSnippet(ctx.db, id);
}
