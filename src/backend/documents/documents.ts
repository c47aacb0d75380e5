import { contentProblems } from '../../core/document/nodes';
import { canonical } from '../../core/canonicalJson';
import { contentMeaning } from '../../core/document/meaning';
import type { DocumentData, DocumentRecord } from '../../shared/domain';
import { DossierError } from '../../shared/errors';
import { getDocument, putDocument, revisionSavedAt } from '../../store/documents/documents';
import { getForum } from '../../store/forums/forums';
import { getOrganisation } from '../../store/organisations/organisations';
import { getTemplate } from '../../store/templates/templates';
import { newId } from '../ids';
import type { Saved, Stamps, WriteContext } from '../writes';

/** Checks a document's content against the document format; the error names the place. */
export function assertValidContent(
  data: Pick<DocumentData, 'content'>,
  place: string,
  /** Only these blocks of the root are new (a preview's changes); the others were checked. */
  only?: ReadonlySet<number>,
): void {
  const [first, ...rest] = contentProblems(data.content, 10, only);
  if (first === undefined) return;
  const more =
    rest.length === 0 ? '' : ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})`;
  throw new DossierError(
    'invalid_input',
    `${place}.content.${first.place}: ${first.message}${more}.`,
    `${place}.content.${first.place}`,
    undefined,
    rest.length === 0
      ? undefined
      : [first, ...rest].map((p) => ({ place: `${place}.content.${p.place}`, message: p.message })),
  );
}

/** Autosaves within this long of the last save update its revision rather than add one. */
export const AUTOSAVE_REVISION_MS = 10 * 60_000;

/**
 * Saves a document; a change of title or of what the content means (core's `contentMeaning`:
 * not Lexical's own fields) keeps a new revision. An autosave (the editor
 * saving as the person types) within ten minutes of when the latest revision was first saved
 * updates that revision instead, so that the revisions are the document as it stood every few minutes, not at every
 * pause in typing.
 */
export function saveDocument(
  ctx: WriteContext,
  data: DocumentData,
  stamps: Stamps = {},
  place = 'document',
  autosave = false,
): Saved<DocumentRecord> {
  assertValidContent(data, place);
  const forum = data.forumKey === null ? null : getForum(ctx.db, data.forumKey);
  if (data.forumKey !== null && forum === null) {
    throw new DossierError(
      'invalid_input',
      `${place}.forumKey: there is no forum profile "${data.forumKey}" in the library.`,
      `${place}.forumKey`,
    );
  }
  if (data.templateId !== null && getTemplate(ctx.db, data.templateId) === null) {
    throw new DossierError(
      'invalid_input',
      `${place}.templateId: there is no template with id ${data.templateId}.`,
      `${place}.templateId`,
    );
  }
  data.signatories.forEach((s, i) => {
    if (getOrganisation(ctx.db, s.organisationId) === null) {
      throw new DossierError(
        'invalid_input',
        `${place}.signatories[${i}].organisationId: there is no organisation with id ${s.organisationId}.`,
        `${place}.signatories[${i}].organisationId`,
      );
    }
  });
  const existing = data.id === undefined ? null : getDocument(ctx.db, data.id);
  const { id: _id, ...fields } = data;
  if (existing !== null) {
    const { id: _i, revision: _r, createdAt: _c, updatedAt: _u, ...was } = existing;
    if (canonical(was) === canonical(fields)) return { record: existing, outcome: 'unchanged' };
  }
  const edited =
    existing === null ||
    existing.title !== data.title ||
    canonical(contentMeaning(existing.content)) !== canonical(contentMeaning(data.content));
  const since =
    autosave && existing !== null ? revisionSavedAt(ctx.db, existing.id, existing.revision) : null;
  const recent =
    since !== null &&
    Date.parse(ctx.now) - Date.parse(since) < AUTOSAVE_REVISION_MS &&
    Date.parse(ctx.now) >= Date.parse(since);
  const record: DocumentRecord = {
    ...fields,
    id: data.id ?? newId(),
    revision: existing === null ? 1 : existing.revision + (edited && !recent ? 1 : 0),
    createdAt: stamps.createdAt ?? existing?.createdAt ?? ctx.now,
    updatedAt: stamps.updatedAt ?? ctx.now,
  };
  putDocument(ctx.db, { ...record, forumId: forum?.id ?? null });
  return { record, outcome: existing === null ? 'created' : 'updated' };
}
