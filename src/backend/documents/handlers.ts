import { documentInput } from '../../shared/domain';
import { DossierError } from '../../shared/errors';
import { resolveDocument } from '../../core/document/resolve';
import {
  deleteDocument,
  documentRevision,
  documentRevisions,
  getDocument,
  listDocuments,
} from '../../store/documents/documents';
import { getForum } from '../../store/forums/forums';
import { getTemplate, listTemplates, putTemplate } from '../../store/templates/templates';
import { assertTarget, parseJsonText, readJsonFile, writeFileAtomic } from '../files';
import type { PreflightReport } from '../../shared/preflight';
import type { Session } from '../session';
import { found } from '../found';
import type { AreaHandlers } from '../handlerTypes';
import { newId } from '../ids';
import { MAX_IMPORT_BYTES, withBackupBefore } from '../library/handlers';
import { documentFileFor, parseDocumentFile, writeDocumentFile } from './documentFiles';
import { assertValidContent, saveDocument } from './documents';
import { assertExportable, prepareDocument, renderPrepared } from './publish';
import { loadLibraryView } from './libraryView';
import { previewDocument } from './preview';

const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html',
  dossier: 'application/json',
} as const;

const EXTENSION = { docx: '.docx', pdf: '.pdf', html: '.html', dossier: '.dossier.json' } as const;

/** A file name from a title: its words, without what file systems refuse. */
function fileNameOf(title: string, format: keyof typeof EXTENSION): string {
  const base =
    [...title.normalize('NFC')]
      .map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? ' ' : c))
      .join('')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120) || 'document';
  return `${base}${EXTENSION[format]}`;
}

/**
 * A document's file in a format: what an export writes and the window downloads, the same
 * bytes either way. Print formats are refused while preflight objects (see assertExportable).
 * The file name comes from the title as printed, so an anonymised name stays out of it.
 */
async function documentBytes(
  s: Session,
  id: string,
  format: keyof typeof EXTENSION,
  asOf: string | undefined,
  force: boolean,
): Promise<{ bytes: Uint8Array; report: PreflightReport | null; fileName: string }> {
  if (format === 'dossier') {
    const { file, title } = s.read((lib) => {
      const doc = found(getDocument(lib.db, id), 'document', id);
      return { file: documentFileFor(lib.db, doc, new Date().toISOString()), title: doc.title };
    });
    const bytes = Buffer.from(`${JSON.stringify(file, null, 2)}\n`, 'utf8');
    return { bytes, report: null, fileName: fileNameOf(title, format) };
  }
  const prepared = s.read((lib) => prepareDocument(lib.db, id, asOf, format, s.today()));
  assertExportable(prepared, force);
  const bytes = await renderPrepared(prepared, format);
  return {
    bytes,
    report: prepared.report,
    fileName: fileNameOf(prepared.resolved.print.meta.title, format),
  };
}

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
  'documents.save': (s, { document, autosave }) =>
    s.write((ctx) => saveDocument(ctx, document, {}, 'document', autosave).record),
  'documents.delete': (s, { id }) => ({ deleted: s.write((ctx) => deleteDocument(ctx.db, id)) }),
  'documents.revisions': (s, { id }) =>
    s.read((lib) => {
      found(getDocument(lib.db, id), 'document', id);
      return documentRevisions(lib.db, id);
    }),
  'documents.revision': (s, { id, revision }) =>
    s.read((lib) => {
      const doc = found(getDocument(lib.db, id), 'document', id);
      const kept = documentRevision(lib.db, id, revision);
      if (kept === null) {
        throw new DossierError(
          'not_found',
          `"${doc.title}" has no revision ${revision}: its revisions go up to ${doc.revision}. Choose one from its list of revisions.`,
          String(revision),
        );
      }
      return kept;
    }),
  'documents.printed': (s, { id, asOf, content }) =>
    s.read((lib) => {
      const stored = found(getDocument(lib.db, id), 'document', id);
      if (content !== undefined) assertValidContent({ content }, 'document');
      const doc = content === undefined ? stored : { ...stored, content };
      return resolveDocument(doc, loadLibraryView(lib.db, doc), asOf ?? doc.asOf ?? s.today())
        .print;
    }),
  'documents.check': (s, { id, asOf, format }) =>
    s.read((lib) => prepareDocument(lib.db, id, asOf, format ?? null, s.today()).report),
  'documents.preview': (s, { id, asOf, ...edited }) =>
    s.read((lib) => previewDocument(lib.db, id, asOf, edited, () => s.today())),
  'documents.export': async (s, { id, format, path, asOf, force, overwrite }) => {
    const rules = { libraryPath: s.libraryPath, overwrite };
    assertTarget(path, rules);
    const made = await documentBytes(s, id, format, asOf, force);
    writeFileAtomic(path, made.bytes, rules);
    return { path, bytes: made.bytes.byteLength, report: made.report };
  },
  'documents.render': async (s, { id, format, asOf, force }) => {
    const made = await documentBytes(s, id, format, asOf, force);
    return {
      fileName: made.fileName,
      mime: MIME[format],
      base64: Buffer.from(made.bytes).toString('base64'),
      bytes: made.bytes.byteLength,
      report: made.report,
    };
  },
  'documents.importContent': (s, { name, content }) => {
    const file = parseDocumentFile(parseJsonText(content.replace(/^\ufeff/, ''), name), name);
    const saved = withBackupBefore(s, () => s.write((ctx) => writeDocumentFile(ctx, file, name)));
    return { document: saved.record, outcome: saved.outcome };
  },
  'documents.import': (s, { path }) => {
    const file = parseDocumentFile(readJsonFile(path, MAX_IMPORT_BYTES), path);
    const saved = withBackupBefore(s, () => s.write((ctx) => writeDocumentFile(ctx, file, path)));
    return { document: saved.record, outcome: saved.outcome };
  },
} satisfies AreaHandlers;
