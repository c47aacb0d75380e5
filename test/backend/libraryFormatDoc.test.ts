import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempBackend, tempDir } from '../helpers';

const doc = readFileSync(resolve(import.meta.dirname, '../../docs/library-format.md'), 'utf8');
const examples = [...doc.matchAll(/```json\n([\s\S]*?)```/g)]
  .map((m) => m[1] ?? '')
  .filter((text) => text.includes('"format": "dossier-library"'));

describe('docs/library-format.md', () => {
  it('has complete example files', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });

  it.each(examples.map((text, i) => [i, text]))(
    'example %i imports, and imports again unchanged',
    async (_i, text) => {
      const b = tempBackend();
      await b.call('library.init', { demo: false });
      const file = join(tempDir(), 'example.json');
      writeFileSync(file, String(text));
      const first = await b.call('library.import', { path: file });
      expect(Object.values(first).reduce((n, t) => n + t.created, 0)).toBeGreaterThan(0);
      const second = await b.call('library.import', { path: file });
      for (const tally of Object.values(second)) expect(tally.created + tally.updated).toBe(0);
    },
  );
});
