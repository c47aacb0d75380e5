import { z } from 'zod';
import { isoDay } from './dates';
import { preflightReport } from './preflight';
import { printedDocument } from './printed';
import {
  CASE_STATUSES,
  caseInput,
  caseRecord,
  caseSummary,
  personSummary,
  event,
  eventInput,
  EVENT_TYPES,
  forumProfile,
  forumKey,
  documentInput,
  documentRecord,
  documentRevision,
  documentRevisionSummary,
  documentSummary,
  DOCUMENT_STATUSES,
  forumSettings,
  id,
  templateRecord,
  richContent,
  serializedNode,
  organisation,
  organisationInput,
  person,
  personInput,
  sentence,
  snippet,
  snippetInput,
  snippetRevision,
  SNIPPET_KINDS,
  source,
  sourceInput,
} from './domain';

/**
 * The backend's contract: every method with the schema of its params and of its result. The
 * backend parses params as `unknown` with these schemas; the CLI, the desktop app (through IPC)
 * and the UI tests (through HTTP) all call the same methods.
 */

const none = z.object({}).strict().default({});
const byId = z.object({ id });
/** A page of a list in its order: `limit` rows (every row when left out) after `offset` rows. */
const listPage = z.object({
  limit: z.number().int().min(1).max(1_000_000).optional(),
  offset: z.number().int().min(0).optional(),
});
/** A file path: not empty, no NUL (the OS would cut the name there), no lone surrogates (no file name). */
const pathText = z
  .string()
  .min(1, 'A file path is needed')
  .refine((p) => !p.includes('\u0000'), 'A file path cannot contain a NUL character')
  .refine(
    (p) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(p),
    'A file path cannot contain unpaired surrogate characters',
  );
const filePath = z.object({ path: pathText });

/** The largest file the window may hand over as text (an upload in the browser door). */
export const MAX_CONTENT_BYTES = 64 * 1_048_576;

/** A file's text handed over by the window (an upload, a drop), with its name for messages. */
const fileContent = z.object({
  name: z.string().trim().min(1).max(255),
  content: z
    .string()
    .max(MAX_CONTENT_BYTES, 'The file is larger than 64 MB: import it with the dossier command'),
});

/** A file the backend made for the window to save (a download, a save dialog). */
const madeFile = z.object({
  /** A name to suggest for it (no folder). */
  fileName: z.string(),
  mime: z.string(),
  /** The bytes, in base64. */
  base64: z.string(),
  bytes: z.number().int(),
});

export const PRINT_FORMATS = ['docx', 'pdf', 'html'] as const;

export const SEARCH_KINDS = ['person', 'case', 'snippet', 'source'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

const range = z.tuple([z.number().int(), z.number().int()]);

export const searchHit = z.object({
  kind: z.enum(SEARCH_KINDS),
  id: z.string(),
  title: z.string(),
  score: z.number(),
  titleHighlights: z.array(range),
  excerpt: z.string(),
  highlights: z.array(range),
});
export type SearchHit = z.infer<typeof searchHit>;

const list = z.array(z.string().trim().min(1)).optional();

export const searchParams = z.object({
  query: z.string().max(1000),
  kinds: z.array(z.enum(SEARCH_KINDS)).optional(),
  country: list,
  status: z.array(z.enum(CASE_STATUSES)).optional(),
  tag: list,
  forum: list,
  limit: z.number().int().min(1).max(500).default(20),
});

export const caseFacts = z.object({
  asOf: isoDay,
  status: z.enum(CASE_STATUSES),
  statusSince: z.string().nullable(),
  days: z.object({
    pretrial: z.number().int(),
    prison: z.number().int(),
    total: z.number().int(),
    houseArrest: z.number().int(),
  }),
  arrestDate: z.string().nullable(),
  sentence: z
    .object({
      sentence,
      date: z.string(),
      eventId: z.string(),
      pardoned: z.boolean(),
    })
    .nullable(),
  latestEvent: z.object({ id: z.string(), date: z.string(), type: z.enum(EVENT_TYPES) }).nullable(),
  approximate: z.boolean(),
});
export type CaseFactsResult = z.infer<typeof caseFacts>;

export const caseDetail = z.object({
  case: caseRecord,
  persons: z.array(person),
  events: z.array(event),
  sources: z.array(source),
  snippetIds: z.array(z.string()),
  facts: caseFacts,
});
export type CaseDetail = z.infer<typeof caseDetail>;

const counts = z.object({
  persons: z.number().int(),
  organisations: z.number().int(),
  cases: z.number().int(),
  events: z.number().int(),
  sources: z.number().int(),
  snippets: z.number().int(),
  forums: z.number().int(),
  documents: z.number().int(),
});

export const libraryInfo = z.object({
  path: z.string(),
  version: z.number().int(),
  /** Whether the library file is encrypted with a passphrase. */
  encrypted: z.boolean(),
  counts,
});
export type LibraryInfo = z.infer<typeof libraryInfo>;

const tally = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export const importReport = z.object({
  persons: tally,
  organisations: tally,
  cases: tally,
  events: tally,
  sources: tally,
  snippets: tally,
});
export type ImportReport = z.infer<typeof importReport>;

const deleted = z.object({ deleted: z.boolean() });

const restoreResult = z.object({
  restoredFrom: z.string(),
  /**
   * Where the library as it was went (a backup; a library that could not be opened is moved
   * there whole); null when there was no library file.
   */
  previousCopy: z.string().nullable(),
  /** Why the library replaced could not be opened, when it could not. */
  replacedUnopenable: z.string().optional(),
  info: libraryInfo,
});

/** The shortest passphrase an encrypted library accepts. */
export const MIN_PASSPHRASE_LENGTH = 8;

/** A new passphrase: long enough to resist guessing, and not only spaces. */
export const newPassphrase = z
  .string()
  .max(1024, 'A passphrase can have at most 1024 characters')
  .refine((s) => [...s].length >= MIN_PASSPHRASE_LENGTH, {
    message: `A passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters (a few words are easier to remember and harder to guess)`,
  })
  .refine((s) => s.trim() !== '', { message: 'A passphrase cannot be only spaces' });

/** A passphrase given to open a library (any length: it is only checked against the file). */
const givenPassphrase = z.string().min(1, 'A passphrase is needed').max(1024);

/** What re-encrypting did to the copies in the backups folder beside the library. */
const backupsRekeyed = z.object({
  /** Backups now encrypted with the new passphrase. */
  encrypted: z.number().int(),
  /** Backups left as they were: another passphrase, or not Dossier libraries. */
  skipped: z.array(z.string()),
});

/**
 * Who may call a method: the `dossier` command, the desktop app's main process, or the window
 * (the renderer, behind either door: Electron's IPC or the browser door's HTTP). The backend's
 * dispatch refuses a call from a caller not listed.
 */
export const CALLERS = ['cli', 'main', 'window'] as const;
export type Caller = (typeof CALLERS)[number];

/** Anyone: what a person at the window may do. */
const ANYONE: readonly Caller[] = CALLERS;
/**
 * Methods that read or write a file the caller names by its path: never the window, so that a
 * compromised page cannot write `~/.bashrc`. In Electron the main process shows the native
 * dialog and calls these with the chosen path; the browser door moves files as uploads and
 * downloads.
 */
const FILE_CALLERS: readonly Caller[] = ['cli', 'main'];

export const backupEntry = z.object({
  name: z.string(),
  path: z.string(),
  reason: z.enum(['scheduled', 'manual', 'before-import', 'before-restore', 'before-migration']),
  createdAt: z.string(),
  bytes: z.number().int(),
});
export type BackupEntryInfo = z.infer<typeof backupEntry>;

export const RECORD_KINDS = [
  'person',
  'case',
  'event',
  'source',
  'organisation',
  'snippet',
] as const;

/** Settings of the app that travel with the library. */
export const appSettings = z.object({
  /** Lock an encrypted library after this many idle minutes (null: never). */
  autoLockMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .nullable(),
});
export type AppSettings = z.infer<typeof appSettings>;
export const DEFAULT_SETTINGS: AppSettings = { autoLockMinutes: 10 };

function method<P extends z.ZodType, R extends z.ZodType>(
  params: P,
  result: R,
  callers: readonly Caller[] = ANYONE,
) {
  return { params, result, callers };
}

export const api = {
  /** A new library; `encrypted` (with a passphrase) makes it an encrypted one. */
  'library.init': method(
    z.object({
      demo: z.boolean().default(false),
      encrypted: z.boolean().default(false),
      passphrase: newPassphrase.optional(),
    }),
    libraryInfo,
  ),
  'library.info': method(none, libraryInfo),
  /**
   * Closes the library and forgets its passphrase ("Lock now", auto-lock). `locked` is false for
   * a plain library, which the next call simply opens again.
   */
  'library.lock': method(none, z.object({ locked: z.boolean() })),
  /** Opens an encrypted library with its passphrase (refused: `wrong_passphrase`). */
  'library.unlock': method(z.object({ passphrase: givenPassphrase }), libraryInfo),
  /**
   * Encrypts a plain library in place. The plain file is overwritten, unless `keepPlainCopy`
   * keeps it in the backups folder; the plain backups there are encrypted too.
   */
  'library.encrypt': method(
    z.object({
      passphrase: newPassphrase,
      keepPlainCopy: z.boolean().default(false),
      /**
       * Rescue files (saves the library could not take, kept in plain text beside it) are in the
       * way of an encrypted library: encrypting is refused while there are any, unless this
       * says to overwrite and remove them.
       */
      eraseRescueFiles: z.boolean().default(false),
    }),
    z.object({
      info: libraryInfo,
      plainCopy: z.string().nullable(),
      backups: backupsRekeyed,
      /** Rescue files overwritten and removed (with `eraseRescueFiles`). */
      rescueErased: z.number().int(),
    }),
  ),
  /** A new passphrase for an encrypted library (and its backups under the old one). */
  'library.changePassphrase': method(
    z.object({ passphrase: givenPassphrase, newPassphrase }),
    z.object({ info: libraryInfo, backups: backupsRekeyed }),
  ),
  /** SQLite's full check of the library, off the main thread (opening checks large ones less). */
  'library.check': method(none, z.object({ ok: z.boolean(), problems: z.array(z.string()) })),
  'library.import': method(filePath, importReport, FILE_CALLERS),
  'library.export': method(
    filePath.extend({ overwrite: z.boolean().default(false) }),
    z.object({ path: z.string(), counts }),
    FILE_CALLERS,
  ),
  /** A copy of the library; a copy of an encrypted library is encrypted with the same key. */
  'library.backup': method(
    filePath.extend({ overwrite: z.boolean().default(false) }),
    z.object({ path: z.string(), bytes: z.number().int(), encrypted: z.boolean() }),
    FILE_CALLERS,
  ),
  /**
   * Replaces the library with a backup. An encrypted backup opens with the library's passphrase,
   * or with `passphrase` when it was made under another one; an encrypted library stays
   * encrypted with its passphrase whatever the backup was.
   */
  'library.restore': method(
    filePath.extend({ passphrase: givenPassphrase.optional() }),
    restoreResult,
    FILE_CALLERS,
  ),

  /** Imports an exchange file's text (the window's upload), as `library.import` does a file. */
  'library.importContent': method(fileContent, importReport),
  /** The whole library as an exchange file, for the window to save. */
  'library.exportContent': method(none, madeFile.extend({ counts })),
  /** "Back up now": a backup in the library's backups folder. */
  'library.backupNow': method(none, backupEntry),

  /** The rolling backups beside the library, newest first. */
  'backups.list': method(none, z.array(backupEntry)),
  /** Restores one of them (the library as it was is kept first, as a backup too). */
  'backups.restore': method(
    z.object({ name: z.string().min(1), passphrase: givenPassphrase.optional() }),
    restoreResult,
  ),

  'search.query': method(searchParams, z.object({ results: z.array(searchHit) })),

  /**
   * What depends on a record, and what deleting it would do to each: for the question a delete
   * asks first. `blocks`: the delete is refused as things stand (a person still in a case).
   */
  'records.dependents': method(
    z.object({ kind: z.enum(RECORD_KINDS), id }),
    z.object({
      dependents: z.array(
        z.object({
          kind: z.enum(['case', 'event', 'snippet', 'document']),
          id: z.string(),
          title: z.string(),
          effect: z.string(),
        }),
      ),
      blocks: z.boolean(),
    }),
  ),

  /** The app's settings kept in the library. */
  'settings.get': method(none, appSettings),
  'settings.update': method(z.object({ settings: appSettings.partial() }), appSettings),

  'persons.list': method(none, z.array(person)),
  /**
   * The persons as the persons table shows them: its columns and filter fields, with each
   * person's case count, in name order; `limit` and `offset` give a page of that order.
   */
  'persons.summaries': method(listPage, z.array(personSummary)),
  /** How many cases each person is in, by person id (a person in none is left out). */
  'persons.caseCounts': method(none, z.record(z.string(), z.number().int())),
  'persons.get': method(byId, person),
  'persons.save': method(z.object({ person: personInput }), person),
  'persons.delete': method(byId, deleted),
  /** The cases a person is in, and the snippets and documents that concern them. */
  'persons.related': method(
    byId,
    z.object({
      caseIds: z.array(z.string()),
      snippetIds: z.array(z.string()),
      documentIds: z.array(z.string()),
    }),
  ),

  'organisations.list': method(none, z.array(organisation)),
  'organisations.get': method(byId, organisation),
  'organisations.save': method(z.object({ organisation: organisationInput }), organisation),
  'organisations.delete': method(byId, deleted),

  'cases.list': method(
    z.object({
      status: z.array(z.enum(CASE_STATUSES)).optional(),
      personId: id.optional(),
    }),
    z.array(caseRecord),
  ),
  /**
   * The cases as the list screens show them: `cases.list` without summaries, charges,
   * applications; `limit` and `offset` give a page of its order (title, then id).
   */
  'cases.summaries': method(
    listPage.extend({
      status: z.array(z.enum(CASE_STATUSES)).optional(),
      personId: id.optional(),
    }),
    z.array(caseSummary),
  ),
  'cases.get': method(byId.extend({ asOf: isoDay.optional() }), caseDetail),
  'cases.facts': method(byId.extend({ asOf: isoDay.optional() }), caseFacts),
  'cases.save': method(z.object({ case: caseInput }), caseRecord),
  'cases.delete': method(byId, deleted),

  'events.save': method(z.object({ event: eventInput }), event),
  'events.delete': method(byId, deleted),

  'sources.list': method(none, z.array(source)),
  'sources.get': method(byId, source),
  'sources.save': method(z.object({ source: sourceInput }), source),
  /** Deletes a source; one that events cite only with `detach` (it is taken off them first). */
  'sources.delete': method(byId.extend({ detach: z.boolean().default(false) }), deleted),

  'snippets.list': method(
    z.object({
      kind: z.enum(SNIPPET_KINDS).optional(),
      tag: z.string().optional(),
      caseId: id.optional(),
    }),
    z.array(snippet),
  ),
  'snippets.get': method(byId, snippet),
  'snippets.save': method(z.object({ snippet: snippetInput }), snippet),
  'snippets.revisions': method(byId, z.array(snippetRevision)),
  /**
   * What a document records when the snippet goes in (docs/document-format.md, "Snippets"):
   * its current revision, today, and the status today of each case it is about.
   */
  'snippets.embedding': method(
    byId,
    z.object({
      snippetId: z.string(),
      revision: z.number().int(),
      insertedAt: isoDay,
      caseStatuses: z.record(z.string(), z.enum(CASE_STATUSES)),
    }),
  ),
  /**
   * The documents that embed the snippet, linked or copied (a table cell's or a copied
   * snippet's embeds too), most recently changed first: one row for each way a document has it.
   */
  'snippets.usedIn': method(
    byId,
    z.array(
      z.object({
        documentId: z.string(),
        title: z.string(),
        mode: z.enum(['linked', 'copied']),
        /** The revision it went in at, or was last accepted at. */
        revision: z.number().int(),
        status: z.enum(DOCUMENT_STATUSES),
        updatedAt: z.string(),
      }),
    ),
  ),
  'snippets.delete': method(byId, deleted),

  'forums.list': method(none, z.array(forumProfile)),
  'forums.get': method(z.object({ id: z.string().min(1) }), forumProfile),
  'forums.update': method(
    z.object({ id: z.string().min(1), settings: forumSettings }),
    forumProfile,
  ),

  'templates.list': method(none, z.array(templateRecord)),
  'templates.get': method(byId, templateRecord),
  /** Edits a template (or adds one): what new documents from it start with. */
  'templates.save': method(
    z.object({
      template: z.object({
        id: id.optional(),
        name: z.string().trim().min(1, 'A template needs a name').max(300),
        description: z.string().trim().max(5000).default(''),
        forumKey: z.string().nullable().default(null),
        document: templateRecord.shape.document.default({}),
        content: richContent,
      }),
    }),
    templateRecord,
  ),

  'documents.list': method(none, z.array(documentSummary)),
  'documents.get': method(byId, documentRecord),
  /** A new document, from a template (its skeleton, forum and defaults) or blank. */
  'documents.create': method(
    z.object({
      title: z.string().trim().min(1, 'A document needs a title').max(500),
      templateId: id.optional(),
      forumKey: forumKey.optional(),
      asOf: isoDay.optional(),
    }),
    documentRecord,
  ),
  /**
   * `autosave`: the editor saving as the person types; within ten minutes of the last save it
   * updates that revision rather than adding one.
   */
  'documents.save': method(
    z.object({ document: documentInput, autosave: z.boolean().default(false) }),
    documentRecord,
  ),
  'documents.delete': method(byId, deleted),
  /** The document's kept revisions, oldest first (restore one by saving its content). */
  'documents.revisions': method(byId, z.array(documentRevisionSummary)),
  'documents.revision': method(
    byId.extend({ revision: z.number().int().min(1) }),
    documentRevision,
  ),
  /**
   * The document as it will print as of its day (or `asOf`), for its content as saved or as
   * being edited: snippets, fields and notes resolved, anonymised persons described, never named.
   */
  'documents.printed': method(
    byId.extend({ asOf: isoDay.optional(), content: richContent.optional() }),
    printedDocument,
  ),
  'documents.check': method(
    byId.extend({ asOf: isoDay.optional(), format: z.enum(PRINT_FORMATS).optional() }),
    preflightReport,
  ),
  /**
   * What the editor shows of the library for a document, as it would print as of its day
   * (or `asOf`), for its content as saved or as being edited (`content`): each live field's
   * printed text, each citation's note, the embedded snippets as the library has them now, the
   * confirmed signatories, and preflight.
   */
  'documents.preview': method(
    byId.extend({
      asOf: isoDay.optional(),
      content: richContent.optional(),
      /**
       * The content being edited as changes to one previewed before (the `base` that preview
       * answered with): the root's own fields, and its blocks in order, each either a block of
       * the base by its index there or a block as it is now. A typing pause in a long text
       * sends the few blocks it changed, not the whole text. Refused with `conflict` when the
       * base is no longer held (then send `content`). A block of the base may be named more
       * than once, but the text the changes make may be no larger than 128 MB.
       */
      changes: z
        .object({
          base: z.string().min(1).max(100),
          root: z.looseObject({ type: z.literal('root') }),
          blocks: z.array(z.union([z.number().int().nonnegative(), serializedNode])),
        })
        .optional(),
      /**
       * The snippets the window already holds, by id, at the revision it holds: the answer
       * leaves out the text of each one the library has at that revision still.
       */
      known: z.record(z.string(), z.number().int()).optional(),
    }),
    z.object({
      /** Names the content previewed, for `changes` to it (null: the stored content). */
      base: z.string().nullable(),
      asOf: z.string(),
      fields: z.array(
        z.object({
          field: z.string(),
          caseId: z.string().nullable(),
          personId: z.string().nullable(),
          text: z.string(),
          resolved: z.boolean(),
        }),
      ),
      notes: z.array(
        z.object({ sourceId: z.string(), pinpoint: z.string().nullable(), text: z.string() }),
      ),
      snippets: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          revision: z.number().int(),
          updatedAt: z.string(),
          /** Left out when the window holds this revision (`known`). */
          content: richContent.optional(),
        }),
      ),
      signatories: z.array(z.string()),
      report: preflightReport,
    }),
  ),
  /**
   * Writes the document: docx, pdf or html (refused while preflight has errors, unless
   * `force`), or `dossier` (a .dossier.json file to carry it to a colleague).
   */
  'documents.export': method(
    byId.extend({
      format: z.enum([...PRINT_FORMATS, 'dossier']),
      path: pathText,
      asOf: isoDay.optional(),
      force: z.boolean().default(false),
      /** Replace an existing file (never the library, a backup or another database). */
      overwrite: z.boolean().default(false),
    }),
    z.object({ path: z.string(), bytes: z.number().int(), report: preflightReport.nullable() }),
    FILE_CALLERS,
  ),
  /**
   * The document's bytes for the window to save: what `documents.export` writes to a file, the
   * same bytes, with the same refusals.
   */
  'documents.render': method(
    byId.extend({
      format: z.enum([...PRINT_FORMATS, 'dossier']),
      asOf: isoDay.optional(),
      force: z.boolean().default(false),
    }),
    madeFile.extend({ report: preflightReport.nullable() }),
  ),
  /** Imports a .dossier.json file's text (the window's upload). */
  'documents.importContent': method(
    fileContent,
    z.object({ document: documentRecord, outcome: z.enum(['created', 'updated', 'unchanged']) }),
  ),
  'documents.import': method(
    filePath,
    z.object({ document: documentRecord, outcome: z.enum(['created', 'updated', 'unchanged']) }),
    FILE_CALLERS,
  ),
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
export type Params<M extends MethodName> = z.input<Api[M]['params']>;
export type ParsedParams<M extends MethodName> = z.output<Api[M]['params']>;
export type ResultOf<M extends MethodName> = z.output<Api[M]['result']>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(api, name);
}
