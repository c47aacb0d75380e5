import type { DocumentData } from '../../shared/domain';
import type { LibraryView } from '../../core/document/resolve';
import { walk, nodeFields } from '../../core/document/nodes';
import { getCase } from '../../store/cases/cases';
import { eventsOfCase } from '../../store/cases/events';
import { listForums } from '../../store/forums/forums';
import { getOrganisation } from '../../store/organisations/organisations';
import { getPerson } from '../../store/persons/persons';
import { getSnippet } from '../../store/snippets/snippets';
import { getSource } from '../../store/sources/sources';
import { stmt, type Db } from '../../store/sql';

/**
 * What a document draws on, read from the library: the snippets it embeds (and their cases), the
 * sources it cites, the cases and persons its fields name, its signatories, every forum profile,
 * and every person who is not public (their names must not slip into a public document).
 */
export function loadLibraryView(db: Db, doc: DocumentData): LibraryView {
  const snippetIds = new Set<string>();
  const sourceIds = new Set<string>();
  const caseIds = new Set<string>();
  const personIds = new Set<string>(
    stmt<string>(db, "SELECT id FROM persons WHERE visibility != 'public'")
      .pluck()
      .all() as string[],
  );
  for (const { node } of walk(doc.content)) {
    if (node.type === 'snippet-embed') snippetIds.add(nodeFields('snippet-embed', node).snippetId);
    else if (node.type === 'citation') sourceIds.add(nodeFields('citation', node).sourceId);
    else if (node.type === 'live-field') {
      const f = nodeFields('live-field', node);
      if (f.caseId !== null) caseIds.add(f.caseId);
      if (f.personId !== null) personIds.add(f.personId);
    }
  }
  const view = {
    snippets: new Map(),
    sources: new Map(),
    cases: new Map(),
    persons: new Map(),
    organisations: new Map(),
    forums: new Map(listForums(db).map((f) => [f.key, f])),
  } satisfies LibraryView;
  for (const id of snippetIds) {
    const s = getSnippet(db, id);
    if (s === null) continue;
    view.snippets.set(id, s);
    for (const caseId of s.caseIds) caseIds.add(caseId);
    // Linked snippets are read as stored: their citations and fields count too.
    for (const { node } of walk(s.content)) {
      if (node.type === 'citation') sourceIds.add(nodeFields('citation', node).sourceId);
      else if (node.type === 'live-field') {
        const f = nodeFields('live-field', node);
        if (f.caseId !== null) caseIds.add(f.caseId);
        if (f.personId !== null) personIds.add(f.personId);
      }
    }
  }
  for (const id of sourceIds) {
    const s = getSource(db, id);
    if (s !== null) view.sources.set(id, s);
  }
  for (const id of caseIds) {
    const record = getCase(db, id);
    if (record === null) continue;
    view.cases.set(id, { record, events: eventsOfCase(db, id) });
    for (const p of record.personIds) personIds.add(p);
  }
  for (const id of personIds) {
    const p = getPerson(db, id);
    if (p !== null) view.persons.set(id, p);
  }
  for (const s of doc.signatories) {
    const o = getOrganisation(db, s.organisationId);
    if (o !== null) view.organisations.set(o.id, o);
  }
  return view;
}
