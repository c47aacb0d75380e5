import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { MethodName, ParsedParams, ResultOf, LibraryInfo } from '../shared/api';
import { DossierError } from '../shared/errors';
import { documentInput } from '../shared/domain';
import { deleteDocument, getDocument, listDocuments } from '../store/documents/documents';
import { getTemplate, listTemplates, putTemplate } from '../store/templates/templates';
import { assertValidContent, saveDocument } from './documents/documents';
import { newId } from './ids';
import { documentFileFor, parseDocumentFile, writeDocumentFile } from './documents/documentFiles';
import { assertExportable, prepareDocument, renderPrepared } from './documents/publish';
import type { FacetName } from '../core/search/query';
import { parseQuery } from '../core/search/query';
import { caseFacts } from '../core/facts/caseFacts';
import { backupFolder, fileStamp, openLibrary, type Library } from '../store/library';
import { fileKind, removeDatabaseFiles, rewriteEncrypted } from '../store/encryption';
import { changePassphrase, encryptLibrary } from './encryption';
import { checkIntegrity } from '../store/integrity';
import { getCase, listCases, snippetsOfCase } from '../store/cases/cases';
import { eventsOfCase } from '../store/cases/events';
import { getForum, listForums, putForum } from '../store/forums/forums';
import { getOrganisation, listOrganisations } from '../store/organisations/organisations';
import { getPerson, listPersons } from '../store/persons/persons';
import { searchIndex } from '../store/search/search';
import { getSnippet, listSnippets, snippetRevisions } from '../store/snippets/snippets';
import { getSource, listSources } from '../store/sources/sources';
import type { Backend } from './backend';
import { demoLibrary } from './demo/demoLibrary';
import { demoDocuments } from './demo/demoDocuments';
import { seedTemplates } from './templates/seedTemplates';
import { listBackups } from './backups/backups';
import { snapshot } from './backups/snapshot';
import { parseExchange, writeExchange } from './exchange/importExchange';
import { exportExchange } from './exchange/exportExchange';
import { readJsonFile, removeQuietly, writeFileAtomic } from './files';
import { seedForums } from './forums/seedForums';
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
} from './writes';

type Handlers = {
  [M in MethodName]: (b: Backend, p: ParsedParams<M>) => ResultOf<M> | Promise<ResultOf<M>>;
};

/** When the demo library's facts were last checked (its snippets' review date). */
const DEMO_VERIFIED = '2026-11-01T09:00:00.000Z';

/** The largest exchange file an import reads. */
export const MAX_IMPORT_BYTES = 512 * 1_048_576;

function found<T>(value: T | null, what: string, id: string): T {
  if (value === null) throw new DossierError('not_found', `There is no ${what} with id ${id}.`, id);
  return value;
}

function info(b: Backend): LibraryInfo {
  return b.read((lib) => {
    const count = (table: string): number =>
      lib.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    return {
      path: lib.path,
      version: lib.version,
      encrypted: lib.encrypted,
      counts: {
        persons: count('persons'),
        organisations: count('organisations'),
        cases: count('cases'),
        events: count('events'),
        sources: count('sources'),
        snippets: count('snippets'),
        forums: count('forum_profiles'),
        documents: count('documents'),
      },
    };
  });
}

function mustNotExist(path: string): void {
  if (existsSync(path)) {
    throw new DossierError(
      'conflict',
      `${path} already exists. Choose a new file name; nothing was written.`,
      path,
    );
  }
}

export const handlers: Handlers = {
  'library.init': (b, { demo, encrypted, passphrase }) => {
    const path = b.libraryPath;
    if (encrypted && passphrase === undefined) {
      throw new DossierError(
        'invalid_input',
        'An encrypted library needs a passphrase. Nothing was created.',
        'passphrase',
      );
    }
    if (b.isOpen() || (existsSync(path) && statSync(path).size > 0)) {
      throw new DossierError(
        'conflict',
        `There is already a library at ${path}. Nothing was changed; choose another file with --library to create a new one.`,
        path,
      );
    }
    // Encrypted only when asked: a passphrase the backend was started with does not count.
    b.lock();
    if (encrypted && passphrase !== undefined) b.unlock(passphrase, true);
    else b.library(true);
    try {
      b.write((ctx) => {
        seedForums(ctx.db, ctx.now);
        seedTemplates(ctx.db, ctx.now);
        if (demo) {
          // The demo speaks as of the day its facts were last verified.
          const demoCtx = { ...ctx, now: DEMO_VERIFIED };
          writeExchange(
            demoCtx,
            parseExchange(demoLibrary, 'the demo library'),
            'the demo library',
          );
          demoDocuments.forEach((d, i) =>
            saveDocument(demoCtx, documentInput.parse(d), {}, `the demo documents[${i}]`),
          );
        }
      });
    } catch (err) {
      b.lock();
      for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
      throw err;
    }
    return info(b);
  },

  'library.info': (b) => info(b),

  'library.lock': (b) => {
    const locked = b.isEncrypted();
    b.lock();
    return { locked };
  },

  'library.unlock': (b, { passphrase }) => {
    // A plain library has nothing to unlock: it simply opens.
    if (b.isEncrypted()) b.unlock(passphrase);
    return info(b);
  },

  'library.encrypt': (b, { passphrase, keepPlainCopy }) => {
    const { plainCopy, backups } = encryptLibrary(b, passphrase, keepPlainCopy);
    return { info: info(b), plainCopy, backups };
  },

  'library.changePassphrase': (b, { passphrase, newPassphrase }) => {
    const backups = changePassphrase(b, passphrase, newPassphrase);
    return { info: info(b), backups };
  },

  'library.check': async (b) => {
    const lib = b.library();
    const key = lib.encrypted ? (b.passphrase() ?? undefined) : undefined;
    const problems = await checkIntegrity(lib.path, b.options.nativeBinding, key);
    return { ok: problems.length === 0, problems };
  },

  'library.import': (b, { path }) => {
    const data = parseExchange(readJsonFile(path, MAX_IMPORT_BYTES), path);
    snapshot(b.library(), 'before-import');
    return b.write((ctx) => writeExchange(ctx, data, path));
  },

  'backups.list': (b) => listBackups(b.libraryPath),
  'backups.restore': (b, { name, passphrase }) => {
    const entry = listBackups(b.libraryPath).find((e) => e.name === name);
    if (entry === undefined) {
      throw new DossierError(
        'not_found',
        `There is no backup named ${name} beside this library. See "dossier backups list".`,
        name,
      );
    }
    return handlers['library.restore'](b, {
      path: entry.path,
      ...(passphrase === undefined ? {} : { passphrase }),
    });
  },

  'library.export': (b, { path }) => {
    const data = b.read((lib) => exportExchange(lib.db, new Date().toISOString()));
    writeFileAtomic(path, `${JSON.stringify(data, null, 2)}\n`);
    const { counts } = info(b);
    return { path, counts };
  },

  'library.backup': (b, { path }) => {
    mustNotExist(path);
    const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
    let encrypted = false;
    try {
      removeQuietly(tmp);
      // VACUUM INTO from a keyed connection writes the copy encrypted with the same key.
      b.read((lib) => {
        encrypted = lib.encrypted;
        lib.db.prepare('VACUUM INTO ?').run(tmp);
      });
      renameSync(tmp, path);
    } catch (err) {
      removeQuietly(tmp);
      if (err instanceof DossierError) throw err;
      throw new DossierError(
        'io',
        `Could not write ${path}: ${(err as Error).message}. Nothing was written there.`,
        path,
      );
    }
    return { path, bytes: statSync(path).size, encrypted };
  },

  'library.restore': (b, { path, passphrase }) => {
    if (!existsSync(path)) {
      throw new DossierError(
        'not_found',
        `There is no backup at ${path}. Nothing was changed.`,
        path,
      );
    }
    if (!statSync(path).isFile()) {
      throw new DossierError(
        'not_a_library',
        `${path} is a folder, not a backup file. Nothing was changed.`,
        path,
      );
    }
    const target = b.libraryPath;
    // A damaged library cannot be opened, and is what a restore is for: it is moved aside whole.
    let current: Library | null = null;
    try {
      current = b.library();
    } catch (err) {
      if (!(err instanceof DossierError) || err.code !== 'corrupt') throw err;
    }
    const encrypted = current?.encrypted ?? fileKind(target) === 'encrypted';
    const libraryKey = encrypted ? b.passphrase() : null;
    const binding = b.options.nativeBinding ? { nativeBinding: b.options.nativeBinding } : {};
    // Check the backup on a copy: opening may migrate it, and the backup itself stays as it is.
    const incoming = `${target}.restoring-${process.pid}`;
    removeDatabaseFiles(incoming);
    copyFileSync(path, incoming);
    let restoredKey: string | null;
    try {
      const backupKey = fileKind(incoming) === 'encrypted' ? (passphrase ?? libraryKey) : null;
      if (fileKind(incoming) === 'encrypted' && backupKey === null) {
        throw new DossierError(
          'passphrase_required',
          `${path} is an encrypted backup. Give its passphrase to restore it.`,
          path,
        );
      }
      openLibrary(incoming, {
        ...binding,
        ...(backupKey === null ? {} : { passphrase: backupKey }),
      }).close();
      // An encrypted library stays encrypted, under its own passphrase, whatever the backup was.
      if (libraryKey !== null && backupKey !== libraryKey) {
        rewriteEncrypted(incoming, backupKey, libraryKey, binding);
      }
      restoredKey = libraryKey ?? backupKey;
    } catch (err) {
      removeDatabaseFiles(incoming);
      if (err instanceof DossierError && err.code === 'wrong_passphrase') {
        throw new DossierError(
          err.code,
          `Cannot restore from ${path}: the passphrase does not open it. If it was made under another passphrase, give that one. Nothing was changed.`,
          path,
        );
      }
      if (err instanceof DossierError) {
        throw new DossierError(err.code, `Cannot restore from ${path}: ${err.message}`, path);
      }
      throw err;
    }
    // Keep what is being replaced, then swap the files while the library is closed.
    const folder = backupFolder(target);
    mkdirSync(folder, { recursive: true });
    let previousCopy: string;
    if (current === null) {
      previousCopy = join(folder, `${basename(target)}-damaged-${fileStamp()}.db`);
      renameSync(target, previousCopy);
      for (const suffix of ['-wal', '-shm']) {
        if (existsSync(target + suffix)) renameSync(target + suffix, previousCopy + suffix);
      }
    } else {
      try {
        previousCopy = snapshot(current, 'before-restore').path;
      } catch (err) {
        removeDatabaseFiles(incoming);
        throw err;
      }
      b.close();
      for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true });
    }
    renameSync(incoming, target);
    if (restoredKey === null) b.forgetPassphrase();
    else b.unlock(restoredKey);
    return { restoredFrom: path, previousCopy, info: info(b) };
  },

  'search.query': (b, p) => {
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
    return { results: b.read((lib) => searchIndex(lib.db, p.query, filters, p.limit)) };
  },

  'persons.list': (b) => b.read((lib) => listPersons(lib.db)),
  'persons.get': (b, { id }) => b.read((lib) => found(getPerson(lib.db, id), 'person', id)),
  'persons.save': (b, { person }) => b.write((ctx) => savePerson(ctx, person).record),
  'persons.delete': (b, { id }) => ({ deleted: b.write((ctx) => removePerson(ctx, id)) }),

  'organisations.list': (b) => b.read((lib) => listOrganisations(lib.db)),
  'organisations.get': (b, { id }) =>
    b.read((lib) => found(getOrganisation(lib.db, id), 'organisation', id)),
  'organisations.save': (b, { organisation }) =>
    b.write((ctx) => saveOrganisation(ctx, organisation).record),
  'organisations.delete': (b, { id }) => ({
    deleted: b.write((ctx) => removeOrganisation(ctx, id)),
  }),

  'cases.list': (b, { status, personId }) =>
    b.read((lib) =>
      listCases(lib.db).filter(
        (c) =>
          (status === undefined || status.includes(c.status)) &&
          (personId === undefined || c.personIds.includes(personId)),
      ),
    ),
  'cases.get': (b, { id, asOf }) =>
    b.read((lib) => {
      const c = found(getCase(lib.db, id), 'case', id);
      const events = eventsOfCase(lib.db, id);
      const sourceIds = [...new Set(events.flatMap((e) => e.sources.map((s) => s.sourceId)))];
      return {
        case: c,
        persons: c.personIds.map((pid) => found(getPerson(lib.db, pid), 'person', pid)),
        events,
        sources: sourceIds.map((sid) => found(getSource(lib.db, sid), 'source', sid)),
        snippetIds: snippetsOfCase(lib.db, id),
        facts: caseFacts(events, asOf ?? b.today()),
      };
    }),
  'cases.facts': (b, { id, asOf }) =>
    b.read((lib) => {
      found(getCase(lib.db, id), 'case', id);
      return caseFacts(eventsOfCase(lib.db, id), asOf ?? b.today());
    }),
  'cases.save': (b, { case: c }) => b.write((ctx) => saveCase(ctx, c).record),
  'cases.delete': (b, { id }) => ({ deleted: b.write((ctx) => removeCase(ctx, id)) }),

  'events.save': (b, { event }) => b.write((ctx) => saveEvent(ctx, event).record),
  'events.delete': (b, { id }) => ({ deleted: b.write((ctx) => removeEvent(ctx, id)) }),

  'sources.list': (b) => b.read((lib) => listSources(lib.db)),
  'sources.get': (b, { id }) => b.read((lib) => found(getSource(lib.db, id), 'source', id)),
  'sources.save': (b, { source }) => b.write((ctx) => saveSource(ctx, source).record),
  'sources.delete': (b, { id }) => ({ deleted: b.write((ctx) => removeSource(ctx, id)) }),

  'snippets.list': (b, { kind, tag, caseId }) =>
    b.read((lib) =>
      listSnippets(lib.db).filter(
        (s) =>
          (kind === undefined || s.kind === kind) &&
          (tag === undefined || s.tags.includes(tag)) &&
          (caseId === undefined || s.caseIds.includes(caseId)),
      ),
    ),
  'snippets.get': (b, { id }) => b.read((lib) => found(getSnippet(lib.db, id), 'snippet', id)),
  'snippets.save': (b, { snippet }) => b.write((ctx) => saveSnippet(ctx, snippet).record),
  'snippets.revisions': (b, { id }) =>
    b.read((lib) => {
      found(getSnippet(lib.db, id), 'snippet', id);
      return snippetRevisions(lib.db, id);
    }),
  'snippets.delete': (b, { id }) => ({ deleted: b.write((ctx) => removeSnippet(ctx, id)) }),

  'forums.list': (b) => b.read((lib) => listForums(lib.db)),
  'forums.get': (b, { id }) => b.read((lib) => found(getForum(lib.db, id), 'forum profile', id)),
  'forums.update': (b, { id, settings }) =>
    b.write((ctx) => {
      const forum = found(getForum(ctx.db, id), 'forum profile', id);
      const updated = { ...forum, settings, updatedAt: ctx.now };
      putForum(ctx.db, updated);
      return updated;
    }),

  'templates.list': (b) => b.read((lib) => listTemplates(lib.db)),
  'templates.get': (b, { id }) => b.read((lib) => found(getTemplate(lib.db, id), 'template', id)),
  'templates.save': (b, { template }) =>
    b.write((ctx) => {
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

  'documents.list': (b) => b.read((lib) => listDocuments(lib.db)),
  'documents.get': (b, { id }) => b.read((lib) => found(getDocument(lib.db, id), 'document', id)),
  'documents.create': (b, { title, templateId, forumKey, asOf }) =>
    b.write((ctx) => {
      const template = templateId === undefined ? null : getTemplate(ctx.db, templateId);
      if (templateId !== undefined && template === null) {
        throw new DossierError(
          'not_found',
          `There is no template with id ${templateId}. See "dossier templates list".`,
          templateId,
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
  'documents.save': (b, { document }) => b.write((ctx) => saveDocument(ctx, document).record),
  'documents.delete': (b, { id }) => ({ deleted: b.write((ctx) => deleteDocument(ctx.db, id)) }),
  'documents.check': (b, { id, asOf, format }) =>
    b.read((lib) => prepareDocument(lib.db, id, asOf, format ?? null, b.today()).report),
  'documents.export': async (b, { id, format, path, asOf, force }) => {
    if (format === 'dossier') {
      const file = b.read((lib) =>
        documentFileFor(
          lib.db,
          found(getDocument(lib.db, id), 'document', id),
          new Date().toISOString(),
        ),
      );
      const text = `${JSON.stringify(file, null, 2)}\n`;
      writeFileAtomic(path, text);
      return { path, bytes: Buffer.byteLength(text), report: null };
    }
    const prepared = b.read((lib) => prepareDocument(lib.db, id, asOf, format, b.today()));
    assertExportable(prepared, force);
    const bytes = await renderPrepared(prepared, format);
    writeFileAtomic(path, bytes);
    return { path, bytes: bytes.byteLength, report: prepared.report };
  },
  'documents.import': (b, { path }) => {
    const file = parseDocumentFile(readJsonFile(path, MAX_IMPORT_BYTES), path);
    snapshot(b.library(), 'before-import');
    const saved = b.write((ctx) => writeDocumentFile(ctx, file, path));
    return { document: saved.record, outcome: saved.outcome };
  },
};
