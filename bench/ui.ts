/**
 * The window's speed, in real headless Chromium (Debian's /usr/bin/chromium through
 * playwright-core) against the browser door and the real backend on the benchmark's library:
 * search as you type, the persons table (open and scroll), the first content of a page load, and
 * a case page with 200 events. Run by bench/run.ts in a child process (`BENCH_ONLY=ui`, and in the
 * full run); its report is bench/uiReport.ts.
 *
 *   node --import tsx bench/ui.ts --data .bench/synthetic-….json --json out.json [--from library.db]
 *
 * The library is an import of the generated exchange file, kept in .bench/ and copied for each
 * run (the run adds a case); `--from` copies that library instead (the full run's fresh import).
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { Backend } from '../src/backend/backend';
import type { Caller, SearchHit } from '../src/shared/api';
import type { EventType } from '../src/shared/domain';
import type { Result } from '../src/shared/errors';
import { ensureRenderer } from '../src/web/rendererBuild';
import { startDoor, type Dispatcher, type Door } from '../src/web/server';
import { benchDir, GENERATOR_VERSION, type GeneratedMeta } from './generate';
import { summarise, ms, type Summary } from './stats';
import { UI_TARGETS, type Phase, type ScrollRun, type UiResult } from './uiReport';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VIEWPORT = { width: 1280, height: 800 };
const SEARCH_PER_CLASS = 12;
const SEARCH_WARMUP = 3;
/** The sample persons bench/run.ts searches for by name (its QUERIES_PER_CLASS) and types. */
const LIBRARY_BENCH_PERSONS = 340;
/** Runs of each screen (BENCH_UI_RUNS to change, e.g. for bench/uiQuick.ts). */
const OPEN_RUNS = Number(process.env.BENCH_UI_RUNS ?? 10);
const CASE_EVENTS = 200;
const CASE_SOURCES = 20;
/** The header's search box asks for this many results (SearchBox.tsx, useSearchHits). */
const SEARCH_LIMIT = 8;

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

// ---------------------------------------------------------------------------------------------
// The library

export function removeLibrary(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  rmSync(`${path}.backups`, { recursive: true, force: true });
}

/** Copies a closed library, its WAL checkpointed into the main file first. */
export function copyLibrary(from: string, to: string): void {
  const db = new Database(from);
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  removeLibrary(to);
  copyFileSync(from, to);
}

/** Two stamps name the same data: same file name, size and generator (the folder may differ). */
function sameSource(stamp: string, want: string): boolean {
  try {
    const a = JSON.parse(stamp) as Record<string, unknown>;
    const b = JSON.parse(want) as Record<string, unknown>;
    return (
      basename(String(a.dataFile)) === basename(String(b.dataFile)) &&
      a.bytes === b.bytes &&
      a.GENERATOR_VERSION === b.GENERATOR_VERSION
    );
  } catch {
    return false;
  }
}

/** The import of `dataFile`, made once and kept in .bench/ beside a stamp of what it came from. */
export async function cachedImport(dataFile: string): Promise<string> {
  const path = join(benchDir(), `ui-${basename(dataFile, '.json')}.db`);
  const stamp = `${path}.json`;
  const want = JSON.stringify({ dataFile, bytes: statSync(dataFile).size, GENERATOR_VERSION });
  if (existsSync(path) && existsSync(stamp) && sameSource(readFileSync(stamp, 'utf8'), want)) {
    log(`Reusing the imported library ${path}`);
    return path;
  }
  log('Importing the library for the window benchmark (kept in .bench/ for the next run)…');
  const building = `${path}.building`;
  removeLibrary(building);
  const b = new Backend({ libraryPath: building });
  try {
    await b.call('library.init', { demo: false });
    await b.call('library.import', { path: dataFile });
  } finally {
    b.close();
  }
  copyLibrary(building, path);
  removeLibrary(building);
  writeFileSync(stamp, want);
  return path;
}

// ---------------------------------------------------------------------------------------------
// The backend, timed

export interface BackendCall {
  method: string;
  params: unknown;
  ms: number;
}

/** The backend as the door sees it, with the time of each call it answers. */
export function timed(backend: Backend, calls: BackendCall[]): Dispatcher {
  return {
    async dispatch(method: string, params: unknown, caller: Caller): Promise<Result<unknown>> {
      const t0 = performance.now();
      const result = await backend.dispatch(method, params, caller);
      calls.push({ method, params, ms: performance.now() - t0 });
      return result;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// In the page

/**
 * Installed before the app's scripts in every page: records each backend call the page makes
 * (sent, answered, JSON parsed), the paint entries, and offers `when(check)`, which resolves
 * once `check()` holds with the time the DOM had it and the time that frame was painted.
 */
export const PROBE = `(() => {
  const b = { calls: [], paints: [] };
  window.__bench = b;
  const origFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const rec = { method: '', query: null, limit: null, t0: performance.now(), t1: 0, t2: 0 };
    try {
      const body = JSON.parse(init.body);
      rec.method = body.method;
      rec.query = body.params && typeof body.params.query === 'string' ? body.params.query : null;
      rec.limit = body.params && typeof body.params.limit === 'number' ? body.params.limit : null;
    } catch {}
    b.calls.push(rec);
    const res = await origFetch(input, init);
    rec.t1 = performance.now();
    const json = res.json.bind(res);
    res.json = async () => {
      const v = await json();
      rec.t2 = performance.now();
      return v;
    };
    return res;
  };
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) b.paints.push({ name: e.name, t: e.startTime });
    }).observe({ type: 'paint', buffered: true });
  } catch {}
  b.when = (check, timeout = 20000) =>
    new Promise((resolve) => {
      let done = false;
      const finish = () => {
        if (done || !check()) return;
        done = true;
        mo.disconnect();
        clearTimeout(timer);
        const dom = performance.now();
        requestAnimationFrame(() => {
          const raf = performance.now();
          const ch = new MessageChannel();
          ch.port1.onmessage = () => resolve({ dom, raf, painted: performance.now() });
          ch.port2.postMessage(0);
        });
      };
      const mo = new MutationObserver(finish);
      mo.observe(document, { childList: true, subtree: true, characterData: true });
      const timer = setTimeout(() => {
        if (!done) {
          done = true;
          mo.disconnect();
          resolve(null);
        }
      }, timeout);
      finish();
    });
  b.options = () =>
    [...document.querySelectorAll('[role=listbox] [role=option]')]
      .map((o) => (o.querySelector('.hit-title')?.innerHTML ?? '') + '|' + (o.querySelector('.hit-excerpt')?.innerHTML ?? ''))
      .sort()
      .join('\\n');
  b.frames = () => {
    const deltas = [];
    let last = performance.now();
    let on = true;
    const tick = (t) => {
      deltas.push(t - last);
      last = t;
      if (on) requestAnimationFrame(tick);
    };
    requestAnimationFrame((t) => {
      last = t;
      requestAnimationFrame(tick);
    });
    return () => {
      on = false;
      return deltas;
    };
  };
  if (location.hash === '#/cases') {
    b.firstRow = b.when(
      () => document.querySelector('[role=table][aria-label="Cases"] [role=row][data-index]') !== null,
    );
  }
})();`;

interface Painted {
  dom: number;
  raf: number;
  painted: number;
}

interface PageCall {
  method: string;
  query: string | null;
  /** The `limit` param: a list's first page. */
  limit: number | null;
  t0: number;
  t1: number;
  t2: number;
}

async function pageCalls(page: Page): Promise<PageCall[]> {
  return (await page.evaluate('window.__bench.calls')) as PageCall[];
}

/** The page's last call of `method` (matching `query` when given; `page`: first page or all). */
function lastCall(
  calls: readonly PageCall[],
  method: string,
  query?: string,
  page?: 'first' | 'all',
): PageCall {
  const found = calls.filter(
    (c) =>
      c.method === method &&
      (query === undefined || c.query === query) &&
      (page === undefined || (page === 'first') === (c.limit !== null)),
  );
  const call = found[found.length - 1];
  if (call === undefined) throw new Error(`the page made no ${method} call`);
  return call;
}

/** The backend's last answer to `method`; `page`: to a first page (a `limit`), or to every row. */
function lastBackend(
  calls: readonly BackendCall[],
  method: string,
  page?: 'first' | 'all',
): BackendCall {
  const limited = (c: BackendCall): boolean =>
    typeof (c.params as { limit?: unknown } | null)?.limit === 'number';
  const found = calls.filter(
    (c) => c.method === method && (page === undefined || (page === 'first') === limited(c)),
  );
  const call = found[found.length - 1];
  if (call === undefined) throw new Error(`the backend answered no ${method} call`);
  return call;
}

/** Phases from per-run samples, in the order given. */
export function phases(samples: Record<string, number>[]): Phase[] {
  const names = Object.keys(samples[0] ?? {});
  return names.map((name) => ({ name, time: summarise(samples.map((s) => s[name] ?? NaN)) }));
}

export async function newPage(context: BrowserContext, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return page;
}

/** A fresh page on a light screen (Forums loads no persons or cases), settled. */
async function freshOnForums(context: BrowserContext, base: string, errors: string[]) {
  const page = await newPage(context, errors);
  await page.goto(`${base}/#/forums`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  return page;
}

/**
 * Waits until the page's call of `method` for every row (no `limit`) has been answered. The
 * predicate is a function, not a string: the page's CSP refuses the eval a string would need.
 */
async function everyRow(page: Page, method: string): Promise<void> {
  await page.waitForFunction(
    (m) =>
      (
        globalThis as unknown as {
          __bench: { calls: { method: string; limit: number | null; t2: number }[] };
        }
      ).__bench.calls.some((c) => c.method === m && c.limit === null && c.t2 > 0),
    method,
    { timeout: 30_000 },
  );
}

const sidebarLink = (page: Page, name: RegExp) =>
  page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name });

// ---------------------------------------------------------------------------------------------
// Search

interface SearchQuery {
  label: string;
  query: string;
}

function searchQueries(meta: GeneratedMeta): SearchQuery[] {
  // Persons the library benchmark does not query, so that these queries are new to SQLite too.
  const persons = meta.samplePersons.slice(LIBRARY_BENCH_PERSONS);
  const out: SearchQuery[] = [];
  for (const [i, p] of persons.entries()) {
    const kind = i % 4;
    const given = p.name.split(' ')[0] ?? p.name;
    const surname = p.name.split(' ').slice(1).join(' ');
    if (kind === 0) out.push({ label: 'full name, Azerbaijani Latin', query: p.name });
    if (kind === 1) out.push({ label: 'full name, English transliteration', query: p.english });
    if (kind === 2) out.push({ label: 'full name, Cyrillic alias', query: p.cyrillic });
    if (kind === 3)
      out.push({
        label: "given name + surname's first 4 letters",
        query: `${given} ${[...surname].slice(0, 4).join('')}`,
      });
  }
  return out;
}

/** Text as the page's innerHTML has it, with the ranges marked as Highlighted.tsx marks them. */
function marked(text: string, ranges: readonly (readonly [number, number])[]): string {
  const esc = (t: string): string =>
    t
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\u00a0/g, '&nbsp;');
  let out = '';
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    out += `${esc(text.slice(at, start))}<mark>${esc(text.slice(start, end))}</mark>`;
    at = end;
  }
  return out + esc(text.slice(at));
}

/** What the listbox shows for these hits: titles and excerpts with their highlights. */
const signature = (hits: readonly SearchHit[]): string =>
  hits
    .map(
      (h) =>
        `${marked(h.title, h.titleHighlights)}|${h.excerpt === '' ? '' : marked(h.excerpt, h.highlights)}`,
    )
    .sort()
    .join('\n');

async function measureSearch(
  page: Page,
  meta: GeneratedMeta,
  oracle: Backend,
  backendCalls: BackendCall[],
): Promise<UiResult['search']> {
  const box = page.getByRole('combobox', { name: 'Search the library' });
  const typed = new Set<string>();
  const times: { label: string; ms: number }[] = [];
  const samples: Record<string, number>[] = [];
  const examples = new Map<string, string>();
  const counts = new Map<string, number>();
  let skipped = 0;
  let warm = 0;
  for (const q of searchQueries(meta)) {
    if ((counts.get(q.label) ?? 0) >= SEARCH_PER_CLASS) continue;
    // The last keystroke that changes the eight results: typing on past it (the end of most
    // full names) paints nothing new, so there would be nothing to time.
    const letters = [...q.query];
    const sig = async (text: string): Promise<string> =>
      signature((await oracle.call('search.query', { query: text, limit: SEARCH_LIMIT })).results);
    let query = '';
    let whole = '';
    let before = '';
    for (let len = letters.length; len > 3; len--) {
      const text = letters.slice(0, len).join('');
      const prev = letters.slice(0, len - 1).join('');
      if (letters[len - 1] === ' ' || letters[len - 2] === ' ') continue;
      const [a, b] = [await sig(text), await sig(prev)];
      if (a !== '' && b !== '' && a !== b) {
        [query, whole, before] = [text, a, b];
        break;
      }
    }
    const typedLetters = [...query];
    const prefix = typedLetters.slice(0, -1).join('');
    const last = typedLetters[typedLetters.length - 1] ?? '';
    const prefixes = typedLetters.map((_, i) => typedLetters.slice(0, i + 1).join(''));
    if (query === '' || typed.has(query)) {
      skipped += 1;
      continue;
    }
    for (const p of prefixes) typed.add(p);

    await box.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(prefix);
    // The prefix's results on screen and nothing in flight before the last keystroke.
    await page.waitForFunction((sig) => {
      const b = (globalThis as unknown as { __bench: { options: () => string } }).__bench;
      return b.options() === sig;
    }, before);
    await page.waitForTimeout(150);
    await page.evaluate(`(() => {
      const b = window.__bench;
      const rec = { input: 0 };
      document.querySelector('input[role=combobox]').addEventListener('input', (e) => { rec.input = e.timeStamp; }, { once: true, capture: true });
      const want = ${JSON.stringify(whole)};
      b.probe = b.when(() => rec.input > 0 && b.options() === want, 10000).then((t) => t && { ...t, input: rec.input });
    })()`);
    await page.keyboard.type(last);
    const t = (await page.evaluate('window.__bench.probe')) as (Painted & { input: number }) | null;
    if (t === null) throw new Error(`the results for “${query}” never appeared`);
    if (warm < SEARCH_WARMUP) {
      warm += 1;
      continue;
    }
    const call = lastCall(await pageCalls(page), 'search.query', query);
    const backend = backendCalls.filter(
      (c) =>
        c.method === 'search.query' && (c.params as { query?: string } | null)?.query === query,
    );
    counts.set(q.label, (counts.get(q.label) ?? 0) + 1);
    if (!examples.has(q.label)) examples.set(q.label, query);
    times.push({ label: q.label, ms: t.painted - t.input });
    samples.push({
      'keystroke (input event) → search.query sent': call.t0 - t.input,
      'HTTP call (sent → JSON parsed)': call.t2 - call.t0,
      '  of which the backend': backend[backend.length - 1]?.ms ?? NaN,
      'JSON parsed → results in the DOM (React)': t.dom - call.t2,
      'results in the DOM → painted': t.painted - t.dom,
      'keystroke → painted': t.painted - t.input,
    });
  }
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  const labels = [...new Set(times.map((t) => t.label))];
  const time = summarise(times.map((t) => t.ms));
  log(`  search: median ${ms(time.p50)}, p95 ${ms(time.p95)} (${time.n} runs)`);
  return {
    time,
    byClass: labels.map((label) => ({
      label,
      time: summarise(times.filter((t) => t.label === label).map((t) => t.ms)),
    })),
    phases: phases(samples),
    skipped,
    examples: [...examples.values()],
  };
}

// ---------------------------------------------------------------------------------------------
// Persons table

/** A body row (the header row has no data-index). */
const PERSONS_ROW = `document.querySelector('[role=table][aria-label="Persons"] [role=row][data-index]') !== null`;

/** Clicks the sidebar link "Persons" and waits for the table's first body row, painted. */
async function openPersons(page: Page): Promise<{ click: number; t: Painted }> {
  await page.evaluate(`(() => {
    const b = window.__bench;
    const rec = { click: 0 };
    document.addEventListener('click', (e) => { rec.click = e.timeStamp; }, { once: true, capture: true });
    b.probe = b.when(() => rec.click > 0 && ${PERSONS_ROW}).then((t) => t && { ...t, click: rec.click });
  })()`);
  await sidebarLink(page, /^Persons/).click();
  const r = (await page.evaluate('window.__bench.probe')) as (Painted & { click: number }) | null;
  if (r === null) throw new Error('the persons table never showed a row');
  return { click: r.click, t: r };
}

async function scroll(page: Page, mode: 'fling' | 'wheel', rows: number): Promise<ScrollRun> {
  const body = page.locator('[role=table][aria-label="Persons"] .table-body');
  await body.evaluate((el) => {
    (el as unknown as { scrollTop: number }).scrollTop = 0;
  });
  await page.waitForTimeout(200);
  const box = await body.boundingBox();
  if (box === null) throw new Error('the persons table has no body on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const height = await body.evaluate(
    (el) =>
      (el as unknown as { scrollHeight: number; clientHeight: number }).scrollHeight -
      (el as unknown as { clientHeight: number }).clientHeight,
  );
  await page.evaluate('window.__bench.stopFrames = window.__bench.frames()');
  await page.waitForTimeout(50);
  const DURATION = 2000;
  const t0 = performance.now();
  let sent = 0;
  let events = 0;
  while (performance.now() - t0 < DURATION) {
    const elapsed = performance.now() - t0;
    const delta = mode === 'fling' ? Math.round((height * elapsed) / DURATION) - sent : 100;
    if (delta > 0) {
      await page.mouse.wheel(0, delta);
      sent += delta;
      events += 1;
    }
    await page.waitForTimeout(mode === 'fling' ? 8 : 16);
  }
  if (mode === 'fling' && sent < height) {
    await page.mouse.wheel(0, height - sent);
    sent = height;
    events += 1;
  }
  await page.waitForTimeout(300);
  const durationMs = performance.now() - t0;
  const deltas = (await page.evaluate('window.__bench.stopFrames()')) as number[];
  const lastRowInView = await page.evaluate(`(() => {
    const body = document.querySelector('[role=table][aria-label="Persons"] .table-body');
    const bottom = body.getBoundingClientRect().bottom;
    let last = 0;
    for (const row of body.querySelectorAll('[role=row]')) {
      const r = row.getBoundingClientRect();
      if (r.top < bottom && r.bottom > body.getBoundingClientRect().top) last = Math.max(last, Number(row.getAttribute('aria-rowindex')) - 1);
    }
    return last;
  })()`);
  return {
    mode:
      mode === 'fling'
        ? 'fling: through every row in 2 s'
        : 'wheel: 100 px per event, about 60 events a second',
    wheelEvents: events,
    pixels: sent,
    lastRowInView: lastRowInView as number,
    rows,
    frames: deltas.length,
    dropped: deltas.filter((d) => d > UI_TARGETS.droppedFrameMs).length,
    longestMs: Math.max(0, ...deltas),
    durationMs,
  };
}

export async function measurePersons(
  context: BrowserContext,
  base: string,
  errors: string[],
  backendCalls: BackendCall[],
  rows: number,
): Promise<UiResult['persons']> {
  const cold: number[] = [];
  const warm: number[] = [];
  const samples: Record<string, number>[] = [];
  const scrolls: ScrollRun[] = [];
  for (let run = 0; run < OPEN_RUNS + 1; run++) {
    const page = await freshOnForums(context, base, errors);
    const { click, t } = await openPersons(page);
    await everyRow(page, 'persons.summaries');
    const calls = await pageCalls(page);
    const first = lastCall(calls, 'persons.summaries', undefined, 'first');
    const all = lastCall(calls, 'persons.summaries', undefined, 'all');
    if (run > 0) {
      cold.push(t.painted - click);
      samples.push({
        'click → persons.summaries sent': first.t0 - click,
        'persons.summaries, first 100 rows (sent → JSON parsed)': first.t2 - first.t0,
        '  of which the backend': lastBackend(backendCalls, 'persons.summaries', 'first').ms,
        'persons.summaries parsed → first rows in the DOM (React)': t.dom - first.t2,
        'rows in the DOM → painted': t.painted - t.dom,
        'click → painted': t.painted - click,
        'persons.summaries, every person, asked at the same time (sent → JSON parsed)':
          all.t2 - all.t0,
        '  of which the backend ': lastBackend(backendCalls, 'persons.summaries', 'all').ms,
      });
    }
    await page.waitForTimeout(300);
    if (run === 1 || run === 2) {
      scrolls.push(await scroll(page, 'fling', rows));
      scrolls.push(await scroll(page, 'wheel', rows));
    }
    await sidebarLink(page, /^Forums/).click();
    await page.getByRole('heading', { level: 1, name: /Forums/ }).waitFor();
    await page.waitForTimeout(300);
    const again = await openPersons(page);
    if (run > 0) warm.push(again.t.painted - again.click);
    await page.close();
  }
  const s = summarise(cold);
  log(`  persons: median ${ms(s.p50)}, p95 ${ms(s.p95)}; again ${ms(summarise(warm).p50)}`);
  for (const r of scrolls) log(`  scroll ${r.mode}: ${r.dropped} dropped of ${r.frames}`);
  return { cold: s, warm: summarise(warm), phases: phases(samples), scroll: scrolls };
}

// ---------------------------------------------------------------------------------------------
// First content

interface Navigation {
  responseEnd: number;
  domContentLoaded: number;
}

export async function measureFirstContent(
  context: BrowserContext,
  base: string,
  errors: string[],
  backendCalls: BackendCall[],
): Promise<UiResult['firstContent']> {
  const fcp: number[] = [];
  const firstRow: number[] = [];
  const samples: Record<string, number>[] = [];
  for (let run = 0; run < OPEN_RUNS + 1; run++) {
    const page = await newPage(context, errors);
    await page.goto(`${base}/#/cases`);
    const t = (await page.evaluate('window.__bench.firstRow')) as Painted | null;
    if (t === null) throw new Error('the cases list never showed a row');
    await page.waitForTimeout(200);
    const paints = (await page.evaluate('window.__bench.paints')) as { name: string; t: number }[];
    const nav = (await page.evaluate(`(() => {
      const n = performance.getEntriesByType('navigation')[0];
      return { responseEnd: n.responseEnd, domContentLoaded: n.domContentLoadedEventEnd };
    })()`)) as Navigation;
    await everyRow(page, 'cases.summaries');
    const calls = await pageCalls(page);
    const first = calls[0];
    const cases = lastCall(calls, 'cases.summaries', undefined, 'first');
    const all = lastCall(calls, 'cases.summaries', undefined, 'all');
    const f = paints.find((p) => p.name === 'first-contentful-paint')?.t ?? NaN;
    await page.close();
    if (run === 0) continue;
    fcp.push(f);
    firstRow.push(t.painted);
    samples.push({
      'navigation start → page (HTML) received': nav.responseEnd,
      '→ scripts run, DOMContentLoaded': nav.domContentLoaded,
      '→ first backend call sent': first?.t0 ?? NaN,
      '→ first contentful paint': f,
      '→ cases.summaries sent': cases.t0,
      'cases.summaries, first 100 rows (sent → JSON parsed)': cases.t2 - cases.t0,
      '  of which the backend': lastBackend(backendCalls, 'cases.summaries', 'first').ms,
      'cases.summaries parsed → first row in the DOM (React)': t.dom - cases.t2,
      'first row in the DOM → painted': t.painted - t.dom,
      'navigation start → first row painted': t.painted,
      'cases.summaries, every case, asked at the same time (sent → JSON parsed)': all.t2 - all.t0,
      '  of which the backend ': lastBackend(backendCalls, 'cases.summaries', 'all').ms,
    });
  }
  const s = summarise(firstRow);
  log(`  first content: FCP ${ms(summarise(fcp).p50)}, first row ${ms(s.p50)}`);
  return { fcp: summarise(fcp), firstRow: s, phases: phases(samples) };
}

// ---------------------------------------------------------------------------------------------
// Case page

const TIMELINE: readonly EventType[] = [
  'detention_extended',
  'trial',
  'detention_extended',
  'appeal',
  'trial',
  'other',
];

/** A case with `CASE_EVENTS` events, each citing one or two of `CASE_SOURCES` sources. */
async function makeCase(backend: Backend): Promise<string> {
  const persons = await backend.call('persons.list', {});
  const person = persons[0];
  const sources: string[] = [];
  for (let i = 0; i < CASE_SOURCES; i++) {
    const s = await backend.call('sources.save', {
      source: {
        title: `Bench hearing report ${i + 1}`,
        publisher: 'Bench Monitor',
        url: `https://example.org/bench/${i + 1}`,
        published: '2020-01-01',
      },
    });
    sources.push(s.id);
  }
  const c = await backend.call('cases.save', {
    case: {
      title: 'Bench case with two hundred events',
      country: 'AZ',
      personIds: person === undefined ? [] : [person.id],
      summary: 'A long pre-trial detention with monthly hearings, for the window benchmark.',
    },
  });
  const day0 = Date.UTC(2015, 0, 5);
  for (let i = 0; i < CASE_EVENTS; i++) {
    const type: EventType =
      i === 0
        ? 'arrest'
        : i === 1
          ? 'detention_ordered'
          : (TIMELINE[i % TIMELINE.length] ?? 'other');
    const date = new Date(day0 + i * 9 * 86_400_000).toISOString().slice(0, 10);
    const cite = [
      sources[i % CASE_SOURCES],
      ...(i % 3 === 0 ? [sources[(i + 7) % CASE_SOURCES]] : []),
    ];
    await backend.call('events.save', {
      event: {
        caseId: c.id,
        date,
        type,
        text: `Hearing ${i + 1}: the court heard the defence's motion and the prosecutor's reply; the detainee's lawyer reported on conditions in detention.`,
        sources: cite
          .filter((s): s is string => s !== undefined)
          .map((sourceId, k) => ({
            sourceId,
            pinpoint: `para. ${k + i + 1}`,
          })),
      },
    });
  }
  return c.id;
}

const CASE_PAINTED = (events: number): string =>
  `document.querySelectorAll('ol.timeline > li.timeline-event').length === ${events} && document.querySelector('.facts-panel') !== null`;

async function openCase(page: Page, id: string): Promise<{ start: number; t: Painted }> {
  const r = (await page.evaluate(`(() => {
    const b = window.__bench;
    const p = b.when(() => location.hash === '#/cases/${id}' && ${CASE_PAINTED(CASE_EVENTS)});
    const start = performance.now();
    location.hash = '#/cases/${id}';
    return p.then((t) => t && { ...t, start });
  })()`)) as (Painted & { start: number }) | null;
  if (r === null) throw new Error('the case page never showed its timeline');
  return { start: r.start, t: r };
}

export async function measureCase(
  context: BrowserContext,
  base: string,
  errors: string[],
  backend: Backend,
  backendCalls: BackendCall[],
): Promise<UiResult['casePage']> {
  const id = await makeCase(backend);
  const cold: number[] = [];
  const warm: number[] = [];
  const samples: Record<string, number>[] = [];
  for (let run = 0; run < OPEN_RUNS + 1; run++) {
    const page = await freshOnForums(context, base, errors);
    const { start, t } = await openCase(page, id);
    const call = lastCall(await pageCalls(page), 'cases.get');
    if (run > 0) {
      cold.push(t.painted - start);
      samples.push({
        'navigation → cases.get sent': call.t0 - start,
        'cases.get HTTP call (sent → JSON parsed)': call.t2 - call.t0,
        '  of which the backend': lastBackend(backendCalls, 'cases.get').ms,
        'JSON parsed → timeline in the DOM (React)': t.dom - call.t2,
        'timeline in the DOM → painted': t.painted - t.dom,
        'navigation → painted': t.painted - start,
      });
    }
    await page.waitForTimeout(300);
    await sidebarLink(page, /^Forums/).click();
    await page.getByRole('heading', { level: 1, name: /Forums/ }).waitFor();
    await page.waitForTimeout(300);
    const again = await openCase(page, id);
    if (run > 0) warm.push(again.t.painted - again.start);
    await page.close();
  }
  const s = summarise(cold);
  log(`  case page: median ${ms(s.p50)}, p95 ${ms(s.p95)}; again ${ms(summarise(warm).p50)}`);
  return {
    events: CASE_EVENTS,
    sources: CASE_SOURCES,
    cold: s,
    warm: summarise(warm),
    phases: phases(samples),
  };
}

// ---------------------------------------------------------------------------------------------

export async function idleFrames(page: Page): Promise<Summary> {
  await page.evaluate('window.__bench.stopFrames = window.__bench.frames()');
  await page.waitForTimeout(1000);
  return summarise((await page.evaluate('window.__bench.stopFrames()')) as number[]);
}

export async function runUi(options: { meta: GeneratedMeta; from?: string }): Promise<UiResult> {
  const source = options.from ?? (await cachedImport(options.meta.dataFile));
  const libraryPath = join(benchDir(), `ui-work-${process.pid}.db`);
  copyLibrary(source, libraryPath);
  const staticDir = await ensureRenderer(ROOT, log);
  const backend = new Backend({ libraryPath, door: 'browser' });
  const oracle = new Backend({ libraryPath });
  const backendCalls: BackendCall[] = [];
  let door: Door | null = null;
  let browser: Browser | null = null;
  try {
    const info = await backend.call('library.info', {});
    door = await startDoor({ backend: timed(backend, backendCalls), staticDir });
    browser = await chromium.launch({
      executablePath: process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript({ content: PROBE });
    const errors: string[] = [];
    const base = `http://127.0.0.1:${door.port}`;
    const first = await newPage(context, errors);
    await first.goto(door.url);
    await first.getByRole('table', { name: 'Cases' }).waitFor();
    await first.waitForLoadState('networkidle');

    log('Window: idle frames…');
    const idleFrame = await idleFrames(first);
    log('Window: search…');
    const search = await measureSearch(first, options.meta, oracle, backendCalls);
    await first.close();
    log('Window: persons table…');
    const persons = await measurePersons(context, base, errors, backendCalls, info.counts.persons);
    log('Window: first content…');
    const firstContent = await measureFirstContent(context, base, errors, backendCalls);
    log(`Window: case page (${CASE_EVENTS} events)…`);
    const casePage = await measureCase(context, base, errors, backend, backendCalls);
    return {
      chromium: `Chromium ${browser.version()}`,
      viewport: VIEWPORT,
      counts: { persons: info.counts.persons, cases: info.counts.cases },
      idleFrame,
      search,
      persons,
      firstContent,
      casePage,
      pageErrors: [...new Set(errors)],
    };
  } finally {
    await browser?.close();
    await door?.close();
    oracle.close();
    backend.close();
    removeLibrary(libraryPath);
  }
}

async function main(argv: string[]): Promise<void> {
  let data: string | null = null;
  let json: string | null = null;
  let from: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data') data = argv[++i] ?? null;
    else if (argv[i] === '--json') json = argv[++i] ?? null;
    else if (argv[i] === '--from') from = argv[++i];
    else
      throw new Error(
        `unknown argument ${argv[i] ?? ''} (use --data FILE --json FILE [--from DB])`,
      );
  }
  if (data === null || json === null)
    throw new Error('bench/ui.ts needs --data FILE and --json FILE');
  const meta = JSON.parse(
    readFileSync(data.replace(/\.json$/, '.meta.json'), 'utf8'),
  ) as GeneratedMeta;
  const result = await runUi({
    // The data file given, not the path the meta recorded (another checkout's .bench/).
    meta: { ...meta, dataFile: data },
    ...(from === undefined ? {} : { from }),
  });
  writeFileSync(`${json}.part`, JSON.stringify(result, null, 2));
  renameSync(`${json}.part`, json);
}

if (
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(resolve(process.argv[1])).href
) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  });
}
