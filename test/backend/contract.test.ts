import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { api, CALLERS, type MethodName } from '../../src/shared/api';
import { tempBackend, tempDir } from '../helpers';

/** Issue 7, item 5: a backend shaped for the app. */

const root = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Whether a params schema has a `path` field (a file named by the caller). */
function takesPath(schema: z.ZodType): boolean {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  if (shape !== undefined) return 'path' in shape;
  const inner = (schema as unknown as { def?: { innerType?: z.ZodType } }).def?.innerType;
  return inner !== undefined && takesPath(inner);
}

describe('who may call what', () => {
  it('every method names its callers; a method that takes a path is never open to the window', () => {
    const withPath = (Object.keys(api) as MethodName[]).filter((m) => takesPath(api[m].params));
    expect(withPath.sort()).toEqual(
      [
        'documents.export',
        'documents.import',
        'library.backup',
        'library.export',
        'library.import',
        'library.restore',
      ].sort(),
    );
    for (const m of Object.keys(api) as MethodName[]) {
      expect(api[m].callers.length, m).toBeGreaterThan(0);
      expect(api[m].callers.every((c) => (CALLERS as readonly string[]).includes(c))).toBe(true);
      if (withPath.includes(m)) expect(api[m].callers, m).not.toContain('window');
    }
  });

  it('the dispatch refuses the window a file path, and writes nothing', async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: true });
    const [d] = await b.call('documents.list', {});
    const target = join(tempDir(), '.bashrc');
    for (const [method, params] of [
      ['library.export', { path: target }],
      ['library.backup', { path: target }],
      ['documents.export', { id: d?.id, format: 'html', path: target, force: true }],
      ['library.import', { path: '/etc/passwd' }],
      ['library.restore', { path: target }],
      ['documents.import', { path: '/etc/passwd' }],
    ] as const) {
      const r = await b.dispatch(method, params, 'window');
      expect(r.ok, method).toBe(false);
      if (!r.ok) expect(r.error.message).toContain('cannot be called from the window');
      expect(existsSync(target)).toBe(false);
      // The same call is open to the desktop app's main process, which shows the dialog.
      expect(api[method].callers).toContain('main');
    }
    expect((await b.dispatch('library.info', {}, 'window')).ok).toBe(true);
  });
});

describe('messages for every door', () => {
  it('the backend, the store and the core name no command, option or environment variable', () => {
    const offenders: string[] = [];
    for (const dir of ['src/backend', 'src/store', 'src/core', 'src/shared']) {
      for (const file of sourceFiles(join(root, dir))) {
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            const code = line.replace(/^\s*(\/\/|\*|\/\*\*).*$/, '');
            // A string or template literal that tells someone to run a command.
            if (
              /[`'"][^`'"]*("dossier [a-z]|dossier [a-z]+ |--[a-z][a-z-]+|DOSSIER_[A-Z])/.test(code)
            ) {
              offenders.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
            }
          });
      }
    }
    // The presence note names the CLI as a door ("a dossier command"), not as advice.
    expect(offenders.filter((o) => !o.includes("cli: 'a dossier command'"))).toEqual([]);
  });
});

describe('the backend has no import cycle', () => {
  it('among all of src (type imports count)', () => {
    const files = sourceFiles(join(root, 'src'));
    const edges = new Map<string, string[]>();
    for (const file of files) {
      const targets: string[] = [];
      for (const m of readFileSync(file, 'utf8').matchAll(
        /^(?:import|export)[^'";]*?from\s+['"](\.[^'"]+)['"]/gm,
      )) {
        const base = resolve(dirname(file), m[1] ?? '');
        const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) =>
          existsSync(f),
        );
        if (found !== undefined) targets.push(found);
      }
      edges.set(file, targets);
    }
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string): void => {
      state.set(f, 'visiting');
      stack.push(f);
      for (const t of edges.get(f) ?? []) {
        if (state.get(t) === 'visiting') {
          cycles.push(
            [...stack.slice(stack.indexOf(t)), t].map((x) => relative(root, x)).join(' → '),
          );
        } else if (!state.has(t)) visit(t);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });
});

describe('files through the window', () => {
  it('imports uploaded text, and hands over the same bytes an export writes', async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: true });
    const content = JSON.stringify({
      format: 'dossier-library',
      version: 1,
      persons: [{ name: 'Uploaded Person' }],
    });
    const r = await b.dispatch('library.importContent', { name: 'upload.json', content }, 'window');
    expect(r.ok).toBe(true);
    expect((await b.call('persons.list', {})).map((p) => p.name)).toContain('Uploaded Person');

    const bad = await b.dispatch(
      'library.importContent',
      { name: 'upload.json', content: '{"format": "dossier-library", ' },
      'window',
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toContain('upload.json is not valid JSON');

    const [d] = await b.call('documents.list', {});
    const dir = tempDir();
    for (const format of ['pdf', 'html', 'docx', 'dossier'] as const) {
      const made = await b.dispatch(
        'documents.render',
        { id: d?.id, format, force: true },
        'window',
      );
      if (!made.ok) throw new Error(made.error.message);
      const value = made.value as { fileName: string; base64: string; bytes: number };
      const path = join(dir, `cli-${format}`);
      await b.call('documents.export', { id: d?.id ?? '', format, path, force: true });
      const viaWindow = Buffer.from(value.base64, 'base64');
      expect(viaWindow.byteLength).toBe(value.bytes);
      expect(value.fileName.endsWith(format === 'dossier' ? '.dossier.json' : `.${format}`)).toBe(
        true,
      );
      // The same bytes as the CLI's export (only the .dossier.json file says when it was made).
      if (format !== 'dossier') expect(viaWindow.equals(readFileSync(path)), format).toBe(true);
    }
    const backup = await b.dispatch('library.backupNow', {}, 'window');
    expect(backup).toMatchObject({ ok: true, value: { reason: 'manual' } });
    const exported = await b.dispatch('library.exportContent', {}, 'window');
    expect(exported.ok).toBe(true);
  });
});
