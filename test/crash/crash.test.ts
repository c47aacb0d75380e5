import Database from 'better-sqlite3-multiple-ciphers';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { Backend } from '../../src/backend/backend';
import { tempDir } from '../helpers';

/**
 * Crash safety: a backend process is killed (SIGKILL) at random points while it saves snippets
 * and documents as autosave would, while it imports a library file, and while it exports; after
 * each kill the library is reopened and must pass the integrity check, hold every save that was
 * acknowledged, and show no half-applied action; an export leaves no partial file.
 */

const root = resolve(import.meta.dirname, '../..');
const source = join(root, 'test', 'crash', 'worker.ts');

/**
 * The worker, bundled once into plain JavaScript (with the SQLite driver left to Node), so that
 * each of the 200 processes starts in a fraction of the time tsx takes.
 */
async function bundleWorker(dir: string): Promise<string> {
  const outfile = join(dir, 'worker.mjs');
  await build({
    entryPoints: [source],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3-multiple-ciphers', 'pdfmake', 'docx', 'dejavu-fonts-ttf'],
    banner: {
      js: "import { createRequire as __dossierRequire } from 'node:module'; const require = __dossierRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  return outfile;
}

let worker = '';

/** Kill points per kind of work; 200 in all. */
const KILLS = { saves: 130, import: 50, export: 20 };

/** A small deterministic PRNG (mulberry32), so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Run {
  lines: string[];
  killed: boolean;
  stderr: string;
}

/** Runs the worker and kills it `delayMs` after it says it is ready (or lets it finish). */
function runAndKill(args: string[], delayMs: number): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [worker, ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let killed = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const wasReady = out.includes('ready\n');
      out += chunk;
      if (!wasReady && out.includes('ready\n')) {
        setTimeout(() => {
          killed = child.kill('SIGKILL');
        }, delayMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('error', fail);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) fail(new Error(`worker failed (${code}): ${err}`));
      else
        done({
          lines: out.split('\n').filter((l) => l !== ''),
          killed: killed && signal === 'SIGKILL',
          stderr: `${err} (exit ${code}, ${signal})`,
        });
    });
  });
}

function integrity(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

describe('crash safety', () => {
  it(`survives ${KILLS.saves + KILLS.import + KILLS.export} kills during saves, imports and exports`, async () => {
    const random = prng(20261128);
    const dir = tempDir();
    worker = await bundleWorker(join(root, 'node_modules', '.cache', 'dossier-crash'));
    const libraryPath = join(dir, 'library.db');
    const setup = new Backend({ libraryPath });
    await setup.call('library.init', { demo: true });
    const [demoDoc] = await setup.call('documents.list', {});
    setup.close();
    const survived = { saves: 0, import: 0, export: 0 };
    const acked = { saves: 0, imports: 0, exports: 0 };

    // Saves, as autosave sends them.
    for (let i = 0; i < KILLS.saves; i++) {
      const run = await runAndKill([libraryPath, 'saves', String(i)], Math.floor(random() * 250));
      expect(integrity(libraryPath)).toBe('ok');
      const b = new Backend({ libraryPath, checkResults: true });
      const last = new Map<string, { kind: string; revision: number; seq: number }>();
      for (const line of run.lines) {
        const [word, kind, id, revision, seq] = line.split(' ');
        if (word !== 'ack' || id === undefined) continue;
        last.set(id, { kind: kind ?? '', revision: Number(revision), seq: Number(seq) });
        acked.saves += 1;
      }
      for (const [id, a] of last) {
        // What was acknowledged is there: its revision, with its text.
        if (a.kind === 'snippet') {
          const s = await b.call('snippets.get', { id });
          expect(s.revision).toBeGreaterThanOrEqual(a.revision);
          const revisions = await b.call('snippets.revisions', { id });
          expect(revisions.at(-1)?.revision).toBe(s.revision);
          expect(
            JSON.stringify(revisions.find((r) => r.revision === a.revision)?.content),
          ).toContain(`seed ${i} seq ${a.seq}`);
          // The index saw the save too (no half-applied action).
          const found = await b.call('search.query', {
            query: `Crash snippet ${i}`,
            kinds: ['snippet'],
          });
          expect(found.results.map((r) => r.id)).toContain(id);
        } else {
          const d = await b.call('documents.get', { id });
          expect(d.revision).toBeGreaterThanOrEqual(a.revision);
          expect(JSON.stringify(d.content)).toMatch(new RegExp(`seed ${i} seq \\d+`));
        }
      }
      // Every snippet's current revision is its newest kept one; every document's too.
      const raw = new Database(libraryPath, { readonly: true });
      expect(
        raw
          .prepare(
            `SELECT count(*) FROM snippets s WHERE s.revision != (SELECT max(revision) FROM snippet_revisions r WHERE r.snippet_id = s.id)`,
          )
          .pluck()
          .get(),
      ).toBe(0);
      expect(
        raw
          .prepare(
            `SELECT count(*) FROM documents d WHERE d.revision != (SELECT max(revision) FROM document_revisions r WHERE r.document_id = d.id)`,
          )
          .pluck()
          .get(),
      ).toBe(0);
      expect(
        raw
          .prepare(
            `SELECT count(*) FROM snippets WHERE id NOT IN (SELECT item_id FROM search_items WHERE kind = 'snippet')`,
          )
          .pluck()
          .get(),
      ).toBe(0);
      raw.close();
      b.close();
      if (run.killed) survived.saves += 1;
    }

    // Bulk imports: all of a file or nothing of it.
    for (let i = 0; survived.import < KILLS.import && i < KILLS.import * 4; i++) {
      const file = join(dir, `import-${i}.json`);
      const persons = Array.from({ length: 400 }, (_, k) => ({
        name: `Imported ${i}-${k} Məmmədov`,
      }));
      const snippets = Array.from({ length: 100 }, (_, k) => ({
        title: `Imported snippet ${i}-${k}`,
        kind: 'background',
        text: `Background ${i}-${k}. `.repeat(50),
      }));
      writeFileSync(
        file,
        JSON.stringify({ format: 'dossier-library', version: 1, persons, snippets }),
      );
      const run = await runAndKill([libraryPath, 'import', file], Math.floor(random() * 250));
      expect(integrity(libraryPath)).toBe('ok');
      const raw = new Database(libraryPath, { readonly: true });
      const count = raw
        .prepare('SELECT count(*) FROM persons WHERE name LIKE ?')
        .pluck()
        .get(`Imported ${i}-%`) as number;
      const snippetCount = raw
        .prepare('SELECT count(*) FROM snippets WHERE title LIKE ?')
        .pluck()
        .get(`Imported snippet ${i}-%`) as number;
      raw.close();
      const ackedImport = run.lines.some((l) => l.startsWith('ack import'));
      if (ackedImport) acked.imports += 1;
      expect([0, 400]).toContain(count);
      expect(snippetCount).toBe(count === 0 ? 0 : 100);
      if (ackedImport) expect(count).toBe(400);
      if (run.killed) survived.import += 1;
    }

    // Exports: the file is whole or not there.
    const out = join(dir, 'exports', 'statement.pdf');
    mkdirSync(join(dir, 'exports'));
    for (let i = 0; survived.export < KILLS.export && i < KILLS.export * 4; i++) {
      const existed = existsSync(out);
      const run = await runAndKill(
        [libraryPath, 'export', demoDoc?.id ?? '', out],
        Math.floor(random() * 900),
      );
      if (existsSync(out)) {
        const pdf = readFileSync(out);
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        expect(pdf.subarray(-8).toString()).toContain('%%EOF');
      }
      if (run.lines.some((l) => l.startsWith('ack export'))) acked.exports += 1;
      // A killed export leaves the earlier file as it was (whole, checked above).
      else if (existed) expect(existsSync(out)).toBe(true);
      if (run.killed) survived.export += 1;
    }
    // A later export clears what killed ones left half-written.
    const last = await runAndKill([libraryPath, 'export', demoDoc?.id ?? '', out], 60_000);
    expect(last.lines, last.stderr).toContain('ready');
    expect(last.lines.filter((l) => l.startsWith('ack export'))).toHaveLength(1);
    expect(readdirSync(join(dir, 'exports'))).toEqual(['statement.pdf']);

    console.log(
      `crash test: ${survived.saves + survived.import + survived.export} kills survived (saves ${survived.saves}, imports ${survived.import}, exports ${survived.export}); acknowledged before the kills: ${acked.saves} saves, ${acked.imports} imports, ${acked.exports} exports`,
    );
    expect(survived).toEqual(KILLS);
  }, 900_000);
});
