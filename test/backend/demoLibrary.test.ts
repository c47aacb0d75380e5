import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import { demoLibrary } from '../../src/backend/demo/demoLibrary';
import { defaultForums } from '../../src/backend/forums/defaultForums';
import { forumSettings } from '../../src/shared/domain';
import { exchangeFile, type ExchangeFile } from '../../src/shared/exchange';

function parseLibrary(): ExchangeFile {
  const result = exchangeFile.safeParse(demoLibrary);
  if (!result.success) throw new Error(z.prettifyError(result.error));
  return result.data;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The demo file gives every entry an id; the exchange schema leaves them optional. */
function idOf(entry: { id?: string | undefined }): string {
  if (entry.id === undefined) throw new Error('entry without an id');
  return entry.id;
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

describe('demo library', () => {
  it('is a valid exchange file', () => {
    const result = exchangeFile.safeParse(demoLibrary);
    if (!result.success) console.error(z.prettifyError(result.error));
    expect(result.success).toBe(true);
  });

  it('gives every entry a distinct, lowercase UUID', () => {
    const lib = parseLibrary();
    const all = [
      ...lib.persons,
      ...lib.organisations,
      ...lib.cases,
      ...lib.events,
      ...lib.sources,
      ...lib.snippets,
    ].map((e) => e.id);
    for (const id of all) expect(id).toMatch(UUID);
    // The raw file (before the schema lower-cases ids) is already lowercase.
    const raw = [
      ...demoLibrary.persons,
      ...demoLibrary.organisations,
      ...demoLibrary.cases,
      ...demoLibrary.events,
      ...demoLibrary.sources,
      ...demoLibrary.snippets,
    ].map((e) => e.id);
    for (const id of raw) expect(id).toMatch(UUID);
    expect(new Set(all).size).toBe(all.length);
  });

  it('holds its references together', () => {
    const lib = parseLibrary();
    const persons = new Set(lib.persons.map((p) => p.id));
    const cases = new Set(lib.cases.map((c) => c.id));
    const sources = new Set(lib.sources.map((s) => s.id));

    for (const c of lib.cases) {
      expect(c.personIds.length, c.title).toBeGreaterThan(0);
      for (const personId of c.personIds) expect(persons.has(personId), c.title).toBe(true);
    }
    for (const e of lib.events) {
      expect(cases.has(e.caseId), e.text).toBe(true);
      expect(e.sources.length, `event ${e.id} has a source`).toBeGreaterThan(0);
      for (const ref of e.sources) expect(sources.has(ref.sourceId), e.text).toBe(true);
    }
    for (const s of lib.snippets) {
      for (const caseId of s.caseIds) expect(cases.has(caseId), s.title).toBe(true);
      if (s.translationGroup !== null) expect(UUID.test(s.translationGroup)).toBe(true);
    }
    // Every case has events, and every person a case.
    for (const c of lib.cases)
      expect(
        lib.events.some((e) => e.caseId === c.id),
        c.title,
      ).toBe(true);
    for (const p of lib.persons) {
      expect(
        lib.cases.some((c) => c.personIds.includes(idOf(p))),
        p.name,
      ).toBe(true);
    }
  });

  it('records each arrest on the date DEMO-FACTS gives', () => {
    const lib = parseLibrary();
    const expected: Array<{ name: string; date: string; uncertain: boolean }> = [
      { name: 'Khadija Ismayilova', date: '2014-12-05', uncertain: false },
      { name: 'Leyla Yunus', date: '2014-07-30', uncertain: false },
      { name: 'Arif Yunus', date: '2014', uncertain: true },
      { name: 'Rasul Jafarov', date: '2014-08-02', uncertain: false },
      { name: 'Intigam Aliyev', date: '2014-08-08', uncertain: false },
      { name: 'Anar Mammadli', date: '2013-12-16', uncertain: false },
      { name: 'Ilgar Mammadov', date: '2013-02-04', uncertain: false },
    ];
    expect(lib.persons).toHaveLength(expected.length);
    for (const { name, date, uncertain } of expected) {
      const person = lib.persons.find((p) => p.name === name);
      expect(person, name).toBeDefined();
      const caseIds = lib.cases.filter((c) => c.personIds.includes(idOf(person!))).map(idOf);
      expect(caseIds, name).toHaveLength(1);
      const arrest = lib.events.find(
        (e) => caseIds.includes(e.caseId) && e.type === 'arrest' && e.date === date,
      );
      expect(arrest, `${name} arrested ${date}`).toBeDefined();
      expect(arrest!.uncertain, name).toBe(uncertain);
    }
  });

  it('keeps the Azerbaijani and Russian spellings as aliases', () => {
    const lib = parseLibrary();
    const khadija = lib.persons.find((p) => p.name === 'Khadija Ismayilova');
    expect(khadija?.aliases).toContainEqual({
      name: 'Xədicə İsmayılova',
      script: 'latn',
      language: 'az',
    });
    expect(khadija?.aliases).toContainEqual({
      name: 'Хадиджа Исмаилова',
      script: 'cyrl',
      language: 'ru',
    });
  });

  it('writes case summaries of 120–250 words, one per case', () => {
    const lib = parseLibrary();
    const summaries = lib.snippets.filter((s) => s.kind === 'case_summary');
    for (const c of lib.cases) {
      expect(
        summaries.filter((s) => s.caseIds.includes(idOf(c))),
        c.title,
      ).toHaveLength(1);
    }
    for (const s of summaries) {
      const n = words(s.text ?? '');
      expect(n, `${s.title}: ${n} words`).toBeGreaterThanOrEqual(120);
      expect(n, `${s.title}: ${n} words`).toBeLessThanOrEqual(250);
    }
  });
});

describe('default forums', () => {
  it('parses every forum profile', () => {
    for (const forum of defaultForums) {
      const result = forumSettings.safeParse(forum.settings);
      if (!result.success) console.error(forum.key, z.prettifyError(result.error));
      expect(result.success, forum.key).toBe(true);
    }
  });

  it('has the expected, distinct keys', () => {
    const keys = defaultForums.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(
      [
        'upr-stakeholder',
        'treaty-body-report',
        'special-procedures',
        'cm-rule-9-2',
        'echr-tpi',
        'joint-statement',
        'ogp-letter',
        'eiti-submission',
        'website-article',
      ].sort(),
    );
  });

  it('carries the limits of FORUMS.md', () => {
    const settings = (key: string) =>
      forumSettings.parse(defaultForums.find((f) => f.key === key)?.settings);
    const upr = settings('upr-stakeholder');
    expect(upr.wordLimit).toEqual({ single: 2815, joint: 5630, notesCount: true });
    expect(upr.notes).toBe('endnotes');
    expect(upr.formats).toEqual(['docx']);
    expect(upr.numberedParagraphs).toBe(true);
    const tpi = settings('echr-tpi');
    expect(tpi.pageLimit).toBe(10);
    expect(tpi.unverified.some((u) => u.includes('pageLimit'))).toBe(true);
    expect(settings('treaty-body-report').pageLimit).toBeNull();
    expect(settings('website-article').formats).toEqual(['html']);
  });

  it('knows every forum a snippet is meant for', () => {
    const keys = new Set(defaultForums.map((f) => f.key));
    const lib = parseLibrary();
    for (const s of lib.snippets) {
      for (const forum of s.forums) expect(keys.has(forum), `${s.title}: ${forum}`).toBe(true);
    }
  });
});
