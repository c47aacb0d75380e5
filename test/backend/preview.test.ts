import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../src/backend/demo/demoLibrary';
import { cite, doc, embed, field, p } from '../../src/core/document/build';
import { demoBackend } from '../helpers';

const { persons: P, cases: C, sources: S } = DEMO_IDS;

/** What the editor shows of the library: the same text the export prints. */
describe('documents.preview', () => {
  it('gives each field as the document prints it as of its day, and as of another', async () => {
    const b = await demoBackend();
    const d = await b.call('documents.create', { title: 'Draft', asOf: '2015-06-01' });
    const content = doc(
      p(
        field('case.daysDeprived', { caseId: C.khadija }),
        field('case.status', { caseId: C.khadija }),
      ),
      p(field('person.name', { personId: P.khadija }), cite(S.rferlIsmayilovaArrest, '§ 2')),
    );
    const then = await b.call('documents.preview', { id: d.id, content }, 'window');
    expect(then.asOf).toBe('2015-06-01');
    const text = (f: string) => then.fields.find((x) => x.field === f)?.text;
    expect(text('case.status')).toBe('in pretrial detention');
    expect(text('case.daysDeprived')).toBe('179 days');
    expect(text('person.name')).toBe('Khadija Ismayilova');
    expect(then.notes[0]?.text).toContain('§ 2');
    const later = await b.call(
      'documents.preview',
      { id: d.id, content, asOf: '2020-01-01' },
      'window',
    );
    expect(later.fields.find((x) => x.field === 'case.daysDeprived')?.text).toBe('537 days');
  });

  it('gives fields and notes in the document’s language, as the export prints them', async () => {
    const b = await demoBackend();
    const created = await b.call('documents.create', { title: 'Проект', asOf: '2015-06-01' });
    const d = await b.call('documents.save', { document: { ...created, language: 'ru' } });
    const content = doc(
      p(
        field('case.daysDeprived', { caseId: C.khadija }),
        field('case.status', { caseId: C.khadija }),
        field('case.arrestDate', { caseId: C.khadija }),
      ),
      p('Cited.', cite(S.rferlIsmayilovaArrest)),
    );
    const r = await b.call('documents.preview', { id: d.id, content }, 'window');
    const text = (f: string) => r.fields.find((x) => x.field === f)?.text;
    expect(text('case.daysDeprived')).toBe('179 дней');
    expect(text('case.status')).toBe('в предварительном заключении');
    expect(text('case.arrestDate')).toBe('5 декабря 2014 г.');
    expect(r.notes[0]?.text).toContain('5 декабря 2014 г.');
    // What preflight says stays English, for the officer.
    expect(r.report.findings.every((f) => !/[а-я]/i.test(f.message))).toBe(true);
  });

  it('says when a field cannot be filled in, and preflight counts it', async () => {
    const b = await demoBackend();
    const d = await b.call('documents.create', { title: 'Draft' });
    const content = doc(
      p(field('case.status', { caseId: '00000000-0000-4000-8000-000000000000' })),
    );
    const r = await b.call('documents.preview', { id: d.id, content }, 'window');
    expect(r.fields[0]).toMatchObject({ resolved: false, text: '[case.status: unresolved]' });
    expect(r.report.findings.some((f) => f.code === 'unresolved-field')).toBe(true);
  });

  it('shows an anonymised person as the export does, never by name', async () => {
    const b = await demoBackend();
    const person = await b.call('persons.get', { id: P.khadija });
    await b.call('persons.save', { person: { ...person, visibility: 'anonymise' } });
    const d = await b.call('documents.create', { title: 'Public draft' });
    const r = await b.call(
      'documents.preview',
      { id: d.id, content: doc(p(field('person.name', { personId: P.khadija }))) },
      'window',
    );
    expect(r.fields[0]?.text).not.toMatch(/Khadija|Ismayilova/);
    expect(r.fields[0]?.resolved).toBe(true);
  });

  it('refuses content the format does not allow, naming the place', async () => {
    const b = await demoBackend();
    const d = await b.call('documents.create', { title: 'Draft' });
    await expect(
      b.call(
        'documents.preview',
        { id: d.id, content: doc({ type: 'citation', sourceId: 'x' } as never) },
        'window',
      ),
    ).rejects.toThrow(/root\.children\[0\]/);
  });
});

/** What the preview of the printed text shows: the print tree the exports render. */
describe('documents.printed', () => {
  it('prints an anonymised person as a description everywhere, their name written in the text included', async () => {
    const b = await demoBackend();
    const person = await b.call('persons.get', { id: P.khadija });
    await b.call('persons.save', { person: { ...person, visibility: 'anonymise' } });
    const d = await b.call('documents.create', { title: 'Public draft', asOf: '2015-06-01' });
    const content = doc(
      p(
        'We call for the release of Khadija Ismayilova. ',
        field('case.status', { caseId: C.khadija }),
      ),
      p(field('person.name', { personId: P.khadija }), cite(S.rferlIsmayilovaArrest, '§ 2')),
    );
    const printed = await b.call('documents.printed', { id: d.id, content }, 'window');
    const all = JSON.stringify(printed);
    expect(all).not.toMatch(/Khadija|Ismayilova/);
    expect(all).toContain('in pretrial detention');
    expect(printed.notes).toHaveLength(1);
    expect(printed.blocks).toHaveLength(2);
    // Internal: the same text names her.
    await b.call('documents.save', {
      document: { ...d, audience: 'internal', content },
    });
    const inside = await b.call('documents.printed', { id: d.id }, 'window');
    expect(JSON.stringify(inside)).toContain('Khadija Ismayilova');
  });
});

describe('documents.revisions', () => {
  it('lists the kept revisions and gives each one’s text; a missing one is named', async () => {
    const b = await demoBackend();
    const d = await b.call('documents.create', { title: 'Statement' });
    const { revision: _r, createdAt: _c, updatedAt: _u, ...fields } = d;
    await b.call('documents.save', { document: { ...fields, content: doc(p('First words.')) } });
    await b.call('documents.save', { document: { ...fields, content: doc(p('Second words.')) } });
    const list = await b.call('documents.revisions', { id: d.id }, 'window');
    expect(list.map((r) => r.revision)).toEqual([1, 2, 3]);
    expect(list.every((r) => r.bytes > 0 && r.title === 'Statement')).toBe(true);
    const second = await b.call('documents.revision', { id: d.id, revision: 2 }, 'window');
    expect(JSON.stringify(second.content)).toContain('First words.');
    await expect(b.call('documents.revision', { id: d.id, revision: 9 }, 'window')).rejects.toThrow(
      /no revision 9: its revisions go up to 3/,
    );
  });
});

describe('documents.preview, as the editor asks it while typing', () => {
  it('takes the blocks changed against the text it previewed before, and gives the same as for the whole text', async () => {
    const b = await demoBackend();
    const d = await b.call('documents.create', { title: 'Draft', asOf: '2015-06-01' });
    const status = p(field('case.status', { caseId: C.khadija }));
    const first = doc(
      p('Opening words.'),
      status,
      p('Cited.', cite(S.rferlIsmayilovaArrest, '§ 2')),
    );
    const whole = await b.call('documents.preview', { id: d.id, content: first }, 'window');
    expect(whole.base).toEqual(expect.any(String));
    expect(whole.report.words.counted).toBeGreaterThan(0);

    // The second block as it was, a new first one, the third taken out, one added at the end.
    const next = doc(p('Opening words, and more of them.'), status, p('Added.'));
    const { children: _c, ...root } = next.root;
    const blocks = [next.root.children[0]!, 1, next.root.children[2]!];
    const changed = await b.call(
      'documents.preview',
      { id: d.id, changes: { base: whole.base!, root, blocks } },
      'window',
    );
    const again = await b.call('documents.preview', { id: d.id, content: next }, 'window');
    const { base: b1, ...fromChanges } = changed;
    const { base: b2, ...fromWhole } = again;
    expect(fromChanges).toEqual(fromWhole);
    expect(b1).not.toBe(b2);
    expect(fromChanges.notes).toEqual([]);
    expect(fromChanges.fields.map((f) => f.text)).toEqual(['in pretrial detention']);

    // The changes' own answer is a base too.
    const onChanges = await b.call(
      'documents.preview',
      { id: d.id, changes: { base: b1!, root, blocks: [0, 1, 2, p('Fourth.')] } },
      'window',
    );
    expect(onChanges.report.words.counted).toBe(again.report.words.counted + 1);
  });

  it('checks a changed block as it checks a whole text, and names its place', async () => {
    const b = await demoBackend();
    const d = await b.call('documents.create', { title: 'Draft' });
    const first = await b.call(
      'documents.preview',
      { id: d.id, content: doc(p('One.'), p('Two.')) },
      'window',
    );
    const root = { type: 'root' as const, version: 1 };
    await expect(
      b.call(
        'documents.preview',
        {
          id: d.id,
          changes: { base: first.base!, root, blocks: [0, { type: 'marquee', version: 1 }] },
        },
        'window',
      ),
    ).rejects.toThrow(/document\.content\.root\.children\[1\]: unknown node type "marquee"/);
    await expect(
      b.call(
        'documents.preview',
        { id: d.id, changes: { base: first.base!, root, blocks: [0, 5] } },
        'window',
      ),
    ).rejects.toThrow(/changes\.blocks\[1\] names block 5 of the base, which has 2/);
  });

  it('takes a block of the base named twice, but not into a text larger than a whole one may be', async () => {
    const b = await demoBackend();
    const d = await b.call('documents.create', { title: 'Draft' });
    const root = { type: 'root' as const, version: 1 };
    const small = await b.call(
      'documents.preview',
      { id: d.id, content: doc(p('One.'), p('Two words.')) },
      'window',
    );
    const twice = await b.call(
      'documents.preview',
      { id: d.id, changes: { base: small.base!, root, blocks: [0, 1, 0] } },
      'window',
    );
    expect(twice.report.words.counted).toBe(4);
    // One block of a megabyte, named 130 times: 130 MB out of a request of a few hundred bytes.
    const large = await b.call(
      'documents.preview',
      { id: d.id, content: doc(p('x'.repeat(1_048_576))) },
      'window',
    );
    const blocks = Array.from({ length: 130 }, () => 0);
    await expect(
      b.call(
        'documents.preview',
        { id: d.id, changes: { base: large.base!, root, blocks } },
        'window',
      ),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/larger than 128 MB .* send the whole text \(content\)/),
    });
  });

  it('refuses changes to a text it no longer holds, or another document’s, with conflict', async () => {
    const b = await demoBackend();
    const d = await b.call('documents.create', { title: 'Draft' });
    const other = await b.call('documents.create', { title: 'Other' });
    const root = { type: 'root' as const, version: 1 };
    const first = await b.call(
      'documents.preview',
      { id: d.id, content: doc(p('One.')) },
      'window',
    );
    /** A preview of one block of `base`, for document `id`. */
    const onBase = (id: string, base: string) =>
      b.call('documents.preview', { id, changes: { base, root, blocks: [0] } }, 'window');
    await expect(onBase(other.id, first.base!)).rejects.toMatchObject({ code: 'conflict' });
    await expect(onBase(d.id, 'gone')).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/whole text/),
    });
    expect((await onBase(d.id, first.base!)).report.words.counted).toBe(1);
    // A few are kept: the fifth preview after it forgets the first.
    for (let i = 0; i < 4; i++)
      await b.call('documents.preview', { id: d.id, content: doc(p(`Text ${i}.`)) }, 'window');
    await expect(onBase(d.id, first.base!)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('leaves out the text of a snippet the window holds at the library’s revision', async () => {
    const b = await demoBackend();
    const snippet = (await b.call('snippets.list', {}))[0]!;
    const d = await b.call('documents.create', { title: 'Draft' });
    const content = doc(
      embed(snippet.id, { insertedAt: '2020-01-01', revision: snippet.revision }),
    );
    const all = await b.call('documents.preview', { id: d.id, content }, 'window');
    expect(all.snippets[0]?.content?.root.children.length).toBeGreaterThan(0);
    const known = await b.call(
      'documents.preview',
      { id: d.id, content, known: { [snippet.id]: snippet.revision } },
      'window',
    );
    expect(known.snippets[0]).toMatchObject({ id: snippet.id, revision: snippet.revision });
    expect(known.snippets[0]?.content).toBeUndefined();
    // An older revision held: the text comes.
    const older = await b.call(
      'documents.preview',
      { id: d.id, content, known: { [snippet.id]: snippet.revision - 1 } },
      'window',
    );
    expect(older.snippets[0]?.content).toEqual(all.snippets[0]?.content);
  });
});
