import { describe, expect, it } from 'vitest';
import { cell, doc, h1, p, row, table, th } from '../../src/core/document/build';
import { demoBackend } from '../helpers';

/** A table of `columns` columns: a header row and one row of data. */
function wide(columns: number) {
  const places = Array.from({ length: columns }, (_, c) => c + 1);
  return table(row(...places.map((c) => th(`Year ${c}`))), row(...places.map((c) => cell(`${c}`))));
}

describe('preflight: tables too wide to read', () => {
  it('warns of a table that cannot fit legibly even landscape, with where and what to do', async () => {
    const b = await demoBackend();
    const created = await b.call('documents.create', { title: 'Tables' });
    const { revision: _r, createdAt: _c, updatedAt: _u, ...fields } = created;
    const content = doc(h1('Statistics'), p('Detentions by year.'), wide(20), wide(16));
    const d = await b.call('documents.save', { document: { ...fields, content } });
    const report = await b.call('documents.check', { id: d.id });
    const found = report.findings.filter((f) => f.code === 'table-too-wide');
    // Sixteen columns still fit a landscape page; twenty do not.
    expect(found).toHaveLength(1);
    const [finding] = found;
    expect(finding?.severity).toBe('warning');
    expect(finding?.place).toBe('root.children[2]');
    expect(finding?.where).toBe('under "Statistics", paragraph 2');
    expect(finding?.message).toMatch(
      /A table of 20 columns: even on a landscape page, in 7 pt text/,
    );
    expect(finding?.fix).toMatch(/^Split the table or turn it/);
  });
});
