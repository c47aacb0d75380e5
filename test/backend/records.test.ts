import { describe, expect, it } from 'vitest';
import { demoBackend } from '../helpers';

/** What the window needs to show a record's neighbours and to ask before a delete. */
describe('related records and dependents', () => {
  it("a person's cases, and the snippets and documents that concern them", async () => {
    const b = await demoBackend();
    const khadija = (await b.call('persons.list', {})).find((p) => p.name === 'Khadija Ismayilova');
    const r = await b.call('persons.related', { id: khadija?.id ?? '' });
    const cases = await b.call('cases.list', {});
    expect(r.caseIds.map((id) => cases.find((c) => c.id === id)?.title)).toEqual([
      'Khadija Ismayilova: prosecution and imprisonment (2014–2016)',
    ]);
    const snippets = await b.call('snippets.list', {});
    expect(r.snippetIds.map((id) => snippets.find((s) => s.id === id)?.title)).toContain(
      'Khadija Ismayilova: case summary',
    );
    expect(r.documentIds.length).toBeGreaterThan(0);
  });

  it('deleting a cited source: says which events cite it, refuses, and detaches when asked', async () => {
    const b = await demoBackend();
    const detail = await b.call('cases.get', {
      id: (await b.call('cases.list', {}))[0]?.id ?? '',
    });
    const source = detail.sources[0];
    const deps = await b.call('records.dependents', { kind: 'source', id: source?.id ?? '' });
    expect(deps.blocks).toBe(true);
    expect(deps.dependents.some((d) => d.kind === 'event')).toBe(true);
    const refused = await b.dispatch('sources.delete', { id: source?.id }, 'window');
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await b.call('sources.delete', { id: source?.id ?? '', detach: true });
    const after = await b.call('cases.get', { id: detail.case.id });
    expect(after.sources.map((s) => s.id)).not.toContain(source?.id);
  });

  it('a person in a case cannot be deleted, and says which case', async () => {
    const b = await demoBackend();
    const [p] = await b.call('persons.list', {});
    const deps = await b.call('records.dependents', { kind: 'person', id: p?.id ?? '' });
    expect(deps.blocks).toBe(true);
    expect(deps.dependents[0]).toMatchObject({ kind: 'case' });
  });

  it('settings travel with the library; auto-lock defaults to ten minutes', async () => {
    const b = await demoBackend();
    expect(await b.call('settings.get', {})).toEqual({ autoLockMinutes: 10 });
    await b.call('settings.update', { settings: { autoLockMinutes: 3 } });
    b.close();
    expect(await b.call('settings.get', {})).toEqual({ autoLockMinutes: 3 });
  });
});
