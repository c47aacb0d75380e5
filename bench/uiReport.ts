/**
 * The window benchmark's results and their report (the "Window (headless Chromium)" section of
 * BENCHMARKS.md). Apart from bench/ui.ts so that bench/run.ts can write the report without
 * loading playwright-core into the process whose memory it measures.
 */
import { markdownTable, ms, type Summary } from './stats';

/** The issue's targets for the window. */
export const UI_TARGETS = {
  searchP50Ms: 50,
  searchP95Ms: 100,
  personsOpenMs: 300,
  firstContentMs: 1000,
  casePageMs: 200,
  /** A frame longer than 1.5 frames at 60 Hz counts as dropped. */
  droppedFrameMs: 1.5 * (1000 / 60),
} as const;

/** One scroll through the persons table: frame lengths from requestAnimationFrame deltas. */
export interface ScrollRun {
  mode: string;
  wheelEvents: number;
  pixels: number;
  /** The last row in view at the end (1-based), of `rows`. */
  lastRowInView: number;
  rows: number;
  frames: number;
  /** Frames longer than UI_TARGETS.droppedFrameMs. */
  dropped: number;
  longestMs: number;
  durationMs: number;
}

/** Where the time of one kind of measure goes (medians over its runs). */
export interface Phase {
  name: string;
  time: Summary;
}

export interface UiResult {
  chromium: string;
  viewport: { width: number; height: number };
  counts: { persons: number; cases: number };
  /** rAF deltas on an idle page: the frame interval headless Chromium gives. */
  idleFrame: Summary;
  search: {
    time: Summary;
    /** By kind of query (Azerbaijani, English, Cyrillic…). */
    byClass: { label: string; time: Summary }[];
    phases: Phase[];
    /** Queries left out: the final keystroke did not change the results (nothing to wait for). */
    skipped: number;
    examples: string[];
  };
  persons: { cold: Summary; warm: Summary; phases: Phase[]; scroll: ScrollRun[] };
  firstContent: { fcp: Summary; firstRow: Summary; phases: Phase[] };
  casePage: { events: number; sources: number; cold: Summary; warm: Summary; phases: Phase[] };
  /** Errors the page logged while measured (there should be none). */
  pageErrors: string[];
}

const pass = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');

export const UI_HEAD = ['Measure', 'median', 'p95', 'max', 'runs', 'Target', ''];

export function uiRows(r: UiResult): string[][] {
  const row = (label: string, s: Summary, target: string, ok: boolean | null): string[] => [
    label,
    ms(s.p50),
    ms(s.p95),
    ms(s.max),
    String(s.n),
    target,
    ok === null ? 'info' : pass(ok),
  ];
  const t = UI_TARGETS;
  const worstDropped = Math.max(0, ...r.persons.scroll.map((s) => s.dropped));
  return [
    row(
      'search: last keystroke → results painted, median',
      r.search.time,
      `< ${t.searchP50Ms} ms`,
      r.search.time.p50 < t.searchP50Ms,
    ),
    row(
      'search: last keystroke → results painted, p95',
      r.search.time,
      `< ${t.searchP95Ms} ms`,
      r.search.time.p95 < t.searchP95Ms,
    ),
    row(
      'persons table opens (sidebar click → first rows painted; data fetched)',
      r.persons.cold,
      `< ${t.personsOpenMs} ms`,
      r.persons.cold.p50 < t.personsOpenMs && r.persons.cold.p95 < t.personsOpenMs,
    ),
    row(
      'persons table opens again (data cached by the page)',
      r.persons.warm,
      `< ${t.personsOpenMs} ms`,
      r.persons.warm.p50 < t.personsOpenMs && r.persons.warm.p95 < t.personsOpenMs,
    ),
    [
      'persons table scroll: dropped frames (> 25 ms), worst run',
      String(worstDropped),
      '',
      `${ms(Math.max(0, ...r.persons.scroll.map((s) => s.longestMs)))} longest`,
      String(r.persons.scroll.length),
      '0',
      pass(worstDropped === 0),
    ],
    row(
      'first contentful paint (page load)',
      r.firstContent.fcp,
      `< ${t.firstContentMs} ms`,
      r.firstContent.fcp.p50 < t.firstContentMs && r.firstContent.fcp.p95 < t.firstContentMs,
    ),
    row(
      'page load → first row of the cases list painted',
      r.firstContent.firstRow,
      `< ${t.firstContentMs} ms`,
      r.firstContent.firstRow.p50 < t.firstContentMs &&
        r.firstContent.firstRow.p95 < t.firstContentMs,
    ),
    row(
      `case page, ${r.casePage.events} events (navigation → last event and facts painted; data fetched)`,
      r.casePage.cold,
      `< ${t.casePageMs} ms`,
      r.casePage.cold.p50 < t.casePageMs && r.casePage.cold.p95 < t.casePageMs,
    ),
    row(
      'case page again (data cached by the page)',
      r.casePage.warm,
      `< ${t.casePageMs} ms`,
      r.casePage.warm.p50 < t.casePageMs && r.casePage.warm.p95 < t.casePageMs,
    ),
  ];
}

const PHASE_HEAD = ['Phase', 'median', 'p95'];

function phaseTable(phases: readonly Phase[]): string {
  return markdownTable(
    PHASE_HEAD,
    phases.map((p) => [p.name, ms(p.time.p50), ms(p.time.p95)]),
  );
}

export const SCROLL_HEAD = [
  'Scroll',
  'wheel events',
  'pixels',
  'last row in view',
  'frames',
  'dropped (> 25 ms)',
  'longest frame',
  'duration',
];

export function scrollRows(r: UiResult): string[][] {
  return r.persons.scroll.map((s) => [
    s.mode,
    String(s.wheelEvents),
    s.pixels.toLocaleString('en-US'),
    `${s.lastRowInView.toLocaleString('en-US')} of ${s.rows.toLocaleString('en-US')}`,
    String(s.frames),
    String(s.dropped),
    ms(s.longestMs),
    ms(s.durationMs),
  ]);
}

const median = (phases: readonly Phase[], name: string): string =>
  ms(phases.find((p) => p.name === name)?.time.p50 ?? NaN);

/** What takes the time in each missed target, from this run's phases, and the fix proposed. */
function missed(r: UiResult): string[] {
  const t = UI_TARGETS;
  const out: string[] = [];
  const p = r.persons.phases;
  if (r.persons.cold.p50 >= t.personsOpenMs || r.persons.cold.p95 >= t.personsOpenMs)
    out.push(
      `- **Persons table, first open: missed** (median ${ms(r.persons.cold.p50)}, p95 ${ms(r.persons.cold.p95)}). The`,
      `  first rows wait for \`persons.summaries\` of the first 100 (${median(p, 'persons.summaries, first 100 rows (sent → JSON parsed)')} median, of which the backend`,
      `  ${median(p, '  of which the backend')}); React then takes ${median(p, 'persons.summaries parsed → first rows in the DOM (React)')} to the first row. Every person comes after`,
      `  (${median(p, 'persons.summaries, every person, asked at the same time (sent → JSON parsed)')}, of which the backend ${median(p, '  of which the backend ')}).`,
    );
  const f = r.firstContent.phases;
  if (
    r.firstContent.firstRow.p50 >= t.firstContentMs ||
    r.firstContent.firstRow.p95 >= t.firstContentMs
  )
    out.push(
      `- **First library content: missed** (first row of the cases list at ${ms(r.firstContent.firstRow.p50)} median, p95 ${ms(r.firstContent.firstRow.p95)}; the first`,
      `  contentful paint, the frame, comes at ${ms(r.firstContent.fcp.p50)}). The cases list asks \`cases.summaries\` for its first 100 rows`,
      `  while the frame waits for \`library.info\`: ${median(f, 'cases.summaries, first 100 rows (sent → JSON parsed)')} from the call to its JSON parsed, of which`,
      `  the backend ${median(f, '  of which the backend')}; React then takes ${median(f, 'cases.summaries parsed → first row in the DOM (React)')} to the first row (the frame first). The scripts`,
      `  run at ${median(f, '→ scripts run, DOMContentLoaded')} (DOMContentLoaded). What is left: smaller scripts for the first screen.`,
    );
  const c = r.casePage.phases;
  if (r.casePage.cold.p50 >= t.casePageMs || r.casePage.cold.p95 >= t.casePageMs)
    out.push(
      `- **Case page of ${r.casePage.events} events: missed** (median ${ms(r.casePage.cold.p50)}, p95 ${ms(r.casePage.cold.p95)}). \`cases.get\` is quick`,
      `  (${median(c, 'cases.get HTTP call (sent → JSON parsed)')}); React takes ${median(c, 'JSON parsed → timeline in the DOM (React)')} to the DOM and the frame ${median(c, 'timeline in the DOM → painted')} more. The`,
      '  timeline and each event are memoised (the snippets answer no longer renders them again), the',
      '  status after each event comes from one pass, and events out of view have',
      '  `content-visibility: auto`. That property is not what slowed React in a busy run (481 ms on',
      '  2 December 2026, load 3.6 to 9.4): timed alone with bench/uiQuick.ts at load 2 to 5, React took',
      '  31-37 ms to the DOM with it and 31 ms without, and the paint 37 ms with it, 80 ms without.',
      '  What is left: rendering the 200 events in the first place (only the first screen of them, the',
      '  rest after the first paint).',
    );
  const worst = Math.max(0, ...r.persons.scroll.map((s) => s.dropped));
  if (worst > 0)
    out.push(
      `- **Scrolling: frames dropped** (${worst} in the worst run, longest ${ms(Math.max(0, ...r.persons.scroll.map((s) => s.longestMs)))}), mostly in the fling through`,
      '  every row, where each frame shows rows none of which were rendered before. Rows are',
      '  memoised (a row already on screen is not rendered again), their cell strings built once',
      '  with the row, and the virtualiser overscans 3 rows while scrolling (10 at rest); what is',
      '  left is the style, layout and paint of a screenful of new rows per frame with software',
      '  compositing (`--disable-gpu`).',
    );
  return out.length === 0 ? [] : ['### Targets missed', '', ...out, ''];
}

/** The section of BENCHMARKS.md. `when` says when and how it was measured. */
export function uiMarkdown(
  r: UiResult,
  when: string,
  cpu: string,
  busy: readonly string[] = [],
): string {
  return [
    '## Window (headless Chromium)',
    '',
    `Measured ${when}; ${cpu}; ${r.chromium}, headless, \`--disable-gpu\` (software compositing),`,
    `viewport ${r.viewport.width}×${r.viewport.height}. The app is the built renderer (out/web) served by the browser door`,
    `(src/web/server.ts) on 127.0.0.1 over the benchmark's library (${r.counts.persons.toLocaleString('en-US')} persons, ${r.counts.cases.toLocaleString('en-US')} cases),`,
    'with the backend in the bench process: every figure includes the HTTP call, the backend and React.',
    'Idle frames on this Chromium come every',
    `${ms(r.idleFrame.p50)} (median rAF delta on an idle page, p95 ${ms(r.idleFrame.p95)}), so "painted" below can be up to one frame late.`,
    '',
    ...busy,
    markdownTable(UI_HEAD, uiRows(r)),
    '',
    ...missed(r),
    'A target is met when both the median and the p95 are under it (search: the median under 50 ms,',
    'the p95 under 100 ms).',
    '',
    '**How each is measured.** In the page, a MutationObserver sees the awaited content appear (the',
    'DOM time); "painted" is then taken in a message posted from the next requestAnimationFrame',
    'callback, which runs once that frame has been styled, laid out and painted on the main thread.',
    '',
    `- **Search** (${r.search.time.n} runs; ${r.search.skipped} candidates left out, already typed or with no keystroke that changed`,
    '  the results): of each name, the part up to its last keystroke that changes the eight results',
    '  (typing the last letters of most full names changes nothing on screen, so there is nothing to',
    '  time). The header search box (combobox "Search the library") is cleared, that part typed but',
    '  its last character with `page.keyboard.type` (a search per keystroke, as a person types), the',
    '  results for that prefix awaited, then the last character typed. Timed from that',
    "  keystroke's `input` event (its `timeStamp`) until the listbox shows exactly the titles and",
    "  excerpts the backend returns for the whole query (asked beforehand on a connection of the bench's",
    '  own), painted. Every query is new to the page (nothing in its cache). Queries: full names in',
    '  Azerbaijani Latin (ə, ı, ş…), their English transliteration, the Cyrillic alias, and a given',
    `  name with a surname's first letters, e.g. ${r.search.examples.map((e) => `“${e}”`).join(', ')}.`,
    '- **Persons table**: a fresh page on "Forums & templates" (which loads no persons), then a click',
    '  on the sidebar link "Persons"; from the `click` event until the first body row of the table',
    '  "Persons" is painted. "Again": back to Forums by the sidebar and Persons once more in the same',
    '  page (every person is then in its query cache). The table asks `persons.summaries` for its first',
    '  100 rows, then for every row; the first rows painted are those of the first answer.',
    '- **Scroll**: the mouse over the table body, `page.mouse.wheel` events for about 2 s; a',
    '  requestAnimationFrame loop records every frame; a frame over 25 ms (1.5 × 16.7 ms) counts as',
    '  dropped. "Fling" moves through all the rows in those 2 s; "wheel" sends 100 px per event.',
    '- **First content**: the token was exchanged for the session cookie once; each run is a new tab',
    '  loading `/#/cases`. FCP is the `first-contentful-paint` entry; the first row is the first body',
    '  row of the table "Cases", painted (from the first 100 rows; every case comes after). Both from',
    '  the start of the navigation (performance.timeOrigin).',
    `- **Case page**: a case made through the contract (\`cases.save\`, then ${r.casePage.events} \`events.save\` citing`,
    `  ${r.casePage.sources} sources, one or two each). A fresh page on Forums, then \`location.hash\` set to the case's`,
    '  address (what a link in the app does); until the timeline has all its events and the facts',
    '  panel is there, painted. "Again": Forums, then the case once more in the same page.',
    '',
    '### Where the time goes (medians and p95 over the same runs)',
    '',
    'Search:',
    '',
    phaseTable(r.search.phases),
    '',
    'Search by kind of query (last keystroke → painted):',
    '',
    markdownTable(
      ['Queries', 'median', 'p95', 'runs'],
      r.search.byClass.map((c) => [c.label, ms(c.time.p50), ms(c.time.p95), String(c.time.n)]),
    ),
    '',
    'Persons table (data fetched):',
    '',
    phaseTable(r.persons.phases),
    '',
    'First content:',
    '',
    phaseTable(r.firstContent.phases),
    '',
    'Case page (data fetched):',
    '',
    phaseTable(r.casePage.phases),
    '',
    '"backend" is `dispatch` in the bench process (validation, SQLite, the result); "HTTP call" is',
    'from the `fetch` to its JSON parsed in the page, so it includes the backend.',
    '',
    '### Scrolling the persons table',
    '',
    markdownTable(SCROLL_HEAD, scrollRows(r)),
    '',
    ...(r.pageErrors.length > 0
      ? ['Errors the page logged:', '', ...r.pageErrors.map((e) => `- ${e}`), '']
      : []),
  ].join('\n');
}
