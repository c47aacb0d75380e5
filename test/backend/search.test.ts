import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend';
import { demoBackend, tempBackend } from '../helpers';

async function titles(b: Backend, query: string, extra: Record<string, unknown> = {}) {
  const { results } = await b.call('search.query', { query, ...extra });
  return results.map((r) => `${r.kind}:${r.title}`);
}

describe('search over the demo library', () => {
  it.each([
    'İsmayılova',
    'Ismayilova',
    'ismayilova',
    'ISMAYILOVA',
    'İSMAYILOVA',
    'Ismay',
    'Xədicə',
    'Khadija',
    'khad',
    'Исмаилова',
    'ИСМАИЛОВА',
    'Хадидж',
  ])('"%s" finds Khadija Ismayilova first', async (query) => {
    const b = await demoBackend();
    expect((await titles(b, query))[0]).toBe('person:Khadija Ismayilova');
  });

  it('finds a person by the Azerbaijani spelling of a name stored in English, and back', async () => {
    const b = await demoBackend();
    expect((await titles(b, 'Cəfərov'))[0]).toBe('person:Rasul Jafarov');
    expect((await titles(b, 'Jafarov'))[0]).toBe('person:Rasul Jafarov');
    expect((await titles(b, 'İlqar Məmmədov'))[0]).toBe('person:Ilgar Mammadov');
    expect((await titles(b, 'ilqar'))[0]).toBe('person:Ilgar Mammadov');
  });

  it('ranks by relevance, the person before the case before snippets and sources', async () => {
    const b = await demoBackend();
    const { results } = await b.call('search.query', { query: 'Khadija' });
    expect(results.slice(0, 2).map((r) => r.kind)).toEqual(['person', 'case']);
    const scores = results.map((r) => r.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
  });

  it('marks what matched in titles and excerpts, whatever the spelling', async () => {
    const b = await demoBackend();
    const { results } = await b.call('search.query', { query: 'Khadija', kinds: ['person'] });
    const hit = results[0];
    expect(hit).toBeDefined();
    if (hit === undefined) return;
    expect(hit.titleHighlights).toEqual([[0, 7]]);
    const marked = hit.highlights.map(([s, e]) => hit.excerpt.slice(s, e));
    expect(marked).toContain('Xədicə');
  });

  it('gives a passage around the match in a long text, not its beginning', async () => {
    const b = await demoBackend();
    const { results } = await b.call('search.query', { query: 'azadliq', kinds: ['snippet'] });
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect(r.excerpt.length).toBeLessThanOrEqual(210);
      const marked = r.highlights.map(([s, e]) => r.excerpt.slice(s, e).toLowerCase());
      expect(marked.some((m) => m.startsWith('azadliq'))).toBe(true);
    }
  });

  it('needs every word, each as a prefix', async () => {
    const b = await demoBackend();
    expect((await titles(b, 'Leyla Yunus'))[0]).toBe('person:Leyla Yunus');
    expect(await titles(b, 'Leyla Jafarov', { kinds: ['person'] })).toEqual([]);
    expect(await titles(b, 'Khadija Jafarov', { kinds: ['person'] })).toEqual([]);
  });

  it('finds cases by ECtHR application number and charges by article', async () => {
    const b = await demoBackend();
    expect(await titles(b, '15172/13', { kinds: ['case'] })).toEqual([
      'case:Ilgar Mammadov: prosecution, imprisonment and acquittal (2013–2020)',
    ]);
  });

  it('filters by kind, status, country, tag and forum', async () => {
    const b = await demoBackend();
    const kinds = new Set(
      (
        await b.call('search.query', {
          query: 'Azerbaijan',
          kinds: ['snippet', 'source'],
          limit: 100,
        })
      ).results.map((r) => r.kind),
    );
    expect([...kinds].sort()).toEqual(['snippet', 'source']);

    const acquitted = await titles(b, 'prosecution', { kinds: ['case'], status: ['acquitted'] });
    expect(acquitted.sort()).toEqual([
      'case:Ilgar Mammadov: prosecution, imprisonment and acquittal (2013–2020)',
      'case:Rasul Jafarov: prosecution, imprisonment and acquittal (2014–2020)',
    ]);
    expect(
      await titles(b, 'Mammadli', { kinds: ['person'], status: ['detained_pretrial'] }),
    ).toEqual(['person:Anar Mammadli']);
    expect(await titles(b, 'Khadija', { country: ['AZ'], kinds: ['person'] })).toEqual([
      'person:Khadija Ismayilova',
    ]);
    expect(await titles(b, 'Khadija', { country: ['GE'] })).toEqual([]);

    const snippets = await b.call('snippets.list', {});
    const tagged = snippets.find((s) => s.tags.length > 0 && s.forums.length > 0);
    expect(tagged).toBeDefined();
    if (tagged === undefined) return;
    const word = tagged.title.split(/\s+/)[0] ?? '';
    const byTag = await b.call('search.query', {
      query: word,
      tag: [tagged.tags[0] ?? ''],
      limit: 100,
    });
    expect(byTag.results.map((r) => r.id)).toContain(tagged.id);
    for (const r of byTag.results) {
      expect(r.kind).toBe('snippet');
      expect((await b.call('snippets.get', { id: r.id })).tags).toContain(tagged.tags[0]);
    }
    const byForum = await b.call('search.query', {
      query: word,
      forum: [tagged.forums[0] ?? ''],
      limit: 100,
    });
    expect(byForum.results.map((r) => r.id)).toContain(tagged.id);
    expect(
      (await b.call('search.query', { query: word, forum: ['no-such-forum'] })).results,
    ).toEqual([]);
  });

  it('refuses an empty query with a message', async () => {
    const b = await demoBackend();
    const r = await b.dispatch('search.query', { query: ' ,, ' }, 'cli');
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('search follows the library', () => {
  it('"Khadija" finds a person stored only as "Xədicə İsmayılova", with no aliases', async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: false });
    const p = await b.call('persons.save', { person: { name: 'Xədicə İsmayılova' } });
    const { results } = await b.call('search.query', { query: 'Khadija' });
    expect(results.map((r) => r.id)).toEqual([p.id]);
    expect(results[0]?.titleHighlights).toEqual([[0, 6]]);
  });

  it('finds a name by the mixed spellings English-language reporting uses', async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: false });
    const leyla = await b.call('persons.save', { person: { name: 'Leyla Qurbanzadə' } });
    const orucov = await b.call('persons.save', { person: { name: 'Lofa Orucov' } });
    await b.call('sources.save', {
      source: { title: 'The Council considered the case', notes: 'Jon Smith reported it.' },
    });
    for (const query of [
      'Gurbanzade',
      'Qurbanzade',
      'Gurbanzada',
      'Qurbanzadə',
      'QURBANZADƏ',
      'Leyla Gurbanzade',
      'Gurbanz',
    ]) {
      const { results } = await b.call('search.query', { query });
      expect(
        results.map((r) => r.id),
        query,
      ).toEqual([leyla.id]);
      expect(results[0]?.titleHighlights.length, query).toBeGreaterThan(0);
    }
    // A name with no letter of its own (c, not ç) is still a name.
    expect((await b.call('search.query', { query: 'Orujov' })).results.map((r) => r.id)).toEqual([
      orucov.id,
    ]);
  });

  it('transliterates names, not English prose', async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: false });
    const cavid = await b.call('persons.save', { person: { name: 'Cavid Ağayev' } });
    const source = await b.call('sources.save', {
      source: { title: 'The Council considered the case', notes: 'Jon Smith reported it.' },
    });
    expect((await b.call('search.query', { query: 'Javid' })).results.map((r) => r.id)).toEqual([
      cavid.id,
    ]);
    const jon = (await b.call('search.query', { query: 'Jon' })).results;
    expect(jon.map((r) => r.id)).toEqual([source.id]);
    expect(jon[0]?.highlights.map(([s, e]) => jon[0]?.excerpt.slice(s, e))).toEqual(['Jon']);
  });

  it('a one-letter word narrows the results while typing', async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: false });
    await b.call('persons.save', { person: { name: 'Emin Abbasov' } });
    await b.call('persons.save', { person: { name: 'Emin Hüseynov' } });
    expect(await titles(b, 'Emin')).toHaveLength(2);
    expect(await titles(b, 'Emin H')).toEqual(['person:Emin Hüseynov']);
    expect(await titles(b, 'Emin A')).toEqual(['person:Emin Abbasov']);
    expect(await titles(b, 'E')).toHaveLength(2);
  });

  it('sees renames, new aliases and deletions at once', async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: false });
    const p = await b.call('persons.save', { person: { name: 'Günel Məmmədova' } });
    expect(await titles(b, 'Gunel')).toEqual(['person:Günel Məmmədova']);
    await b.call('persons.save', {
      person: {
        ...p,
        name: 'Günel Həsənova',
        aliases: [{ name: 'Гюнель Гасанова', script: 'cyrl' }],
      },
    });
    expect(await titles(b, 'Məmmədova')).toEqual([]);
    expect(await titles(b, 'Hasanova')).toEqual(['person:Günel Həsənova']);
    expect(await titles(b, 'Гасанова')).toEqual(['person:Günel Həsənova']);
    await b.call('persons.delete', { id: p.id });
    expect(await titles(b, 'Günel')).toEqual([]);
  });

  it("a case's new status reaches the status filter of its person", async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: false });
    const p = await b.call('persons.save', { person: { name: 'Tofiq Yaqublu' } });
    const c = await b.call('cases.save', {
      case: { title: 'Tofiq Yaqublu: 2023 arrest', personIds: [p.id] },
    });
    expect(await titles(b, 'Tofiq', { status: ['detained_pretrial'] })).toEqual([]);
    await b.call('events.save', { event: { caseId: c.id, date: '2023-12-14', type: 'arrest' } });
    expect((await titles(b, 'Tofiq', { status: ['detained_pretrial'] })).sort()).toEqual([
      'case:Tofiq Yaqublu: 2023 arrest',
      'person:Tofiq Yaqublu',
    ]);
  });
});
