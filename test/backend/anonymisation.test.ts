import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend';
import {
  bold,
  bullets,
  cite,
  doc,
  h1,
  italic,
  link,
  note,
  p,
  text,
} from '../../src/core/document/build';
import { resolveDocument, type LibraryView } from '../../src/core/document/resolve';
import { preflight } from '../../src/core/preflight/preflight';
import type { PrintBlock, PrintInline, PrintDocument } from '../../src/core/print/tree';
import {
  documentInput,
  type DocumentData,
  type Person,
  type RichContent,
  type Source,
} from '../../src/shared/domain';
import {
  azerbaijaniNames,
  Rng,
  tracesOf,
  variants,
  type Variant,
} from '../fixtures/azerbaijaniNames';
import { failure, tempBackend, tempDir } from '../helpers';

type DocInline = Parameters<typeof p>[number];

const NAMES = 300;
const EXPORTED = 20;
const AS_OF = '2025-06-01';

/** Every string of a print tree: what any renderer could write, text and properties alike. */
function printedStrings(print: PrintDocument): string[] {
  const out: string[] = [];
  const inlines = (items: readonly PrintInline[]): void => {
    for (const i of items) {
      if (i.type === 'text') out.push(i.text);
      else if (i.type === 'link') {
        out.push(i.url);
        inlines(i.children);
      }
    }
  };
  const block = (b: PrintBlock): void => {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
      case 'quote':
        inlines(b.children);
        break;
      case 'list':
        for (const item of b.items) {
          inlines(item.children);
          if (item.sublist !== null) block(item.sublist);
        }
        break;
      case 'table':
        for (const r of b.rows) for (const c of r.cells) c.children.forEach(block);
        break;
      case 'signatories':
        for (const o of b.organisations) out.push(o.name, o.shortName ?? '', o.country ?? '');
        break;
      case 'pageBreak':
        break;
    }
  };
  const { meta, cover } = print;
  out.push(meta.title, meta.shortTitle, meta.author, meta.subject, meta.forum, ...meta.keywords);
  out.push(cover.title, cover.subtitle ?? '', ...cover.lines);
  print.blocks.forEach(block);
  for (const n of print.notes) inlines(n.children);
  return out;
}

/** A name's words split over two runs: the first word(s) plain, the last bold. */
function splitAtWord(v: string): DocInline[] {
  const at = v.lastIndexOf(' ');
  return [text(`Lawyers for ${v.slice(0, at + 1)}`), bold(v.slice(at + 1)), text(' appealed.')];
}

/** A name split inside its last word, the end of the word bold. */
function splitInWord(v: string): DocInline[] {
  const at = v.length - 3;
  return [text(`Her lawyer met ${v.slice(0, at)}`), bold(v.slice(at)), text(' in prison.')];
}

/** A public document that names someone by `v` everywhere a name can stand. */
function documentNaming(v: string, sourceId: string): DocumentData {
  const content: RichContent = doc(
    h1(`The case of ${v}`),
    p(`${v} was arrested in Baku.`, note(`Interview with ${v}, 2024.`), cite(sourceId)),
    p(...splitAtWord(v)),
    p(...splitInWord(v)),
    p('See ', link('https://example.org/report', `the report on ${v}`), '.'),
    bullets(`Release ${v} at once.`),
  );
  return documentInput.parse({
    title: `Submission on ${v}`,
    shortTitle: `On ${v}`,
    subtitle: `Concerning ${v}`,
    coverLines: [`Prepared about ${v}`],
    keywords: [v, 'Azerbaijan'],
    content,
  });
}

function sourceNaming(v: string, id: string): Source {
  return {
    id,
    title: `${v} detained in Baku`,
    publisher: 'Meydan TV',
    url: null,
    published: '2024-11-20',
    accessed: null,
    notes: '',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
}

function viewOf(person: Person, source: Source): LibraryView {
  return {
    snippets: new Map(),
    sources: new Map([[source.id, source]]),
    cases: new Map(),
    persons: new Map([[person.id, person]]),
    organisations: new Map(),
    forums: new Map(),
  };
}

interface Named {
  person: Person;
  /** The spellings search finds the person by. */
  found: Variant[];
}

/** A library holding `count` generated persons, each with the spellings search finds them by. */
async function libraryOfNames(
  b: Backend,
  count: number,
  visibility: Person['visibility'],
): Promise<{ named: Named[]; missed: string[] }> {
  const rng = new Rng(7);
  const names = azerbaijaniNames(count);
  const persons: Person[] = [];
  for (const name of names) {
    persons.push(
      await b.call('persons.save', {
        person: { name, roles: ['journalist'], country: 'AZ', visibility },
      }),
    );
  }
  const named: Named[] = [];
  const missed: string[] = [];
  for (const person of persons) {
    const found: Variant[] = [];
    for (const v of variants(person.name, rng)) {
      const { results } = await b.call('search.query', { query: v.text, limit: 50 });
      if (results.some((r) => r.id === person.id)) found.push(v);
      else missed.push(`${v.kind} "${v.text}" (${person.name})`);
    }
    named.push({ person, found });
  }
  return { named, missed };
}

describe('every spelling of a hidden name that search finds', () => {
  it(`search finds ${NAMES} generated Azerbaijani names by each of their English spellings`, async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: false });
    const { named, missed } = await libraryOfNames(b, NAMES, 'public');
    expect(missed).toEqual([]);
    expect(named.reduce((n, x) => n + x.found.length, 0)).toBe(NAMES * 6);
  });

  it('is hidden from the text, notes, title, cover, keywords and properties of a public document', async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: false });
    const { named } = await libraryOfNames(b, NAMES, 'anonymise');
    const leaks: string[] = [];
    let tried = 0;
    for (const { person, found } of named) {
      for (const v of found) {
        tried += 1;
        const source = sourceNaming(v.text, '00000000-0000-4000-8000-000000000001');
        const view = viewOf(person, source);
        const d = documentNaming(v.text, source.id);
        const resolved = resolveDocument(d, view, AS_OF);
        const traces = tracesOf(printedStrings(resolved.print).join('\n'), [person.name, v.text]);
        if (traces.length > 0) leaks.push(`${v.kind} "${v.text}": ${traces.join(', ')}`);
        const report = preflight(d, resolved, view, AS_OF);
        if (report.errors > 0 || resolved.nameParts.length > 0)
          leaks.push(`${v.kind} "${v.text}": ${report.findings.map((f) => f.code).join(', ')}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(tried).toBe(NAMES * 6);
  });

  it('blocks a public document when the person is internal only, whatever the spelling', async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: false });
    const { named } = await libraryOfNames(b, 60, 'internal');
    const passed: string[] = [];
    for (const { person, found } of named) {
      for (const v of found) {
        const source = sourceNaming('A report', '00000000-0000-4000-8000-000000000001');
        const view = viewOf(person, source);
        // One place at a time: each on its own must block the document.
        const places: Partial<DocumentData>[] = [
          { content: doc(p(`We met ${v.text} in Baku.`)) },
          { content: doc(p(...splitAtWord(v.text))) },
          { content: doc(p('Text.', note(`Told by ${v.text}.`))) },
          { title: `On ${v.text}`, content: doc(p('Text.')) },
          { coverLines: [`About ${v.text}`], content: doc(p('Text.')) },
          { keywords: [v.text], content: doc(p('Text.')) },
        ];
        for (const place of places) {
          const d = documentInput.parse({ title: 'Submission', ...place });
          const report = preflight(d, resolveDocument(d, view, AS_OF), view, AS_OF);
          if (!report.findings.some((f) => f.code === 'internal-person' && f.severity === 'error'))
            passed.push(`${v.kind} "${v.text}" in ${Object.keys(place).join(', ')}`);
        }
      }
    }
    expect(passed).toEqual([]);
  });
});

function tool(name: string, ...args: string[]): string {
  return execFileSync(name, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
}

/** The text of every part of a .docx, runs of a paragraph joined, with the raw XML too. */
function docxText(file: string): { text: string; xml: string } {
  const files = unzipSync(new Uint8Array(readFileSync(file)));
  const xml = Object.entries(files)
    .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
    .map(([, bytes]) => strFromU8(bytes));
  const text = xml
    .map((x) =>
      x
        .replace(/<\/w:p>/g, '\n')
        .replace(/<w:tab\/>/g, ' ')
        .replace(/<[^>]+>/g, (tag) =>
          tag.startsWith('</dc:') || tag.startsWith('</cp:') ? '\n' : '',
        )
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    )
    .join('\n');
  return { text, xml: xml.join('\n') };
}

describe('exported files', () => {
  it(`hold no spelling of ${EXPORTED} hidden names, in text or file properties (docx, PDF, HTML)`, async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: false });
    const { named } = await libraryOfNames(b, EXPORTED, 'anonymise');
    const dir = tempDir();
    const leaks: string[] = [];
    let files = 0;
    for (const [i, { person, found }] of named.entries()) {
      // The mixed spelling and the capitals are the ones exact matching missed.
      for (const v of found.filter((f) => f.kind !== 'azerbaijani')) {
        const source = await b.call('sources.save', {
          source: { title: `${v.text} detained in Baku`, publisher: 'Meydan TV' },
        });
        const d = await b.call('documents.save', { document: documentNaming(v.text, source.id) });
        const spellings = [person.name, v.text];
        const check = (where: string, content: string): void => {
          const traces = tracesOf(content, spellings);
          if (traces.length > 0)
            leaks.push(`${v.kind} "${v.text}" in ${where}: ${traces.join(', ')}`);
        };
        const base = join(dir, `${i}-${v.kind.replace(' ', '-')}`);
        await b.call('documents.export', { id: d.id, format: 'docx', path: `${base}.docx` });
        const docx = docxText(`${base}.docx`);
        check('docx', docx.text);
        check('docx xml', docx.xml);
        await b.call('documents.export', { id: d.id, format: 'pdf', path: `${base}.pdf` });
        check('pdf text', tool('pdftotext', `${base}.pdf`, '-'));
        check('pdf info', tool('pdfinfo', `${base}.pdf`));
        check('pdf links', tool('pdfinfo', '-url', `${base}.pdf`));
        await b.call('documents.export', { id: d.id, format: 'html', path: `${base}.html` });
        check('html', readFileSync(`${base}.html`, 'utf8'));
        files += 3;
      }
    }
    expect(leaks).toEqual([]);
    expect(files).toBe(EXPORTED * 5 * 3);
    // 300 exports, each PDF also read back by three poppler tools: over the default 30 s on a
    // busy 2-core machine.
  }, 120_000);

  it('are never written for a public document naming an internal-only person, even with force', async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: false });
    const { named } = await libraryOfNames(b, 10, 'internal');
    const dir = tempDir();
    for (const [i, { found }] of named.entries()) {
      for (const v of found) {
        const source = await b.call('sources.save', { source: { title: 'A report' } });
        const d = await b.call('documents.save', {
          document: {
            title: 'Submission',
            content: doc(p(...splitAtWord(v.text)), p(cite(source.id))),
          },
        });
        for (const format of ['docx', 'pdf', 'html'] as const) {
          const path = join(dir, `${i}-${v.kind.replace(' ', '-')}.${format}`);
          const err = await failure(
            b.call('documents.export', { id: d.id, format, path, force: true }),
          );
          expect(err.code, `${v.kind} "${v.text}"`).toBe('preflight');
          expect(err.message).toContain('internal only');
          expect(existsSync(path)).toBe(false);
        }
      }
    }
  });
});

const KHADIJA: Person = {
  id: '00000000-0000-4000-8000-0000000000aa',
  name: 'Xədicə İsmayılova',
  aliases: [],
  roles: ['journalist'],
  affiliations: [],
  country: 'AZ',
  visibility: 'anonymise',
  gender: null,
  birthYear: null,
  notes: '',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

function resolveWith(person: Person, document: Partial<DocumentData>, sources: Source[] = []) {
  const view: LibraryView = {
    ...viewOf(person, sourceNaming('unused', '00000000-0000-4000-8000-0000000000ff')),
    sources: new Map(sources.map((s) => [s.id, s])),
  };
  const d = documentInput.parse({ title: 'Submission', content: doc(p('Text.')), ...document });
  const resolved = resolveDocument(d, view, AS_OF);
  return { resolved, report: preflight(d, resolved, view, AS_OF) };
}

describe('how a hidden name is replaced', () => {
  it('keeps the rest of the text as written; the description takes the marks of the run the name starts in', () => {
    const { resolved } = resolveWith(KHADIJA, {
      content: doc(
        p(
          text('«We met  '),
          bold('Xədicə'),
          text(' İsmayılova\u00a0— twice»; then '),
          italic('KHADIJA '),
          link('https://example.org/a', 'ISMAYILOVA'),
          text('. Khadija Ismailova left;\tİsmayıl stayed.'),
        ),
      ),
    });
    const [para] = resolved.print.blocks;
    expect(para?.type === 'paragraph' ? para.children : []).toEqual([
      { type: 'text', text: '«We met  ' },
      { type: 'text', text: 'a journalist, name withheld', bold: true },
      { type: 'text', text: '\u00a0— twice»; then ' },
      { type: 'text', text: 'a journalist, name withheld', italic: true },
      { type: 'text', text: '. A journalist, name withheld left;\tİsmayıl stayed.' },
    ]);
    expect(resolved.nameParts).toEqual([]);
  });

  it('replaces the role the text already gives with the name: no "the journalist a journalist"', () => {
    const lawyer = { ...KHADIJA, roles: ['investigative journalist'] };
    const { resolved } = resolveWith(lawyer, {
      title: 'The investigative journalist Xədicə İsmayılova',
      content: doc(
        p(
          text('On 5 December 2014 the investigative journalist '),
          bold('Xədicə İsmayılova'),
          text(
            ' was arrested. An Investigative  Journalist Khadija Ismayilova wrote; a journalist Khadija Ismayilova too.',
          ),
        ),
      ),
    });
    const [para] = resolved.print.blocks;
    expect(para?.type === 'paragraph' ? para.children : []).toEqual([
      { type: 'text', text: 'On 5 December 2014 an investigative journalist, name withheld' },
      {
        type: 'text',
        text: ' was arrested. An investigative journalist, name withheld wrote; a journalist an investigative journalist, name withheld too.',
      },
    ]);
    expect(resolved.print.meta.title).toBe('An investigative journalist, name withheld');
  });

  it('prints the person as they are now when the same text is resolved again (nothing kept is stale)', () => {
    const content = doc(p(text('We met Xədicə İsmayılova in Baku.')));
    const printed = (person: Person): unknown =>
      resolveWith(person, { content }).resolved.print.blocks[0];
    const para = (t: string) => ({ type: 'paragraph', children: [{ type: 'text', text: t }] });
    expect(printed(KHADIJA)).toMatchObject(para('We met a journalist, name withheld in Baku.'));
    expect(printed({ ...KHADIJA, roles: ['blogger'] })).toMatchObject(
      para('We met a blogger, name withheld in Baku.'),
    );
    expect(printed({ ...KHADIJA, visibility: 'public' })).toMatchObject(
      para('We met Xədicə İsmayılova in Baku.'),
    );
    expect(printed({ ...KHADIJA, name: 'Leyla Yunus', aliases: [] })).toMatchObject(
      para('We met Xədicə İsmayılova in Baku.'),
    );
    expect(printed(KHADIJA)).toMatchObject(para('We met a journalist, name withheld in Baku.'));
  });

  it('reports a name it cannot replace, in a web address: a warning, and never exported for internal only', async () => {
    const url = 'https://www.rferl.org/a/khadija-ismayilova-arrested/26726224.html';
    const source: Source = { ...sourceNaming('RFE/RL journalist arrested', KHADIJA.id), url };
    const { resolved, report } = resolveWith(
      KHADIJA,
      { content: doc(p('Arrested.', cite(source.id))) },
      [source],
    );
    expect(resolved.nameParts.map((n) => `${n.word} in ${n.where}`)).toEqual([
      'khadija in note 1',
      'ismayilova in note 1',
    ]);
    expect(report.findings.filter((f) => f.code === 'name-part').map((f) => f.severity)).toEqual([
      'warning',
      'warning',
    ]);

    const b = tempBackend();
    await b.call('library.init', { demo: false });
    await b.call('persons.save', { person: { name: 'Xədicə İsmayılova', visibility: 'internal' } });
    const saved = await b.call('sources.save', { source: { title: 'RFE/RL report', url } });
    const d = await b.call('documents.save', {
      document: { title: 'Submission', content: doc(p('Arrested.', cite(saved.id))) },
    });
    const path = join(tempDir(), 'leak.html');
    const err = await failure(
      b.call('documents.export', { id: d.id, format: 'html', path, force: true }),
    );
    expect(err.code).toBe('preflight');
    expect(existsSync(path)).toBe(false);
  });

  it('warns of a first name or surname left alone (an error for internal only), not of English words that resemble one', () => {
    const sema: Person = { ...KHADIJA, name: 'Səma Qurbanzadə' };
    const document = {
      title: "Sama's story",
      content: doc(p('Gurbanzade v. Azerbaijan, the same verdict.')),
    };
    const anonymised = resolveWith(sema, document);
    expect(anonymised.resolved.nameParts.map((n) => `${n.word} in ${n.where}`)).toEqual([
      'Gurbanzade in paragraph 1 of the opening',
      'Sama in the title',
    ]);
    expect(
      anonymised.report.findings.filter((f) => f.code === 'name-part').map((f) => f.severity),
    ).toEqual(['warning', 'warning']);
    const internal = resolveWith({ ...sema, visibility: 'internal' }, document);
    expect(
      internal.report.findings.filter((f) => f.code === 'internal-person').map((f) => f.severity),
    ).toEqual(['error', 'error']);
  });

  it('hides a name in the signatories, the author and the cover', () => {
    const view: LibraryView = {
      ...viewOf(KHADIJA, sourceNaming('unused', KHADIJA.id)),
      organisations: new Map([
        [
          KHADIJA.id,
          {
            id: KHADIJA.id,
            name: 'Khadija Ismayilova Fund',
            shortName: 'KIF',
            country: 'AZ',
            website: null,
            contact: null,
            description: '',
            founded: null,
            createdAt: KHADIJA.createdAt,
            updatedAt: KHADIJA.updatedAt,
          },
        ],
      ]),
    };
    const d = documentInput.parse({
      title: 'Submission',
      signatories: [{ organisationId: KHADIJA.id, status: 'confirmed' }],
      content: doc(p('Text.')),
    });
    const { print } = resolveDocument(d, view, AS_OF);
    expect(tracesOf(printedStrings(print).join('\n'), [KHADIJA.name])).toEqual([]);
    expect(print.meta.author).toBe('A journalist, name withheld Fund');
  });
});

// eslint-disable-next-line no-control-regex -- what must never be written
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('characters XML cannot carry', () => {
  const bad = '\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF';

  it('are removed when a document is resolved, from everything it prints', () => {
    const { resolved } = resolveWith(KHADIJA, {
      title: `Report${bad}\uD800 on Azerbaijan`,
      shortTitle: `Short${bad}`,
      subtitle: `Sub${bad}\uDC00title`,
      coverLines: [`Line${bad}`],
      keywords: [`key${bad}word`],
      content: doc(
        h1(`Heading${bad}`),
        p(`Text${bad}\uD83D\uDE00 kept`, note(`Note${bad}`)),
        p(link(`https://example.org/${bad}`, `link${bad}`)),
        bullets(`item${bad}`),
      ),
    });
    const all = printedStrings(resolved.print).join('\n');
    expect(all).not.toMatch(XML_INVALID);
    expect(all).not.toMatch(LONE_SURROGATE);
    expect(resolved.print.meta.title).toBe('Report on Azerbaijan');
    expect(all).toContain('Text\uD83D\uDE00 kept');
  });

  it('never reach a docx (core.xml included), PDF or HTML file', async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: false });
    const org = await b.call('organisations.save', {
      organisation: { name: `Free Press${bad} Union`, shortName: `FPU${bad}` },
    });
    const source = await b.call('sources.save', {
      source: { title: `A source${bad} title`, publisher: `Pub${bad}` },
    });
    const d = await b.call('documents.save', {
      document: {
        title: `Report${bad} on Azerbaijan`,
        shortTitle: `Short${bad}`,
        subtitle: `Sub${bad}title`,
        coverLines: [`Line${bad}`],
        keywords: [`key${bad}word`],
        signatories: [{ organisationId: org.id, status: 'confirmed' }],
        content: doc(
          h1(`Heading${bad}`),
          p(`Text${bad} here`, note(`Note${bad}`), cite(source.id)),
          p(link('https://example.org/page', `link${bad}`)),
        ),
      },
    });
    const dir = tempDir();
    await b.call('documents.export', { id: d.id, format: 'docx', path: join(dir, 'd.docx') });
    const files = unzipSync(new Uint8Array(readFileSync(join(dir, 'd.docx'))));
    expect(Object.keys(files)).toContain('docProps/core.xml');
    for (const [name, bytes] of Object.entries(files)) {
      expect(strFromU8(bytes), name).not.toMatch(XML_INVALID);
    }
    expect(strFromU8(files['docProps/core.xml'] ?? new Uint8Array())).toContain(
      'Report on Azerbaijan',
    );
    await b.call('documents.export', { id: d.id, format: 'pdf', path: join(dir, 'd.pdf') });
    const info = tool('pdfinfo', join(dir, 'd.pdf'));
    expect(info).not.toMatch(XML_INVALID);
    expect(info).toContain('Report on Azerbaijan');
    // pdftotext ends each page with a form feed of its own.
    expect(tool('pdftotext', join(dir, 'd.pdf'), '-').replace(/\f/g, '')).not.toMatch(XML_INVALID);
    await b.call('documents.export', { id: d.id, format: 'html', path: join(dir, 'd.html') });
    const html = readFileSync(join(dir, 'd.html'), 'utf8');
    expect(html).not.toMatch(XML_INVALID);
    expect(html).toContain('<title>Report on Azerbaijan</title>');
    expect(html).toContain('Free Press Union');
  });
});
