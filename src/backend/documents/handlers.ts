import { documentInput } from '../../shared/domain';
import { DossierError } from '../../shared/errors';
import { deleteDocument, getDocument, listDocuments } from '../../store/documents/documents';
import { getForum } from '../../store/forums/forums';
import { getTemplate, listTemplates, putTemplate } from '../../store/templates/templates';
import { assertTarget, readJsonFile, writeFileAtomic } from '../files';
import { found } from '../found';
import type { AreaHandlers } from '../handlerTypes';
import { newId } from '../ids';
import { MAX_IMPORT_BYTES, withBackupBefore } from '../library/handlers';
import { documentFileFor, parseDocumentFile, writeDocumentFile } from './documentFiles';
import { assertValidContent, saveDocument } from './documents';
import { assertExportable, prepareDocument, renderPrepared } from './publish';

/** Templates and documents: writing, checking and exporting. */
export const documentHandlers = {
  'templates.list': (s) => s.read((lib) => listTemplates(lib.db)),
  'templates.get': (s, { id }) => s.read((lib) => found(getTemplate(lib.db, id), 'template', id)),
  'templates.save': (s, { template }) =>
    s.write((ctx) => {
      assertValidContent(template, 'template');
      const forum = template.forumKey === null ? null : getForum(ctx.db, template.forumKey);
      if (template.forumKey !== null && forum === null) {
        throw new DossierError(
          'invalid_input',
          `template.forumKey: there is no forum profile "${template.forumKey}" in the library.`,
          'template.forumKey',
        );
      }
      const existing = template.id === undefined ? null : getTemplate(ctx.db, template.id);
      const record = {
        id: template.id ?? newId(),
        name: template.name,
        description: template.description,
        document: { ...template.document, forumKey: template.forumKey },
        content: template.content,
        createdAt: existing?.createdAt ?? ctx.now,
        updatedAt: ctx.now,
      };
      putTemplate(ctx.db, { ...record, forumId: forum?.id ?? null });
      return { ...record, forumKey: template.forumKey };
    }),

  'documents.list': (s) => s.read((lib) => listDocuments(lib.db)),
  'documents.get': (s, { id }) => s.read((lib) => found(getDocument(lib.db, id), 'document', id)),
  'documents.create': (s, { title, templateId, forumKey, asOf }) =>
    s.write((ctx) => {
      const template = templateId === undefined ? null : getTemplate(ctx.db, templateId);
      if (templateId !== undefined && template === null) {
        throw new DossierError(
          'not_found',
          `There is no template with id ${templateId}. Choose one of the library's templates.`,
          templateId,
          { do: 'list-templates' },
        );
      }
      const data = documentInput.parse({
        ...(template?.document ?? {}),
        title,
        templateId: templateId ?? null,
        forumKey: forumKey ?? template?.forumKey ?? null,
        asOf: asOf ?? null,
        content: template?.content ?? { root: { type: 'root', version: 1, children: [] } },
      });
      return saveDocument(ctx, data).record;
    }),
  'documents.save': (s, { document }) => s.write((ctx) => saveDocument(ctx, document).record),
  'documents.delete': (s, { id }) => ({ deleted: s.write((ctx) => deleteDocument(ctx.db, id)) }),
  'documents.check': (s, { id, asOf, format }) =>
    s.read((lib) => prepareDocument(lib.db, id, asOf, format ?? null, s.today()).report),
  'documents.export': async (s, { id, format, path, asOf, force, overwrite }) => {
    const rules = { libraryPath: s.libraryPath, overwrite };
    assertTarget(path, rules);
    if (format === 'dossier') {
      const file = s.read((lib) =>
        documentFileFor(
          lib.db,
          found(getDocument(lib.db, id), 'document', id),
          new Date().toISOString(),
        ),
      );
      const text = `${JSON.stringify(file, null, 2)}\n`;
      writeFileAtomic(path, text, rules);
      return { path, bytes: Buffer.byteLength(text), report: null };
    }
    const prepared = s.read((lib) => prepareDocument(lib.db, id, asOf, format, s.today()));
    assertExportable(prepared, force);
    const bytes = await renderPrepared(prepared, format);
    writeFileAtomic(path, bytes, rules);
    return { path, bytes: bytes.byteLength, report: prepared.report };
  },
  'documents.import': (s, { path }) => {
    const file = parseDocumentFile(readJsonFile(path, MAX_IMPORT_BYTES), path);
    const saved = withBackupBefore(s, () => s.write((ctx) => writeDocumentFile(ctx, file, path)));
    return { document: saved.record, outcome: saved.outcome };
  },
} satisfies AreaHandlers;
