import { describe, expect, it } from 'vitest';
import { doc, p } from '../../src/core/document/build';
import { documentRevisionCount as revisionCount } from '../../src/store/documents/documents';
import { tempBackend } from '../helpers';

/** Autosaves keep the document as it stood every few minutes, not at every pause in typing. */
describe('autosave revisions', () => {
  it('updates the latest revision for ten minutes, then starts a new one; a Save always does', async () => {
    let now = Date.parse('2026-12-02T10:00:00Z');
    const b = tempBackend({ clock: () => new Date(now) });
    await b.call('library.init', { demo: false });
    const d = await b.call('documents.create', { title: 'Statement' });
    const save = (text: string, autosave: boolean) =>
      b.call('documents.save', {
        document: { id: d.id, title: d.title, content: doc(p(text)) },
        autosave,
      });
    const count = () => b.read((lib) => revisionCount(lib.db, d.id));
    const first = await save('One', false);
    expect(count()).toBe(2);
    for (const [i, text] of ['One t', 'One tw', 'One two'].entries()) {
      now += 2_000 * (i + 1);
      const r = await save(text, true);
      expect(r.revision).toBe(first.revision);
    }
    expect(count()).toBe(2);
    const stored = await b.call('documents.get', { id: d.id });
    expect(JSON.stringify(stored.content)).toContain('One two');
    now += 10 * 60_000;
    expect((await save('One two three', true)).revision).toBe(first.revision + 1);
    expect((await save('One two three four', false)).revision).toBe(first.revision + 2);
    expect(count()).toBe(4);
  });

  it('keeps the revision when only Lexical’s own fields differ (as the editor writes them), not when the text does', async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: true });
    const [first] = await b.call('documents.list', {});
    const stored = await b.call('documents.get', { id: first!.id });
    // What the editor gives back: the same text, Lexical's fields spelled its own way.
    const respelled = JSON.parse(
      JSON.stringify(stored.content, (k, v: unknown) =>
        k === 'version' || k === 'textFormat' ? undefined : k === 'indent' ? 0 : v,
      ),
    ) as typeof stored.content;
    expect(JSON.stringify(respelled)).not.toBe(JSON.stringify(stored.content));
    const { revision: _r, createdAt: _c, updatedAt: _u, ...fields } = stored;
    const same = await b.call('documents.save', { document: { ...fields, content: respelled } });
    expect(same.revision).toBe(stored.revision);
    const rtl = JSON.parse(
      JSON.stringify(stored.content).replace('"direction":"ltr"', '"direction":"rtl"'),
    ) as typeof stored.content;
    expect(JSON.stringify(rtl)).not.toBe(JSON.stringify(stored.content));
    const turned = await b.call('documents.save', { document: { ...fields, content: rtl } });
    expect(turned.revision).toBe(stored.revision + 1);
  });
});
