/**
 * The document benchmark's results and their report (the "Documents" section of BENCHMARKS.md).
 * Apart from bench/documents.ts so that bench/run.ts can write the report without loading the
 * renderers (pdfmake, docx) into the process whose memory it measures.
 */
import { exportMarkdown, type ExportComparison } from './cli';
import { markdownTable, mb, ms, type Summary } from './stats';

/** The issue's targets, on a 2-core machine. */
export const DOCUMENT_TARGETS = {
  docxMs: 1500,
  pdfMs: 3000,
  htmlMs: 300,
  preflightMs: 50,
} as const;

/** Timed runs and warm-up runs; p95 of 10 runs is the slowest run (nearest rank). */
export const DOCUMENT_RUNS = {
  RUNS: 10,
  WARMUP: 2,
  /** Preflight is cheap: more runs. */
  PREFLIGHT_RUNS: 30,
  PREFLIGHT_WARMUP: 10,
  /** End-to-end exports are information only: fewer runs. */
  EXPORT_RUNS: 3,
  EXPORT_WARMUP: 1,
} as const;

export interface DocumentFacts {
  title: string;
  forumKey: string;
  footnotesForumKey: string;
  /** sha1 of the document's content JSON: the same on every run (the build is deterministic). */
  contentHash: string;
  pdfPages: { endnotes: number; footnotes: number; counter: string };
  /** Notes in the .docx (its endnotes part). */
  docxNotes: number;
  words: { body: number; notes: number; counted: number; limit: number | null };
  pagesEstimate: number;
  /** Notes in the print tree: citations and footnotes, of which `fromSnippets` in the snippets. */
  notes: { total: number; citations: number; footnotes: number; fromSnippets: number };
  snippets: {
    embedded: number;
    linked: number;
    words: { min: number; max: number; total: number };
  };
  liveFields: Record<string, number>;
  headings: { h1: number; h2: number };
  numberedParagraphs: number;
  signatories: { confirmed: number; invited: number };
  library: Record<string, number>;
  findings: { errors: number; warnings: number; codes: Record<string, number> };
  bytes: Record<string, number>;
  problems: number;
}

export type TimingKey =
  | 'preflightPure'
  | 'resolveOnly'
  | 'preflightOnly'
  | 'loadView'
  | 'prepare'
  | 'check'
  | 'docx'
  | 'pdfEndnotes'
  | 'pdfFootnotes'
  | 'html'
  | 'exportDocx'
  | 'exportPdf'
  | 'exportPdfFootnotes'
  | 'exportHtml';

export interface DocumentsResult {
  facts: DocumentFacts;
  timings: Record<TimingKey, Summary>;
  /** The first call in the process (before any warm-up): module loading, JIT, font parsing. */
  cold: Partial<Record<TimingKey, number>>;
  buildSeconds: number;
  seconds: number;
  peakRss: number;
  /** Whole-process exports by the CLI, pandoc and Chromium (bench/cli.ts). */
  exports: ExportComparison;
}

// ---------------------------------------------------------------------------------------------
// Report

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const verdict = (s: Summary, target: number): string =>
  s.p95 < target ? 'PASS' : s.p50 < target ? 'FAIL (p95; median passes)' : 'FAIL';

/** The rows of the results table: measure, median, p95, target, verdict. */
export function documentRows(r: DocumentsResult): string[][] {
  const t = r.timings;
  const T = DOCUMENT_TARGETS;
  const row = (label: string, s: Summary, target: number | null, key?: TimingKey): string[] => [
    `${label} (${s.n} runs)`,
    ms(s.p50),
    ms(s.p95),
    key === undefined || r.cold[key] === undefined ? '' : ms(r.cold[key]),
    target === null ? '–' : `< ${ms(target)}`,
    target === null ? 'info' : verdict(s, target),
  ];
  return [
    row(
      'preflight: resolveDocument + preflight, library view loaded',
      t.preflightPure,
      T.preflightMs,
    ),
    row('  · resolveDocument alone', t.resolveOnly, null),
    row('  · preflight alone', t.preflightOnly, null),
    row('loadLibraryView (the DB reads)', t.loadView, null),
    row('prepareDocument (DB reads + resolve + preflight)', t.prepare, null, 'prepare'),
    row('documents.check (backend call)', t.check, null),
    row('.docx render (renderPrepared)', t.docx, T.docxMs, 'docx'),
    row('PDF render, endnotes (upr-stakeholder)', t.pdfEndnotes, T.pdfMs, 'pdfEndnotes'),
    row(
      'PDF render, footnotes (same tree, noteStyle footnotes)',
      t.pdfFootnotes,
      T.pdfMs,
      'pdfFootnotes',
    ),
    row('HTML render', t.html, T.htmlMs, 'html'),
    row('documents.export docx, end to end (prepare + render + write)', t.exportDocx, null),
    row('documents.export pdf, end to end', t.exportPdf, null),
    row(
      'documents.export pdf, footnotes (joint-statement copy), end to end',
      t.exportPdfFootnotes,
      null,
    ),
    row('documents.export html, end to end', t.exportHtml, null),
  ];
}

export const DOCUMENT_HEAD = ['Measure', 'median', 'p95', 'first run (cold)', 'Target', ''];

/** The "## Documents" section of BENCHMARKS.md. */
export function documentsMarkdown(r: DocumentsResult, when: string): string {
  const f = r.facts;
  const fieldList = Object.entries(f.liveFields)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const fieldTotal = Object.values(f.liveFields).reduce((s, v) => s + v, 0);
  const codes = Object.entries(f.findings.codes)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const facts = markdownTable(
    ['The document', ''],
    [
      ['title', `${f.title} (forum ${f.forumKey}: numbered paragraphs, endnotes)`],
      [
        'pages',
        `**${f.pdfPages.endnotes}** A4 pages as PDF with endnotes, ${f.pdfPages.footnotes} with footnotes (counted by ${f.pdfPages.counter}); preflight estimates ${f.pagesEstimate}`,
      ],
      [
        'words (preflight)',
        `**${f.words.body.toLocaleString('en-US')}** in the body, ${f.words.notes.toLocaleString('en-US')} in the notes: ${f.words.counted.toLocaleString('en-US')} counted (limit ${f.words.limit?.toLocaleString('en-US') ?? 'none'})`,
      ],
      [
        'notes',
        `**${f.notes.total}** (${f.docxNotes} endnotes in the .docx): ${f.notes.citations} citations of library sources (most with pinpoints), ${f.notes.footnotes} free-text footnotes; ${f.notes.fromSnippets} of the citations come with the snippets`,
      ],
      [
        'snippets',
        `${f.snippets.linked} linked (${f.snippets.embedded} embedded), each linked to 1–2 cases; ${f.snippets.words.min}–${f.snippets.words.max} words, ${f.snippets.words.total.toLocaleString('en-US')} in all`,
      ],
      ['live fields', `${fieldTotal}: ${fieldList} (paragraphs, snippets and an annex table)`],
      [
        'structure',
        `${f.headings.h1} headings, ${f.headings.h2} subheadings, ${f.numberedParagraphs} numbered paragraphs, a bulleted list, quotes, a 31-row table; ${f.signatories.confirmed} confirmed signatories (${f.signatories.invited} invited)`,
      ],
      [
        'preflight findings',
        `${plural(f.findings.errors, 'error')}, ${plural(f.findings.warnings, 'warning')} (${codes}); exports use force`,
      ],
      [
        'output',
        `docx ${mb(f.bytes.docx ?? 0)}, PDF ${mb(f.bytes.pdfEndnotes ?? 0)} (footnotes ${mb(f.bytes.pdfFootnotes ?? 0)}), HTML ${mb(f.bytes.html ?? 0)}`,
      ],
      [
        'library',
        `${Object.entries(f.library)
          .map(([k, v]) => `${v} ${k}`)
          .join(', ')} (the demo library and what the benchmark adds)`,
      ],
      ['content sha1', `\`${f.contentHash}\` (the same on every run)`],
    ],
  );
  return [
    '## Documents',
    '',
    `Measured ${when}; the document part took ${r.seconds.toFixed(0)} s (building the library and document ${r.buildSeconds.toFixed(1)} s), peak RSS ${mb(r.peakRss)}, in a process of its own (peak RSS after about 70 renders back to back).`,
    '',
    'Target (compose/export issue): an 80-page submission (about 30,000 words, 300 notes, 60 linked',
    'snippets): .docx under 1.5 s, PDF under 3 s, HTML under 300 ms, preflight under 50 ms, on a',
    '2-core machine. bench/documents.ts builds it deterministically in a fresh small library (the demo',
    'library plus organisations, persons, cases with events, sources and 60 snippets, all saved through',
    'the backend), as a joint UPR stakeholder submission.',
    '',
    facts,
    '',
    markdownTable(DOCUMENT_HEAD, documentRows(r)),
    '',
    `Warm: each figure after ${DOCUMENT_RUNS.WARMUP} warm-up runs (preflight ${DOCUMENT_RUNS.PREFLIGHT_WARMUP}, exports ${DOCUMENT_RUNS.EXPORT_WARMUP}), in one`,
    'process; p95 is nearest rank, so over 10 runs it is the slowest run. A target is met when the p95',
    'is under it. "First run" is the first call in the process, before any warm-up (JIT, font',
    'parsing): what the first export of a session costs. Renders are `renderPrepared` on a prepared',
    'document (the print tree the app renders); the footnotes PDF is the same tree with',
    '`noteStyle: footnotes` (footnote placement is the expensive path). `documents.export` goes',
    "through the backend (prepare, render, fsync'd write), with `force`, since preflight reports",
    'errors (the word limit; the UPR takes .docx only).',
    '',
    exportMarkdown(r.exports),
  ].join('\n');
}
