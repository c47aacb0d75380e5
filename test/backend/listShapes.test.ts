import { describe, expect, it } from 'vitest';
import { demoBackend } from '../helpers';

/** The slim shapes the list screens read instead of every full record. */
describe('list shapes for the window', () => {
  it('cases.summaries: every case of cases.list, in its order, with the list columns only', async () => {
    const b = await demoBackend();
    const full = await b.call('cases.list', {});
    const persons = new Map((await b.call('persons.list', {})).map((p) => [p.id, p.name]));
    const slim = await b.call('cases.summaries', {});
    expect(slim.length).toBeGreaterThan(0);
    expect(slim).toEqual(
      full.map((c) => ({
        id: c.id,
        title: c.title,
        status: c.status,
        country: c.country,
        persons: c.personIds.map((id) => ({ id, name: persons.get(id) })),
        lastVerified: c.lastVerified,
        updatedAt: c.updatedAt,
      })),
    );
    expect(Object.keys(slim[0] ?? {})).not.toContain('summary');
  });

  it('cases.summaries filters by status and by person as cases.list does', async () => {
    const b = await demoBackend();
    const [someone] = await b.call('persons.list', {});
    const personId = someone?.id ?? '';
    const ids = (cases: { id: string }[]) => cases.map((c) => c.id);
    for (const params of [
      { status: ['imprisoned' as const] },
      { status: ['released' as const, 'pardoned' as const] },
      { personId },
      { personId, status: ['imprisoned' as const] },
    ]) {
      expect(ids(await b.call('cases.summaries', params)), JSON.stringify(params)).toEqual(
        ids(await b.call('cases.list', params)),
      );
    }
  });

  it('a saved case shows in the summaries with its persons in order and its new title', async () => {
    const b = await demoBackend();
    const [a, z] = await b.call('persons.list', {});
    const saved = await b.call('cases.save', {
      case: { title: 'Summary test case', personIds: [z?.id ?? '', a?.id ?? ''] },
    });
    const row = (await b.call('cases.summaries', {})).find((c) => c.id === saved.id);
    expect(row?.title).toBe('Summary test case');
    expect(row?.persons).toEqual([
      { id: z?.id, name: z?.name },
      { id: a?.id, name: a?.name },
    ]);
  });

  it('persons.caseCounts: the number of cases each person is in, from cases.list', async () => {
    const b = await demoBackend();
    const expected: Record<string, number> = {};
    for (const c of await b.call('cases.list', {}))
      for (const p of c.personIds) expected[p] = (expected[p] ?? 0) + 1;
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(await b.call('persons.caseCounts', {})).toEqual(expected);

    const lonely = await b.call('persons.save', { person: { name: 'In No Case' } });
    expect((await b.call('persons.caseCounts', {}))[lonely.id]).toBeUndefined();
  });

  it('persons.list still gives every alias in order (one query for all of them)', async () => {
    const b = await demoBackend();
    const saved = await b.call('persons.save', {
      person: {
        name: 'Aliased Person',
        aliases: [
          { name: 'Второй', script: 'cyrl' },
          { name: 'First alias', language: 'en' },
        ],
      },
    });
    const listed = (await b.call('persons.list', {})).find((p) => p.id === saved.id);
    expect(listed?.aliases).toEqual(saved.aliases);
    expect(listed).toEqual(await b.call('persons.get', { id: saved.id }));
  });

  it('cases.summaries pages: limit and offset give a slice of the same order, filters kept', async () => {
    const b = await demoBackend();
    const [someone] = await b.call('persons.list', {});
    for (const filter of [
      {},
      { status: ['imprisoned' as const] },
      { personId: someone?.id ?? '' },
    ]) {
      const all = await b.call('cases.summaries', filter);
      expect(await b.call('cases.summaries', { ...filter, limit: 2 })).toEqual(all.slice(0, 2));
      expect(await b.call('cases.summaries', { ...filter, limit: 3, offset: 1 })).toEqual(
        all.slice(1, 4),
      );
      expect(await b.call('cases.summaries', { ...filter, offset: 2 })).toEqual(all.slice(2));
      expect(await b.call('cases.summaries', { ...filter, offset: all.length })).toEqual([]);
    }
    await expect(b.call('cases.summaries', { limit: 0 })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it('persons.summaries: every person of persons.list, in its order, with the table columns and case counts', async () => {
    const b = await demoBackend();
    const lonely = await b.call('persons.save', {
      person: { name: 'In No Case', roles: ['lawyer', 'blogger'] },
    });
    const full = await b.call('persons.list', {});
    const counts = await b.call('persons.caseCounts', {});
    const slim = await b.call('persons.summaries', {});
    expect(slim.length).toBeGreaterThan(1);
    expect(slim).toEqual(
      full.map((p) => ({
        id: p.id,
        name: p.name,
        aliases: p.aliases.map((a) => a.name),
        roles: p.roles,
        visibility: p.visibility,
        country: p.country,
        cases: counts[p.id] ?? 0,
        updatedAt: p.updatedAt,
      })),
    );
    const row = slim.find((p) => p.id === lonely.id);
    expect(row).toMatchObject({ aliases: [], roles: ['lawyer', 'blogger'], cases: 0 });
    expect(Object.keys(row ?? {})).not.toContain('notes');
  });

  it('persons.summaries pages: limit and offset give a slice of the same order', async () => {
    const b = await demoBackend();
    const all = await b.call('persons.summaries', {});
    expect(await b.call('persons.summaries', { limit: 2 })).toEqual(all.slice(0, 2));
    expect(await b.call('persons.summaries', { limit: 2, offset: 3 })).toEqual(all.slice(3, 5));
    expect(await b.call('persons.summaries', { offset: all.length })).toEqual([]);
  });

  it('persons.summaries: aliases in their order, and a case counted once saved', async () => {
    const b = await demoBackend();
    const saved = await b.call('persons.save', {
      person: { name: 'Aliased Summary', aliases: [{ name: 'Zeta' }, { name: 'Alpha' }] },
    });
    const find = async () => (await b.call('persons.summaries', {})).find((p) => p.id === saved.id);
    expect((await find())?.aliases).toEqual(['Zeta', 'Alpha']);
    await b.call('cases.save', { case: { title: 'Counted case', personIds: [saved.id] } });
    expect((await find())?.cases).toBe(1);
  });
});
