/**
 * One window screen, timed quickly while working on it (not written to BENCHMARKS.md):
 *
 *   BENCH_UI_RUNS=5 node --import tsx bench/uiQuick.ts case|persons|first [...]
 *
 * The same measures as bench/ui.ts, on the library it keeps in .bench/ (which must exist: run
 * `BENCH_ONLY=ui npm run bench` once), each printed with its phases.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { Backend } from '../src/backend/backend';
import type { Caller } from '../src/shared/api';
import { ensureRenderer } from '../src/web/rendererBuild';
import { startDoor } from '../src/web/server';
import { benchDir } from './generate';
import { ms } from './stats';
import type { Phase } from './uiReport';
import {
  cachedImport,
  copyLibrary,
  measureCase,
  measureFirstContent,
  measurePersons,
  newPage,
  PROBE,
  removeLibrary,
  ROOT,
} from './ui';

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

function printPhases(phases: readonly Phase[]): void {
  for (const p of phases) log(`    ${p.name}: ${ms(p.time.p50)} (p95 ${ms(p.time.p95)})`);
}

async function main(parts: readonly string[]): Promise<void> {
  const data = readdirSync(benchDir()).find((f) => /^synthetic-.*\d\.json$/.test(f));
  if (data === undefined) throw new Error('no generated library in .bench/');
  const source = await cachedImport(join(benchDir(), data));
  const libraryPath = join(benchDir(), `ui-quick-${process.pid}.db`);
  copyLibrary(source, libraryPath);
  const staticDir = await ensureRenderer(ROOT, log);
  const backend = new Backend({ libraryPath, door: 'browser' });
  const calls: { method: string; params: unknown; ms: number }[] = [];
  const door = await startDoor({
    backend: {
      async dispatch(method: string, params: unknown, caller: Caller) {
        const t0 = performance.now();
        const r = await backend.dispatch(method, params, caller);
        calls.push({ method, params, ms: performance.now() - t0 });
        return r;
      },
    },
    staticDir,
  });
  const browser = await chromium.launch({
    executablePath: process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript({ content: PROBE });
    const errors: string[] = [];
    const base = `http://127.0.0.1:${door.port}`;
    const first = await newPage(context, errors);
    await first.goto(door.url);
    await first.getByRole('table', { name: 'Cases' }).waitFor();
    await first.close();
    for (const part of parts) {
      if (part === 'case') {
        const r = await measureCase(context, base, errors, backend, calls);
        log(`case page: ${ms(r.cold.p50)} (p95 ${ms(r.cold.p95)}), again ${ms(r.warm.p50)}`);
        printPhases(r.phases);
      } else if (part === 'persons') {
        const counts = await backend.call('library.info', {});
        const r = await measurePersons(context, base, errors, calls, counts.counts.persons);
        log(`persons: ${ms(r.cold.p50)} (p95 ${ms(r.cold.p95)}), again ${ms(r.warm.p50)}`);
        printPhases(r.phases);
        for (const s of r.scroll) log(`    ${s.mode}: ${s.dropped} dropped, ${ms(s.longestMs)}`);
      } else if (part === 'first') {
        const r = await measureFirstContent(context, base, errors, calls);
        log(`first row: ${ms(r.firstRow.p50)} (p95 ${ms(r.firstRow.p95)}), FCP ${ms(r.fcp.p50)}`);
        printPhases(r.phases);
      } else throw new Error(`unknown part ${part} (case, persons or first)`);
    }
    if (errors.length > 0) log(`page errors: ${[...new Set(errors)].join('; ')}`);
  } finally {
    await browser.close();
    await door.close();
    backend.close();
    removeLibrary(libraryPath);
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
