import { DossierError } from '../../shared/errors';
import type { CaseStatus } from '../../shared/domain';
import type { FacetName } from '../../core/search/query';
import { parseQuery } from '../../core/search/query';
import { caseFacts } from '../../core/facts/caseFacts';
import { getCase, listCaseSummaries, listCases, snippetsOfCase } from '../../store/cases/cases';
import { documentsEmbedding } from '../../store/documents/documents';
import { eventsOfCase } from '../../store/cases/events';
import { getForum, listForums, putForum } from '../../store/forums/forums';
import { getOrganisation, listOrganisations } from '../../store/organisations/organisations';
import {
  caseCountsByPerson,
  getPerson,
  listPersons,
  listPersonSummaries,
} from '../../store/persons/persons';
import { searchIndex } from '../../store/search/search';
import { getSnippet, listSnippets, snippetRevisions } from '../../store/snippets/snippets';
import { getSource, listSources } from '../../store/sources/sources';
import { found } from '../found';
import { appSettings, DEFAULT_SETTINGS, type AppSettings } from '../../shared/api';
import { getSetting, putSetting } from '../../store/settings';
import type { Db } from '../../store/sql';
import { dependentsOf, relatedToPerson } from './dependents';

function readSettings(db: Db): AppSettings {
  const stored = appSettings.partial().safeParse(getSetting(db, 'app') ?? {});
  return { ...DEFAULT_SETTINGS, ...(stored.success ? stored.data : {}) };
}
import type { AreaHandlers } from '../handlerTypes';
import {
  removeCase,
  removeEvent,
  removeOrganisation,
  removePerson,
  removeSnippet,
  removeSource,
  saveCase,
  saveEvent,
  saveOrganisation,
  savePerson,
  saveSnippet,
  saveSource,
} from '../writes';

/** The case library's records: search, persons, organisations, cases, events, sources, snippets, forums. */
export const recordHandlers = {
  'search.query': (s, p) => {
    if (parseQuery(p.query).length === 0) {
      throw new DossierError(
        'invalid_input',
        'Type at least one word or number to search for.',
        'query',
      );
    }
    const filters: Partial<Record<FacetName, string[]>> = {
      kind: p.kinds,
      country: p.country,
      status: p.status,
      tag: p.tag,
      forum: p.forum,
    };
    return { results: s.read((lib) => searchIndex(lib.db, p.query, filters, p.limit)) };
  },

  'persons.list': (s) => s.read((lib) => listPersons(lib.db)),
  'persons.summaries': (s, { limit, offset }) =>
    s.read((lib) => listPersonSummaries(lib.db, { limit, offset })),
  'persons.caseCounts': (s) => s.read((lib) => caseCountsByPerson(lib.db)),
  'persons.get': (s, { id }) => s.read((lib) => found(getPerson(lib.db, id), 'person', id)),
  'persons.save': (s, { person }) => s.write((ctx) => savePerson(ctx, person).record),
  'persons.delete': (s, { id }) => ({ deleted: s.write((ctx) => removePerson(ctx, id)) }),
  'persons.related': (s, { id }) =>
    s.read((lib) => {
      found(getPerson(lib.db, id), 'person', id);
      return relatedToPerson(lib.db, id);
    }),

  'records.dependents': (s, { kind, id }) => s.read((lib) => dependentsOf(lib.db, kind, id)),

  'settings.get': (s) => s.read((lib) => readSettings(lib.db)),
  'settings.update': (s, { settings }) =>
    s.write((ctx) => {
      const next = { ...readSettings(ctx.db), ...settings };
      putSetting(ctx.db, 'app', next);
      return next;
    }),

  'organisations.list': (s) => s.read((lib) => listOrganisations(lib.db)),
  'organisations.get': (s, { id }) =>
    s.read((lib) => found(getOrganisation(lib.db, id), 'organisation', id)),
  'organisations.save': (s, { organisation }) =>
    s.write((ctx) => saveOrganisation(ctx, organisation).record),
  'organisations.delete': (s, { id }) => ({
    deleted: s.write((ctx) => removeOrganisation(ctx, id)),
  }),

  'cases.list': (s, { status, personId }) =>
    s.read((lib) =>
      listCases(lib.db).filter(
        (c) =>
          (status === undefined || status.includes(c.status)) &&
          (personId === undefined || c.personIds.includes(personId)),
      ),
    ),
  'cases.summaries': (s, { status, personId, limit, offset }) =>
    s.read((lib) => listCaseSummaries(lib.db, { status, personId, limit, offset })),
  'cases.get': (s, { id, asOf }) =>
    s.read((lib) => {
      const c = found(getCase(lib.db, id), 'case', id);
      const events = eventsOfCase(lib.db, id);
      const sourceIds = [...new Set(events.flatMap((e) => e.sources.map((x) => x.sourceId)))];
      return {
        case: c,
        persons: c.personIds.map((pid) => found(getPerson(lib.db, pid), 'person', pid)),
        events,
        sources: sourceIds.map((sid) => found(getSource(lib.db, sid), 'source', sid)),
        snippetIds: snippetsOfCase(lib.db, id),
        facts: caseFacts(events, asOf ?? s.today()),
      };
    }),
  'cases.facts': (s, { id, asOf }) =>
    s.read((lib) => {
      found(getCase(lib.db, id), 'case', id);
      return caseFacts(eventsOfCase(lib.db, id), asOf ?? s.today());
    }),
  'cases.save': (s, { case: c }) => s.write((ctx) => saveCase(ctx, c).record),
  'cases.delete': (s, { id }) => ({ deleted: s.write((ctx) => removeCase(ctx, id)) }),

  'events.save': (s, { event }) => s.write((ctx) => saveEvent(ctx, event).record),
  'events.delete': (s, { id }) => ({ deleted: s.write((ctx) => removeEvent(ctx, id)) }),

  'sources.list': (s) => s.read((lib) => listSources(lib.db)),
  'sources.get': (s, { id }) => s.read((lib) => found(getSource(lib.db, id), 'source', id)),
  'sources.save': (s, { source }) => s.write((ctx) => saveSource(ctx, source).record),
  'sources.delete': (s, { id, detach }) => ({
    deleted: s.write((ctx) => removeSource(ctx, id, detach)),
  }),

  'snippets.list': (s, { kind, tag, caseId }) =>
    s.read((lib) =>
      listSnippets(lib.db).filter(
        (x) =>
          (kind === undefined || x.kind === kind) &&
          (tag === undefined || x.tags.includes(tag)) &&
          (caseId === undefined || x.caseIds.includes(caseId)),
      ),
    ),
  'snippets.get': (s, { id }) => s.read((lib) => found(getSnippet(lib.db, id), 'snippet', id)),
  'snippets.save': (s, { snippet }) => s.write((ctx) => saveSnippet(ctx, snippet).record),
  'snippets.revisions': (s, { id }) =>
    s.read((lib) => {
      found(getSnippet(lib.db, id), 'snippet', id);
      return snippetRevisions(lib.db, id);
    }),
  'snippets.embedding': (s, { id }) =>
    s.read((lib) => {
      const snippet = found(getSnippet(lib.db, id), 'snippet', id);
      const caseStatuses: Record<string, CaseStatus> = {};
      for (const caseId of snippet.caseIds) {
        const c = getCase(lib.db, caseId);
        if (c !== null) caseStatuses[caseId] = c.status;
      }
      return { snippetId: id, revision: snippet.revision, insertedAt: s.today(), caseStatuses };
    }),
  'snippets.usedIn': (s, { id }) =>
    s.read((lib) => {
      found(getSnippet(lib.db, id), 'snippet', id);
      return documentsEmbedding(lib.db, id);
    }),
  'snippets.delete': (s, { id }) => ({ deleted: s.write((ctx) => removeSnippet(ctx, id)) }),

  'forums.list': (s) => s.read((lib) => listForums(lib.db)),
  'forums.get': (s, { id }) => s.read((lib) => found(getForum(lib.db, id), 'forum profile', id)),
  'forums.update': (s, { id, settings }) =>
    s.write((ctx) => {
      const forum = found(getForum(ctx.db, id), 'forum profile', id);
      const updated = { ...forum, settings, updatedAt: ctx.now };
      putForum(ctx.db, updated);
      return updated;
    }),
} satisfies AreaHandlers;
