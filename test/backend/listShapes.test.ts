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
});
