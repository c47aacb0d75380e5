import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DOCUMENT_IDS } from '../../src/backend/demo/demoDocuments';
import { tempDir } from '../helpers';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin', 'dossier.js');
const recorder = join(root, 'test', 'fixtures', 'recordModules.mjs');

/** Runs `node bin/dossier.js ARGS` in a fresh process; the URLs of the modules it loaded. */
function loadedBy(args: string[]): string[] {
  const log = join(tempDir(), 'modules.log');
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(recorder).href, bin, ...args], {
    cwd: root,
    env: { ...process.env, DOSSIER_LIBRARY: '', DOSSIER_MODULES_LOG: log },
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return [...new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean))];
}

const RENDERER_PACKAGES = /\/node_modules\/(docx|pdfmake|pdfkit|fontkit|dejavu-fonts-ttf)\//;
const RENDERER_MODULES = /\/(renderDocx|renderPdf|fonts)[-.][^/]*$/;

describe('starting the dossier command', () => {
  let dir = '';
  let lib = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-test-'));
    lib = join(dir, 'demo.db');
    const r = spawnSync(process.execPath, [bin, 'init', '--demo', '--library', lib], { cwd: root });
    expect(r.status).toBe(0);
    return () => rmSync(dir, { recursive: true, force: true });
  });

  it('runs the bundle (out/cli/), not the sources through tsx', () => {
    const loaded = loadedBy(['search', 'Khadija', '--library', lib]);
    expect(loaded).toContain(pathToFileURL(join(root, 'out', 'cli', 'dossier.mjs')).href);
    expect(loaded.filter((u) => u.includes('/node_modules/tsx/'))).toEqual([]);
    expect(loaded.filter((u) => u.startsWith(pathToFileURL(join(root, 'src')).href))).toEqual([]);
  });

  it('a search loads neither docx nor pdfmake, nor the renderers and fonts', () => {
    const loaded = loadedBy(['search', 'Khadija', '--library', lib]);
    // The recorder does see packages: the SQLite driver, which every command loads.
    expect(loaded.some((u) => u.includes('/node_modules/better-sqlite3-multiple-ciphers/'))).toBe(
      true,
    );
    expect(loaded.filter((u) => RENDERER_PACKAGES.test(u) || RENDERER_MODULES.test(u))).toEqual([]);
  });

  it('an export loads its renderer, and only that one', () => {
    const exportAs = (format: string): string[] =>
      loadedBy(
        ['doc', 'export', DEMO_DOCUMENT_IDS.rule92Mammadov2019, '--format', format].concat([
          '--out',
          join(dir, `rule-9-2.${format}`),
          '--force',
          '--library',
          lib,
        ]),
      );
    const docx = exportAs('docx');
    expect(docx.some((u) => u.includes('/node_modules/docx/'))).toBe(true);
    expect(docx.some((u) => /\/renderDocx-[^/]*\.mjs$/.test(u))).toBe(true);
    expect(docx.filter((u) => u.includes('/node_modules/pdfmake/'))).toEqual([]);

    const pdf = exportAs('pdf');
    expect(pdf.some((u) => u.includes('/node_modules/pdfmake/'))).toBe(true);
    expect(pdf.some((u) => /\/renderPdf-[^/]*\.mjs$/.test(u))).toBe(true);
    expect(pdf.filter((u) => u.includes('/node_modules/docx/'))).toEqual([]);
  });
});
