import { walk, nodeFields } from '../../core/document/nodes';
import { plainText } from '../../core/document/content';
import { NameMatcher } from '../../core/text/names';
import type { RichContent } from '../../shared/domain';
import { getCase, listCases, snippetsOfCase } from '../../store/cases/cases';
import { eventsOfCase, getEvent } from '../../store/cases/events';
import { getDocument, listDocuments } from '../../store/documents/documents';
import { getPerson } from '../../store/persons/persons';
import { getSnippet, listSnippets } from '../../store/snippets/snippets';
import { stmt, type Db } from '../../store/sql';

export type RecordKind = 'person' | 'case' | 'event' | 'source' | 'organisation' | 'snippet';

export interface Dependent {
  kind: 'case' | 'event' | 'snippet' | 'document';
  id: string;
  title: string;
  /** What deleting does to it, in words. */
  effect: string;
}

/** What refers to a document's content: ids by the kind of node that names them. */
function referencesOf(content: RichContent): {
  snippets: Set<string>;
  sources: Set<string>;
  cases: Set<string>;
  persons: Set<string>;
} {
  const out = {
    snippets: new Set<string>(),
    sources: new Set<string>(),
    cases: new Set<string>(),
    persons: new Set<string>(),
  };
  for (const { node } of walk(content)) {
    if (node.type === 'snippet-embed')
      out.snippets.add(nodeFields('snippet-embed', node).snippetId);
    else if (node.type === 'citation') out.sources.add(nodeFields('citation', node).sourceId);
    else if (node.type === 'live-field') {
      const f = nodeFields('live-field', node);
      if (f.caseId !== null) out.cases.add(f.caseId);
      if (f.personId !== null) out.persons.add(f.personId);
    }
  }
  return out;
}

function documentsReferring(
  db: Db,
  pick: (refs: ReturnType<typeof referencesOf>) => boolean,
): { id: string; title: string }[] {
  const out: { id: string; title: string }[] = [];
  for (const summary of listDocuments(db)) {
    const doc = getDocument(db, summary.id);
    if (doc !== null && pick(referencesOf(doc.content))) out.push({ id: doc.id, title: doc.title });
  }
  return out;
}

/**
 * What depends on a record, and what deleting it would do to each (for the "Delete?" question):
 * `blocks` when the backend refuses the deletion as things stand (the person is in a case).
 */
export function dependentsOf(
  db: Db,
  kind: RecordKind,
  id: string,
): { dependents: Dependent[]; blocks: boolean } {
  const dependents: Dependent[] = [];
  let blocks = false;
  const docs = (pick: Parameters<typeof documentsReferring>[1], effect: string): void => {
    for (const d of documentsReferring(db, pick)) {
      dependents.push({ kind: 'document', id: d.id, title: d.title, effect });
    }
  };
  switch (kind) {
    case 'person': {
      const cases = listCases(db).filter((c) => c.personIds.includes(id));
      for (const c of cases) {
        dependents.push({
          kind: 'case',
          id: c.id,
          title: c.title,
          effect: 'remove the person from this case first',
        });
      }
      blocks = cases.length > 0;
      docs((r) => r.persons.has(id), 'its name fields will show as unresolved');
      break;
    }
    case 'case': {
      for (const e of eventsOfCase(db, id)) {
        dependents.push({
          kind: 'event',
          id: e.id,
          title: `${e.date} ${e.type.replace(/_/g, ' ')}`,
          effect: 'deleted with the case',
        });
      }
      for (const sid of snippetsOfCase(db, id)) {
        const s = getSnippet(db, sid);
        if (s !== null)
          dependents.push({
            kind: 'snippet',
            id: s.id,
            title: s.title,
            effect: 'no longer linked to a case',
          });
      }
      docs((r) => r.cases.has(id), 'its fields on this case will show as unresolved');
      break;
    }
    case 'event':
      if (getEvent(db, id) !== null) {
        const e = getEvent(db, id);
        const c = e === null ? null : getCase(db, e.caseId);
        if (c !== null)
          dependents.push({
            kind: 'case',
            id: c.id,
            title: c.title,
            effect: 'its status and days are worked out again',
          });
      }
      break;
    case 'source': {
      const rows = stmt<{ event_id: string }>(
        db,
        'SELECT event_id FROM event_sources WHERE source_id = ?',
      ).all(id);
      for (const { event_id } of rows) {
        const e = getEvent(db, event_id);
        const c = e === null ? null : getCase(db, e.caseId);
        if (e !== null) {
          dependents.push({
            kind: 'event',
            id: e.id,
            title: `${c?.title ?? 'a case'}: ${e.date} ${e.type.replace(/_/g, ' ')}`,
            effect: 'the event will no longer cite it',
          });
        }
      }
      blocks = rows.length > 0;
      docs((r) => r.sources.has(id), 'its citations of this source will show as missing');
      break;
    }
    case 'organisation': {
      const rows = stmt<{ document_id: string }>(
        db,
        'SELECT DISTINCT document_id FROM document_signatories WHERE organisation_id = ?',
      ).all(id);
      for (const { document_id } of rows) {
        const d = getDocument(db, document_id);
        if (d !== null)
          dependents.push({
            kind: 'document',
            id: d.id,
            title: d.title,
            effect: 'remove it from the signatories first',
          });
      }
      blocks = rows.length > 0;
      break;
    }
    case 'snippet':
      docs((r) => r.snippets.has(id), 'its linked copy of this snippet will show as missing');
      break;
  }
  return { dependents, blocks };
}

/** The cases, snippets and documents that concern a person: by link, by field, or by name. */
export function relatedToPerson(
  db: Db,
  personId: string,
): { caseIds: string[]; snippetIds: string[]; documentIds: string[] } {
  const person = getPerson(db, personId);
  if (person === null) return { caseIds: [], snippetIds: [], documentIds: [] };
  const caseIds = listCases(db)
    .filter((c) => c.personIds.includes(personId))
    .map((c) => c.id);
  const cases = new Set(caseIds);
  const matcher = new NameMatcher(
    [person.name, ...person.aliases.map((a) => a.name)].map((name) => ({ name, value: personId })),
  );
  const snippetIds = listSnippets(db)
    .filter(
      (s) =>
        s.caseIds.some((c) => cases.has(c)) || matcher.find(`${s.title}\n${s.text}`).length > 0,
    )
    .map((s) => s.id);
  const snippets = new Set(snippetIds);
  const documentIds = listDocuments(db)
    .map((d) => getDocument(db, d.id))
    .filter((d): d is NonNullable<typeof d> => d !== null)
    .filter((d) => {
      const refs = referencesOf(d.content);
      return (
        refs.persons.has(personId) ||
        [...refs.cases].some((c) => cases.has(c)) ||
        [...refs.snippets].some((s) => snippets.has(s)) ||
        matcher.find(`${d.title}\n${plainText(d.content)}`).length > 0
      );
    })
    .map((d) => d.id);
  return { caseIds, snippetIds, documentIds };
}
