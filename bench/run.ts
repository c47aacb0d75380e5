/**
 * The performance benchmark: `npm run bench`.
 *
 * Generates (or reuses) a synthetic exchange file (bench/generate.ts), imports it into a fresh
 * library through the backend, then measures opening the library, search by query class, the
 * library's size and the process's peak memory, against the targets. Prints a table and writes
 * BENCHMARKS.md. Then the document targets (bench/documents.ts), in a child process: an 80-page
 * submission built in a small library of its own, through preflight and the three renderers.
 *
 *   BENCH_SCALE=0.1   a tenth of the full size (default 1)
 *   BENCH_SEED=…      another synthetic library (default dossier-bench)
 *   BENCH_BREAKDOWN=1 also time the phases of the import and of search (a second import)
 *   BENCH_ONLY=documents  only the document part (about half a minute); BENCHMARKS.md keeps its
 *                     other sections and gets a new "Documents" section
 *   BENCH_ONLY=library    only import, open and search (the "Documents" and "CLI start-up"
 *                     sections are kept)
 *   BENCH_ONLY=cli        only the CLI start-up (a few seconds): whole-process `dossier search`
 *   BENCH_ONLY=ui         only the window (bench/ui.ts, headless Chromium, a few minutes): search
 *                     as you type, the persons table, first content, a case page of 200 events
 *   BENCH_ONLY=editor     only the editor (bench/editor.ts, headless Chromium, a few minutes): a
 *                     3,000-paragraph document opened, typed into, preflight, a snippet inserted
 *
 * Every variant works on a fresh clone: it makes .bench/ and builds the CLI bundle it times.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Backend } from '../src/backend/backend';
import { Changes } from '../src/backend/changes';
import { parseExchange, writeExchange } from '../src/backend/exchange/importExchange';
import { readJsonFile } from '../src/backend/files';
import { MAX_IMPORT_BYTES } from '../src/backend/library/handlers';
import type { WriteContext } from '../src/backend/writes';
import { today } from '../src/core/dates';
import { matchExpression, parseQuery } from '../src/core/search/query';
import { openLibrary } from '../src/store/library';
import { RANKED_CANDIDATES, RANKED_MATCHES, searchIndex } from '../src/store/search/search';
import {
  DEFAULT_SEED,
  benchDir,
  benchFiles,
  existingGeneration,
  scaleFromEnv,
  type GeneratedMeta,
} from './generate';
import {
  DOCUMENT_HEAD,
  documentRows,
  documentsMarkdown,
  type DocumentsResult,
} from './documentsReport';
import {
  CLI_HEAD,
  cliMarkdown,
  cliRows,
  EXPORT_HEAD,
  exportRatios,
  exportRows,
  runCliStartup,
  type CliStartup,
} from './cli';
import { Rng } from './rng';
import { SCROLL_HEAD, scrollRows, UI_HEAD, uiMarkdown, uiRows, type UiResult } from './uiReport';
import { EDITOR_HEAD, editorMarkdown, editorRows, type EditorResult } from './editorReport';
import { int, markdownTable, mb, ms, summarise, textTable, type Summary } from './stats';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OPENS = 20;
const QUERIES_PER_CLASS = 300;
const WARMUP_PER_CLASS = 40;

const TARGETS = {
  importMs: 60_000,
  openMs: 200,
  searchP95Ms: 10,
};

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

// ---------------------------------------------------------------------------------------------
// Generation

function ensureGenerated(scale: number, seed: string): { meta: GeneratedMeta; reused: boolean } {
  const existing = existingGeneration(scale, seed);
  if (existing !== null) {
    log(`Reusing ${relative(ROOT, existing.dataFile)} (${mb(existing.bytes)})`);
    return { meta: existing, reused: true };
  }
  // A child process, so that the generator's memory does not count in this process's peak RSS.
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'bench', 'generate.ts'),
      '--scale',
      String(scale),
      '--seed',
      seed,
    ],
    { stdio: 'inherit', cwd: ROOT },
  );
  if (child.status !== 0) throw new Error(`the generator failed (exit ${child.status})`);
  const meta = existingGeneration(scale, seed);
  if (meta === null)
    throw new Error(`the generator wrote no usable ${benchFiles(scale, seed).meta}`);
  return { meta, reused: false };
}

// ---------------------------------------------------------------------------------------------
// Machine

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line !== undefined) return line.split(':').slice(1).join(':').trim();
  } catch {
    // not Linux
  }
  return cpus()[0]?.model ?? 'unknown';
}

function sqliteVersion(): string {
  const db = new Database(':memory:');
  try {
    return db.prepare('select sqlite_version()').pluck().get() as string;
  } finally {
    db.close();
  }
}

function dateUtc(): string {
  const out = spawnSync('date', ['-u'], { encoding: 'utf8' });
  return out.status === 0 ? out.stdout.trim() : new Date().toUTCString();
}

function packageVersion(name: string): string {
  try {
    const pkg = JSON.parse(
      readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'),
    ) as {
      version?: string;
    };
    return pkg.version ?? '?';
  } catch {
    return '?';
  }
}

/** The 1-minute load average before the bench adds its own. */
const STARTING_LOAD = loadavg()[0]?.toFixed(2) ?? '?';

const peakRss = (): number => process.resourceUsage().maxRSS * 1024;

// ---------------------------------------------------------------------------------------------
// Library files

function removeLibrary(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  rmSync(`${path}.backups`, { recursive: true, force: true });
}

function fileSize(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

interface SpaceRow {
  name: string;
  bytes: number;
}

/** Space per table and index (dbstat), search index shadow tables grouped. */
function spaceByObject(path: string): SpaceRow[] | null {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db
      .prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name')
      .all() as SpaceRow[];
    const grouped = new Map<string, number>();
    for (const r of rows) {
      const name = r.name.startsWith('search_fts')
        ? 'search_fts (FTS5 index)'
        : r.name.startsWith('sqlite_autoindex_')
          ? `${r.name.replace(/^sqlite_autoindex_(.*)_\d+$/, '$1')} (keys)`
          : r.name;
      grouped.set(name, (grouped.get(name) ?? 0) + r.bytes);
    }
    return [...grouped].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
  } catch {
    return null;
  } finally {
    db.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Queries

interface Query {
  query: string;
  /** The person the query names, when it is a name. */
  expect?: string;
  /** A subdivision of the class reported apart (a prefix's length). */
  group?: string;
}

interface QueryClass {
  key: string;
  label: string;
  queries: Query[];
}

function takeRoundRobin<T>(pool: readonly T[], n: number): T[] {
  return Array.from({ length: n }, (_, i) => pool[i % pool.length] as T);
}

function queryClasses(meta: GeneratedMeta, seed: string): QueryClass[] {
  const rng = new Rng(`${seed}/queries`);
  const persons = meta.samplePersons.slice(0, QUERIES_PER_CLASS);
  const byDocs = (docs: Record<string, number>): [string, number][] =>
    Object.entries(docs).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

  const common = byDocs(meta.vocabularyDocs)
    .filter(([w]) => w.length >= 4)
    .slice(0, 40)
    .map(([w]) => w);
  const rare = byDocs(meta.rareDocs)
    .filter(([, n]) => n > 0)
    .map(([w]) => w);

  const prefixes = new Set<string>();
  const words = [
    ...meta.samplePersons.flatMap((p) => [
      ...p.name.split(' '),
      ...p.english.split(' '),
      ...p.cyrillic.split(' '),
    ]),
    ...byDocs(meta.vocabularyDocs)
      .slice(0, 120)
      .map(([w]) => w),
  ];
  for (const w of words) {
    const letters = [...w];
    for (let len = 3; len <= Math.min(6, letters.length - 1); len++) {
      prefixes.add(letters.slice(0, len).join(''));
    }
  }

  return [
    {
      key: 'name-az',
      label: 'full name, Azerbaijani spelling',
      queries: persons.map((p) => ({ query: p.name, expect: p.id })),
    },
    {
      key: 'name-en',
      label: 'full name, English spelling',
      queries: persons.map((p) => ({ query: p.english, expect: p.id })),
    },
    {
      key: 'name-cyrl',
      label: 'full name, Cyrillic alias',
      queries: persons.map((p) => ({ query: p.cyrillic, expect: p.id })),
    },
    {
      key: 'common',
      label: 'common word',
      queries: takeRoundRobin(rng.shuffle([...common]), QUERIES_PER_CLASS).map((query) => ({
        query,
      })),
    },
    {
      key: 'rare',
      label: 'rare word',
      queries: takeRoundRobin(rng.shuffle([...rare]), QUERIES_PER_CLASS).map((query) => ({
        query,
      })),
    },
    {
      key: 'prefix',
      label: 'prefix, 3–6 letters',
      queries: rng
        .sample([...prefixes], QUERIES_PER_CLASS)
        .map((query) => ({ query, group: `${[...query].length} letters` })),
    },
    {
      key: 'typing',
      label: 'full name, typed keystroke by keystroke',
      queries: typedNames(meta.samplePersons.slice(QUERIES_PER_CLASS)),
    },
  ];
}

/**
 * What the search box sends while a name is typed, from the third character on: `Emi`, `Emin`,
 * `Emin A`, `Emin Ab`, … (Azerbaijani and English spellings by turns).
 */
function typedNames(persons: readonly GeneratedMeta['samplePersons'][number][]): Query[] {
  const out: Query[] = [];
  for (const [i, p] of persons.entries()) {
    const letters = [...(i % 2 === 0 ? p.name : p.english)];
    for (let len = 3; len <= letters.length; len++) {
      if (letters[len - 1] === ' ') continue;
      const query = letters.slice(0, len).join('');
      const last = query.split(' ').pop() ?? '';
      out.push({
        query,
        group: [...last].length === 1 ? 'last word of 1 letter' : 'last word of 2+ letters',
        ...(len === letters.length ? { expect: p.id } : {}),
      });
      if (out.length === QUERIES_PER_CLASS) return out;
    }
  }
  return out;
}

interface ClassResult {
  cls: QueryClass;
  distinct: number;
  time: Summary;
  groups: { name: string; time: Summary }[];
  meanResults: number;
  found: number | null;
  expected: number;
  matches: Summary;
}

async function runSearch(
  backend: Backend,
  classes: readonly QueryClass[],
  countMatches: (query: string) => number,
): Promise<ClassResult[]> {
  // Warm up: prepare the statements, fill SQLite's and the OS's caches, let V8 optimise.
  for (const cls of classes) {
    for (const q of cls.queries.slice(0, WARMUP_PER_CLASS)) {
      await backend.call('search.query', { query: q.query, limit: 20 });
    }
  }
  const results: ClassResult[] = [];
  for (const cls of classes) {
    const times: number[] = [];
    const groups = new Map<string, number[]>();
    let resultCount = 0;
    let found = 0;
    for (const q of cls.queries) {
      const t0 = performance.now();
      const { results: hits } = await backend.call('search.query', { query: q.query, limit: 20 });
      const t = performance.now() - t0;
      times.push(t);
      if (q.group !== undefined) groups.set(q.group, [...(groups.get(q.group) ?? []), t]);
      resultCount += hits.length;
      if (q.expect !== undefined && hits.some((h) => h.id === q.expect)) found += 1;
    }
    const distinctQueries = [...new Set(cls.queries.map((q) => q.query))];
    results.push({
      cls,
      distinct: distinctQueries.length,
      time: summarise(times),
      groups: [...groups]
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([name, t]) => ({ name, time: summarise(t) })),
      meanResults: resultCount / cls.queries.length,
      found: cls.queries.some((q) => q.expect !== undefined) ? found : null,
      expected: cls.queries.filter((q) => q.expect !== undefined).length,
      matches: summarise(distinctQueries.map(countMatches)),
    });
    const r = results[results.length - 1] as ClassResult;
    log(`  ${cls.key}: p50 ${ms(r.time.p50)}, p95 ${ms(r.time.p95)}`);
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// Search against raw FTS5

/**
 * What FTS5 alone costs for the same queries on the same index: the MATCH expression Dossier
 * builds (core/search/query.ts), ranked by plain bm25, 20 rowids, no join, titles or excerpts.
 */
export const RAW_FTS = `SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY bm25(search_fts) LIMIT 20`;

interface RawRow {
  cls: QueryClass;
  dossier: Summary;
  raw: Summary;
}

function runRawSearch(libraryPath: string, search: readonly ClassResult[]): RawRow[] {
  const lib = openLibrary(libraryPath, { skipQuickCheck: true });
  try {
    const stmt = lib.db.prepare(RAW_FTS);
    const expr = (q: Query): string => matchExpression(parseQuery(q.query), {});
    for (const r of search)
      for (const q of r.cls.queries.slice(0, WARMUP_PER_CLASS)) stmt.all(expr(q));
    return search.map((r) => {
      const times = r.cls.queries.map((q) => {
        const e = expr(q);
        const t0 = performance.now();
        stmt.all(e);
        return performance.now() - t0;
      });
      const raw = summarise(times);
      log(`  raw FTS5 ${r.cls.key}: p50 ${ms(raw.p50)}, p95 ${ms(raw.p95)}`);
      return { cls: r.cls, dossier: r.time, raw };
    });
  } finally {
    lib.close();
  }
}

const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(1)}×` : '–');

const RAW_HEAD = ['Query class', 'Dossier p50 / p95', 'raw FTS5 p50 / p95', 'ratio p50 / p95'];

function rawRows(rows: readonly RawRow[]): string[][] {
  return rows.map((r) => [
    r.cls.label,
    `${ms(r.dossier.p50)} / ${ms(r.dossier.p95)}`,
    `${ms(r.raw.p50)} / ${ms(r.raw.p95)}`,
    `${ratio(r.dossier.p50, r.raw.p50)} / ${ratio(r.dossier.p95, r.raw.p95)}`,
  ]);
}

// ---------------------------------------------------------------------------------------------
// Breakdowns (BENCH_BREAKDOWN=1)

class TimedChanges extends Changes {
  readonly applyMs: number[] = [];
  override apply(asOf?: string): void {
    const t0 = performance.now();
    super.apply(asOf);
    this.applyMs.push(performance.now() - t0);
  }
}

interface ImportBreakdown {
  readMs: number;
  validateMs: number;
  rowsMs: number;
  applyMs: number[];
  commitMs: number;
}

/**
 * The import again, in its phases, into a second fresh library. Mirrors what the
 * `library.import` handler and `Backend.write` do (read, parse, one transaction that writes the
 * rows, then applies the collected changes: derived statuses and the search index).
 */
function importBreakdown(dataPath: string, libraryPath: string): ImportBreakdown {
  removeLibrary(libraryPath);
  const lib = openLibrary(libraryPath, { create: true });
  try {
    const t0 = performance.now();
    const raw = readJsonFile(dataPath, MAX_IMPORT_BYTES);
    const t1 = performance.now();
    const data = parseExchange(raw, dataPath);
    const t2 = performance.now();
    let rowsMs = 0;
    let inner = 0;
    const changes = new TimedChanges(lib.db);
    lib.transaction(() => {
      const ctx: WriteContext = { db: lib.db, changes, now: new Date().toISOString() };
      const w0 = performance.now();
      writeExchange(ctx, data, dataPath);
      // writeExchange may apply the changes itself (it used to); that is not row writing.
      rowsMs = performance.now() - w0 - changes.applyMs.reduce((sum, v) => sum + v, 0);
      changes.apply(today());
      inner = performance.now() - t2;
    });
    const t3 = performance.now();
    return {
      readMs: t1 - t0,
      validateMs: t2 - t1,
      rowsMs,
      applyMs: changes.applyMs,
      commitMs: t3 - t2 - inner,
    };
  } finally {
    lib.close();
    removeLibrary(libraryPath);
  }
}

interface SearchBreakdownRow {
  key: string;
  ftsOnly: Summary;
  searchIndex: Summary;
}

/** Per class: the FTS5 ranking query alone, and searchIndex (query + join + excerpts). */
function searchBreakdown(
  libraryPath: string,
  classes: readonly QueryClass[],
): SearchBreakdownRow[] {
  const lib = openLibrary(libraryPath, { skipQuickCheck: true });
  try {
    const fts = lib.db.prepare(RANKED_MATCHES);
    const rows: SearchBreakdownRow[] = [];
    for (const cls of classes) {
      const a: number[] = [];
      const b: number[] = [];
      for (const pass of [0, 1]) {
        for (const q of cls.queries) {
          const expr = matchExpression(parseQuery(q.query), {});
          const t0 = performance.now();
          fts.all(expr, 20);
          const t1 = performance.now();
          searchIndex(lib.db, q.query, {}, 20);
          const t2 = performance.now();
          if (pass === 1) {
            a.push(t1 - t0);
            b.push(t2 - t1);
          }
        }
      }
      rows.push({ key: cls.key, ftsOnly: summarise(a), searchIndex: summarise(b) });
    }
    return rows;
  } finally {
    lib.close();
  }
}

// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// Documents (bench/documents.ts), in a child process: its timings and memory apart from the import

function runDocuments(): DocumentsResult {
  const dir = mkdtempSync(join(benchDir(), 'documents-'));
  const json = join(dir, 'result.json');
  try {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'bench', 'documents.ts'), '--json', json],
      { stdio: ['ignore', 'inherit', 'inherit'], cwd: ROOT },
    );
    if (child.status !== 0) throw new Error(`the document benchmark failed (exit ${child.status})`);
    return JSON.parse(readFileSync(json, 'utf8')) as DocumentsResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printDocuments(r: DocumentsResult): void {
  const f = r.facts;
  process.stdout.write(
    `\nDocuments: ${f.pdfPages.endnotes} PDF pages (${f.pdfPages.footnotes} with footnotes), ${int(f.words.body)} words + ${int(f.words.notes)} in notes, ${f.notes.total} notes, ${f.snippets.linked} linked snippets\n\n`,
  );
  process.stdout.write(`${textTable(DOCUMENT_HEAD, documentRows(r))}\n\n`);
  process.stdout.write(
    `Whole-process exports against other tools\n\n${textTable(EXPORT_HEAD, exportRows(r.exports))}\n${exportRatios(r.exports).join('\n')}\n\n`,
  );
}

// ---------------------------------------------------------------------------------------------
// The window (bench/ui.ts), in a child process: Chromium and the door's backend apart from this one

const UI_HEADING = '## Window (headless Chromium)';

function runUi(meta: GeneratedMeta, from?: string): UiResult {
  const dir = mkdtempSync(join(benchDir(), 'ui-'));
  const json = join(dir, 'result.json');
  try {
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'bench', 'ui.ts'),
        '--data',
        meta.dataFile,
        '--json',
        json,
        ...(from === undefined ? [] : ['--from', from]),
      ],
      { stdio: ['ignore', 'inherit', 'inherit'], cwd: ROOT },
    );
    if (child.status !== 0) throw new Error(`the window benchmark failed (exit ${child.status})`);
    const text = readFileSync(json, 'utf8');
    // Kept, so that the figures of the last run can be looked at again without running it.
    writeFileSync(join(benchDir(), 'ui-last.json'), text);
    return JSON.parse(text) as UiResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printUi(r: UiResult): void {
  process.stdout.write(
    `\nWindow (${r.chromium}, headless)\n\n${textTable(UI_HEAD, uiRows(r))}\n\n`,
  );
  process.stdout.write(`${textTable(SCROLL_HEAD, scrollRows(r))}\n\n`);
}

const cpuLine = (): string => `${cpuModel()}, ${cpus().length} cores`;

/** BENCH_ONLY=ui: the window part, written into BENCHMARKS.md as it stands. */
function uiOnly(): void {
  const scale = scaleFromEnv();
  const seed = process.env.BENCH_SEED || DEFAULT_SEED;
  const { meta } = ensureGenerated(scale, seed);
  const r = runUi(meta);
  printUi(r);
  let md = currentBenchmarks('ui');
  const what = scale === 1 ? undefined : `scale ${scale}, NOT full scale`;
  md = withSection(
    md,
    UI_HEADING,
    uiMarkdown(r, runWhen('BENCH_ONLY=ui npm run bench', what), cpuLine(), busyWarning()),
    '## How to run',
  );
  md = withSection(md, '## How to run', howToRun(), '');
  writeFileSync(BENCHMARKS, md);
  process.stdout.write('Wrote the Window section of BENCHMARKS.md.\n');
}

// ---------------------------------------------------------------------------------------------
// The editor (bench/editor.ts), in a child process: Chromium and the door's backend apart

const EDITOR_HEADING = '## Editor (headless Chromium)';

function runEditor(): EditorResult {
  const dir = mkdtempSync(join(benchDir(), 'editor-'));
  const json = join(dir, 'result.json');
  try {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'bench', 'editor.ts'), '--json', json],
      { stdio: ['ignore', 'inherit', 'inherit'], cwd: ROOT },
    );
    if (child.status !== 0) throw new Error(`the editor benchmark failed (exit ${child.status})`);
    const text = readFileSync(json, 'utf8');
    // Kept, so that the figures of the last run can be looked at again without running it.
    writeFileSync(join(benchDir(), 'editor-last.json'), text);
    return JSON.parse(text) as EditorResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printEditor(r: EditorResult): void {
  process.stdout.write(
    `\nEditor (${r.chromium}, headless)\n\n${textTable(EDITOR_HEAD, editorRows(r))}\n\n`,
  );
}

/** BENCH_ONLY=editor: the editor part, written into BENCHMARKS.md as it stands. */
function editorOnly(): void {
  mkdirSync(benchDir(), { recursive: true });
  const r = runEditor();
  printEditor(r);
  let md = currentBenchmarks('editor');
  md = withSection(
    md,
    EDITOR_HEADING,
    editorMarkdown(r, runWhen('BENCH_ONLY=editor npm run bench'), cpuLine(), busyWarning()),
    '## How to run',
  );
  md = withSection(md, '## How to run', howToRun(), '');
  writeFileSync(BENCHMARKS, md);
  process.stdout.write('Wrote the Editor section of BENCHMARKS.md.\n');
}

const BENCHMARKS = join(ROOT, 'BENCHMARKS.md');

/** BENCHMARKS.md split at its `## ` headings: the preamble, then one part per section. */
function sections(md: string): string[] {
  return md.split(/^(?=## )/m);
}

/** The section of BENCHMARKS.md under `heading`, if the file has one. */
function existingSection(heading: string): string | null {
  if (!existsSync(BENCHMARKS)) return null;
  return (
    sections(readFileSync(BENCHMARKS, 'utf8')).find((s) => s.startsWith(`${heading}\n`)) ?? null
  );
}

/** `md` with the section under `heading` replaced, or added before the section `before`. */
function withSection(md: string, heading: string, section: string, before: string): string {
  const parts = sections(md).map((s) => `${s.trimEnd()}\n\n`);
  const text = `${section.trimEnd()}\n\n`;
  const at = parts.findIndex((s) => s.startsWith(`${heading}\n`));
  if (at >= 0) {
    parts[at] = text;
  } else {
    const next = parts.findIndex((s) => s.startsWith(`${before}\n`));
    parts.splice(next >= 0 ? next : parts.length, 0, text);
  }
  return `${parts.join('').trimEnd()}\n`;
}

function howToRun(): string {
  return [
    '## How to run',
    '',
    '`npm run bench` (full scale; the generated exchange file is kept in `.bench/` and reused).',
    '`BENCH_SCALE=0.1 npm run bench` runs a tenth of the size quickly; `BENCH_BREAKDOWN=1` adds the',
    'import and search phase tables; `BENCH_SEED=…` makes another library.',
    '`BENCH_ONLY=documents npm run bench` runs only the document part (bench/documents.ts, with the',
    'whole-process exports against pandoc and Chromium: about a minute) and rewrites only the',
    '"Documents" section; `BENCH_ONLY=cli` runs only the CLI start-up (a few seconds) and rewrites',
    'only its section; `BENCH_ONLY=ui` runs only the window part (bench/ui.ts: the built renderer',
    'in headless Chromium through the browser door, a few minutes; the first run imports the library',
    'once into `.bench/`) and rewrites only its section; `BENCH_ONLY=editor` runs only the editor',
    'part (bench/editor.ts: a 3,000-paragraph document on the document screen in headless Chromium,',
    'a few minutes) and rewrites only its section; `BENCH_ONLY=library` runs only import, open',
    'and search and keeps the other sections as they were. Every variant works on a fresh clone',
    '(after `npm ci`): it makes `.bench/` and builds the CLI bundle it times (`npm run build:cli`).',
    'A tool the comparisons need (pandoc, Chromium, pdfinfo) that is not installed is reported and',
    'its row skipped; `BENCH_PANDOC=…` and `BENCH_CHROMIUM=…` name the binaries if they are elsewhere.',
    '',
  ].join('\n');
}

type Only = 'all' | 'documents' | 'library' | 'cli' | 'ui' | 'editor';

function onlyFromEnv(value = process.env.BENCH_ONLY): Only {
  if (value === undefined || value === '') return 'all';
  if (
    value === 'documents' ||
    value === 'library' ||
    value === 'cli' ||
    value === 'ui' ||
    value === 'editor'
  )
    return value;
  throw new Error(
    `BENCH_ONLY must be "documents", "library", "cli", "ui" or "editor", not "${value}"`,
  );
}

/** BENCHMARKS.md as it stands, or the start of one when only part of the bench has run. */
function currentBenchmarks(only: Only): string {
  if (existsSync(BENCHMARKS)) return readFileSync(BENCHMARKS, 'utf8');
  return [
    '# Benchmarks',
    '',
    `Only part of the benchmark has been run (\`BENCH_ONLY=${only}\`); \`npm run bench\` adds the rest.`,
    '',
    '## Machine',
    '',
    ...machineLines(),
    '',
  ].join('\n');
}

/** The first of `headings` that `md` has (where a section goes before), else the end. */
function firstPresent(md: string, headings: readonly string[]): string {
  const present = new Set(sections(md).map((s) => s.split('\n')[0]));
  return headings.find((h) => present.has(h)) ?? '';
}

/** BENCH_ONLY=documents: the document part, written into BENCHMARKS.md as it stands. */
function documentsOnly(): void {
  const r = runDocuments();
  printDocuments(r);
  const section = documentsMarkdown(r, runWhen('BENCH_ONLY=documents npm run bench'));
  let md = currentBenchmarks('documents');
  md = withSection(
    md,
    '## Documents',
    section,
    firstPresent(md, ['## CLI start-up', '## How to run']),
  );
  md = withSection(md, '## How to run', howToRun(), '');
  writeFileSync(BENCHMARKS, md);
  process.stdout.write('Wrote the Documents section of BENCHMARKS.md.\n');
}

/** BENCH_ONLY=cli: the CLI start-up, written into BENCHMARKS.md as it stands. */
function cliOnly(): void {
  const r = runCliStartup();
  printCli(r);
  let md = currentBenchmarks('cli');
  md = withSection(
    md,
    '## CLI start-up',
    cliMarkdown(r, runWhen('BENCH_ONLY=cli npm run bench')),
    '## How to run',
  );
  md = withSection(md, '## How to run', howToRun(), '');
  writeFileSync(BENCHMARKS, md);
  process.stdout.write('Wrote the CLI start-up section of BENCHMARKS.md.\n');
}

/**
 * A warning for BENCHMARKS.md when other work shared the cores as the run started: its figures
 * are slower than an idle machine's, and a FAIL may be the machine's, not the code's.
 */
function busyWarning(): string[] {
  const load = loadavg()[0] ?? 0;
  if (Number(STARTING_LOAD) < 0.5) return [];
  return [
    `**The machine was busy**: load average ${STARTING_LOAD} on ${cpus().length} cores when the run started (${load.toFixed(2)} at the end), from other`,
    "work. Timings are slower than on an idle machine; compare with an idle run (this file's git history)",
    'before reading a FAIL as a regression.',
    '',
  ];
}

/** When and how a section was measured: date, command, cores, Node, the load before the run. */
function runWhen(command: string, what?: string): string {
  return `on ${dateUtc()} by \`${command}\`${what === undefined ? '' : ` (${what})`} (${cpus().length} cores, Node ${process.version}, load average ${STARTING_LOAD} at the start)`;
}

function printCli(r: CliStartup): void {
  process.stdout.write(`\nCLI start-up\n\n${textTable(CLI_HEAD, cliRows(r))}\n\n`);
}

function machineLines(): string[] {
  return [
    `- CPU: ${cpuModel()}, ${cpus().length} cores`,
    `- RAM: ${(totalmem() / 1_073_741_824).toFixed(1)} GB`,
    `- OS: ${platform()} ${release()} (${arch()})`,
    `- Node ${process.version}, SQLite ${sqliteVersion()} (better-sqlite3-multiple-ciphers ${packageVersion('better-sqlite3-multiple-ciphers')})`,
    `- Load average when the run started: ${STARTING_LOAD} (1 min; above 0 means other work shared the cores)`,
  ];
}

// ---------------------------------------------------------------------------------------------

const pass = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');

async function main(): Promise<void> {
  const only = onlyFromEnv();
  if (only === 'documents') {
    documentsOnly();
    return;
  }
  if (only === 'cli') {
    cliOnly();
    return;
  }
  if (only === 'ui') {
    uiOnly();
    return;
  }
  if (only === 'editor') {
    editorOnly();
    return;
  }
  const scale = scaleFromEnv();
  const seed = process.env.BENCH_SEED || DEFAULT_SEED;
  const breakdown = process.env.BENCH_BREAKDOWN === '1';
  const started = performance.now();

  const genStart = performance.now();
  const { meta, reused } = ensureGenerated(scale, seed);
  const genSeconds = reused ? meta.seconds : (performance.now() - genStart) / 1000;

  const libraryPath = join(benchDir(), `library-s${scale}.db`);
  removeLibrary(libraryPath);

  // Import --------------------------------------------------------------------------------------
  log('Importing…');
  const backend = new Backend({ libraryPath });
  await backend.call('library.init', { demo: false });
  const i0 = performance.now();
  const report = await backend.call('library.import', { path: meta.dataFile });
  const importMs = performance.now() - i0;
  const rssAfterImport = peakRss();
  const info = await backend.call('library.info', {});
  backend.close();
  log(`  ${ms(importMs)}`);
  for (const key of ['persons', 'cases', 'events', 'sources', 'snippets'] as const) {
    if (info.counts[key] !== meta.counts[key] || report[key].created !== meta.counts[key]) {
      throw new Error(
        `import made ${info.counts[key]} ${key} (${report[key].created} created), expected ${meta.counts[key]}`,
      );
    }
  }

  // Size ----------------------------------------------------------------------------------------
  const libraryBytes = fileSize(libraryPath) + fileSize(`${libraryPath}-wal`);
  const space = spaceByObject(libraryPath);

  // Open ----------------------------------------------------------------------------------------
  log('Opening…');
  const openOnce = (skipQuickCheck: boolean): number => {
    const t0 = performance.now();
    const lib = openLibrary(libraryPath, { skipQuickCheck });
    lib.close();
    return performance.now() - t0;
  };
  const quickCheckOnce = (): number => {
    const db = new Database(libraryPath, { readonly: true });
    try {
      const t0 = performance.now();
      db.pragma('quick_check');
      return performance.now() - t0;
    } finally {
      db.close();
    }
  };
  // What the app does: the backend opens the library on its first call, then brings statuses
  // up to today (a no-op when that already ran today).
  const backendOpenOnce = (): number => {
    const t0 = performance.now();
    const b = new Backend({ libraryPath });
    b.library();
    b.close();
    return performance.now() - t0;
  };
  for (let i = 0; i < 2; i++) {
    openOnce(false);
    openOnce(true);
    backendOpenOnce();
  }
  const openFull: number[] = [];
  const openSkip: number[] = [];
  const quickCheck: number[] = [];
  const backendOpen: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    openFull.push(openOnce(false));
    openSkip.push(openOnce(true));
    quickCheck.push(quickCheckOnce());
    backendOpen.push(backendOpenOnce());
  }
  const openFullS = summarise(openFull);
  const openSkipS = summarise(openSkip);
  const quickCheckS = summarise(quickCheck);
  const backendOpenS = summarise(backendOpen);
  log(`  median ${ms(openFullS.p50)}, without quick_check ${ms(openSkipS.p50)}`);

  // Search --------------------------------------------------------------------------------------
  log('Searching…');
  const classes = queryClasses(meta, seed);
  const searcher = new Backend({ libraryPath });
  await searcher.call('library.info', {});
  const counter = new Database(libraryPath, { readonly: true });
  const countStmt = counter
    .prepare('SELECT count(*) FROM search_fts WHERE search_fts MATCH ?')
    .pluck();
  const search = await runSearch(searcher, classes, (q) =>
    Number(countStmt.get(matchExpression(parseQuery(q), {}))),
  );
  counter.close();
  const rssDuringSearch = process.memoryUsage().rss;
  searcher.close();

  const peak = peakRss();

  log('Searching with raw FTS5 (the same queries)…');
  const raw = runRawSearch(libraryPath, search);

  // Breakdowns ----------------------------------------------------------------------------------
  let importPhases: ImportBreakdown | null = null;
  let searchPhases: SearchBreakdownRow[] | null = null;
  if (breakdown) {
    log('Breakdown: search phases…');
    searchPhases = searchBreakdown(libraryPath, classes);
    log('Breakdown: import phases (a second import)…');
    importPhases = importBreakdown(meta.dataFile, join(benchDir(), `library-s${scale}-phases.db`));
  }

  // Documents -----------------------------------------------------------------------------------
  const documents = only === 'all' ? runDocuments() : null;
  const cli = only === 'all' ? runCliStartup() : null;
  // On a copy of the library just imported (the window part adds a case to its copy).
  const ui = only === 'all' ? runUi(meta, libraryPath) : null;
  const editor = only === 'all' ? runEditor() : null;
  const totalSeconds = (performance.now() - started) / 1000;

  // Report --------------------------------------------------------------------------------------
  const scaleNote = scale === 1 ? 'full scale' : `scale ${scale} (NOT full scale)`;
  const rows: string[][] = [
    [
      'import (library.import, whole file)',
      ms(importMs),
      `< ${TARGETS.importMs / 1000} s`,
      pass(importMs < TARGETS.importMs),
    ],
    [
      `open + close as the app opens (header check; full quick_check only up to 64 MB), median (${OPENS} opens)`,
      ms(openFullS.p50),
      `< ${TARGETS.openMs} ms`,
      pass(openFullS.p50 < TARGETS.openMs),
    ],
    [
      `open + close as the app opens, p95`,
      ms(openFullS.p95),
      `< ${TARGETS.openMs} ms`,
      pass(openFullS.p95 < TARGETS.openMs),
    ],
    [
      'open (skipQuickCheck) + close, median / p95',
      `${ms(openSkipS.p50)} / ${ms(openSkipS.p95)}`,
      '–',
      'info',
    ],
    [
      'Backend open (openLibrary + refreshStatuses) + close, median / p95',
      `${ms(backendOpenS.p50)} / ${ms(backendOpenS.p95)}`,
      '–',
      'info',
    ],
    [
      'PRAGMA quick_check alone (library.check runs it in a worker), median / p95',
      `${ms(quickCheckS.p50)} / ${ms(quickCheckS.p95)}`,
      '–',
      'info',
    ],
    ...search.map((r) => [
      `search p95: ${r.cls.label} (p50 ${ms(r.time.p50)})`,
      ms(r.time.p95),
      `< ${TARGETS.searchP95Ms} ms`,
      pass(r.time.p95 < TARGETS.searchP95Ms),
    ]),
    ['library file size', mb(libraryBytes), '–', 'info'],
    ['peak RSS after the import', mb(rssAfterImport), '–', 'info'],
    ['peak RSS, import + open + search', mb(peak), '–', 'info'],
    ['RSS while searching (same process, after the import)', mb(rssDuringSearch), '–', 'info'],
  ];

  const head = ['Measure', 'Result', 'Target', ''];
  process.stdout.write(
    `\nDossier benchmark, ${scaleNote}: ${int(meta.counts.persons)} persons, ${int(meta.counts.cases)} cases, ${int(meta.counts.events)} events, ${int(meta.counts.sources)} sources, ${int(meta.counts.snippets)} snippets\n\n`,
  );
  process.stdout.write(`${textTable(head, rows)}\n\n`);
  const searchHead = [
    'Query class',
    'queries (distinct)',
    'p50',
    'p95',
    'p99',
    'max',
    'results (mean)',
    'person found',
    'matching rows (median / max)',
  ];
  const searchRows = search.flatMap((r) => [
    [
      r.cls.label,
      `${r.cls.queries.length} (${r.distinct})`,
      ms(r.time.p50),
      ms(r.time.p95),
      ms(r.time.p99),
      ms(r.time.max),
      r.meanResults.toFixed(1),
      r.found === null ? '–' : `${r.found}/${r.expected}`,
      `${int(r.matches.p50)} / ${int(r.matches.max)}`,
    ],
    ...r.groups.map((g) => [
      `  · ${g.name}`,
      String(g.time.n),
      ms(g.time.p50),
      ms(g.time.p95),
      ms(g.time.p99),
      ms(g.time.max),
      '',
      '',
      '',
    ]),
  ]);
  process.stdout.write(`${textTable(searchHead, searchRows)}\n\n`);
  process.stdout.write(
    `Search against raw FTS5 (same queries, same index)\n\n${textTable(RAW_HEAD, rawRows(raw))}\n\n`,
  );
  if (documents !== null) printDocuments(documents);
  if (cli !== null) printCli(cli);
  if (ui !== null) printUi(ui);
  if (editor !== null) printEditor(editor);

  const machine = machineLines();
  const sizes = markdownTable(
    ['Entries', 'Count'],
    [
      [
        'persons',
        `${int(meta.counts.persons)} (${int(meta.aliases)} aliases: English and Cyrillic spellings)`,
      ],
      [
        'cases',
        `${int(meta.counts.cases)} (${int(meta.charges)} charges, ${int(meta.applications)} ECtHR applications)`,
      ],
      [
        'events',
        `${int(meta.counts.events)} (${Object.entries(meta.eventTypes)
          .sort((a, b) => b[1] - a[1])
          .map(([t, n]) => `${t} ${int(n)}`)
          .join(', ')})`,
      ],
      ['sources', int(meta.counts.sources)],
      [
        'snippets',
        `${int(meta.counts.snippets)} (${meta.snippetWords.min}–${meta.snippetWords.max} words, mean ${meta.snippetWords.mean}; ${int(meta.snippetWords.total)} words in all)`,
      ],
      [
        'exchange file',
        `${mb(meta.bytes)} (generated in ${genSeconds.toFixed(1)} s; seed "${seed}", generator v${meta.generatorVersion})`,
      ],
    ],
  );

  const md: string[] = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (bench/run.ts) on ${dateUtc()}, at **${scaleNote}**; the whole run took ${totalSeconds.toFixed(0)} s.`,
    '',
    ...busyWarning(),
    '## Machine',
    '',
    ...machine,
    '',
    '## Synthetic library',
    '',
    'Deterministic (bench/generate.ts): Azerbaijani names in Azerbaijani Latin, with English and Russian',
    'spellings as aliases; snippets of English advocacy prose from sentence templates.',
    '',
    sizes,
    '',
    '## Results',
    '',
    markdownTable(head, rows),
    '',
    'Opens are warm (the file is in the OS page cache): 2 warm-up opens, then each figure over',
    `${OPENS} opens. Search goes through \`backend.call('search.query', { query, limit: 20 })\`, after a`,
    `warm-up of ${WARMUP_PER_CLASS} queries per class.`,
    '',
    '## Search by query class',
    '',
    markdownTable(searchHead, searchRows),
    '',
    '"Person found": the searched person is among the 20 results (typed names: once the whole name is typed).',
    '"Matching rows": how many index rows the query matches. Search ranks (bm25) at most the newest',
    `${RANKED_CANDIDATES} of them (store/search/search.ts, RANKED_CANDIDATES).`,
    '',
    '## Search against raw FTS5',
    '',
    'The same queries on the same index, in the same run: Dossier (`search.query` through the',
    'backend, as above) against FTS5 alone, on its own connection after the same warm-up, with the',
    'MATCH expression Dossier builds (core/search/query.ts) ranked by plain bm25:',
    '',
    `    ${RAW_FTS}`,
    '',
    'The raw query returns 20 rowids. Dossier also validates the call, ranks the newest',
    `${RANKED_CANDIDATES} matches with title and kind weights, joins the items, checks one-letter words and`,
    'cuts excerpts with highlights (`BENCH_BREAKDOWN=1` shows how the time divides).',
    '',
    markdownTable(RAW_HEAD, rawRows(raw)),
    '',
  ];
  if (space !== null) {
    md.push(
      '## Library file',
      '',
      `${mb(libraryBytes)} in all. The largest tables and indexes (dbstat):`,
      '',
      markdownTable(
        ['Object', 'Size', 'Share'],
        space
          .slice(0, 10)
          .map((s) => [
            s.name,
            mb(s.bytes),
            `${((100 * s.bytes) / Math.max(1, libraryBytes)).toFixed(0)} %`,
          ]),
      ),
      '',
    );
  }
  if (importPhases !== null) {
    const p = importPhases;
    const phases: [string, number][] = [
      ['read + JSON.parse', p.readMs],
      ['validate (zod) + derive ids', p.validateMs],
      ['write rows', p.rowsMs],
      ...p.applyMs.map((v, i): [string, number] => [
        `apply changes${p.applyMs.length > 1 ? ` #${i + 1}` : ''} (statuses + search index)`,
        v,
      ]),
      ['commit', p.commitMs],
    ];
    const total = phases.reduce((sum, [, v]) => sum + v, 0);
    md.push(
      '## Import phases (BENCH_BREAKDOWN=1)',
      '',
      'A second import of the same file into a fresh library, timed phase by phase (the same steps as',
      'the `library.import` handler and `Backend.write`).',
      '',
      markdownTable(
        ['Phase', 'Time', 'Share'],
        [
          ...phases.map(([name, v]) => [name, ms(v), `${((100 * v) / total).toFixed(0)} %`]),
          ['total', ms(total), ''],
        ],
      ),
      '',
    );
  }
  if (searchPhases !== null) {
    md.push(
      '## Search phases (BENCH_BREAKDOWN=1)',
      '',
      'The same queries: the FTS5 ranking query alone (RANKED_MATCHES of store/search/search.ts), and',
      '`searchIndex` (that query, the join, titles and excerpts), called directly, after one warm-up pass.',
      '',
      markdownTable(
        ['Query class', 'FTS only p50 / p95', 'searchIndex p50 / p95'],
        searchPhases.map((r) => [
          r.key,
          `${ms(r.ftsOnly.p50)} / ${ms(r.ftsOnly.p95)}`,
          `${ms(r.searchIndex.p50)} / ${ms(r.searchIndex.p95)}`,
        ]),
      ),
      '',
    );
  }
  // The document part does not depend on the scale: a library-only run keeps the last figures.
  const documentsSection =
    documents !== null
      ? documentsMarkdown(documents, runWhen('npm run bench', 'full run'))
      : existingSection('## Documents');
  if (documentsSection !== null) md.push(documentsSection.trimEnd(), '');
  const cliSection =
    cli !== null ? cliMarkdown(cli, runWhen('npm run bench')) : existingSection('## CLI start-up');
  if (cliSection !== null) md.push(cliSection.trimEnd(), '');
  const uiSection =
    ui !== null
      ? uiMarkdown(
          ui,
          runWhen('npm run bench', scale === 1 ? 'full run' : `scale ${scale}, NOT full scale`),
          cpuLine(),
          busyWarning(),
        )
      : existingSection(UI_HEADING);
  if (uiSection !== null) md.push(uiSection.trimEnd(), '');
  const editorSection =
    editor !== null
      ? editorMarkdown(editor, runWhen('npm run bench', 'full run'), cpuLine(), busyWarning())
      : existingSection(EDITOR_HEADING);
  if (editorSection !== null) md.push(editorSection.trimEnd(), '');
  md.push(howToRun());
  writeFileSync(BENCHMARKS, md.join('\n'));
  if (importPhases !== null || searchPhases !== null) {
    process.stdout.write(`Phase breakdowns are in BENCHMARKS.md.\n`);
  }
  process.stdout.write(`Wrote BENCHMARKS.md (${scaleNote}).\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
