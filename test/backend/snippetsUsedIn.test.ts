import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend';
import { DEMO_IDS } from '../../src/backend/demo/demoLibrary';
import { DEMO_DOCUMENT_IDS } from '../../src/backend/demo/demoDocuments';
import { cell, doc, embed, p, row, table, text } from '../../src/core/document/build';
import { nodeFields, walk } from '../../src/core/document/nodes';
import type { DocumentInput, RichContent } from '../../src/shared/domain';
import { demoBackend, failure } from '../helpers';

const { snippets: N } = DEMO_IDS;
const ON = '2026-11-01';

async function saveDoc(
  b: Backend,
  title: string,
  content: RichContent,
  more: Partial<DocumentInput> = {},
) {
  return b.call('documents.save', { document: { title, content, ...more } });
}

/** The same question answered by walking each document in TypeScript, as the printer does. */
async function walkedUses(b: Backend, snippetId: string): Promise<string[]> {
  const out: string[] = [];
  for (const summary of await b.call('documents.list', {})) {
    const d = await b.call('documents.get', { id: summary.id });
    for (const { node } of walk(d.content)) {
      if (node.type !== 'snippet-embed') continue;
      const e = nodeFields('snippet-embed', node);
      if (e.snippetId === snippetId) out.push(`${d.id} ${e.mode} ${e.revision}`);
    }
  }
  return [...new Set(out)].sort();
}

describe('snippets.usedIn', () => {
  it('agrees with a walk of every demo document, for every demo snippet', async () => {
    const b = await demoBackend();
    for (const id of Object.values(N)) {
      const uses = await b.call('snippets.usedIn', { id });
      expect(uses.map((u) => `${u.documentId} ${u.mode} ${u.revision}`).sort()).toEqual(
        await walkedUses(b, id),
      );
    }
    // The recommendation on Strasbourg's judgments is linked in two demo documents.
    const both = await b.call('snippets.usedIn', { id: N.recEchr });
    expect(both.map((u) => u.documentId).sort()).toEqual(
      [DEMO_DOCUMENT_IDS.uprAzerbaijan2017, DEMO_DOCUMENT_IDS.rule92Mammadov2019].sort(),
    );
    expect(both.every((u) => u.mode === 'linked' && u.revision === 1)).toBe(true);
  });

  it('finds nested embeds, says linked or copied, and does not count the id as text', async () => {
    const b = await demoBackend();
    const leyla = N.summaryLeyla;
    expect(await b.call('snippets.usedIn', { id: leyla })).toEqual([]);

    // In a table cell, inside a copied snippet of another one.
    const nested = await saveDoc(
      b,
      'Nested',
      doc(
        table(
          row(
            cell(
              embed(N.summaryKhadija, {
                mode: 'copied',
                insertedAt: ON,
                children: [p('Adapted.'), embed(leyla, { revision: 2, insertedAt: ON })],
              }),
            ),
          ),
        ),
      ),
    );
    // Linked and copied in one document: a row for each.
    const twice = await saveDoc(
      b,
      'Twice',
      doc(
        embed(leyla, { insertedAt: ON }),
        embed(leyla, { mode: 'copied', insertedAt: ON, children: [p('Our words.')] }),
        embed(leyla, { insertedAt: ON }),
      ),
      { status: 'review' },
    );
    // The id only as words, or in a field that is not a node: not a use.
    const aside = { ...p('Aside.'), note: { type: 'snippet-embed', snippetId: leyla } };
    const mentions = await saveDoc(b, 'Mentions', doc(p(text(`See snippet ${leyla}.`)), aside));
    // (Stored as given, so that the query is what leaves them out.)
    expect(mentions.content.root.children[1]?.note).toEqual({
      type: 'snippet-embed',
      snippetId: leyla,
    });

    const uses = await b.call('snippets.usedIn', { id: leyla });
    expect(uses.map(({ title, mode, revision }) => ({ title, mode, revision }))).toEqual([
      { title: 'Twice', mode: 'linked', revision: 1 },
      { title: 'Twice', mode: 'copied', revision: 1 },
      { title: 'Nested', mode: 'linked', revision: 2 },
    ]);
    expect(uses[0]).toMatchObject({
      documentId: twice.id,
      status: 'review',
      updatedAt: twice.updatedAt,
    });
    expect(uses[2]?.documentId).toBe(nested.id);
    expect((await b.call('snippets.usedIn', { id: N.summaryKhadija })).map((u) => u.title)).toEqual(
      ['Nested'],
    );

    // Gone with the document.
    await b.call('documents.delete', { id: twice.id });
    expect((await b.call('snippets.usedIn', { id: leyla })).map((u) => u.title)).toEqual([
      'Nested',
    ]);
  });

  it('does not look inside a linked embed, whose own children never print', async () => {
    const b = await demoBackend();
    const stray = embed(N.summaryLeyla, { insertedAt: ON });
    const linked = { ...embed(N.summaryKhadija, { insertedAt: ON }), children: [stray] };
    const saved = await saveDoc(b, 'Stray', doc(linked));
    expect(saved.content.root.children[0]?.children).toHaveLength(1);
    expect(await b.call('snippets.usedIn', { id: N.summaryLeyla })).toEqual([]);
    expect((await b.call('snippets.usedIn', { id: N.summaryKhadija })).map((u) => u.title)).toEqual(
      ['Stray'],
    );
  });

  it('refuses a snippet the library does not have', async () => {
    const b = await demoBackend();
    const e = await failure(
      b.call('snippets.usedIn', { id: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(e.code).toBe('not_found');
  });
});
