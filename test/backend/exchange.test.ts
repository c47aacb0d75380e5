import Database from 'better-sqlite3-multiple-ciphers';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend';
import { demoBackend, failure, tempBackend, tempDir } from '../helpers';

async function emptyBackend(): Promise<Backend> {
  const b = tempBackend();
  await b.call('library.init', { demo: false });
  return b;
}

function withoutExportedAt(path: string): unknown {
  const { exportedAt: _e, ...rest } = JSON.parse(readFileSync(path, 'utf8')) as Record<
    string,
    unknown
  >;
  return rest;
}

/** Every row of every table, to show that a refused import wrote nothing. */
function snapshot(b: Backend): string {
  const db = new Database(b.libraryPath, { readonly: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'search_fts%' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    return JSON.stringify(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all()]));
  } finally {
    db.close();
  }
}

const dir = () => tempDir();

describe('library exchange files', () => {
  it('export → import into an empty library → export gives the same content', async () => {
    const demo = await demoBackend();
    const first = join(dir(), 'first.json');
    await demo.call('library.export', { path: first });

    const copy = await emptyBackend();
    const report = await copy.call('library.import', { path: first });
    expect(report.persons).toEqual({ created: 7, updated: 0, unchanged: 0 });
    expect(report.events.created).toBe(39);
    const second = join(dir(), 'second.json');
    await copy.call('library.export', { path: second });
    expect(withoutExportedAt(second)).toEqual(withoutExportedAt(first));
    expect(readFileSync(second, 'utf8').replace(/"exportedAt": "[^"]+"/, '')).toBe(
      readFileSync(first, 'utf8').replace(/"exportedAt": "[^"]+"/, ''),
    );

    const facts = await copy.call('cases.list', {});
    expect(facts.map((c) => c.status).sort()).toEqual(
      (await demo.call('cases.list', {})).map((c) => c.status).sort(),
    );
    const hits = await copy.call('search.query', { query: 'Xədicə' });
    expect(hits.results[0]?.title).toBe('Khadija Ismayilova');
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const demo = await demoBackend();
    const file = join(dir(), 'lib.json');
    await demo.call('library.export', { path: file });
    const b = await emptyBackend();
    await b.call('library.import', { path: file });
    const before = snapshot(b);
    const again = await b.call('library.import', { path: file });
    for (const tally of Object.values(again)) {
      expect(tally.created).toBe(0);
      expect(tally.updated).toBe(0);
    }
    expect(again.snippets.unchanged).toBe(19);
    expect(snapshot(b)).toBe(before);
  });

  it('derives ids for entries without one, so a hand-written file imports once', async () => {
    const file = join(dir(), 'hand.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'dossier-library',
        version: 1,
        persons: [
          { name: 'Tofiq Yaqublu', aliases: ['Тофиг Ягублу'] },
          { name: 'Bəxtiyar Hacıyev' },
        ],
        sources: [{ title: 'A report' }],
        snippets: [
          { title: 'Background', kind: 'background', text: 'First paragraph.\n\nSecond one.' },
        ],
      }),
    );
    const b = await emptyBackend();
    expect((await b.call('library.import', { path: file })).persons.created).toBe(2);
    expect((await b.call('library.import', { path: file })).persons).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
    const persons = await b.call('persons.list', {});
    expect(persons.map((p) => p.name)).toEqual(['Bəxtiyar Hacıyev', 'Tofiq Yaqublu']);
    expect(persons[1]?.aliases).toEqual([{ name: 'Тофиг Ягублу' }]);
    const [snippet] = await b.call('snippets.list', {});
    expect(snippet?.text).toBe('First paragraph.\n\nSecond one.');
    expect(snippet?.content.root.children).toHaveLength(2);
  });

  it('imports part of a library whose references point into the library', async () => {
    const b = await demoBackend();
    const [c] = await b.call('cases.list', {});
    const [s] = await b.call('sources.list', {});
    const file = join(dir(), 'part.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'dossier-library',
        version: 1,
        events: [
          {
            caseId: c?.id,
            date: '2026-11-20',
            type: 'travel_ban',
            text: 'Barred from leaving the country at the airport.',
            sources: [{ sourceId: s?.id, pinpoint: 'para. 3' }],
          },
        ],
      }),
    );
    expect((await b.call('library.import', { path: file })).events.created).toBe(1);
    const detail = await b.call('cases.get', { id: c?.id ?? '' });
    expect(detail.events.at(-1)?.sources).toEqual([{ sourceId: s?.id, pinpoint: 'para. 3' }]);
  });

  describe('refuses bad files, naming the place, writing nothing', () => {
    const good = {
      format: 'dossier-library',
      version: 1,
      persons: Array.from({ length: 50 }, (_, i) => ({ name: `Person ${i}` })),
    };

    async function refused(content: string | object) {
      const b = await demoBackend();
      const file = join(dir(), 'bad.json');
      writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
      const before = snapshot(b);
      const size = statSync(b.libraryPath).size;
      const err = await failure(b.call('library.import', { path: file }));
      expect(snapshot(b)).toBe(before);
      expect(statSync(b.libraryPath).size).toBe(size);
      expect(err.message).not.toContain('\n');
      return err;
    }

    it('one bad entry among many', async () => {
      const persons = good.persons.map((p, i) => (i === 37 ? { ...p, country: 'Azerbaijan' } : p));
      const err = await refused({ ...good, persons });
      expect(err.code).toBe('invalid_input');
      expect(err.message).toContain('persons[37] ("Person 37").country');
      expect(err.message).toContain('two-letter country code');
      expect(err.message).toContain('Nothing was imported');
    });

    it('a malformed date', async () => {
      const err = await refused({
        format: 'dossier-library',
        version: 1,
        sources: [{ title: 'Fine' }, { title: 'Broken', published: '2016-02-30' }],
      });
      expect(err.message).toContain('sources[1] ("Broken").published');
      expect(err.message).toContain('YYYY-MM-DD');
    });

    it('a reference to nothing, after other entries were written in the same import', async () => {
      const err = await refused({
        ...good,
        events: [
          { caseId: '11111111-2222-4333-8444-555555555555', date: '2020-01-01', type: 'arrest' },
        ],
      });
      expect(err.message).toContain('events[0].caseId');
      expect(err.message).toContain('no case with id 11111111-2222-4333-8444-555555555555');
    });

    it('a misspelt field', async () => {
      const err = await refused({
        format: 'dossier-library',
        version: 1,
        persons: [{ name: 'A', birthyear: 1980 }],
      });
      expect(err.message).toContain('persons[0] ("A")');
      expect(err.message).toContain('birthyear');
    });

    it('two entries with one id', async () => {
      const id = '11111111-2222-4333-8444-555555555555';
      const err = await refused({
        format: 'dossier-library',
        version: 1,
        persons: [
          { id, name: 'A' },
          { id, name: 'B' },
        ],
      });
      expect(err.message).toContain('persons[1] ("B"): the same id as persons[0]');
    });

    it('broken JSON, with the line and column', async () => {
      const err = await refused(
        '{\n  "format": "dossier-library",\n  "version": 1,\n  "persons": [ { "name": "A" }, ]\n}',
      );
      expect(err.message).toMatch(/is not valid JSON at line 4, column \d+/);
    });

    it('a JSON file that is not an exchange file', async () => {
      const err = await refused({ hello: 'world' });
      expect(err.message).toContain('is not a Dossier library exchange file');
    });

    it('a file from a newer version', async () => {
      const err = await refused({ format: 'dossier-library', version: 2, persons: [] });
      expect(err.code).toBe('future_version');
      expect(err.message).toContain('newer version of Dossier');
    });

    it('a missing file', async () => {
      const b = await demoBackend();
      const err = await failure(b.call('library.import', { path: join(dir(), 'nope.json') }));
      expect(err.code).toBe('not_found');
    });
  });
});
