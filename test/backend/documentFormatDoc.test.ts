import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoBackend, tempDir } from '../helpers';

const doc = readFileSync(resolve(import.meta.dirname, '../../docs/document-format.md'), 'utf8');
const examples = [...doc.matchAll(/```json\n([\s\S]*?)```/g)]
  .map((m) => m[1] ?? '')
  .filter((text) => text.includes('"dossier-document"'));

describe('docs/document-format.md', () => {
  it('has complete example files', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });

  it.each(examples.map((text, i) => [i, text]))(
    'example %i imports into the demo library, passes preflight and exports as HTML',
    async (_i, text) => {
      const b = await demoBackend();
      const dir = tempDir();
      const file = join(dir, 'example.dossier.json');
      writeFileSync(file, String(text));

      const { document, outcome } = await b.call('documents.import', { path: file });
      expect(outcome).toBe('created');

      const report = await b.call('documents.check', { id: document.id, format: 'html' });
      expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(report.errors).toBe(0);

      const out = join(dir, 'example.html');
      const exported = await b.call('documents.export', {
        id: document.id,
        format: 'html',
        path: out,
      });
      expect(exported.bytes).toBeGreaterThan(0);
      const html = readFileSync(out, 'utf8');
      expect(html).toContain(document.title);
      expect(html).not.toContain('unresolved]');
      expect(html).not.toContain('[source missing]');
    },
  );
});
