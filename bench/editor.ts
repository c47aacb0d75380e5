/**
 * The editor's speed, in real headless Chromium (Debian's /usr/bin/chromium through
 * playwright-core) on the real document screen (`#/documents/<id>`), against the browser door and
 * the real backend: opening a 3,000-paragraph document, typing at its start, middle and end,
 * preflight refreshed after a pause, a snippet put in from the library panel. Run by bench/run.ts
 * in a child process (`BENCH_ONLY=editor`, and in the full run); its report is
 * bench/editorReport.ts.
 *
 *   node --import tsx bench/editor.ts --json out.json [--profile DIR]
 *
 * The library is bench/documents.ts's (the demo library, the cases, sources and 60 snippets of
 * the 80-page submission), built afresh in .bench/; the document is that submission several times
 * over. `--profile DIR` writes Chromium CPU profiles of one open and of a typing round there (open
 * them in Chromium's DevTools, Performance panel), and a trace of that round. BENCH_EDITOR_RUNS
 * sets the runs of each open, BENCH_EDITOR_ROUNDS the typing rounds at each position, and
 * BENCH_EDITOR_PARTS (open,typing,insert) which parts run, for a quick look at one.
 */
import { readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { Backend } from '../src/backend/backend';
import { walk } from '../src/core/document/nodes';
import { doc, p, type Block } from '../src/core/document/build';
import type { RichContent, SerializedNode } from '../src/shared/domain';
import { ensureRenderer } from '../src/web/rendererBuild';
import { startDoor, type Door } from '../src/web/server';
import { AS_OF, buildLibrary } from './documents';
import { benchDir } from './generate';
import { benchId } from './rng';
import { ms, summarise } from './stats';
import { idleFrames, newPage, phases, removeLibrary, ROOT, timed, type BackendCall } from './ui';
import type { EditorDocumentFacts, EditorResult, OpenResult, Position } from './editorReport';

const SEED = 'dossier-bench/editor';
const VIEWPORT = { width: 1280, height: 800 };
/** The document: at least this many paragraphs as printed. */
const PARAGRAPHS = 3000;
const OPEN_RUNS = Number(process.env.BENCH_EDITOR_RUNS ?? 5);
/** Between two keys: about 120 words a minute, a fast typist's burst. */
const KEY_GAP_MS = 100;
/** Six words, typed at each position this many times. */
const PHRASE = ' and the authorities gave no answer';
const PHRASE_WORDS = 6;
const ROUNDS = Number(process.env.BENCH_EDITOR_ROUNDS ?? 4);
const INSERTS = 6;
const CLOSING =
  'The submitting organisations stand ready to provide further information on any of the cases in this submission.';
const EDITOR = '[contenteditable][aria-label="Text of the document"]';
/** The parts to run (BENCH_EDITOR_PARTS=typing while working on one; the report needs all). */
const PARTS = new Set((process.env.BENCH_EDITOR_PARTS ?? 'open,typing,insert').split(','));

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** A constant of DocumentPage.tsx (the debounce and the autosave delay), read from its source. */
function pageConstant(name: string): number {
  const source = readFileSync(
    join(ROOT, 'src', 'renderer', 'src', 'documents', 'DocumentPage.tsx'),
    'utf8',
  );
  const m = new RegExp(`const ${name} = (\\d[\\d_]*)`).exec(source);
  if (m?.[1] === undefined) throw new Error(`DocumentPage.tsx has no ${name}`);
  return Number(m[1].replace(/_/g, ''));
}

// ---------------------------------------------------------------------------------------------
// In the page

/**
 * Installed before the app's scripts in every page: the backend calls the page makes (sent,
 * answered, JSON parsed; the method read from the start of the body, which is not parsed: a
 * document's body is a megabyte and more), long tasks, Event Timing entries, rAF frames,
 * `when(check)` (resolves once `check()` holds, with the time the DOM had it and the time that
 * frame was painted) and `keys(root)`, which times every key typed into `root` to its paint.
 */
export const EDITOR_PROBE = `(() => {
  const b = { calls: [], longTasks: [], events: [], keys: [] };
  window.__bench = b;
  const origFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const head = typeof init?.body === 'string' ? init.body.slice(0, 100) : '';
    const rec = { method: (/"method":"([^"]+)"/.exec(head) || [])[1] || '', t0: performance.now(), t1: 0, t2: 0 };
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
      for (const e of l.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries())
        b.events.push({ name: e.name, start: e.startTime, duration: e.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
  const afterPaint = (resolve, extra) => {
    const dom = performance.now();
    requestAnimationFrame(() => {
      const raf = performance.now();
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve({ ...extra, dom, raf, painted: performance.now() });
      ch.port2.postMessage(0);
    });
  };
  b.when = (check, timeout = 60000) =>
    new Promise((resolve) => {
      let done = false;
      const finish = () => {
        if (done || !check()) return;
        done = true;
        mo.disconnect();
        clearTimeout(timer);
        afterPaint(resolve, {});
      };
      const mo = new MutationObserver(finish);
      mo.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
      const timer = setTimeout(() => {
        if (!done) {
          done = true;
          mo.disconnect();
          resolve(null);
        }
      }, timeout);
      finish();
    });
  b.recordKeys = (root) => {
    let pending = null;
    const down = (e) => {
      if (!root.contains(e.target)) return;
      if (pending !== null && !pending.changed) b.keys.push({ ...pending, unchanged: true });
      pending = { key: e.key, t0: e.timeStamp, changed: false };
    };
    window.addEventListener('keydown', down, true);
    const mo = new MutationObserver(() => {
      if (pending === null || pending.changed) return;
      const rec = pending;
      rec.changed = true;
      afterPaint((t) => b.keys.push({ ...rec, ...t }), {});
    });
    mo.observe(root, { childList: true, subtree: true, characterData: true });
    return () => {
      window.removeEventListener('keydown', down, true);
      mo.disconnect();
    };
  };
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
})();`;

interface Painted {
  dom: number;
  raf: number;
  painted: number;
}

interface PageCall {
  method: string;
  t0: number;
  t1: number;
  t2: number;
}

interface KeyRecord extends Partial<Painted> {
  key: string;
  t0: number;
  unchanged?: boolean;
}

async function pageCalls(page: Page): Promise<PageCall[]> {
  return (await page.evaluate('window.__bench.calls')) as PageCall[];
}

/** The first call of `method` the page made after `since`. */
function callAfter(calls: readonly PageCall[], method: string, since: number): PageCall {
  const call = calls.find((c) => c.method === method && c.t0 >= since);
  if (call === undefined) throw new Error(`the page made no ${method} call`);
  return call;
}

// ---------------------------------------------------------------------------------------------
// The document

/** Paragraphs as printed (numbered): the content's own and those of its linked snippets. */
function printedParagraphs(content: RichContent, snippets: ReadonlyMap<string, RichContent>) {
  let n = 0;
  for (const block of content.root.children) {
    if (block.type === 'paragraph') n += 1;
    if (block.type === 'snippet-embed') {
      const s = snippets.get(String(block.snippetId));
      n += s?.root.children.filter((c) => c.type === 'paragraph').length ?? 0;
    }
  }
  return n;
}

function repeated(blocks: readonly SerializedNode[], copies: number): RichContent {
  const all: SerializedNode[] = [];
  for (let i = 0; i < copies; i++) all.push(...blocks);
  return doc(...(all as Block[]), p(CLOSING));
}

interface Built {
  big: { id: string; copies: number; content: RichContent };
  doubled: { id: string; content: RichContent };
  facts: Omit<EditorDocumentFacts, 'words' | 'domElements'>;
  /** Snippets the big document embeds, and snippets of the library it does not. */
  present: { id: string; title: string }[];
  fresh: { id: string; title: string }[];
}

async function buildDocuments(backend: Backend): Promise<Built> {
  const built = await buildLibrary(backend);
  const stored = await backend.call('documents.get', { id: built.documentId });
  const snippets = new Map(built.snippets.map((s) => [s.id, s.content]));
  const blocks = stored.content.root.children;
  const perCopy = printedParagraphs(stored.content, snippets);
  const copies = Math.ceil((PARAGRAPHS - 1) / perCopy);
  const { id: _i, revision: _r, createdAt: _c, updatedAt: _u, ...input } = stored;
  const save = async (k: number, title: string, content: RichContent): Promise<string> =>
    (
      await backend.call('documents.save', {
        document: { ...input, id: benchId(SEED, 'document', k), title, content },
      })
    ).id;
  const big = repeated(blocks, copies);
  const doubled = repeated(blocks, 2);
  const bigId = await save(0, `${stored.title} (${copies} times over)`, big);
  const doubledId = await save(1, `${stored.title} (twice over)`, doubled);
  const counts: Record<string, number> = {};
  let elements = 0;
  for (const { node } of walk(big)) {
    counts[node.type] = (counts[node.type] ?? 0) + 1;
    if (Array.isArray(node.children) && node.type !== 'root') elements += 1;
  }
  const embedded = new Set(built.snippets.map((s) => s.id));
  const library = await backend.call('snippets.list', {});
  return {
    big: { id: bigId, copies, content: big },
    doubled: { id: doubledId, content: doubled },
    facts: {
      copies,
      paragraphs: printedParagraphs(big, snippets),
      doubledParagraphs: printedParagraphs(doubled, snippets),
      topBlocks: big.root.children.length,
      elements,
      fields: counts['live-field'] ?? 0,
      citations: counts.citation ?? 0,
      footnotes: counts.footnote ?? 0,
      snippets: counts['snippet-embed'] ?? 0,
      jsonBytes: Buffer.byteLength(JSON.stringify(big)),
    },
    present: library
      .filter((s) => embedded.has(s.id))
      .slice(0, INSERTS)
      .map((s) => ({ id: s.id, title: s.title })),
    fresh: library
      .filter((s) => !embedded.has(s.id))
      .slice(0, INSERTS)
      .map((s) => ({ id: s.id, title: s.title })),
  };
}

// ---------------------------------------------------------------------------------------------
// Open

/** A fresh page on a light screen (Forums loads no documents), settled. */
async function freshOnForums(context: BrowserContext, base: string, errors: string[]) {
  const page = await newPage(context, errors);
  await page.goto(`${base}/#/forums`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  return page;
}

/**
 * The editor shows the whole text, editable: its last paragraph in the DOM and every unit in the
 * window drawn (in a long text, units are drawn as they come near the window: RichTextUnitsPlugin).
 */
const TEXT_SHOWN = `(() => {
  const root = document.querySelector(${JSON.stringify(EDITOR)});
  if (root === null || !root.isContentEditable) return false;
  const last = root.lastElementChild;
  if (last === null || !last.textContent.includes(${JSON.stringify(CLOSING.slice(0, 40))})) return false;
  let inView = 0;
  for (const block of root.children) {
    const r = block.getBoundingClientRect();
    if (r.bottom < 0 || r.top > innerHeight) continue;
    inView += 1;
    const units = block.matches('.ed-block') ? [block] : block.querySelectorAll('.ed-inline, .ed-block');
    for (const u of units) if (u.firstChild === null) return false;
  }
  return inView > 0;
})()`;

/** The library's values in: every linked snippet's text, and preflight's counts. */
const VALUES_SHOWN = `(() => {
  if (!${TEXT_SHOWN}) return false;
  if (document.querySelector('.doc-counts') === null) return false;
  const root = document.querySelector(${JSON.stringify(EDITOR)});
  return root.querySelector('.ed-snippet-body > .ed-muted') === null;
})()`;

async function openDocument(
  page: Page,
  id: string,
): Promise<{ start: number; text: Painted; values: Painted }> {
  const r = (await page.evaluate(`(() => {
    const b = window.__bench;
    const text = b.when(() => location.hash === '#/documents/${id}' && ${TEXT_SHOWN});
    const values = b.when(() => location.hash === '#/documents/${id}' && ${VALUES_SHOWN});
    const start = performance.now();
    location.hash = '#/documents/${id}';
    return Promise.all([text, values]).then(([text, values]) => ({ start, text, values }));
  })()`)) as { start: number; text: Painted | null; values: Painted | null };
  if (r.text === null || r.values === null) throw new Error('the document never showed its text');
  return { start: r.start, text: r.text, values: r.values };
}

async function measureOpen(
  context: BrowserContext,
  base: string,
  errors: string[],
  backendCalls: BackendCall[],
  id: string,
  label: string,
  paragraphs: number,
  profile: string | null,
): Promise<OpenResult> {
  const text: number[] = [];
  const values: number[] = [];
  const longest: number[] = [];
  const samples: Record<string, number>[] = [];
  for (let run = 0; run < OPEN_RUNS + 1; run++) {
    const page = await freshOnForums(context, base, errors);
    const cdp = profile !== null && run === 1 ? await startProfile(page) : null;
    const backendFrom = backendCalls.length;
    const { start, text: t, values: v } = await openDocument(page, id);
    if (cdp !== null && profile !== null)
      await stopProfile(cdp, join(profile, `open-${label.replace(/\W+/g, '-')}.cpuprofile`));
    await page.waitForTimeout(200);
    const calls = await pageCalls(page);
    const tasks = (
      (await page.evaluate('window.__bench.longTasks')) as { start: number; duration: number }[]
    ).filter((l) => l.start >= start && l.start <= v.painted);
    const get = callAfter(calls, 'documents.get', start);
    const preview = callAfter(calls, 'documents.preview', start);
    const backendOf = (method: string): number =>
      backendCalls.slice(backendFrom).find((c) => c.method === method)?.ms ?? NaN;
    await page.close();
    if (run === 0) continue;
    text.push(t.painted - start);
    values.push(v.painted - start);
    longest.push(Math.max(0, ...tasks.map((l) => l.duration)));
    samples.push({
      'navigation → documents.get sent': get.t0 - start,
      'documents.get (sent → JSON parsed)': get.t2 - get.t0,
      '  of which the backend': backendOf('documents.get'),
      'JSON parsed → text in the DOM (Lexical, then React draws the units)': t.dom - get.t2,
      'text in the DOM → painted': t.painted - t.dom,
      'navigation → text painted': t.painted - start,
      'documents.preview sent (after the text)': preview.t0 - start,
      'documents.preview (sent → JSON parsed)': preview.t2 - preview.t0,
      '  of which the backend ': backendOf('documents.preview'),
      'JSON parsed → values in the DOM (React)': v.dom - preview.t2,
      'navigation → values painted': v.painted - start,
    });
  }
  const s = summarise(text);
  log(`  open ${label}: text ${ms(s.p50)} (p95 ${ms(s.p95)}), values ${ms(summarise(values).p50)}`);
  return {
    label,
    paragraphs,
    text: s,
    values: summarise(values),
    phases: phases(samples),
    longestTask: summarise(longest),
  };
}

// ---------------------------------------------------------------------------------------------
// CPU profiles (--profile)

type Cdp = Awaited<ReturnType<BrowserContext['newCDPSession']>>;

/** What Chromium's Performance panel records: tasks, style, layout, paint, scripts. */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'blink.user_timing',
];

async function startProfile(page: Page): Promise<Cdp> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return cdp;
}

async function stopProfile(cdp: Cdp, file: string): Promise<void> {
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(file, JSON.stringify(profile));
  await cdp.detach();
  log(`  CPU profile: ${file}`);
}

// ---------------------------------------------------------------------------------------------
// Typing, preflight, autosave

/** Puts the caret at the end of the last text of a top-level paragraph, scrolled into view. */
async function caretAt(page: Page, position: Position): Promise<void> {
  const ok = await page.evaluate(`(() => {
    const root = document.querySelector(${JSON.stringify(EDITOR)});
    const paras = [...root.children].filter((e) => e.tagName === 'P' && e.textContent.trim() !== '');
    const p = ${position === 'start' ? 'paras[0]' : position === 'end' ? 'paras[paras.length - 1]' : 'paras[Math.floor(paras.length / 2)]'};
    p.scrollIntoView({ block: 'center' });
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement.closest('.ed-inline, .ed-block') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    let last = null;
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) last = n;
    if (last === null) return false;
    root.focus({ preventScroll: true });
    getSelection().setBaseAndExtent(last, last.length, last, last.length);
    return true;
  })()`);
  if (ok !== true) throw new Error(`no text to type into at the ${position}`);
  await page.waitForTimeout(300);
}

const wordsShown = async (page: Page): Promise<number> =>
  Number(
    /^(\d+) words/.exec(
      (
        (await page.evaluate(`document.querySelector('.doc-counts')?.textContent ?? ''`)) as string
      ).trim(),
    )?.[1] ?? NaN,
  );

interface Round {
  position: Position;
  keys: KeyRecord[];
  preflight: Painted & { pause: number };
  saved: Painted;
}

async function typeRound(page: Page, position: Position): Promise<Round> {
  const before = await wordsShown(page);
  if (!Number.isFinite(before)) throw new Error('preflight shows no word count');
  await page.evaluate(`(() => {
    const b = window.__bench;
    b.keys.length = 0;
    b.stopKeys = b.recordKeys(document.querySelector(${JSON.stringify(EDITOR)}));
  })()`);
  for (const ch of PHRASE) {
    await page.keyboard.press(ch === ' ' ? 'Space' : ch);
    await page.waitForTimeout(KEY_GAP_MS);
  }
  // The counts after the pause, and the autosave's "Saved".
  const r = (await page.evaluate(`(() => {
    const b = window.__bench;
    const want = ${before + PHRASE_WORDS};
    const counts = b.when(() => {
      const m = /^(\\d+) words/.exec((document.querySelector('.doc-counts')?.textContent ?? '').trim());
      return m !== null && Number(m[1]) === want;
    }, 20000);
    const saved = b.when(() => [...document.querySelectorAll('[role=status]')].some((s) => /^Saved /.test(s.textContent)), 20000);
    return Promise.all([counts, saved]).then(([preflight, saved]) => {
      b.stopKeys();
      return { preflight, saved, keys: b.keys.slice() };
    });
  })()`)) as { preflight: Painted | null; saved: Painted | null; keys: KeyRecord[] };
  if (r.preflight === null)
    throw new Error(
      `preflight never showed ${before + PHRASE_WORDS} words (typed at the ${position})`,
    );
  if (r.saved === null)
    throw new Error(`the document never said "Saved" (typed at the ${position})`);
  const last = r.keys.reduce((m, k) => Math.max(m, k.t0), 0);
  return { position, keys: r.keys, preflight: { ...r.preflight, pause: last }, saved: r.saved };
}

async function measureTyping(
  page: Page,
  backendCalls: BackendCall[],
  profile: string | null,
): Promise<{
  typing: EditorResult['typing'];
  preflight: EditorResult['preflight'];
  autosave: EditorResult['autosave'];
}> {
  const debounceMs = pageConstant('PREVIEW_DELAY_MS');
  const autosaveMs = pageConstant('AUTOSAVE_DELAY_MS');
  const positions: Position[] = ['start', 'middle', 'end'];
  const rounds: Round[] = [];
  const preflightSamples: Record<string, number>[] = [];
  const typingFrom = (await page.evaluate('performance.now()')) as number;
  for (const position of positions) {
    await caretAt(page, position);
    for (let i = 0; i < ROUNDS; i++) {
      const profiled = profile !== null && i === 1;
      const cdp = profiled ? await startProfile(page) : null;
      if (profiled)
        await page.context().browser()?.startTracing(page, { categories: TRACE_CATEGORIES });
      const backendFrom = backendCalls.length;
      const round = await typeRound(page, position);
      if (cdp !== null && profile !== null) {
        await stopProfile(cdp, join(profile, `typing-${position}.cpuprofile`));
        const trace = await page.context().browser()?.stopTracing();
        if (trace !== undefined)
          writeFileSync(join(profile, `typing-${position}.trace.json`), trace);
      }
      rounds.push(round);
      const calls = await pageCalls(page);
      const preview = callAfter(calls, 'documents.preview', round.preflight.pause);
      const t = round.preflight;
      preflightSamples.push({
        'pause (last keystroke) → documents.preview sent (the debounce, then the content serialised)':
          preview.t0 - t.pause,
        'documents.preview (sent → JSON parsed)': preview.t2 - preview.t0,
        '  of which the backend':
          backendCalls
            .slice(backendFrom)
            .filter((c) => c.method === 'documents.preview')
            .pop()?.ms ?? NaN,
        'JSON parsed → counts in the DOM (React)': t.dom - preview.t2,
        'counts in the DOM → painted': t.painted - t.dom,
        'pause → counts painted': t.painted - t.pause,
      });
      await page.waitForTimeout(300);
    }
    log(`  typed at the ${position}`);
  }
  const keys = rounds.flatMap((r) => r.keys.map((k) => ({ ...k, position: r.position })));
  const timedKeys = keys.filter((k) => k.painted !== undefined && !k.unchanged);
  const keyPhases = (ks: typeof timedKeys) =>
    phases(
      ks.map((k) => ({
        'keydown → DOM changed (Lexical, and what runs with its update)': (k.dom ?? 0) - k.t0,
        'DOM changed → next animation frame': (k.raf ?? 0) - (k.dom ?? 0),
        'frame → painted': (k.painted ?? 0) - (k.raf ?? 0),
        'keydown → painted': (k.painted ?? 0) - k.t0,
      })),
    );
  const all = summarise(timedKeys.map((k) => (k.painted ?? 0) - k.t0));
  const events = (
    (await page.evaluate('window.__bench.events')) as {
      name: string;
      start: number;
      duration: number;
    }[]
  ).filter((e) => e.start >= typingFrom && e.name === 'keydown');
  const tasks = (
    (await page.evaluate('window.__bench.longTasks')) as { start: number; duration: number }[]
  ).filter((l) => l.start >= typingFrom);
  // Long tasks while keys were typed (not in the pauses, where preflight and the save run).
  const typingSpans = rounds.map((r) => [
    Math.min(...r.keys.map((k) => k.t0)),
    Math.max(...r.keys.map((k) => k.painted ?? k.t0)),
  ]);
  const inTyping = tasks.filter((l) =>
    typingSpans.some(([a, b]) => l.start >= (a ?? 0) && l.start <= (b ?? 0)),
  );
  const total = summarise(rounds.map((r) => r.preflight.painted - r.preflight.pause));
  log(`  typing: median ${ms(all.p50)}, p95 ${ms(all.p95)} (${all.n} keys)`);
  log(`  preflight: ${ms(total.p50)} (p95 ${ms(total.p95)}), debounce ${debounceMs} ms`);
  return {
    typing: {
      gapMs: KEY_GAP_MS,
      phrase: PHRASE,
      rounds: ROUNDS,
      all,
      byPosition: positions.map((position) => {
        const ks = timedKeys.filter((k) => k.position === position);
        return {
          position,
          time: summarise(ks.map((k) => (k.painted ?? 0) - k.t0)),
          phases: keyPhases(ks),
        };
      }),
      phases: keyPhases(timedKeys),
      unchanged: keys.length - timedKeys.length,
      eventTiming: {
        keys: timedKeys.length,
        over16: events.length,
        longest: Math.max(0, ...events.map((e) => e.duration)),
      },
      longTasks: {
        count: inTyping.length,
        longest: Math.max(0, ...inTyping.map((l) => l.duration)),
        total: inTyping.reduce((s, l) => s + l.duration, 0),
      },
    },
    preflight: {
      debounceMs,
      total,
      afterDebounce: summarise(
        rounds.map((r) => r.preflight.painted - r.preflight.pause - debounceMs),
      ),
      phases: phases(preflightSamples),
    },
    autosave: {
      delayMs: autosaveMs,
      time: summarise(rounds.map((r) => r.saved.painted - r.preflight.pause)),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Snippets from the library panel

async function insertOnce(
  page: Page,
  snippet: { id: string; title: string },
  profileTo: string | null = null,
): Promise<{ enter: number; frame: Painted; text: Painted; calls: PageCall[] }> {
  await caretAt(page, 'middle');
  const list = page.getByRole('listbox', { name: 'Snippets' });
  const option = list.getByRole('option', { name: snippet.title, exact: true });
  await option.scrollIntoViewIfNeeded();
  await option.click();
  await page.getByRole('region', { name: `Preview: ${snippet.title}` }).waitFor();
  await page.waitForTimeout(300);
  const label = `Snippet: ${snippet.title}`;
  await page.evaluate(`(() => {
    const b = window.__bench;
    const root = document.querySelector(${JSON.stringify(EDITOR)});
    const frames = () => [...root.querySelectorAll('section.ed-snippet')].filter((s) => s.getAttribute('aria-label') === ${JSON.stringify(label)});
    const before = frames().length;
    const rec = { enter: 0 };
    window.addEventListener('keydown', (e) => { if (e.key === 'Enter') rec.enter = e.timeStamp; }, { once: true, capture: true });
    const frame = b.when(() => rec.enter > 0 && frames().length === before + 1, 30000);
    const text = b.when(() => rec.enter > 0 && frames().length === before + 1 && frames().every((s) => s.querySelector('.ed-snippet-body > .ed-muted') === null), 30000);
    b.probe = Promise.all([frame, text]).then(([frame, text]) => ({ enter: rec.enter, frame, text }));
  })()`);
  const cdp = profileTo === null ? null : await startProfile(page);
  if (profileTo !== null)
    await page.context().browser()?.startTracing(page, { categories: TRACE_CATEGORIES });
  await option.press('Enter');
  const r = (await page.evaluate('window.__bench.probe')) as {
    enter: number;
    frame: Painted | null;
    text: Painted | null;
  };
  if (cdp !== null && profileTo !== null) {
    await stopProfile(cdp, profileTo);
    const trace = await page.context().browser()?.stopTracing();
    if (trace !== undefined)
      writeFileSync(profileTo.replace(/\.cpuprofile$/, '.trace.json'), trace);
  }
  if (r.frame === null || r.text === null) {
    const shot = join(benchDir(), 'editor-failure.png');
    await page.screenshot({ path: shot });
    throw new Error(`the snippet “${snippet.title}” never showed in the text (see ${shot})`);
  }
  await page
    .getByRole('status')
    .filter({ hasText: /^Saved / })
    .waitFor({ timeout: 20_000 });
  return { enter: r.enter, frame: r.frame, text: r.text, calls: await pageCalls(page) };
}

async function measureInsert(
  page: Page,
  built: Built,
  profile: string | null,
): Promise<EditorResult['insert']> {
  await page.getByRole('tab', { name: 'Library' }).click();
  await page.getByRole('listbox', { name: 'Snippets' }).getByRole('option').first().waitFor();
  const present: number[] = [];
  const fresh: number[] = [];
  const frame: number[] = [];
  const samples: Record<string, number>[] = [];
  let called = 0;
  const runs = [
    ...built.present.map((s) => ({ s, kind: 'present' as const })),
    ...built.fresh.map((s) => ({ s, kind: 'fresh' as const })),
  ];
  for (const [i, { s, kind }] of runs.entries()) {
    const profileTo =
      profile !== null && (i === 1 || i === runs.length - 1)
        ? join(profile, `insert-${kind}.cpuprofile`)
        : null;
    const r = await insertOnce(page, s, profileTo);
    // The panel may have the snippet's data already (asked for when it showed the snippet).
    const calls = r.calls.filter(
      (c) => c.t0 >= r.enter && (c.method === 'snippets.embedding' || c.method === 'snippets.get'),
    );
    const answered = Math.max(r.enter, ...calls.map((c) => c.t2));
    (kind === 'present' ? present : fresh).push(r.text.painted - r.enter);
    frame.push(r.frame.painted - r.enter);
    if (calls.length > 0) called += 1;
    samples.push({
      "Enter → the snippet's data at hand (snippets.embedding and .get, unless already fetched)":
        answered - r.enter,
      'data at hand → the frame in the DOM (Lexical, React)': r.frame.dom - answered,
      'frame in the DOM → painted': r.frame.painted - r.frame.dom,
      'Enter → frame painted': r.frame.painted - r.enter,
    });
  }
  const p = summarise(present);
  const f = summarise(fresh);
  log(`  insert: present ${ms(p.p50)} (p95 ${ms(p.p95)}), fresh ${ms(f.p50)} (p95 ${ms(f.p95)})`);
  return { present: p, fresh: f, frame: summarise(frame), phases: phases(samples), called };
}

// ---------------------------------------------------------------------------------------------

export async function runEditor(options: { profile?: string } = {}): Promise<EditorResult> {
  const profile = options.profile ?? null;
  if (profile !== null) mkdirSync(profile, { recursive: true });
  mkdirSync(benchDir(), { recursive: true });
  const libraryPath = join(benchDir(), `editor-${process.pid}.db`);
  removeLibrary(libraryPath);
  const staticDir = await ensureRenderer(ROOT, log);
  const backend = new Backend({ libraryPath, door: 'browser', today: () => AS_OF });
  const backendCalls: BackendCall[] = [];
  let door: Door | null = null;
  let browser: Browser | null = null;
  try {
    log('Editor: building the library and the document…');
    const built = await buildDocuments(backend);
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
    await context.addInitScript({ content: EDITOR_PROBE });
    const errors: string[] = [];
    const base = `http://127.0.0.1:${door.port}`;
    const first = await newPage(context, errors);
    await first.goto(door.url);
    await first.getByRole('heading', { level: 1 }).first().waitFor();
    await first.waitForLoadState('networkidle');
    log('Editor: idle frames…');
    const idleFrame = await idleFrames(first);
    await first.close();

    log(
      `Editor: opening (${built.facts.paragraphs} paragraphs, then ${built.facts.doubledParagraphs})…`,
    );
    const open = !PARTS.has('open')
      ? []
      : [
          await measureOpen(
            context,
            base,
            errors,
            backendCalls,
            built.big.id,
            `${built.facts.paragraphs.toLocaleString('en-US')} paragraphs`,
            built.facts.paragraphs,
            profile,
          ),
          await measureOpen(
            context,
            base,
            errors,
            backendCalls,
            built.doubled.id,
            `the submission doubled (${built.facts.doubledParagraphs.toLocaleString('en-US')} paragraphs)`,
            built.facts.doubledParagraphs,
            null,
          ),
        ];

    log('Editor: typing…');
    const page = await freshOnForums(context, base, errors);
    await openDocument(page, built.big.id);
    await page.evaluate(`window.__bench.when(() => ${VALUES_SHOWN})`);
    const words = await wordsShown(page);
    const domElements = (await page.evaluate(
      `document.querySelector(${JSON.stringify(EDITOR)}).getElementsByTagName('*').length`,
    )) as number;
    await page.waitForTimeout(1000);
    const none = summarise([]);
    const { typing, preflight, autosave } = PARTS.has('typing')
      ? await measureTyping(page, backendCalls, profile)
      : {
          typing: {
            gapMs: KEY_GAP_MS,
            phrase: PHRASE,
            rounds: 0,
            all: none,
            byPosition: [],
            phases: [],
            unchanged: 0,
            eventTiming: { keys: 0, over16: 0, longest: 0 },
            longTasks: { count: 0, longest: 0, total: 0 },
          },
          preflight: { debounceMs: 0, total: none, afterDebounce: none, phases: [] },
          autosave: { delayMs: 0, time: none },
        };
    log('Editor: snippets from the library panel…');
    const insert = PARTS.has('insert')
      ? await measureInsert(page, built, profile)
      : { present: none, fresh: none, frame: none, phases: [], called: 0 };
    await page.close();
    return {
      chromium: `Chromium ${browser.version()}`,
      viewport: VIEWPORT,
      idleFrame,
      document: { ...built.facts, words, domElements },
      open,
      typing,
      preflight,
      autosave,
      insert,
      pageErrors: [...new Set(errors)],
    };
  } finally {
    await browser?.close();
    await door?.close();
    backend.close();
    removeLibrary(libraryPath);
  }
}

async function main(argv: string[]): Promise<void> {
  let json: string | null = null;
  let profile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') json = argv[++i] ?? null;
    else if (argv[i] === '--profile') profile = resolve(argv[++i] ?? 'editor-profile');
    else throw new Error(`unknown argument ${argv[i] ?? ''} (use --json FILE [--profile DIR])`);
  }
  const result = await runEditor(profile === undefined ? {} : { profile });
  if (json === null) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
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
