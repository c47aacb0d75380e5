import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Backend } from '../../src/backend/backend';
import { api } from '../../src/shared/api';
import { backupFolder } from '../../src/store/library';
import { demoBackend, tempBackend, tempDir } from '../helpers';

describe('the backend contract', () => {
  it('validates params and answers with envelopes that name the place', async () => {
    const b = await demoBackend();
    expect(await b.dispatch('persons.save', { person: { name: '   ' } }, 'cli')).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Name: Must not be empty',
        place: 'person.name',
      },
    });
    expect(await b.dispatch('cases.get', { id: 'not-an-id' }, 'cli')).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', place: 'id' },
    });
    expect(
      await b.dispatch(
        'cases.facts',
        {
          id: '11111111-2222-4333-8444-555555555555',
          asOf: '2016-13-01',
        },
        'cli',
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', place: 'asOf' },
    });
    expect(await b.dispatch('no.such', {}, 'cli')).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    const missing = await b.dispatch(
      'cases.get',
      { id: '11111111-2222-4333-8444-555555555555' },
      'cli',
    );
    expect(missing).toEqual({
      ok: false,
      error: {
        code: 'not_found',
        message: 'There is no case with id 11111111-2222-4333-8444-555555555555.',
        place: '11111111-2222-4333-8444-555555555555',
      },
    });
  });

  it('every method of the contract has a handler', async () => {
    const { handlers } = await import('../../src/backend/handlers');
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(api).sort());
  });

  it('a library that does not exist yet is an error that says how to create one', async () => {
    const b = new Backend({ libraryPath: join(tempDir(), 'none.db') });
    const r = await b.dispatch('persons.list', {}, 'cli');
    expect(r).toMatchObject({ ok: false, error: { code: 'no_library' } });
    expect(existsSync(b.libraryPath)).toBe(false);
  });

  it('init refuses to overwrite an existing library', async () => {
    const b = await demoBackend();
    b.close();
    const again = new Backend({ libraryPath: b.libraryPath });
    const r = await again.dispatch('library.init', { demo: false }, 'cli');
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    again.close();
    expect((await b.call('library.info', {})).counts.persons).toBe(7);
  });
});

describe('cases and their facts', () => {
  it('cases.get gives persons, events, sources and facts as of a date', async () => {
    const b = await demoBackend();
    const [hit] = (await b.call('search.query', { query: 'Khadija', kinds: ['case'] })).results;
    const detail = await b.call('cases.get', { id: hit?.id ?? '', asOf: '2016-05-25' });
    expect(detail.persons.map((p) => p.name)).toEqual(['Khadija Ismayilova']);
    expect(detail.facts).toMatchObject({
      status: 'suspended_sentence',
      days: { total: 537 },
      arrestDate: '2014-12-05',
    });
    const cited = new Set(detail.events.flatMap((e) => e.sources.map((s) => s.sourceId)));
    expect(new Set(detail.sources.map((s) => s.id))).toEqual(cited);
    expect(detail.snippetIds.length).toBeGreaterThan(0);
    const earlier = await b.call('cases.facts', { id: hit?.id ?? '', asOf: '2015-01-01' });
    expect(earlier).toMatchObject({ status: 'detained_pretrial', days: { total: 28 } });
  });

  it('adding, changing and removing events moves the status and marks the case updated', async () => {
    const b = tempBackend({ today: () => '2026-11-28' });
    await b.call('library.init', { demo: false });
    const p = await b.call('persons.save', { person: { name: 'Əli Kərimli', country: 'az' } });
    expect(p.country).toBe('AZ');
    const c = await b.call('cases.save', { case: { title: 'Case', personIds: [p.id, p.id] } });
    expect(c.personIds).toEqual([p.id]);
    expect(c.status).toBe('unknown');
    const arrest = await b.call('events.save', {
      event: { caseId: c.id, date: '2026-01-10', type: 'arrest' },
    });
    expect((await b.call('cases.get', { id: c.id })).case.status).toBe('detained_pretrial');
    const release = await b.call('events.save', {
      event: { caseId: c.id, date: '2026-03-01', type: 'release' },
    });
    const after = await b.call('cases.get', { id: c.id });
    expect(after.case.status).toBe('released');
    expect(after.case.updatedAt >= release.updatedAt).toBe(true);
    expect(after.facts.days.total).toBe(50);
    await b.call('events.delete', { id: release.id });
    expect((await b.call('cases.get', { id: c.id })).case.status).toBe('detained_pretrial');
    await b.call('events.save', { event: { ...arrest, date: '2026-01-20' } });
    expect((await b.call('cases.facts', { id: c.id })).days.total).toBe(313);
  });

  it('a status that comes due with the days is derived when the library is opened', async () => {
    let day = '2026-11-28';
    const b = tempBackend({ today: () => day });
    await b.call('library.init', { demo: false });
    const c = await b.call('cases.save', { case: { title: 'Scheduled release' } });
    await b.call('events.save', { event: { caseId: c.id, date: '2026-11-01', type: 'arrest' } });
    await b.call('events.save', {
      event: { caseId: c.id, date: '2026-12-15', type: 'release', text: 'End of the term.' },
    });
    expect((await b.call('cases.get', { id: c.id })).case.status).toBe('detained_pretrial');
    b.close();
    day = '2026-12-20';
    expect((await b.call('cases.get', { id: c.id })).case.status).toBe('released');
    expect((await b.call('cases.list', { status: ['released'] })).map((x) => x.id)).toEqual([c.id]);
  });

  it('refuses references to missing persons and sources, and deletions that would break links', async () => {
    const b = await demoBackend();
    const ghost = '11111111-2222-4333-8444-555555555555';
    expect(
      await b.dispatch('cases.save', { case: { title: 'X', personIds: [ghost] } }, 'cli'),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', place: 'case.personIds[0]' },
    });
    const [c] = await b.call('cases.list', {});
    expect(
      await b.dispatch(
        'events.save',
        {
          event: { caseId: c?.id, date: '2020', type: 'other', sources: [{ sourceId: ghost }] },
        },
        'cli',
      ),
    ).toMatchObject({ ok: false, error: { place: 'event.sources[0].sourceId' } });
    const person = c?.personIds[0] ?? '';
    const r = await b.dispatch('persons.delete', { id: person }, 'cli');
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(JSON.stringify(r)).toContain(c?.title ?? '?');
    const [s] = (await b.call('cases.get', { id: c?.id ?? '' })).sources;
    expect(await b.dispatch('sources.delete', { id: s?.id }, 'cli')).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await b.call('cases.delete', { id: c?.id ?? '' })).toEqual({ deleted: true });
    expect(await b.call('persons.delete', { id: person })).toEqual({ deleted: true });
  });
});

describe('snippets', () => {
  it('every save that changes the text keeps a revision; a save that changes nothing does not', async () => {
    const b = await demoBackend();
    const [first] = await b.call('snippets.list', { kind: 'recommendation' });
    if (first === undefined) throw new Error('no recommendation in the demo');
    const { id, revision, text: _t, createdAt: _c, updatedAt: _u, ...rest } = first;
    expect(revision).toBe(1);
    const same = await b.call('snippets.save', { snippet: { id, ...rest } });
    expect(same.revision).toBe(1);
    const tagged = await b.call('snippets.save', {
      snippet: { id, ...rest, tags: [...rest.tags, 'urgent'] },
    });
    expect(tagged.revision).toBe(1);
    const root = rest.content.root;
    const edited = await b.call('snippets.save', {
      snippet: {
        id,
        ...rest,
        content: { root: { ...root, children: [...root.children, ...root.children] } },
      },
    });
    expect(edited.revision).toBe(2);
    const renamed = await b.call('snippets.save', { snippet: { id, ...rest, title: 'Renamed' } });
    expect(renamed.revision).toBe(3);
    const revisions = await b.call('snippets.revisions', { id });
    expect(revisions.map((r) => r.revision)).toEqual([1, 2, 3]);
    expect(revisions[0]?.content).toEqual(first.content);
    expect(revisions[2]?.title).toBe('Renamed');
  });

  it('lists by kind, tag and case', async () => {
    const b = await demoBackend();
    const all = await b.call('snippets.list', {});
    const recs = await b.call('snippets.list', { kind: 'recommendation' });
    expect(recs.length).toBeGreaterThan(2);
    expect(recs.every((s) => s.kind === 'recommendation')).toBe(true);
    const [c] = await b.call('cases.list', {});
    const ofCase = await b.call('snippets.list', { caseId: c?.id ?? '' });
    expect(ofCase.length).toBeGreaterThan(0);
    expect(ofCase.every((s) => s.caseIds.includes(c?.id ?? ''))).toBe(true);
    expect(all.length).toBe(19);
  });
});

describe('forum profiles', () => {
  it('every library starts with one per forum, and their limits are editable settings', async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: false });
    const forums = await b.call('forums.list', {});
    expect(forums.map((f) => f.key).sort()).toEqual([
      'cm-rule-9-2',
      'echr-tpi',
      'eiti-submission',
      'joint-statement',
      'ogp-letter',
      'special-procedures',
      'treaty-body-report',
      'upr-stakeholder',
      'website-article',
    ]);
    const upr = await b.call('forums.get', { id: 'upr-stakeholder' });
    expect(upr.settings.wordLimit).toEqual({ single: 2815, joint: 5630, notesCount: true });
    expect(upr.settings.formats).toEqual(['docx']);
    const updated = await b.call('forums.update', {
      id: upr.id,
      settings: { ...upr.settings, wordLimit: { ...upr.settings.wordLimit, notesCount: false } },
    });
    expect(updated.settings.wordLimit.notesCount).toBe(false);
    expect((await b.call('forums.get', { id: upr.id })).settings.wordLimit.notesCount).toBe(false);
    const tpi = await b.call('forums.get', { id: 'echr-tpi' });
    expect(tpi.settings.unverified.length).toBeGreaterThan(0);
  });
});

describe('backup and restore', () => {
  it('a backup is a consistent library; restore brings it back and keeps the replaced one', async () => {
    const b = await demoBackend();
    const file = join(tempDir(), 'copy.db');
    const { bytes } = await b.call('library.backup', { path: file });
    expect(bytes).toBeGreaterThan(0);
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(raw.prepare('SELECT count(*) FROM persons').pluck().get()).toBe(7);
    raw.close();

    const extra = await b.call('persons.save', { person: { name: 'Added after the backup' } });
    expect(await b.dispatch('library.backup', { path: file }, 'cli')).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });

    const restored = await b.call('library.restore', { path: file });
    expect(restored.info.counts.persons).toBe(7);
    expect(await b.dispatch('persons.get', { id: extra.id }, 'cli')).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const previousCopy = restored.previousCopy ?? '';
    expect(readdirSync(backupFolder(b.libraryPath))).toContain(previousCopy.split('/').at(-1));
    const previous = new Database(previousCopy, { readonly: true });
    expect(previous.prepare('SELECT name FROM persons WHERE id = ?').pluck().get(extra.id)).toBe(
      'Added after the backup',
    );
    previous.close();
    expect((await b.call('search.query', { query: 'Khadija' })).results[0]?.title).toBe(
      'Khadija Ismayilova',
    );
  });

  it('restore refuses a file that is not a library, and the library stays as it was', async () => {
    const b = await demoBackend();
    const bogus = join(tempDir(), 'bogus.db');
    writeFileSync(bogus, 'not a database at all, just some text that is long enough'.repeat(4));
    const r = await b.dispatch('library.restore', { path: bogus }, 'cli');
    expect(r).toMatchObject({ ok: false, error: { code: 'not_a_library' } });
    expect((r as { error: { message: string } }).error.message).toContain('Cannot restore from');
    expect((await b.call('library.info', {})).counts.persons).toBe(7);
    expect(readdirSync(join(b.libraryPath, '..')).filter((f) => f.includes('restoring'))).toEqual(
      [],
    );
  });
});
