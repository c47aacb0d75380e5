import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { resolve } from 'node:path';
import { Backend } from '../backend/backend';
import { resolveLibraryPath } from '../backend/paths';
import { SEARCH_KINDS, type MethodName, type Params, type ResultOf } from '../shared/api';
import { isoDay } from '../shared/dates';
import { CASE_STATUSES } from '../shared/domain';
import { DossierError } from '../shared/errors';
import { cliMessage } from './hints';
import {
  askNewPassphrase,
  canPrompt,
  fromEnv,
  LOST_PASSPHRASE_WARNING,
  askPassphrase,
} from './passphrase';
import {
  formatDocument,
  formatReport,
  formatCase,
  formatCases,
  formatPersons,
  formatSearch,
  formatSnippets,
  formatSources,
  plainStyle,
  ttyStyle,
} from './format';

const style = process.stdout.isTTY ? ttyStyle : plainStyle;

function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

function printJson(value: unknown): void {
  print(JSON.stringify(value, null, 2));
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 500) {
    throw new InvalidArgumentError('Expected a whole number from 1 to 500.');
  }
  return n;
}

function day(value: string): string {
  if (!isoDay.safeParse(value).success) {
    throw new InvalidArgumentError('Expected a date as YYYY-MM-DD (for example 2016-05-25).');
  }
  return value;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** A repeatable option that takes one of `values`. */
function collectChoice<T extends string>(values: readonly T[]) {
  return (value: string, previous: T[] = []): T[] => {
    if (!(values as readonly string[]).includes(value)) {
      throw new InvalidArgumentError(`Expected one of: ${values.join(', ')}.`);
    }
    return [...previous, value as T];
  };
}

const program = new Command();
program
  .name('dossier')
  .description('Dossier: the case library and submission writer, from the command line.')
  .option(
    '--library <file>',
    "the library file (default: $DOSSIER_LIBRARY, else the desktop app's library)",
  )
  .showHelpAfterError('(run "dossier --help" for usage)')
  .exitOverride();

let backend: Backend | null = null;
/** What a command that ran to its end reports (`doc check` finding errors: 1). */
let exitCode = 0;

function open(): Backend {
  const flag = program.opts<{ library?: string }>().library;
  const passphrase = fromEnv('DOSSIER_PASSPHRASE');
  backend ??= new Backend({
    libraryPath: resolve(resolveLibraryPath(flag)),
    busyTimeoutMs: 2000,
    door: 'cli',
    ...(passphrase === undefined ? {} : { passphrase }),
  });
  return backend;
}

/** Asks for the passphrase of the encrypted library on the terminal (three tries). */
async function unlock(b: Backend): Promise<void> {
  if (!canPrompt()) {
    throw new DossierError(
      'passphrase_required',
      `${b.libraryPath} is encrypted. Set DOSSIER_PASSPHRASE to its passphrase (dossier asks for it only on an interactive terminal).`,
      b.libraryPath,
    );
  }
  for (let attempt = 1; ; attempt++) {
    const passphrase = await askPassphrase(`Passphrase for ${b.libraryPath}: `);
    try {
      await b.call('library.unlock', { passphrase });
      return;
    } catch (err) {
      if (!(err instanceof DossierError) || err.code !== 'wrong_passphrase' || attempt === 3) {
        throw err;
      }
      process.stderr.write('Wrong passphrase; try again.\n');
    }
  }
}

/** Calls a method; an encrypted library without DOSSIER_PASSPHRASE is unlocked by a prompt. */
async function call<M extends MethodName>(method: M, params: Params<M>): Promise<ResultOf<M>> {
  const b = open();
  try {
    return await b.call(method, params);
  } catch (err) {
    const locked =
      err instanceof DossierError &&
      err.code === 'passphrase_required' &&
      err.place === b.libraryPath;
    if (!locked) throw err;
    await unlock(b);
    return await b.call(method, params);
  }
}

program
  .command('init')
  .description('create a new library (with --demo: the demo library of Azerbaijani cases)')
  .option('--demo', 'fill it with the demo library')
  .option(
    '--encrypted',
    'encrypt it with a passphrase (asked twice on a terminal; for scripts: DOSSIER_PASSPHRASE)',
  )
  .action(async (opts: { demo?: boolean; encrypted?: boolean }) => {
    const passphrase = opts.encrypted
      ? await askNewPassphrase('DOSSIER_PASSPHRASE', 'An encrypted library')
      : undefined;
    const info = await call('library.init', {
      demo: opts.demo === true,
      encrypted: opts.encrypted === true,
      ...(passphrase === undefined ? {} : { passphrase }),
    });
    print(
      `Created ${info.path}${info.encrypted ? ' (encrypted)' : ''}: ${info.counts.persons} persons, ${info.counts.cases} cases, ${info.counts.snippets} snippets, ${info.counts.forums} forum profiles.`,
    );
    if (info.encrypted) print(LOST_PASSPHRASE_WARNING);
  });

program
  .command('encrypt')
  .description(
    'encrypt the library with a passphrase (asked twice on a terminal; for scripts: DOSSIER_PASSPHRASE); the plain file is overwritten',
  )
  .option(
    '--keep-plain-copy',
    'keep the unencrypted library in the backups folder (delete it yourself once it is safe to)',
  )
  .option(
    '--erase-rescue-files',
    'overwrite and remove the texts kept in plain text beside the library when saves failed',
  )
  .action(async (opts: { keepPlainCopy?: boolean; eraseRescueFiles?: boolean }) => {
    const passphrase = await askNewPassphrase('DOSSIER_PASSPHRASE', 'Encrypting the library');
    const r = await call('library.encrypt', {
      passphrase,
      keepPlainCopy: opts.keepPlainCopy === true,
      eraseRescueFiles: opts.eraseRescueFiles === true,
    });
    print(
      [
        `Encrypted ${r.info.path}.`,
        r.plainCopy === null
          ? 'The unencrypted file was overwritten.'
          : `The unencrypted library is kept at ${r.plainCopy}: it is NOT encrypted; delete it once you no longer need it.`,
        ...backupLines(r.backups),
        ...(r.rescueErased > 0
          ? [`${r.rescueErased} rescue file(s) in plain text were overwritten and removed.`]
          : []),
        LOST_PASSPHRASE_WARNING,
      ].join('\n'),
    );
  });

program
  .command('passphrase')
  .description(
    "change an encrypted library's passphrase (asked on a terminal; for scripts: DOSSIER_PASSPHRASE and DOSSIER_NEW_PASSPHRASE)",
  )
  .action(async () => {
    const b = open();
    let current = fromEnv('DOSSIER_PASSPHRASE');
    if (current === undefined) {
      if (!canPrompt()) {
        throw new DossierError(
          'passphrase_required',
          `Changing the passphrase of ${b.libraryPath} needs the current one: set DOSSIER_PASSPHRASE and DOSSIER_NEW_PASSPHRASE (dossier asks for them only on an interactive terminal).`,
          b.libraryPath,
        );
      }
      current = await askPassphrase(`Current passphrase for ${b.libraryPath}: `);
    }
    const next = await askNewPassphrase('DOSSIER_NEW_PASSPHRASE', 'Changing the passphrase');
    const r = await b.call('library.changePassphrase', {
      passphrase: current,
      newPassphrase: next,
    });
    print(
      [
        `Changed the passphrase of ${r.info.path}.`,
        ...backupLines(r.backups),
        LOST_PASSPHRASE_WARNING,
      ].join('\n'),
    );
  });

program
  .command('info')
  .description('where the library is and what it holds')
  .option('--json', 'print JSON')
  .action(async (opts: { json?: boolean }) => {
    const info = await call('library.info', {});
    if (opts.json) return printJson(info);
    print(
      [
        `${info.path} (library version ${info.version}${info.encrypted ? ', encrypted' : ''})`,
        ...Object.entries(info.counts).map(([k, v]) => `  ${k}: ${v}`),
      ].join('\n'),
    );
  });

program
  .command('check')
  .description("SQLite's full integrity check of the library")
  .action(async () => {
    const { ok, problems } = await call('library.check', {});
    if (ok) return print('The library is intact.');
    throw new DossierError(
      'corrupt',
      `The library is damaged: ${problems.slice(0, 3).join('; ')}. Restore it from a backup.`,
      undefined,
      { do: 'list-backups' },
    );
  });

program
  .command('search')
  .description('search persons, cases, snippets and sources')
  .argument('<query...>', 'words to find; the last may be the start of a word')
  .option(
    '--kind <kind>',
    `only this kind: ${SEARCH_KINDS.join(', ')} (repeatable)`,
    collectChoice(SEARCH_KINDS),
  )
  .option('--country <code>', 'only this country, e.g. AZ (repeatable)', collect)
  .option(
    '--status <status>',
    `only cases (and their persons and snippets) with this status: ${CASE_STATUSES.join(', ')} (repeatable)`,
    collectChoice(CASE_STATUSES),
  )
  .option('--tag <tag>', 'only snippets with this tag (repeatable)', collect)
  .option('--forum <key>', 'only snippets suitable for this forum (repeatable)', collect)
  .option('--limit <n>', 'at most this many results (default 20)', positiveInt)
  .option(
    '--json',
    'print JSON: an array of {kind, id, title, score, excerpt, highlights, titleHighlights}',
  )
  .action(
    async (
      words: string[],
      opts: {
        kind?: (typeof SEARCH_KINDS)[number][];
        country?: string[];
        status?: (typeof CASE_STATUSES)[number][];
        tag?: string[];
        forum?: string[];
        limit?: number;
        json?: boolean;
      },
    ) => {
      const { results } = await call('search.query', {
        query: words.join(' '),
        ...(opts.kind ? { kinds: opts.kind } : {}),
        ...(opts.country ? { country: opts.country } : {}),
        ...(opts.status ? { status: opts.status } : {}),
        ...(opts.tag ? { tag: opts.tag } : {}),
        ...(opts.forum ? { forum: opts.forum } : {}),
        ...(opts.limit ? { limit: opts.limit } : {}),
      });
      if (opts.json) return printJson(results);
      print(formatSearch(results, style));
    },
  );

function listCommand<M extends MethodName>(
  noun: string,
  method: M,
  params: Params<M>,
  format: (items: ResultOf<M>) => string,
): void {
  program
    .command(noun)
    .description(`list the library's ${noun}`)
    .command('list')
    .description(`list the library's ${noun}`)
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const items = await call(method, params);
      if (opts.json) return printJson(items);
      const text = format(items);
      print(text === '' ? `No ${noun}.` : text);
    });
}

listCommand('persons', 'persons.list', {}, formatPersons);
listCommand('cases', 'cases.list', {}, formatCases);
listCommand('snippets', 'snippets.list', {}, formatSnippets);
listCommand('sources', 'sources.list', {}, formatSources);

program
  .command('case')
  .description('one case')
  .command('show')
  .description(
    'a case with its facts as of a date: status, days deprived of liberty, sentence, events',
  )
  .argument('<id>', 'the case id (from "dossier cases list" or "dossier search")')
  .option('--as-of <date>', 'the facts as of this day, YYYY-MM-DD (default: today)', day)
  .option('--json', 'print JSON')
  .action(async (id: string, opts: { asOf?: string; json?: boolean }) => {
    const detail = await call('cases.get', { id, ...(opts.asOf ? { asOf: opts.asOf } : {}) });
    if (opts.json) return printJson(detail);
    print(formatCase(detail, style));
  });

program
  .command('import')
  .description('import a library exchange file (docs/library-format.md); all or nothing')
  .argument('<file>', 'a .json exchange file')
  .action(async (file: string) => {
    const report = await call('library.import', { path: resolve(file) });
    const lines = Object.entries(report)
      .filter(([, t]) => t.created + t.updated + t.unchanged > 0)
      .map(([k, t]) => `  ${k}: ${t.created} new, ${t.updated} updated, ${t.unchanged} unchanged`);
    print([`Imported ${file}.`, ...lines].join('\n'));
  });

program
  .command('export-library')
  .description('write the whole library as an exchange file')
  .argument('<file>', 'the .json file to write')
  .option('--overwrite', 'replace the file if it exists')
  .action(async (file: string, opts: { overwrite?: boolean }) => {
    const { path, counts } = await call('library.export', {
      path: resolve(file),
      overwrite: opts.overwrite === true,
    });
    print(
      `Wrote ${path}: ${counts.persons} persons, ${counts.cases} cases, ${counts.events} events, ${counts.sources} sources, ${counts.snippets} snippets.`,
    );
  });

program
  .command('backup')
  .description('write a copy of the library (a consistent snapshot, safe while the app is open)')
  .argument('<file>', 'the new backup file')
  .option('--overwrite', 'replace the file if it exists (never a library or another database)')
  .action(async (file: string, opts: { overwrite?: boolean }) => {
    const { path, bytes, encrypted } = await call('library.backup', {
      path: resolve(file),
      overwrite: opts.overwrite === true,
    });
    print(
      `Backed up to ${path} (${Math.ceil(bytes / 1024)} KB${encrypted ? ', encrypted with the library passphrase' : ''}).`,
    );
  });

program
  .command('restore')
  .description(
    'replace the library with a backup (the current library is kept in the backups folder first)',
  )
  .argument('<file>', 'a backup made by "dossier backup" or by the app')
  .action((file: string) => restoreFrom(resolve(file)));

/** Restores the library from a backup file, asking for the backup's own passphrase if need be. */
async function restoreFrom(path: string): Promise<void> {
  const backupPassphrase = fromEnv('DOSSIER_BACKUP_PASSPHRASE');
  let r: ResultOf<'library.restore'>;
  try {
    r = await call('library.restore', {
      path,
      ...(backupPassphrase === undefined ? {} : { passphrase: backupPassphrase }),
    });
  } catch (err) {
    // A backup under another passphrase than the library's (or an encrypted backup of a
    // plain library): its own passphrase.
    const needsOwn =
      err instanceof DossierError &&
      (err.code === 'passphrase_required' || err.code === 'wrong_passphrase') &&
      err.place === path &&
      backupPassphrase === undefined;
    if (!needsOwn) throw err;
    if (!canPrompt()) {
      throw new DossierError(
        err.code,
        `${err.message} For scripts, set DOSSIER_BACKUP_PASSPHRASE.`,
        path,
      );
    }
    const passphrase = await askPassphrase(`Passphrase of the backup ${path}: `);
    r = await call('library.restore', { path, passphrase });
  }
  print(
    [
      `Restored ${r.info.path} from ${r.restoredFrom}.`,
      r.previousCopy === null
        ? 'There was no library file before.'
        : r.replacedUnopenable === undefined
          ? `The library as it was is kept at ${r.previousCopy}.`
          : `The library as it was could not be opened (${r.replacedUnopenable}); it is kept whole at ${r.previousCopy}.`,
    ].join(' '),
  );
}

const backups = program.command('backups').description('the rolling backups beside the library');

backups
  .command('list')
  .description(
    'the backups, newest first (hourly for a day, daily for a month, and before imports, restores and migrations)',
  )
  .option('--json', 'print JSON')
  .action(async (opts: { json?: boolean }) => {
    const list = await call('backups.list', {});
    if (opts.json) return printJson(list);
    print(
      list.length === 0
        ? 'No backups yet: one is made within the hour after the library changes.'
        : list
            .map(
              (e) =>
                `${e.name}  ${e.createdAt.slice(0, 16).replace('T', ' ')} UTC  ${e.reason}  ${Math.ceil(e.bytes / 1024)} KB`,
            )
            .join('\n'),
    );
  });

backups
  .command('restore')
  .description('replace the library with one of its backups (the library as it is is kept first)')
  .argument('<name>', 'the backup, as "dossier backups list" names it')
  .action(async (name: string) => {
    const entry = (await call('backups.list', {})).find((e) => e.name === name);
    if (entry === undefined) {
      throw new DossierError('not_found', `There is no backup named ${name}.`, name, {
        do: 'list-backups',
      });
    }
    await restoreFrom(entry.path);
  });

program
  .command('forums')
  .description('forum profiles')
  .command('list')
  .description('the forum profiles and their limits')
  .option('--json', 'print JSON')
  .action(async (opts: { json?: boolean }) => {
    const forums = await call('forums.list', {});
    if (opts.json) return printJson(forums);
    print(
      forums
        .map((f) => {
          const w = f.settings.wordLimit;
          const words =
            w.single || w.joint ? `, words ${[w.single, w.joint].filter(Boolean).join(' / ')}` : '';
          const pages = f.settings.pageLimit ? `, pages ${f.settings.pageLimit}` : '';
          return `${f.key.padEnd(20)} ${f.name}${words}${pages}`;
        })
        .join('\n'),
    );
  });

program
  .command('templates')
  .description('document templates')
  .command('list')
  .description('the templates a document can start from, one or more per forum')
  .option('--json', 'print JSON')
  .action(async (opts: { json?: boolean }) => {
    const templates = await call('templates.list', {});
    if (opts.json) return printJson(templates);
    print(
      templates.map((t) => `${t.id}  ${t.name}${t.forumKey ? `  [${t.forumKey}]` : ''}`).join('\n'),
    );
  });

const doc = program.command('doc').description('documents: statements and submissions');

doc
  .command('new')
  .description('start a document from a template')
  .requiredOption('--title <title>', 'the title')
  .option('--template <id>', 'the template (see "dossier templates list")')
  .option('--as-of <date>', 'the day the document speaks as of, YYYY-MM-DD', day)
  .option('--json', 'print JSON')
  .action(async (opts: { title: string; template?: string; asOf?: string; json?: boolean }) => {
    const d = await call('documents.create', {
      title: opts.title,
      ...(opts.template ? { templateId: opts.template } : {}),
      ...(opts.asOf ? { asOf: opts.asOf } : {}),
    });
    if (opts.json) return printJson(d);
    print(`Created ${d.id}  ${d.title}`);
  });

doc
  .command('import')
  .description('import a .dossier.json document file (with the snippets and sources it carries)')
  .argument('<file>', 'a .dossier.json file')
  .action(async (file: string) => {
    const { document, outcome } = await call('documents.import', { path: resolve(file) });
    const verb =
      outcome === 'created' ? 'Imported' : outcome === 'updated' ? 'Updated' : 'Unchanged:';
    print(`${verb} ${document.id}  ${document.title}`);
  });

doc
  .command('list')
  .description("the library's documents")
  .option('--json', 'print JSON')
  .action(async (opts: { json?: boolean }) => {
    const docs = await call('documents.list', {});
    if (opts.json) return printJson(docs);
    print(
      docs.length === 0
        ? 'No documents.'
        : docs
            .map(
              (d) =>
                `${d.id}  ${d.title}  [${d.forumKey ?? 'no forum'}, ${d.status}${d.asOf ? `, as of ${d.asOf}` : ''}]`,
            )
            .join('\n'),
    );
  });

doc
  .command('show')
  .description('a document and its metadata')
  .argument('<id>', 'the document id')
  .option('--json', 'print JSON')
  .action(async (id: string, opts: { json?: boolean }) => {
    const d = await call('documents.get', { id });
    if (opts.json) return printJson(d);
    print(formatDocument(d));
  });

doc
  .command('check')
  .description(
    'preflight: limits, required sections, stale facts, fields, sources, signatories (exit 1 on errors)',
  )
  .argument('<id>', 'the document id')
  .option('--as-of <date>', "check as of this day, YYYY-MM-DD (default: the document's date)", day)
  .option('--json', 'print JSON')
  .action(async (id: string, opts: { asOf?: string; json?: boolean }) => {
    const report = await call('documents.check', { id, ...(opts.asOf ? { asOf: opts.asOf } : {}) });
    if (opts.json) printJson(report);
    else print(formatReport(report, style));
    if (report.errors > 0) exitCode = 1;
  });

doc
  .command('export')
  .description('write the document as Word, PDF or HTML (or a .dossier.json file)')
  .argument('<id>', 'the document id')
  .requiredOption('--format <format>', 'docx, pdf, html, or dossier', (v: string) => {
    if (v !== 'docx' && v !== 'pdf' && v !== 'html' && v !== 'dossier') {
      throw new InvalidArgumentError('Expected one of: docx, pdf, html, dossier.');
    }
    return v;
  })
  .requiredOption('--out <file>', 'the file to write')
  .option('--as-of <date>', "facts as of this day, YYYY-MM-DD (default: the document's date)", day)
  .option('--force', 'export even though preflight found errors')
  .option('--overwrite', 'replace the file if it exists')
  .action(
    async (
      id: string,
      opts: {
        format: 'docx' | 'pdf' | 'html' | 'dossier';
        out: string;
        asOf?: string;
        force?: boolean;
        overwrite?: boolean;
      },
    ) => {
      const r = await call('documents.export', {
        id,
        format: opts.format,
        path: resolve(opts.out),
        force: opts.force === true,
        overwrite: opts.overwrite === true,
        ...(opts.asOf ? { asOf: opts.asOf } : {}),
      });
      const found =
        r.report === null
          ? ''
          : ` (preflight: ${r.report.errors} errors, ${r.report.warnings} warnings)`;
      print(`Wrote ${r.path}, ${Math.ceil(r.bytes / 1024)} KB${found}.`);
    },
  );

function backupLines(backups: { encrypted: number; skipped: string[] }): string[] {
  return [
    ...(backups.encrypted > 0
      ? [`${backups.encrypted} backup(s) beside the library now have the new passphrase too.`]
      : []),
    ...(backups.skipped.length > 0
      ? [
          `Left as they were (another passphrase, or not Dossier libraries): ${backups.skipped.join(', ')}.`,
        ]
      : []),
  ];
}

async function main(): Promise<number> {
  try {
    await program.parseAsync(process.argv);
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof DossierError) {
      process.stderr.write(`dossier: ${cliMessage(err)}\n`);
      return 1;
    }
    process.stderr.write(`dossier: unexpected error: ${(err as Error).stack ?? String(err)}\n`);
    return 1;
  } finally {
    backend?.close();
  }
}

process.exitCode = await main();
