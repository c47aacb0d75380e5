import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend';
import { api, type MethodName } from '../../src/shared/api';
import type {
  CaseEvent,
  CaseRecord,
  DocumentRecord,
  ForumProfile,
  Organisation,
  Person,
  RichContent,
  Snippet,
  Source,
  TemplateRecord,
} from '../../src/shared/domain';
import { demoBackend, tempDir } from '../helpers';
import { mutateContent, randomNode, type KnownIds } from '../fuzz/content';
import { contentHash, totalChanges } from '../fuzz/fingerprint';
import { describe as describeInput, Harness } from '../fuzz/harness';
import { knownHostileInputs } from '../fuzz/regressions';
import { clone, mutate, mutateBytes, nastyLike, places, uuidFrom } from '../fuzz/mutate';
import { Rng } from '../fuzz/random';
import {
  anyValue,
  BAD_DATES,
  BAD_UUIDS,
  dangerousKeyed,
  deep,
  deepNodeJson,
  hugeString,
  ODD_STRINGS,
} from '../fuzz/values';

/**
 * Issue "Trust", item 3: thousands of random and mutated API payloads, documents, library
 * exchange files and .dossier.json files against a demo library. Whatever comes in, the backend
 * answers with an envelope — never a crash (`internal`) — every error has a one-line message, and
 * a rejected call writes nothing (the library's rows hash the same; no file where an export was
 * refused). Deterministic: a fixed seed per test (FUZZ_SEED overrides it to explore further).
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_128);
/** Above this, a table cell's colSpan makes docx/PDF export allocate per column: 10⁶ aborts the process. */
const SAFE_COLSPAN = 1000;

/** What the demo library holds, as seeds for valid-looking params. */
interface Library {
  persons: Person[];
  organisations: Organisation[];
  cases: CaseRecord[];
  events: CaseEvent[];
  sources: Source[];
  snippets: Snippet[];
  forums: ForumProfile[];
  templates: TemplateRecord[];
  documents: DocumentRecord[];
  ids: KnownIds;
}

const byText =
  <T>(key: (t: T) => string) =>
  (a: T, b: T): number =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

async function load(b: Backend): Promise<Library> {
  const persons = (await b.call('persons.list', {})).sort(byText((p) => p.name));
  const organisations = (await b.call('organisations.list', {})).sort(byText((o) => o.name));
  const cases = (await b.call('cases.list', {})).sort(byText((c) => c.title));
  const events: CaseEvent[] = [];
  for (const c of cases) events.push(...(await b.call('cases.get', { id: c.id })).events);
  const sources = (await b.call('sources.list', {})).sort(byText((s) => s.title));
  const snippets = (await b.call('snippets.list', {})).sort(byText((s) => s.title));
  const forums = (await b.call('forums.list', {})).sort(byText((f) => f.key));
  const templates = (await b.call('templates.list', {})).sort(byText((t) => t.name));
  const documents: DocumentRecord[] = [];
  for (const d of (await b.call('documents.list', {})).sort(byText((x) => x.title))) {
    documents.push(await b.call('documents.get', { id: d.id }));
  }
  return {
    persons,
    organisations,
    cases,
    events,
    sources,
    snippets,
    forums,
    templates,
    documents,
    ids: {
      persons: persons.map((p) => p.id),
      cases: cases.map((c) => c.id),
      sources: sources.map((s) => s.id),
      snippets: snippets.map((s) => s.id),
      organisations: organisations.map((o) => o.id),
      documents: documents.map((d) => d.id),
    },
  };
}

/** The largest colSpan of a table cell in the library's documents, snippets and templates. */
function libraryColSpan(b: Backend): number {
  const db = b.library().db;
  let max = 0;
  for (const table of ['documents', 'snippets', 'templates']) {
    for (const text of db.prepare(`SELECT content FROM ${table}`).pluck().all() as string[]) {
      if (!text.includes('colSpan')) continue;
      const stack: unknown[] = [JSON.parse(text)];
      while (stack.length > 0) {
        const node = stack.pop();
        if (typeof node !== 'object' || node === null) continue;
        const n = node as { type?: unknown; colSpan?: unknown };
        if (n.type === 'tablecell' && typeof n.colSpan === 'number') max = Math.max(max, n.colSpan);
        stack.push(...Object.values(node));
      }
    }
  }
  return max;
}

/**
 * Whether exporting to docx or PDF would be slow beyond a test's means: a document or snippet of
 * more than 150 kB (PDF layout of one long paragraph grows with its square: 400 kB take 16 s), or
 * a colSpan export cannot afford.
 */
function heavy(b: Backend): boolean {
  const db = b.library().db;
  const size = db
    .prepare(
      'SELECT max((SELECT max(length(content)) FROM documents), (SELECT max(length(content)) FROM snippets))',
    )
    .pluck()
    .get() as number;
  return size > 150_000 || libraryColSpan(b) > SAFE_COLSPAN;
}

/** A name for a file in `dir` from any string (no separators: it stays in `dir`). */
function inside(dir: string, name: unknown): string {
  let s = typeof name === 'string' ? name : String(name);
  s = s.replace(/[/\\]/g, '_');
  if (s === '' || s === '.' || s === '..') s = `_${s}`;
  return join(dir, s);
}

const PATH_METHODS = new Set<string>([
  'library.import',
  'library.export',
  'library.backup',
  'library.restore',
  'documents.export',
  'documents.import',
]);
const WRITING_METHODS = new Set<string>(['library.export', 'library.backup', 'documents.export']);

/**
 * Keeps every file path a case names inside the fuzz folder, whatever the mutation made of it:
 * a relative or absolute path elsewhere becomes a file of the same (flattened) name in `dir`.
 */
function confine(
  method: string,
  params: unknown,
  dir: string,
): { params: unknown; writes: string[] } {
  if (
    !PATH_METHODS.has(method) ||
    typeof params !== 'object' ||
    params === null ||
    Array.isArray(params)
  ) {
    return { params, writes: [] };
  }
  const p = params as Record<string, unknown>;
  const path = p.path;
  if (
    typeof path === 'string' &&
    !(path.startsWith(`${dir}/`) && !path.slice(dir.length).includes('/..'))
  ) {
    Object.defineProperty(p, 'path', {
      value: inside(dir, `x-${path.length > 200 ? `${path.slice(0, 200)}…` : path}`),
      enumerable: true,
      configurable: true,
      writable: true,
    });
  }
  const writes = WRITING_METHODS.has(method) && typeof p.path === 'string' ? [p.path] : [];
  return { params: p, writes };
}

class Files {
  private n = 0;
  constructor(readonly dir: string) {}
  fresh(ext: string): string {
    this.n += 1;
    return join(this.dir, `out-${this.n}.${ext}`);
  }
  write(ext: string, data: string | Uint8Array): string {
    const path = this.fresh(ext);
    writeFileSync(path, data);
    return path;
  }
}

/** Params a caller could well send for `method`, built from what the library holds. */
/** What the API round knows of the library's passphrase (once an encrypt was accepted). */
interface KeyState {
  key: string | null;
}

const PASSPHRASE = 'correct horse battery staple';

function seedParams(
  rng: Rng,
  method: MethodName,
  lib: Library,
  files: Files,
  fixtures: Fixtures,
  keys: KeyState,
): unknown {
  const anyId = (): string =>
    rng.weighted<() => string>([
      [3, () => rng.pick(Object.values(lib.ids).flat())],
      [1, () => uuidFrom(rng)],
    ])();
  const pickOr = <T extends { id: string }>(items: T[]): string =>
    items.length > 0 && rng.chance(0.8) ? rng.pick(items).id : anyId();
  const asOf = (): string | undefined =>
    rng.pick([undefined, '2014-12-05', '2016-05-25', '2026-11-01', '1990-01-01', '2099-12-31']);
  switch (method) {
    case 'library.init':
      return rng.chance(0.7)
        ? { demo: rng.chance(0.5) }
        : { demo: true, encrypted: true, passphrase: PASSPHRASE };
    case 'library.lock':
      return {};
    case 'library.unlock':
      return { passphrase: rng.chance(0.7) ? (keys.key ?? PASSPHRASE) : 'not the passphrase' };
    case 'library.encrypt':
      return { passphrase: PASSPHRASE, keepPlainCopy: rng.chance(0.5) };
    case 'library.changePassphrase':
      return {
        passphrase: rng.chance(0.7) ? (keys.key ?? PASSPHRASE) : 'not the passphrase',
        newPassphrase: rng.pick(['another long passphrase', PASSPHRASE, 'short']),
      };
    case 'library.info':
    case 'library.check':
    case 'persons.list':
    case 'persons.caseCounts':
    case 'organisations.list':
    case 'sources.list':
    case 'forums.list':
    case 'templates.list':
    case 'documents.list':
      return rng.chance(0.8) ? {} : undefined;
    case 'library.import':
      return { path: rng.pick(fixtures.exchangeFiles) };
    case 'documents.import':
      return { path: rng.pick(fixtures.documentFiles) };
    case 'library.export':
      return { path: files.fresh('json') };
    case 'library.backup':
      return { path: files.fresh('db') };
    case 'library.restore':
      return {
        path: rng.pick(fixtures.garbageFiles),
        ...(rng.chance(0.3) ? { passphrase: PASSPHRASE } : {}),
      };
    case 'search.query':
      return {
        query: rng.pick([
          'Khadija',
          'Leyla Yunus',
          'journalist',
          'Azerbaijan 2014',
          'ECHR',
          'tax evasion',
          'x',
        ]),
        ...(rng.chance(0.4) ? { kinds: [rng.pick(['person', 'case', 'snippet', 'source'])] } : {}),
        ...(rng.chance(0.2) ? { country: ['AZ'] } : {}),
        ...(rng.chance(0.2) ? { status: ['imprisoned', 'released'] } : {}),
        ...(rng.chance(0.2) ? { tag: ['upr'] } : {}),
        ...(rng.chance(0.2) ? { forum: ['upr-stakeholder'] } : {}),
        ...(rng.chance(0.3) ? { limit: rng.int(1, 500) } : {}),
      };
    case 'persons.get':
    case 'persons.delete':
      return { id: pickOr(lib.persons) };
    case 'persons.save':
      return { person: rng.chance(0.8) ? clone(rng.pick(lib.persons)) : { name: 'Fuzz Person' } };
    case 'organisations.get':
    case 'organisations.delete':
      return { id: pickOr(lib.organisations) };
    case 'organisations.save':
      return {
        organisation: rng.chance(0.8) ? clone(rng.pick(lib.organisations)) : { name: 'Fuzz Org' },
      };
    case 'persons.summaries':
      return rng.chance(0.5) ? {} : { limit: rng.int(1, 5), offset: rng.int(0, 5) };
    case 'cases.list':
      return {
        ...(rng.chance(0.5) ? { status: ['imprisoned'] } : {}),
        ...(rng.chance(0.5) ? { personId: pickOr(lib.persons) } : {}),
      };
    case 'cases.summaries':
      return {
        ...(rng.chance(0.5) ? { status: ['imprisoned'] } : {}),
        ...(rng.chance(0.5) ? { personId: pickOr(lib.persons) } : {}),
        ...(rng.chance(0.3) ? { limit: rng.int(1, 5), offset: rng.int(0, 5) } : {}),
      };
    case 'cases.get':
    case 'cases.facts':
      return { id: pickOr(lib.cases), ...(rng.chance(0.5) ? { asOf: asOf() } : {}) };
    case 'cases.delete':
      return { id: pickOr(lib.cases) };
    case 'cases.save':
      return {
        case: rng.chance(0.8)
          ? clone(rng.pick(lib.cases))
          : { title: 'Fuzz case', personIds: [pickOr(lib.persons)] },
      };
    case 'events.save':
      return {
        event: rng.chance(0.8)
          ? clone(rng.pick(lib.events))
          : {
              caseId: pickOr(lib.cases),
              date: '2016-05',
              type: 'other',
              sources: [{ sourceId: pickOr(lib.sources) }],
            },
      };
    case 'events.delete':
      return { id: pickOr(lib.events) };
    case 'sources.get':
    case 'sources.delete':
      return { id: pickOr(lib.sources) };
    case 'sources.save':
      return {
        source: rng.chance(0.8)
          ? clone(rng.pick(lib.sources))
          : { title: 'Fuzz source', url: 'https://example.org/' },
      };
    case 'snippets.list':
      return {
        ...(rng.chance(0.3) ? { kind: 'background' } : {}),
        ...(rng.chance(0.3) ? { tag: 'upr' } : {}),
        ...(rng.chance(0.3) ? { caseId: pickOr(lib.cases) } : {}),
      };
    case 'snippets.get':
    case 'snippets.revisions':
    case 'snippets.usedIn':
    case 'snippets.delete':
      return { id: pickOr(lib.snippets) };
    case 'snippets.save':
      return { snippet: clone(rng.pick(lib.snippets)) };
    case 'forums.get':
      return { id: rng.chance(0.7) ? rng.pick(lib.forums).key : rng.pick(lib.forums).id };
    case 'forums.update': {
      const f = rng.pick(lib.forums);
      return { id: f.key, settings: clone(f.settings) };
    }
    case 'templates.get':
      return { id: pickOr(lib.templates) };
    case 'templates.save': {
      const t = clone(rng.pick(lib.templates));
      return {
        template: {
          ...(rng.chance(0.7) ? { id: t.id } : {}),
          name: t.name,
          description: t.description,
          forumKey: t.forumKey,
          document: t.document,
          content: t.content,
        },
      };
    }
    case 'documents.get':
    case 'documents.delete':
      return { id: pickOr(lib.documents) };
    case 'documents.create':
      return {
        title: rng.pick(['New submission', 'x', 'Joint statement']),
        ...(rng.chance(0.6) ? { templateId: pickOr(lib.templates) } : {}),
        ...(rng.chance(0.3) ? { forumKey: rng.pick(lib.forums).key } : {}),
        ...(rng.chance(0.3) ? { asOf: asOf() } : {}),
      };
    case 'documents.save':
      return { document: clone(rng.pick(lib.documents)) };
    case 'documents.check':
      return {
        id: pickOr(lib.documents),
        ...(rng.chance(0.5) ? { asOf: asOf() } : {}),
        ...(rng.chance(0.5) ? { format: rng.pick(['docx', 'pdf', 'html']) } : {}),
      };
    case 'documents.export': {
      const format = rng.weighted<string>([
        [4, 'html'],
        [4, 'dossier'],
        [1, 'docx'],
        [1, 'pdf'],
      ]);
      return {
        id: pickOr(lib.documents),
        format,
        path: files.fresh(format === 'dossier' ? 'dossier.json' : format),
        ...(rng.chance(0.3) ? { asOf: asOf() } : {}),
        ...(rng.chance(0.5) ? { force: rng.chance(0.5) } : {}),
      };
    }
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Sets `value` at a random place inside `root` to refer back to an ancestor: a cycle. */
function withCycle(rng: Rng, root: unknown): unknown {
  if (typeof root !== 'object' || root === null) return root;
  const containers = places(root).filter((p) => {
    let v: unknown = root;
    for (const k of p) v = (v as Record<string | number, unknown>)[k];
    return typeof v === 'object' && v !== null;
  });
  const path = rng.pick(containers);
  let host: unknown = root;
  for (const k of path) host = (host as Record<string | number, unknown>)[k];
  const h = host as Record<string | number, unknown> | unknown[];
  if (Array.isArray(h)) h.push(root);
  else h[rng.pick(['children', 'content', 'self', 'aliases', 'name'])] = rng.chance(0.5) ? root : h;
  return root;
}

/** One API case for `method`: a seed as is, mutated, randomised, or wrapped in the wrong shape. */
function apiParams(
  rng: Rng,
  method: MethodName,
  lib: Library,
  files: Files,
  fixtures: Fixtures,
  keys: KeyState,
): unknown {
  const seed = seedParams(rng, method, lib, files, fixtures, keys);
  const strategy = rng.weighted<string>([
    [2, 'valid'],
    [10, 'mutated'],
    [3, 'random-fields'],
    [1, 'anything'],
    [2, 'wrapped'],
    [1, 'cycle'],
  ]);
  switch (strategy) {
    case 'valid':
      return seed;
    case 'mutated':
      return mutate(rng, seed, 3);
    case 'random-fields': {
      if (typeof seed !== 'object' || seed === null) return anyValue(rng);
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(seed)) out[k] = rng.chance(0.5) ? nastyLike(rng, v) : v;
      return out;
    }
    case 'anything':
      return anyValue(rng);
    case 'cycle':
      return withCycle(rng, clone(seed));
    default:
      return rng.pick<() => unknown>([
        () => [seed],
        () => null,
        () => JSON.stringify(seed),
        () => 42,
        () => ({ params: seed }),
        () => dangerousKeyed(rng, (seed ?? {}) as Record<string, unknown>),
        () => deep(10_000, 'object'),
        () => ({ ...(seed as object), extra: hugeString() }),
        () => Object.assign(Object.create(null) as object, seed),
      ])();
  }
}

interface Fixtures {
  /** Real files to import: the demo library's own export, parts of it, and its documents. */
  exchangeFiles: string[];
  documentFiles: string[];
  /** Files that are not a library backup (for restore). */
  garbageFiles: string[];
  exchangeText: string;
  documentTexts: string[];
  backupBytes: Uint8Array;
}

async function makeFixtures(b: Backend, dir: string): Promise<Fixtures> {
  mkdirSync(dir, { recursive: true });
  const exchange = join(dir, 'demo-library.json');
  await b.call('library.export', { path: exchange });
  const exchangeText = readFileSync(exchange, 'utf8');
  const full = JSON.parse(exchangeText) as Record<string, unknown>;
  const parts = ['persons', 'organisations', 'cases', 'events', 'sources', 'snippets'].map(
    (section) => {
      const path = join(dir, `demo-${section}.json`);
      writeFileSync(
        path,
        JSON.stringify({ format: full.format, version: full.version, [section]: full[section] }),
      );
      return path;
    },
  );
  const documentTexts: string[] = [];
  const documentFiles: string[] = [];
  const docs = (await b.call('documents.list', {})).sort(byText((d) => d.title));
  for (const [i, d] of docs.entries()) {
    const path = join(dir, `demo-document-${i}.dossier.json`);
    await b.call('documents.export', { id: d.id, format: 'dossier', path });
    documentFiles.push(path);
    documentTexts.push(readFileSync(path, 'utf8'));
  }
  const backup = join(dir, 'demo-backup.db');
  await b.call('library.backup', { path: backup });
  const backupBytes = new Uint8Array(readFileSync(backup));
  const garbage = (name: string, data: string | Uint8Array): string => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  };
  const header = backupBytes.slice();
  header[68] = 0x12; // another application id
  const pageSize = backupBytes.slice();
  pageSize[16] = 0x03; // an impossible page size
  const future = backupBytes.slice();
  future[60] = 0x7f; // user_version far in the future
  const garbageFiles = [
    join(dir, 'no-such-backup.db'),
    dir,
    exchange,
    garbage('empty.db', ''),
    garbage('text.db', 'not a database at all\n'),
    garbage('truncated-header.db', backupBytes.slice(0, 50)),
    garbage('truncated-half.db', backupBytes.slice(0, Math.floor(backupBytes.length / 2) + 17)),
    garbage('truncated-page.db', backupBytes.slice(0, 4096 * 2)),
    garbage('other-app.db', header),
    garbage('page-size.db', pageSize),
    garbage('future.db', future),
  ];
  return {
    exchangeFiles: [exchange, ...parts],
    documentFiles,
    garbageFiles,
    exchangeText,
    documentTexts,
    backupBytes,
  };
}

let root: string;
let cwd: string;
const harnesses: Harness[] = [];
const started = performance.now();

beforeAll(() => {
  // Belt and braces: a path that escaped `confine` would land in a temporary folder, not the repo.
  root = mkdtempSync(join(tmpdir(), 'dossier-fuzz-'));
  cwd = process.cwd();
  process.chdir(root);
});

afterAll(() => {
  process.chdir(cwd);
  rmSync(root, { recursive: true, force: true });
  const all = harnesses.flatMap((h) => [h.report(), h.slowest()]).join('\n');
  const total = harnesses.reduce((s, h) => s + h.cases, 0);
  console.log(
    `fuzz (seed ${SEED}): ${total} cases in ${((performance.now() - started) / 1000).toFixed(1)} s\n${all}`,
  );
});

/** Fails the test with every distinct problem the harness found, each with an input that shows it. */
function expectNoProblems(h: Harness): void {
  for (const path of h.strayPartials()) {
    h.problem({
      category: 'files',
      kind: 'file-on-reject',
      method: '(any)',
      message: `a half-written file was left behind: ${JSON.stringify(path.slice(h.dir.length + 1))}`,
      input: '',
    });
  }
  const problems = [...h.problems.values()];
  for (const p of problems) {
    console.log(
      `PROBLEM ${p.kind} in ${p.method} [${p.category}] ×${p.count}: ${p.message.slice(0, 400)}\n  input: ${p.input}`,
    );
  }
  expect(
    problems.map(
      (p) =>
        `${p.kind} ${p.method} ×${p.count}: ${p.message.slice(0, 200)} — input: ${p.input.slice(0, 300)}`,
    ),
  ).toEqual([]);
}

/** Remembers documents and snippets whose colSpan export cannot afford (reported as problems). */
function checkRenderable(
  h: Harness,
  category: string,
  method: string,
  params: unknown,
  known: { max: number },
): void {
  const span = libraryColSpan(h.backend);
  if (span > SAFE_COLSPAN && span > known.max) {
    h.problem({
      category,
      kind: 'unsafe-output',
      method,
      message: `accepted content with a table cell colSpan of ${span}: exporting it to docx or PDF allocates per column (colSpan 10⁶ aborts the process, heap out of memory)`,
      input: describeInput(params),
    });
  }
  known.max = Math.max(known.max, span);
}

describe('fuzz: the backend never crashes and never writes on rejected input', () => {
  it('the fingerprint sees a write, and a rolled-back write as no change', async () => {
    const b = await demoBackend();
    const db = b.library().db;
    const before = { changes: totalChanges(db), hash: contentHash(db) };
    const [person] = await b.call('persons.list', {});
    // A successful save changes the rows.
    await b.call('persons.save', { person: { ...person!, notes: 'fuzz was here' } });
    expect(totalChanges(db)).toBeGreaterThan(before.changes);
    const afterSave = contentHash(db);
    expect(afterSave).not.toBe(before.hash);
    // An import that fails on its last entry has written the first ones, then rolled back.
    const dir = tempDir();
    const path = join(dir, 'half.json');
    writeFileSync(
      path,
      JSON.stringify({
        format: 'dossier-library',
        version: 1,
        persons: [{ name: 'Written then rolled back' }],
        cases: [{ title: 'Nobody', personIds: ['11111111-2222-4333-8444-555555555555'] }],
      }),
    );
    const changes = totalChanges(db);
    const r = await b.dispatch('library.import', { path }, 'cli');
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(totalChanges(db)).toBeGreaterThan(changes);
    expect(contentHash(db)).toBe(afterSave);
  });

  it('the harness reports a crash, a write on rejection, a file left behind and a bad message', async () => {
    const b = await demoBackend();
    const dir = tempDir();
    const h = new Harness(b, dir);
    const [person] = await b.call('persons.list', {});
    const real = b.dispatch.bind(b);
    // A backend that misbehaves in each way the harness checks.
    b.dispatch = async (method: string, params: unknown) => {
      if (method === 'fake.writeThenFail') {
        await b.call('persons.save', { person: { ...person!, notes: 'written anyway' } });
        return { ok: false, error: { code: 'invalid_input', message: 'Refused.' } };
      }
      if (method === 'fake.fileThenFail') {
        writeFileSync((params as { path: string }).path, 'half');
        return { ok: false, error: { code: 'io', message: 'Could not write.' } };
      }
      if (method === 'fake.twoLines')
        return { ok: false, error: { code: 'invalid_input', message: 'one\ntwo' } };
      if (method === 'fake.crash')
        return real(
          'persons.get',
          {
            get id(): string {
              throw new Error('boom');
            },
          },
          'cli',
        );
      return real(method, params, 'cli');
    };
    await h.send('self', 'fake.writeThenFail', {});
    await h.send(
      'self',
      'fake.fileThenFail',
      { path: join(dir, 'x.html') },
      { writes: [join(dir, 'x.html')] },
    );
    await h.send('self', 'fake.twoLines', {});
    await h.send('self', 'fake.crash', {});
    await h.send('self', 'persons.get', { id: 'not-an-id' });
    expect([...h.problems.values()].map((p) => `${p.kind} ${p.method}`).sort()).toEqual([
      'bad-message fake.twoLines',
      'crash fake.crash',
      'file-on-reject fake.fileThenFail',
      'wrote-on-reject fake.writeThenFail',
    ]);
  });

  it('known hostile inputs: one of each that broke the backend once', async () => {
    const dir = join(root, 'known');
    mkdirSync(dir);
    const b = await demoBackend();
    const h = new Harness(b, dir);
    harnesses.push(h);
    const lib = await load(b);
    const spans = { max: 0 };
    for (const c of knownHostileInputs(
      dir,
      lib.documents[0] as DocumentRecord,
      lib.snippets[0] as Snippet,
    )) {
      const r = await h.send('known', c.method, c.params, {
        writes: c.writes ?? [],
        label: c.what,
      });
      if (r.ok) checkRenderable(h, 'known', c.method, c.params, spans);
    }
    expectNoProblems(h);
  });

  it('API payloads: every method, random and mutated params', { timeout: 120_000 }, async () => {
    const rng = new Rng(SEED);
    const dir = join(root, 'api');
    mkdirSync(dir);
    const files = new Files(dir);
    let b = await demoBackend();
    const fixtures = await makeFixtures(b, join(dir, 'fixtures'));
    const h = new Harness(b, dir);
    harnesses.push(h);
    // Restore is fuzzed with files only (a real backup would legitimately replace the library).
    const methods = (Object.keys(api) as MethodName[]).filter((m) => m !== 'library.restore');
    const ROUNDS = 8;
    const PER_ROUND = 300;
    const spans = { max: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      if (round > 0) {
        b = await demoBackend();
        h.use(b);
        spans.max = 0;
      }
      const lib = await load(b);
      const keys: KeyState = { key: null };
      for (let i = 0; i < PER_ROUND; i++) {
        // Every method as often as every other; unknown method names now and then.
        const method = rng.chance(0.01)
          ? (rng.pick([
              '',
              'persons',
              'persons.nope',
              '__proto__',
              'constructor',
              'toString',
              'hasOwnProperty',
              'PERSONS.LIST',
              'persons.list\n',
            ]) as MethodName)
          : rng.pick(methods);
        const raw = apiParams(rng, method, lib, files, fixtures, keys);
        const { params, writes } = confine(method, raw, dir);
        if (method === 'library.check' && !rng.chance(0.1)) continue; // a worker thread each: keep few
        if (method === 'documents.export' && isObject(params) && heavy(b)) {
          if (params.format === 'pdf' || params.format === 'docx') params.format = 'html';
        }
        const r = await h.send('api', method, params, { writes });
        if (r.ok && /save|create|import|update/.test(method))
          checkRenderable(h, 'api', method, params, spans);
        // Follow the passphrase, and unlock after a lock so the round goes on with a library.
        if (r.ok && isObject(params) && method === 'library.encrypt')
          keys.key = params.passphrase as string;
        if (r.ok && isObject(params) && method === 'library.changePassphrase')
          keys.key = params.newPassphrase as string;
        if (r.ok && method === 'library.lock' && keys.key !== null) {
          await h.send('api', 'library.unlock', { passphrase: keys.key });
        }
      }
    }
    expectNoProblems(h);
  });

  it(
    'documents: mutated content trees through save, check and export',
    { timeout: 120_000 },
    async () => {
      const rng = new Rng(SEED + 1);
      const dir = join(root, 'documents');
      mkdirSync(dir);
      const files = new Files(dir);
      let b = await demoBackend();
      const h = new Harness(b, dir);
      harnesses.push(h);
      const ROUNDS = 5;
      const PER_ROUND = 120;
      for (let round = 0; round < ROUNDS; round++) {
        if (round > 0) {
          b = await demoBackend();
          h.use(b);
        }
        const lib = await load(b);
        const spans = { max: 0 };
        for (let i = 0; i < PER_ROUND; i++) {
          const base = rng.pick(lib.documents);
          const strategy = rng.weighted<string>([
            [6, 'content'],
            [2, 'content+fields'],
            [1, 'new'],
            [1, 'snippet'],
          ]);
          let method: MethodName = 'documents.save';
          let params: unknown;
          if (strategy === 'snippet') {
            // Snippets hold the same content: embed-worthy trees must be checked there too.
            const s = clone(rng.pick(lib.snippets));
            method = 'snippets.save';
            params = { snippet: { ...s, content: mutateContent(rng, s.content, lib.ids) } };
          } else {
            const doc: Record<string, unknown> = clone(base) as unknown as Record<string, unknown>;
            if (strategy === 'new') {
              delete doc.id;
              doc.content = {
                root: {
                  type: 'root',
                  version: 1,
                  children: Array.from({ length: rng.int(1, 6) }, () => randomNode(rng, lib.ids)),
                },
              };
            }
            if (strategy !== 'new' || rng.chance(0.5))
              doc.content = mutateContent(rng, doc.content as RichContent, lib.ids);
            params = { document: strategy === 'content+fields' ? mutate(rng, doc, 2) : doc };
            if (rng.chance(0.05))
              withCycle(rng, (params as { document: { content: unknown } }).document.content);
          }
          const r = await h.send('documents', method, params);
          if (!r.ok) continue;
          checkRenderable(h, 'documents', method, params, spans);
          if (method !== 'documents.save') continue;
          const saved = r.value as DocumentRecord;
          const asOf = rng.chance(0.7)
            ? undefined
            : rng.pick(['2016-05-25', '1990-01-01', ...BAD_DATES]);
          await h.send('documents', 'documents.check', {
            id: saved.id,
            ...(asOf === undefined ? {} : { asOf }),
            ...(rng.chance(0.5) ? { format: rng.pick(['docx', 'pdf', 'html']) } : {}),
          });
          // Big documents go to HTML only (see `heavy`).
          const format = heavy(b)
            ? 'html'
            : rng.weighted<string>([
                [5, 'html'],
                [2, 'docx'],
                [2, 'pdf'],
                [1, 'dossier'],
              ]);
          const path = files.fresh(format === 'dossier' ? 'dossier.json' : format);
          const exported = await h.send(
            'documents',
            'documents.export',
            { id: saved.id, format, path, force: rng.chance(0.7) },
            { writes: [path] },
          );
          if (exported.ok && format === 'html') {
            const html = readFileSync(path, 'utf8');
            // Attributes injected through a URL or a text (escaped quotes inside a value are fine).
            const unsafe =
              /<script|<img|<iframe|\son[a-z]+\s*=\s*["']|href=["']\s*(javascript|data|vbscript):/i.exec(
                html,
              );
            if (unsafe !== null) {
              h.problem({
                category: 'documents',
                kind: 'unsafe-output',
                method: 'documents.export',
                message: `the HTML export contains ${JSON.stringify(html.slice(Math.max(0, unsafe.index - 40), unsafe.index + 60))}`,
                input: describeInput(params),
              });
            }
          }
          // Delete some, so the library does not grow without end within a round.
          if (rng.chance(0.3)) await h.send('documents', 'documents.delete', { id: saved.id });
        }
      }
      expectNoProblems(h);
    },
  );

  it(
    'files: mutated exchange files, .dossier.json files and backups',
    { timeout: 120_000 },
    async () => {
      const rng = new Rng(SEED + 2);
      const dir = join(root, 'files');
      mkdirSync(dir);
      const files = new Files(dir);
      let b = await demoBackend();
      const fixtures = await makeFixtures(b, join(dir, 'fixtures'));
      const h = new Harness(b, dir);
      harnesses.push(h);
      const exchange = JSON.parse(fixtures.exchangeText) as Record<string, unknown[]>;
      const docFiles = fixtures.documentTexts.map((t) => JSON.parse(t) as Record<string, unknown>);
      const ROUNDS = 7;
      const PER_ROUND = 130;
      let lib = await load(b);

      /** The text of a (mutated) file: JSON-level, byte-level, or both. */
      const fileText = (value: unknown, text: string): Uint8Array => {
        const how = rng.weighted<string>([
          [4, 'json'],
          [3, 'content'],
          [3, 'bytes'],
          [1, 'both'],
          [1, 'special'],
        ]);
        const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
        const json = (): string => {
          const m = mutate(rng, value, 3);
          try {
            return JSON.stringify(m, null, rng.chance(0.5) ? 2 : undefined) ?? 'undefined';
          } catch {
            return String(m);
          }
        };
        switch (how) {
          case 'json':
            return enc(json());
          case 'content': {
            // The rich content inside the file: the document's, or a snippet's.
            const file = clone(value) as {
              document?: { content: RichContent };
              snippets?: { content?: RichContent }[];
            };
            const snippets = (file.snippets ?? []).filter((s) => s.content !== undefined);
            const host =
              file.document !== undefined && (snippets.length === 0 || rng.chance(0.4))
                ? file.document
                : snippets.length > 0
                  ? rng.pick(snippets)
                  : null;
            if (host !== null)
              host.content = mutateContent(rng, host.content as RichContent, lib.ids);
            try {
              return enc(JSON.stringify(file));
            } catch {
              return enc(text);
            }
          }
          case 'bytes':
            return mutateBytes(rng, enc(text));
          case 'both':
            return mutateBytes(rng, enc(json()));
          default:
            return enc(
              rng.pick<() => string>([
                () => text.replace('"version": 1', '"version": 2'),
                () => text.replace('"version": 1', '"version": "1"'),
                () => text.replace('"version": 1', '"version": 1e400'),
                () => text.replace(/"format": "[^"]*"/, '"format": "dossier-library"'),
                () => text.replace(/"format": "[^"]*"/, '"format": "dossier-document"'),
                () =>
                  text.replace(
                    /"content": \{/,
                    `"content": {"root": {"type": "root", "children": [${deepNodeJson(rng.pick([500, 1000, 10_000]))}]}, "x": {`,
                  ),
                () => text.replace(/"text": "[^"]*"/, `"text": ${JSON.stringify(hugeString())}`),
                () => text.replace(/"id": "[^"]*"/, `"id": ${JSON.stringify(rng.pick(BAD_UUIDS))}`),
                () => `[${text}]`,
                () => `${text}${text}`,
                () => text.replace(/\n/g, '\r\n'),
                () => text.replace(/"([a-z]+)":/, '"__proto__":'),
                () => '{"__proto__": {"format": "dossier-library", "version": 1}}',
                () =>
                  JSON.stringify({
                    format: 'dossier-library',
                    version: 1,
                    persons: Array.from({ length: 5000 }, (_, i) => ({ name: `Person ${i}` })),
                  }),
                () => rng.pick(ODD_STRINGS),
              ])(),
            );
        }
      };

      for (let round = 0; round < ROUNDS; round++) {
        if (round > 0) {
          b = await demoBackend();
          h.use(b);
          lib = await load(b);
        }
        const spans = { max: 0 };
        for (let i = 0; i < PER_ROUND; i++) {
          const kind = rng.weighted<string>([
            [5, 'exchange'],
            [5, 'document'],
            [1, 'restore'],
          ]);
          if (kind === 'restore') {
            // Never a whole backup: damaged, truncated or foreign files only. A copy with bytes
            // flipped inside a page could still be a valid library (SQLite keeps no checksums).
            let path: string;
            if (rng.chance(0.4)) path = rng.pick(fixtures.garbageFiles);
            else {
              const damaged = mutateBytes(rng, fixtures.backupBytes);
              const intact =
                new TextDecoder('latin1').decode(damaged.subarray(0, 16)) ===
                'SQLite format 3\u0000';
              if (intact && damaged.length === fixtures.backupBytes.length) continue;
              path = files.write('db', damaged);
            }
            await h.send('files', 'library.restore', { path });
            continue;
          }
          const isExchange = kind === 'exchange';
          const value = isExchange ? exchange : rng.pick(docFiles);
          const text = isExchange ? fixtures.exchangeText : rng.pick(fixtures.documentTexts);
          const path = files.write(isExchange ? 'json' : 'dossier.json', fileText(value, text));
          const method: MethodName = rng.chance(0.9)
            ? isExchange
              ? 'library.import'
              : 'documents.import'
            : isExchange
              ? 'documents.import'
              : 'library.import';
          const r = await h.send('files', method, { path });
          if (r.ok)
            checkRenderable(
              h,
              'files',
              method,
              { path, text: readFileSync(path, 'utf8').slice(0, 300) },
              spans,
            );
        }
      }
      expectNoProblems(h);
    },
  );
});
