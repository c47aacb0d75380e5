import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend';
import { DEMO_IDS } from '../../src/backend/demo/demoLibrary';
import { loadLibraryView } from '../../src/backend/documents/libraryView';
import {
  bullets,
  cite,
  doc,
  embed,
  field,
  h1,
  h2,
  note,
  p,
  signatories,
} from '../../src/core/document/build';
import { resolveDocument, inlineText } from '../../src/core/document/resolve';
import type { PrintBlock } from '../../src/core/print/tree';
import type { DocumentInput, RichContent } from '../../src/shared/domain';
import { demoBackend, failure, tempBackend, tempDir } from '../helpers';

const { persons: P, cases: C, sources: S, snippets: N, organisations: O } = DEMO_IDS;

async function saveDoc(b: Backend, document: Partial<DocumentInput> & { content: RichContent }) {
  return b.call('documents.save', { document: { title: 'Test document', ...document } });
}

/** The resolved print tree of a stored document, as of a day. */
async function printOf(b: Backend, id: string, asOf: string) {
  const d = await b.call('documents.get', { id });
  const view = b.read((lib) => loadLibraryView(lib.db, d));
  return resolveDocument(d, view, asOf);
}

function textOfBlocks(blocks: readonly PrintBlock[]): string {
  return blocks
    .map((b) =>
      b.type === 'paragraph' || b.type === 'heading' || b.type === 'quote'
        ? inlineText(b.children)
        : b.type === 'list'
          ? b.items.map((i) => inlineText(i.children)).join('\n')
          : b.type === 'signatories'
            ? b.organisations.map((o) => o.name).join('\n')
            : '',
    )
    .join('\n');
}

describe('resolution', () => {
  it('fields resolve from case facts as of the as-of date', async () => {
    const b = await demoBackend();
    const d = await saveDoc(b, {
      content: doc(
        p(
          field('person.name', { personId: P.khadija }),
          ' was arrested on ',
          field('case.arrestDate', { caseId: C.khadija }),
          '; she is ',
          field('case.status', { caseId: C.khadija }),
          ' and has spent ',
          field('case.daysDeprived', { caseId: C.khadija }),
          ' deprived of liberty; sentence: ',
          field('case.sentence', { caseId: C.khadija }),
          '. As of ',
          field('document.date'),
          '.',
        ),
      ),
    });
    const during = textOfBlocks((await printOf(b, d.id, '2015-10-01')).print.blocks);
    expect(during).toBe(
      "Khadija Ismayilova was arrested on 5 December 2014; she is imprisoned and has spent 301 days deprived of liberty; sentence: 7 years 6 months' imprisonment. As of 1 October 2015.",
    );
    const after = textOfBlocks((await printOf(b, d.id, '2016-06-01')).print.blocks);
    expect(after).toContain('she is released, sentence suspended and has spent 537 days');
    expect(after).toContain('sentence: 3 years 6 months, suspended.');
  });

  it('a linked snippet follows the library; a copied one keeps its own text', async () => {
    const b = await demoBackend();
    const snippet = await b.call('snippets.get', { id: N.recRelease });
    const d = await saveDoc(b, {
      content: doc(
        h1('Linked'),
        embed(N.recRelease, {
          revision: 1,
          mode: 'linked',
          insertedAt: '2026-11-01',
          caseStatuses: {},
        }),
        h1('Copied'),
        embed(N.recRelease, {
          revision: 1,
          mode: 'copied',
          insertedAt: '2026-11-01',
          caseStatuses: {},
          children: [p('Our own words.')],
        }),
      ),
    });
    const before = textOfBlocks((await printOf(b, d.id, '2026-11-01')).print.blocks);
    expect(before).toContain(snippet.text.split('\n')[0]);
    const { id, revision: _r, text: _t, createdAt: _c, updatedAt: _u, ...rest } = snippet;
    await b.call('snippets.save', {
      snippet: { id, ...rest, content: doc(p('Release every journalist held for their work.')) },
    });
    const after = await printOf(b, d.id, '2026-11-01');
    const text = textOfBlocks(after.print.blocks);
    expect(text).toContain('Release every journalist held for their work.');
    expect(text).not.toContain(snippet.text.split('\n')[0]);
    expect(text).toContain('Our own words.');
    const report = await b.call('documents.check', { id: d.id, asOf: '2026-11-01' });
    expect(report.findings.filter((f) => f.code === 'snippet-changed')).toHaveLength(1);
  });

  it('citations and footnotes become notes numbered in order of appearance', async () => {
    const b = await demoBackend();
    const d = await saveDoc(b, {
      content: doc(
        p('First', cite(S.rferlIsmayilovaArrest, 'para. 2'), ' then', note('A free note.')),
        p('Third', cite(S.echrIsmayilova)),
      ),
    });
    const { print } = await printOf(b, d.id, '2020-01-01');
    expect(print.notes.map((n) => n.n)).toEqual([1, 2, 3]);
    expect(inlineText(print.notes[0]?.children ?? [])).toBe(
      'RFE/RL journalist Khadija Ismayilova arrested in Azerbaijan, Radio Free Europe/Radio Liberty, 5 December 2014, para. 2.',
    );
    expect(inlineText(print.notes[1]?.children ?? [])).toBe('A free note.');
    expect(inlineText(print.notes[2]?.children ?? [])).toContain('https://hudoc.echr.coe.int');
    const refs = print.blocks.flatMap((bl) =>
      bl.type === 'paragraph'
        ? bl.children.filter((c) => c.type === 'noteRef').map((c) => c.n)
        : [],
    );
    expect(refs).toEqual([1, 2, 3]);
  });

  it('numbers body paragraphs when the forum asks, not datelines', async () => {
    const b = await demoBackend();
    const dateline = { ...p('London, 10 December 2014'), format: 'right' as const };
    const d = await saveDoc(b, {
      forumKey: 'upr-stakeholder',
      content: doc(dateline, h1('Introduction'), p('One.'), p('Two.'), bullets('Not numbered.')),
    });
    const { print } = await printOf(b, d.id, '2020-01-01');
    expect(print.numberedParagraphs).toBe(true);
    expect(
      print.blocks
        .filter((bl) => bl.type === 'paragraph')
        .map((bl) => (bl.type === 'paragraph' ? bl.number : 0)),
    ).toEqual([null, 1, 2]);
    expect(print.noteStyle).toBe('endnotes');
  });

  it('a person to anonymise appears as a neutral description everywhere, fields included', async () => {
    const b = await demoBackend();
    const khadija = await b.call('persons.get', { id: P.khadija });
    const { createdAt: _c, updatedAt: _u, ...person } = khadija;
    await b.call('persons.save', { person: { ...person, visibility: 'anonymise' } });
    const d = await saveDoc(b, {
      title: 'On Khadija Ismayilova',
      content: doc(
        p(field('person.name', { personId: P.khadija }), ' (Xədicə İsmayılova) is a journalist.'),
        p(
          'Khadija Ismayilova was released.',
          note('About KHADIJA ISMAYILOVA and Хадиджа Исмаилова.'),
        ),
      ),
    });
    const resolved = await printOf(b, d.id, '2020-01-01');
    const all = `${resolved.print.meta.title}\n${textOfBlocks(resolved.print.blocks)}\n${inlineText(resolved.print.notes[0]?.children ?? [])}`;
    expect(all).not.toMatch(/Khadija|Ismayilova|Xədicə|İsmayılova|Хадиджа|KHADIJA/i);
    expect(all).toContain(
      'an investigative journalist, name withheld (an investigative journalist, name withheld) is a journalist.',
    );
    expect(resolved.print.meta.title).toBe('On an investigative journalist, name withheld');
    const report = await b.call('documents.check', { id: d.id });
    expect(report.findings.find((f) => f.code === 'anonymised')?.severity).toBe('info');

    // An internal document names her.
    const internal = await b.call('documents.save', { document: { ...d, audience: 'internal' } });
    expect(textOfBlocks((await printOf(b, internal.id, '2020-01-01')).print.blocks)).toContain(
      'Khadija Ismayilova',
    );
  });

  it('anonymises names in cited sources too, and capitalises a description that starts a sentence', async () => {
    const b = await demoBackend();
    const khadija = await b.call('persons.get', { id: P.khadija });
    const { createdAt: _c, updatedAt: _u, ...person } = khadija;
    await b.call('persons.save', { person: { ...person, visibility: 'anonymise' } });
    const d = await saveDoc(b, {
      keywords: ['Khadija Ismayilova'],
      content: doc(
        p(
          'Khadija Ismayilova was arrested.',
          cite(S.rferlIsmayilovaArrest),
          cite(S.echrIsmayilova),
        ),
      ),
    });
    const { print } = await printOf(b, d.id, '2020-01-01');
    expect(textOfBlocks(print.blocks)).toBe(
      'An investigative journalist, name withheld was arrested.,',
    );
    const notes = print.notes.map((n) => inlineText(n.children));
    expect(notes[0]).toBe(
      'RFE/RL journalist an investigative journalist, name withheld arrested in Azerbaijan, Radio Free Europe/Radio Liberty, 5 December 2014.',
    );
    // A surname alone (a case name) is left for a person to judge, with a warning.
    expect(notes[1]).toContain('Ismayilova v. Azerbaijan');
    const report = await b.call('documents.check', { id: d.id, asOf: '2020-01-01' });
    expect(report.findings.find((f) => f.code === 'name-part')).toMatchObject({
      severity: 'warning',
      where: 'note 2',
    });
    expect(print.meta.keywords).toEqual(['an investigative journalist, name withheld']);
    const [para] = print.blocks;
    expect(para?.type === 'paragraph' ? para.children.slice(-3) : []).toEqual([
      { type: 'noteRef', n: 1 },
      { type: 'text', text: ',', superscript: true },
      { type: 'noteRef', n: 2 },
    ]);
  });

  it('a person marked internal only blocks a public document, even with --force', async () => {
    const b = await demoBackend();
    const rasul = await b.call('persons.get', { id: P.rasul });
    const { createdAt: _c, updatedAt: _u, ...person } = rasul;
    await b.call('persons.save', { person: { ...person, visibility: 'internal' } });
    const d = await saveDoc(b, { content: doc(p('We met Rasul Jafarov in Baku.')) });
    const report = await b.call('documents.check', { id: d.id });
    expect(report.findings.find((f) => f.code === 'internal-person')?.severity).toBe('error');
    const out = join(tempDir(), 'leak.html');
    const err = await failure(
      b.call('documents.export', { id: d.id, format: 'html', path: out, force: true }),
    );
    expect(err.code).toBe('preflight');
    expect(err.message).toContain('internal only');
    expect(existsSync(out)).toBe(false);
    const internal = await b.call('documents.save', { document: { ...d, audience: 'internal' } });
    await b.call('documents.export', { id: internal.id, format: 'html', path: out });
    expect(readFileSync(out, 'utf8')).toContain('Rasul Jafarov');
  });
});

describe('preflight', () => {
  const codes = (r: { findings: { code: string; severity: string }[] }) =>
    r.findings.map((f) => `${f.severity}:${f.code}`);

  it('counts words by the forum rule and holds them against its limit', async () => {
    const b = await demoBackend();
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const d = await saveDoc(b, {
      forumKey: 'upr-stakeholder',
      joint: false,
      content: doc(
        h1('Submitting organisations'),
        h1('Contact person'),
        h1('Introduction'),
        p(words(2800), note(words(30))),
        h1('Recommendations'),
      ),
    });
    const r = await b.call('documents.check', { id: d.id, asOf: '2020-01-01' });
    expect(r.words).toMatchObject({
      body: 2806,
      notes: 30,
      counted: 2836,
      notesCount: true,
      limit: 2815,
    });
    expect(codes(r)).toContain('error:word-limit');
    // It names where the limit is passed, a place in the text to go to.
    const over = r.findings.find((f) => f.code === 'word-limit');
    expect(over?.place).toMatch(/^root\.children\[\d+\]$/);
    expect(over?.where).toMatch(/^word 2816, /);
    const upr = await b.call('forums.get', { id: 'upr-stakeholder' });
    await b.call('forums.update', {
      id: upr.id,
      settings: { ...upr.settings, wordLimit: { ...upr.settings.wordLimit, notesCount: false } },
    });
    const r2 = await b.call('documents.check', { id: d.id, asOf: '2020-01-01' });
    expect(r2.words.counted).toBe(2806);
    expect(codes(r2)).not.toContain('error:word-limit');
    const joint = await b.call('documents.save', { document: { ...d, joint: true } });
    expect((await b.call('documents.check', { id: joint.id })).words.limit).toBe(5630);
  });

  it('estimates pages against a page limit (a warning where the limit is unverified)', async () => {
    const b = await demoBackend();
    const d = await saveDoc(b, {
      forumKey: 'echr-tpi',
      content: doc(h1('Introduction'), ...Array.from({ length: 60 }, () => p('word '.repeat(100)))),
    });
    const r = await b.call('documents.check', { id: d.id, asOf: '2020-01-01' });
    expect(r.pages.estimate).toBeGreaterThan(10);
    expect(r.findings.find((f) => f.code === 'page-limit')?.severity).toBe('warning');
  });

  it('finds missing required sections, placeholders, and a joint document nobody signed', async () => {
    const b = await demoBackend();
    const templates = await b.call('templates.list', {});
    const joint = templates.find((t) => t.name === 'UPR stakeholder submission — joint');
    const d = await b.call('documents.create', { title: 'New UPR', templateId: joint?.id ?? '' });
    expect(d.forumKey).toBe('upr-stakeholder');
    expect(d.joint).toBe(true);
    const r = await b.call('documents.check', { id: d.id });
    expect(codes(r)).toContain('error:no-signatories');
    expect(codes(r)).toContain('warning:placeholder');
    const filled = await b.call('documents.save', {
      document: {
        ...d,
        content: doc(p('All filled in.')),
        coverLines: ['[Cycle] cycle of the UPR'],
      },
    });
    expect(codes(await b.call('documents.check', { id: filled.id }))).toContain(
      'warning:placeholder',
    );
    expect(codes(r)).not.toContain('error:missing-section');
    const gutted = await b.call('documents.save', {
      document: { ...d, content: doc(h1('Introduction'), p('Text.')) },
    });
    const missing = (await b.call('documents.check', { id: gutted.id })).findings.filter(
      (f) => f.code === 'missing-section',
    );
    expect(missing.map((f) => f.message)).toEqual([
      'The UPR stakeholder submission expects a section "Submitting organisations"; there is no heading for it.',
      'The UPR stakeholder submission expects a section "Contact person"; there is no heading for it.',
      'The UPR stakeholder submission expects a section "Recommendations"; there is no heading for it.',
    ]);
  });

  it('flags a status that changed since the snippet was inserted (released since: an error)', async () => {
    const b = await demoBackend();
    const d = await saveDoc(b, {
      content: doc(
        h2('Khadija Ismayilova'),
        embed(N.summaryKhadija, {
          revision: 1,
          mode: 'copied',
          insertedAt: '2015-10-01',
          caseStatuses: { [C.khadija]: 'imprisoned' },
          children: [p('She remains in prison.')],
        }),
      ),
    });
    const then = await b.call('documents.check', { id: d.id, asOf: '2015-10-01' });
    expect(codes(then)).not.toContain('error:status-changed');
    const now = await b.call('documents.check', { id: d.id, asOf: '2016-06-01' });
    const finding = now.findings.find((f) => f.code === 'status-changed');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain(
      'imprisoned when the snippet was inserted (1 October 2015), released, sentence suspended as of 1 June 2016',
    );
    expect(finding?.where).toBe('under "Khadija Ismayilova", paragraph 1');
  });

  it('flags a case that changed after the snippet was last reviewed', async () => {
    const b = await demoBackend();
    const d = await saveDoc(b, {
      content: doc(
        embed(N.summaryLeyla, {
          revision: 1,
          mode: 'linked',
          insertedAt: '2026-11-01',
          caseStatuses: {},
        }),
      ),
    });
    expect(codes(await b.call('documents.check', { id: d.id }))).not.toContain(
      'warning:stale-facts',
    );
    await b.call('events.save', {
      event: {
        caseId: C.leyla,
        date: '2026-11-20',
        type: 'travel_ban',
        text: 'Barred from travelling.',
      },
    });
    const r = await b.call('documents.check', { id: d.id });
    expect(r.findings.find((f) => f.code === 'stale-facts')?.message).toContain(
      'after the snippet "',
    );
  });

  it('reports unresolved fields, missing sources and missing snippets as errors', async () => {
    const b = await demoBackend();
    const ghost = '11111111-2222-4333-8444-555555555555';
    const d = await saveDoc(b, {
      content: doc(
        p(field('case.sentence', { caseId: C.khadija }), cite(ghost)),
        p(field('case.status', { caseId: ghost })),
        embed(ghost, { revision: 1, mode: 'linked', insertedAt: '2020-01-01', caseStatuses: {} }),
      ),
    });
    const r = await b.call('documents.check', { id: d.id, asOf: '2014-12-10' });
    expect(
      codes(r)
        .filter((c) => c.startsWith('error:'))
        .sort(),
    ).toEqual([
      'error:missing-snippet',
      'error:missing-source',
      'error:unresolved-field',
      'error:unresolved-field',
    ]);
    for (const f of r.findings) {
      expect(f.where).not.toBe('');
      expect(f.fix).not.toBe('');
    }
  });

  it('knows which formats a forum takes', async () => {
    const b = await demoBackend();
    const upr = (await b.call('documents.list', {})).find((d) => d.forumKey === 'upr-stakeholder');
    const r = await b.call('documents.check', { id: upr?.id ?? '', format: 'pdf' });
    expect(r.findings.find((f) => f.code === 'format-not-accepted')?.message).toBe(
      'The UPR stakeholder submission accepts DOCX, not PDF.',
    );
  });
});

describe('export, and documents from file', () => {
  it('the three demo documents pass preflight and export in the formats their forums take', async () => {
    const b = await demoBackend();
    const docs = await b.call('documents.list', {});
    expect(docs.map((d) => d.forumKey).sort()).toEqual([
      'cm-rule-9-2',
      'joint-statement',
      'upr-stakeholder',
    ]);
    const dir = tempDir();
    for (const d of docs) {
      const report = await b.call('documents.check', { id: d.id });
      expect(report.errors, d.title).toBe(0);
      const forum = await b.call('forums.get', { id: d.forumKey ?? '' });
      for (const format of forum.settings.formats) {
        const path = join(dir, `${d.id}.${format}`);
        const r = await b.call('documents.export', { id: d.id, format, path });
        expect(r.bytes).toBeGreaterThan(1000);
        expect(readFileSync(path).length).toBe(r.bytes);
      }
    }
  });

  it('refuses to export while preflight has errors, leaving no file, unless forced', async () => {
    const b = await demoBackend();
    const d = await saveDoc(b, { content: doc(p(field('case.sentence', { caseId: C.khadija }))) });
    const dir = tempDir();
    const out = join(dir, 'draft.docx');
    const err = await failure(
      b.call('documents.export', { id: d.id, format: 'docx', path: out, asOf: '2014-12-10' }),
    );
    expect(err.code).toBe('preflight');
    expect(err.next).toEqual({ do: 'check-document', documentId: d.id, forceAllowed: true });
    expect(err.message).not.toContain('--force');
    expect(readdirSync(dir)).toEqual([]);
    const forced = await b.call('documents.export', {
      id: d.id,
      format: 'docx',
      path: out,
      asOf: '2014-12-10',
      force: true,
    });
    expect(forced.report?.errors).toBe(1);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('a .dossier.json file carries a document to a colleague with its snippets, sources and signatories', async () => {
    const a = await demoBackend();
    const upr = (await a.call('documents.list', {})).find((d) => d.forumKey === 'upr-stakeholder');
    const file = join(tempDir(), 'upr.dossier.json');
    await a.call('documents.export', { id: upr?.id ?? '', format: 'dossier', path: file });
    const carried = JSON.parse(readFileSync(file, 'utf8')) as {
      format: string;
      snippets: unknown[];
      sources: unknown[];
      organisations: unknown[];
    };
    expect(carried.format).toBe('dossier-document');
    expect(carried.snippets.length).toBeGreaterThan(0);
    expect(carried.sources.length).toBeGreaterThan(0);
    expect(carried.organisations.length).toBeGreaterThan(0);

    // A colleague with the demo library (the cases) imports it.
    const colleague = await demoBackend();
    await colleague.call('documents.delete', { id: upr?.id ?? '' });
    const imported = await colleague.call('documents.import', { path: file });
    expect(imported.outcome).toBe('created');
    const original = await a.call('documents.get', { id: upr?.id ?? '' });
    expect(imported.document.content).toEqual(original.content);
    expect(imported.document.signatories).toEqual(original.signatories);
    expect((await colleague.call('documents.import', { path: file })).outcome).toBe('unchanged');
    const before = await a.call('documents.check', { id: original.id });
    const after = await colleague.call('documents.check', { id: original.id });
    expect(after.words).toEqual(before.words);
  });

  it('importing into a library without the cases reports every missing reference at once, writing nothing', async () => {
    const a = await demoBackend();
    const joint = (await a.call('documents.list', {})).find(
      (d) => d.forumKey === 'joint-statement',
    );
    const file = join(tempDir(), 'js.dossier.json');
    await a.call('documents.export', { id: joint?.id ?? '', format: 'dossier', path: file });
    const empty = tempBackend();
    await empty.call('library.init', { demo: false });
    const err = await failure(empty.call('documents.import', { path: file }));
    expect(err.code).toBe('invalid_input');
    expect(err.message).toMatch(/\d+ references found neither in the file nor in the library/);
    for (const caseId of [C.leyla, C.arif, C.rasul, C.intigam, C.khadija])
      expect(err.message).toContain(caseId);
    expect(err.message).not.toContain('\n');
    expect(await empty.call('documents.list', {})).toEqual([]);
    expect(await empty.call('snippets.list', {})).toEqual([]);
    expect(await empty.call('sources.list', {})).toEqual([]);
  });

  it('bad document input names the place', async () => {
    const b = await demoBackend();
    const bad = {
      root: { type: 'root', children: [p('ok'), { type: 'marquee', version: 1, children: [] }] },
    };
    expect(
      await b.dispatch('documents.save', { document: { title: 'X', content: bad } }, 'cli'),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'document.content.root.children[1]: unknown node type "marquee".',
      },
    });
    const nested = doc(p('x', { ...note('a'), children: [cite(S.echrJafarov)] }));
    expect(
      await b.dispatch('documents.save', { document: { title: 'X', content: nested } }, 'cli'),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('a "citation" node cannot stand here') },
    });
    const file = join(tempDir(), 'broken.dossier.json');
    writeFileSync(file, '{"format": "dossier-document", "version": 1,\n "document": {');
    const err = await failure(b.call('documents.import', { path: file }));
    expect(err.message).toMatch(/is not valid JSON at line 2/);
    writeFileSync(file, JSON.stringify({ format: 'dossier-library', version: 1 }));
    expect((await failure(b.call('documents.import', { path: file }))).message).toContain(
      'is not a Dossier document file',
    );
    expect(
      await b.dispatch(
        'documents.save',
        {
          document: { title: 'X', forumKey: 'no-such-forum', content: doc(p('x')) },
        },
        'cli',
      ),
    ).toMatchObject({ ok: false, error: { place: 'document.forumKey' } });
    expect(
      await b.dispatch(
        'documents.save',
        {
          document: {
            title: 'X',
            signatories: [{ organisationId: P.khadija }],
            content: doc(p('x')),
          },
        },
        'cli',
      ),
    ).toMatchObject({ ok: false, error: { place: 'document.signatories[0].organisationId' } });
  });

  it('a document file does not overwrite what the library already has', async () => {
    const a = await demoBackend();
    const cm = (await a.call('documents.list', {})).find((d) => d.forumKey === 'cm-rule-9-2');
    const file = join(tempDir(), 'cm.dossier.json');
    await a.call('documents.export', { id: cm?.id ?? '', format: 'dossier', path: file });
    const b = await demoBackend();
    const mine = await b.call('snippets.get', { id: N.bgMammadovGroup });
    const { id, revision: _r, text: _t, createdAt: _c, updatedAt: _u, ...rest } = mine;
    const edited = await b.call('snippets.save', {
      snippet: { id, ...rest, title: 'My own title' },
    });
    await b.call('documents.delete', { id: cm?.id ?? '' });
    await b.call('documents.import', { path: file });
    expect(await b.call('snippets.get', { id })).toEqual(edited);
  });

  it('templates are stored in the library and editable; new documents start from the edited one', async () => {
    const b = await demoBackend();
    const [first] = await b.call('templates.list', {});
    if (first === undefined) throw new Error('no templates');
    const edited = await b.call('templates.save', {
      template: {
        ...first,
        name: 'Our statement',
        content: doc(h1('Demands'), p('We, the undersigned,'), signatories()),
      },
    });
    expect((await b.call('templates.get', { id: first.id })).name).toBe('Our statement');
    const d = await b.call('documents.create', {
      title: 'From the edited template',
      templateId: edited.id,
    });
    expect(d.content).toEqual(edited.content);
    expect(d.forumKey).toBe(first.forumKey);
    const bad = { root: { type: 'root', children: [{ type: 'blink', version: 1 }] } };
    expect(
      await b.dispatch('templates.save', { template: { ...first, content: bad } }, 'cli'),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', place: 'template.content.root.children[0]' },
    });
  });

  it('snippet content follows the document format too', async () => {
    const b = await demoBackend();
    const bad = {
      root: { type: 'root', children: [{ type: 'heading', tag: 'h5', version: 1, children: [] }] },
    };
    expect(
      await b.dispatch(
        'snippets.save',
        {
          snippet: { title: 'X', kind: 'background', content: bad },
        },
        'cli',
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', place: 'snippet.content.root.children[0].tag' },
    });
  });

  it('a save that changes the text keeps a revision', async () => {
    const b = await demoBackend();
    const d = await saveDoc(b, {
      content: doc(p('One.')),
      signatories: [{ organisationId: O.article19, status: 'confirmed' }],
    });
    expect(d.revision).toBe(1);
    expect((await b.call('documents.save', { document: { ...d } })).revision).toBe(1);
    expect(
      (await b.call('documents.save', { document: { ...d, status: 'review' } })).revision,
    ).toBe(1);
    const edited = await b.call('documents.save', {
      document: { ...d, content: doc(p('Two.'), signatories()) },
    });
    expect(edited.revision).toBe(2);
  });
});
