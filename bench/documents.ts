/**
 * The document benchmark (compose/export targets), run by `npm run bench` in a child process of
 * its own (so that its timings and memory are not mixed with the 800 MB import), or alone with
 * `BENCH_ONLY=documents npm run bench`.
 *
 * Builds, deterministically, an 80-page joint UPR stakeholder submission in a fresh small library
 * (the demo library plus organisations, persons, cases with events, sources and 60 linked
 * snippets saved through the backend), checks its size (PDF pages with pdfinfo, words by
 * preflight, notes), then times preflight, prepareDocument, the three renderers (PDF with endnotes
 * and with footnotes) and `documents.export` per format, warm, after a warm-up.
 *
 *   node --import tsx bench/documents.ts [--json out.json]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { Backend } from '../src/backend/backend';
import { loadLibraryView } from '../src/backend/documents/libraryView';
import {
  prepareDocument,
  renderPrepared,
  type Prepared,
  type PrintFormat,
} from '../src/backend/documents/publish';
import {
  bullets,
  cite,
  doc,
  embed,
  field,
  h1,
  h2,
  italic,
  link,
  note,
  p,
  pageBreak,
  quote,
  signatories,
  type Block,
  type DocNode,
  type Inline,
} from '../src/core/document/build';
import { contentProblems } from '../src/core/document/nodes';
import { resolveDocument } from '../src/core/document/resolve';
import { preflight } from '../src/core/preflight/preflight';
import type { CaseStatus, DocumentInput, RichContent, Snippet } from '../src/shared/domain';
import type { PreflightReport } from '../src/shared/preflight';
import { runExportComparison } from './cli';
import { benchDir } from './generate';
import {
  CITIES,
  DISTRICT_COURTS,
  FEMALE_GIVEN,
  MALE_GIVEN,
  SURNAMES,
  TRIAL_COURTS,
  englishSpelling,
  femaleSurname,
} from './names';
import {
  BODIES,
  CHARGES,
  LAWS,
  ORGANISATIONS,
  TOPICS,
  proseDate,
  snippetProse,
  type ProseKind,
  type ProsePerson,
} from './prose';
import { Rng, benchId } from './rng';
import { ms, summarise, type Summary } from './stats';
import {
  DOCUMENT_RUNS,
  documentsMarkdown,
  type DocumentFacts,
  type DocumentsResult,
  type TimingKey,
} from './documentsReport';

const SEED = 'dossier-bench/documents';
/** The day the submission speaks as of; every fact resolves for it. */
export const AS_OF = '2026-11-01';
/** The day the snippets were put into the document (their case statuses are recorded then). */
const INSERTED_AT = '2026-09-15';

const { RUNS, WARMUP, PREFLIGHT_RUNS, PREFLIGHT_WARMUP, EXPORT_RUNS, EXPORT_WARMUP } =
  DOCUMENT_RUNS;

const SIZE = {
  persons: 30,
  organisations: 7,
  sources: 120,
  snippets: 60,
  /** Citations inside each snippet. */
  snippetCitations: 2,
  /** Notes in the document's own paragraphs: citations and, every so often, a footnote. */
  documentNotes: 180,
  /** Of those, footnotes (free text); the rest are citations. */
  documentFootnotes: 40,
};

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

// ---------------------------------------------------------------------------------------------
// Text helpers

/** Words as preflight counts them. */
function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Sentences of generated prose ("v. Azerbaijan" and "no. 123/45" do not end one). */
function sentences(text: string): string[] {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .split(/(?<!\bv\.)(?<!\bno\.)(?<=[.!?])\s+(?=[A-Z"'])/)
    .filter((s) => s.trim() !== '');
}

/** Prose of about `target` words, as sentences. */
function proseSentences(
  rng: Rng,
  kind: ProseKind,
  persons: readonly ProsePerson[],
  target: number,
  max = target + 25,
): string[] {
  return sentences(snippetProse(rng, kind, persons, target, max).text);
}

/** Inlines of a paragraph: its sentences with notes after some of them. */
function withNotes(parts: readonly string[], notes: readonly Inline[], rng: Rng): Inline[] {
  const at = new Map<number, Inline[]>();
  for (const n of notes) {
    const i = rng.int(0, Math.max(0, parts.length - 1));
    at.set(i, [...(at.get(i) ?? []), n]);
  }
  const out: Inline[] = [];
  parts.forEach((s, i) => {
    out.push(i === 0 ? s : ` ${s}`);
    out.push(...(at.get(i) ?? []));
  });
  return out;
}

function paragraphsOf(text: string): string[] {
  return text.split(/\n\s*\n/).filter((s) => s.trim() !== '');
}

// ---------------------------------------------------------------------------------------------
// The library

interface BenchPerson extends ProsePerson {
  id: string;
  role: string;
}

interface BenchCase {
  id: string;
  person: BenchPerson;
  charge: readonly [string, string];
  arrested: string;
  /** Status as of AS_OF and as of INSERTED_AT. */
  status: CaseStatus;
  statusInserted: CaseStatus;
  hasSentence: boolean;
}

interface Built {
  documentId: string;
  footnotesDocumentId: string;
  content: RichContent;
  snippets: Snippet[];
  snippetWords: number[];
  liveFields: Record<string, number>;
  signatories: { confirmed: number; invited: number };
}

const ROLES = [
  'journalist',
  'investigative reporter',
  'human rights defender',
  'lawyer',
  'opposition activist',
  'youth activist',
  'blogger',
  'editor',
  'trade unionist',
  'researcher',
];

const PUBLISHERS: readonly (readonly [string, string])[] = [
  ['Amnesty International', 'www.amnesty.org'],
  ['Human Rights Watch', 'www.hrw.org'],
  ['OHCHR', 'www.ohchr.org'],
  ['Council of Europe', 'www.coe.int'],
  ['RFE/RL', 'www.rferl.org'],
  ['OC Media', 'oc-media.org'],
  ['Eurasianet', 'eurasianet.org'],
  ['Freedom House', 'freedomhouse.org'],
  ['European Court of Human Rights', 'hudoc.echr.coe.int'],
  ['Meydan TV', 'www.meydan.tv'],
];

const MANDATES = [
  'freedom of expression',
  'human rights defenders',
  'freedom of the media',
  'the rule of law',
];

const THEMES: { title: string; subsections: string[] }[] = [
  {
    title: 'Freedom of association and the legal framework for NGOs',
    subsections: [
      'Registration and grants',
      'Criminal cases against NGO leaders',
      'Frozen accounts',
    ],
  },
  {
    title: 'Freedom of expression and media freedom',
    subsections: ['Imprisoned journalists', 'The 2022 Law on Media', 'Pressure on exiled media'],
  },
  {
    title: 'Human rights defenders and lawyers',
    subsections: ['Arrests and prosecutions', 'Disbarment of lawyers', 'Travel bans'],
  },
  {
    title: 'Right to a fair trial and independence of the judiciary',
    subsections: ['Pretrial detention', 'Trials', 'Appeals and cassation'],
  },
  {
    title: 'Torture and ill-treatment in custody',
    subsections: ['Allegations', 'Investigations', 'Conditions of detention'],
  },
  {
    title: 'Freedom of peaceful assembly',
    subsections: ['Dispersal of protests', 'Administrative detention', 'Regional protests'],
  },
  {
    title: 'Online freedom and the blocking of websites',
    subsections: ['Blocking orders', 'Surveillance and spyware', 'Prosecution for online posts'],
  },
  {
    title: 'Implementation of judgments of the European Court of Human Rights',
    subsections: ['Article 18 judgments', 'Infringement proceedings', 'Individual measures'],
  },
];

export async function buildLibrary(backend: Backend): Promise<Built> {
  const rng = new Rng(`${SEED}/library`);
  const id = (kind: string, i: number): string => benchId(SEED, kind, i);
  await backend.call('library.init', { demo: true });

  // Organisations: the demo's five and seven more; ten confirm, two are still invited.
  const extraOrgs = [
    'Reporters Without Borders',
    'Human Rights House Foundation',
    'Freedom Now',
    'Index on Censorship',
    'Civil Rights Defenders',
    'Norwegian Helsinki Committee',
    'Front Line Defenders',
  ].slice(0, SIZE.organisations);
  for (const [i, name] of extraOrgs.entries()) {
    await backend.call('organisations.save', {
      organisation: {
        id: id('organisation', i),
        name,
        shortName: name
          .split(' ')
          .map((w) => w[0])
          .join(''),
        country: rng.pick(['GB', 'NO', 'SE', 'FR', 'US', 'IE']),
        description: `${name} is an international organisation working on human rights.`,
        founded: rng.int(1950, 2010),
      },
    });
  }
  const orgs = await backend.call('organisations.list', {});
  const lead = orgs.find((o) => o.name === 'ARTICLE 19') ?? orgs[0];
  if (lead === undefined) throw new Error('the demo library has no organisations');
  const ordered = [lead, ...orgs.filter((o) => o.id !== lead.id)];
  const signatoryList = ordered.map((o, i) => ({
    organisationId: o.id,
    status: i < ordered.length - 2 ? ('confirmed' as const) : ('invited' as const),
  }));

  // Persons, each with a case: arrest, detention, trial, verdict; some released since.
  const persons: BenchPerson[] = [];
  for (let i = 0; i < SIZE.persons; i++) {
    const female = rng.chance(0.4);
    const given = rng.pick(female ? FEMALE_GIVEN : MALE_GIVEN);
    const family = rng.pick(SURNAMES);
    const surname = female ? femaleSurname(family) : family;
    const az = `${given[0]} ${surname[0]}`;
    const person: BenchPerson = {
      id: id('person', i),
      az,
      en: englishSpelling(az),
      surnameAz: surname[0],
      surnameEn: englishSpelling(surname[0]),
      female,
      role: rng.pick(ROLES),
    };
    persons.push(person);
    await backend.call('persons.save', {
      person: {
        id: person.id,
        name: az,
        aliases: [
          ...(person.en === az ? [] : [{ name: person.en, script: 'latn', language: 'en' }]),
          { name: `${given[1]} ${surname[1]}`, script: 'cyrl', language: 'ru' },
        ],
        roles: [person.role],
        country: 'AZ',
        // A few are shown as a description in public documents.
        visibility: i % 10 === 4 ? 'anonymise' : 'public',
        gender: female ? 'female' : 'male',
        birthYear: rng.int(1960, 2000),
      },
    });
  }

  const sourceIds: string[] = (await backend.call('sources.list', {})).map((s) => s.id);
  for (let i = 0; i < SIZE.sources; i++) {
    const person = rng.pick(persons);
    const [publisher, domain] = rng.pick(PUBLISHERS);
    const year = rng.int(2016, 2026);
    const day = `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    const title = rng.pick([
      () => `Azerbaijan: ${person.role} ${person.en} arrested`,
      () => `${person.en} sentenced to ${rng.int(2, 12)} years' imprisonment`,
      () => `Court extends pretrial detention of ${person.en}`,
      () => `Joint statement on the continued detention of ${person.en}`,
      () => `${person.surnameEn} v. Azerbaijan (no. ${rng.int(1000, 79999)}/${rng.int(10, 24)})`,
      () => `Azerbaijan: ${rng.pick(TOPICS)} (${publisher} report, ${year})`,
      () => `Concluding observations on the report of Azerbaijan (${rng.pick(BODIES)})`,
    ])();
    const sourceId = id('source', i);
    sourceIds.push(sourceId);
    await backend.call('sources.save', {
      source: {
        id: sourceId,
        title,
        publisher,
        url: `https://${domain}/${year}/${i}-${title
          .toLowerCase()
          .normalize('NFD')
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')
          .slice(0, 50)}`,
        published: rng.chance(0.85) ? day : day.slice(0, 7),
        accessed: AS_OF,
      },
    });
  }

  const cases: BenchCase[] = [];
  for (const [i, person] of persons.entries()) {
    const caseId = id('case', i);
    const charge = rng.pick(CHARGES);
    await backend.call('cases.save', {
      case: {
        id: caseId,
        title: `${person.en}: prosecution (${charge[1]})`,
        country: 'AZ',
        personIds: [person.id],
        violations: ['Article 5 ECHR', 'Article 10 ECHR'],
        charges: [{ article: charge[0], label: charge[1] }],
        summary: `${person.en}, a ${person.role}, was arrested and charged with ${charge[1]}.`,
      },
    });
    const arrested = `${rng.int(2019, 2024)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    const plus = (day: string, days: number): string =>
      new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const events: {
      type: 'arrest' | 'detention_ordered' | 'trial' | 'verdict' | 'appeal' | 'pardon' | 'release';
      date: string;
      text: string;
      sentence?: { years: number; kind: 'custodial' | 'suspended' };
    }[] = [
      {
        type: 'arrest',
        date: arrested,
        text: `Arrested in ${rng.pick(CITIES)}; charged under Article ${charge[0]} (${charge[1]}).`,
      },
      {
        type: 'detention_ordered',
        date: plus(arrested, 2),
        text: `The ${rng.pick(DISTRICT_COURTS)} ordered four months' pretrial detention.`,
      },
    ];
    // A third are still awaiting trial in detention; the rest were tried.
    if (i % 3 !== 2) {
      const trial = plus(arrested, rng.int(150, 300));
      const verdict = plus(trial, rng.int(30, 90));
      const suspended = i % 7 === 3;
      events.push(
        { type: 'trial', date: trial, text: `Trial opened at the ${rng.pick(TRIAL_COURTS)}.` },
        {
          type: 'verdict',
          date: verdict,
          text: `Sentenced by the ${rng.pick(TRIAL_COURTS)}.`,
          sentence: { years: rng.int(3, 10), kind: suspended ? 'suspended' : 'custodial' },
        },
        { type: 'appeal', date: plus(verdict, rng.int(60, 120)), text: 'The appeal was rejected.' },
      );
      if (!suspended && i % 4 === 1) {
        events.push({
          type: rng.chance(0.5) ? 'pardon' : 'release',
          date: plus(verdict, rng.int(300, 700)),
          text: 'Released from prison.',
        });
      }
    } else {
      // Still in pretrial detention: arrested recently.
      events[0] = { ...events[0]!, date: `2026-0${rng.int(1, 6)}-1${rng.int(0, 9)}` };
      events[1] = { ...events[1]!, date: plus(events[0]!.date, 2) };
    }
    for (const [k, e] of events.entries()) {
      if (e.date > AS_OF) continue;
      await backend.call('events.save', {
        event: {
          id: id(`event-${i}`, k),
          caseId,
          date: e.date,
          type: e.type,
          text: e.text,
          ...(e.sentence ? { sentence: e.sentence } : {}),
          sources: [{ sourceId: rng.pick(sourceIds), pinpoint: null }],
        },
      });
    }
    const now = await backend.call('cases.facts', { id: caseId, asOf: AS_OF });
    const then = await backend.call('cases.facts', { id: caseId, asOf: INSERTED_AT });
    cases.push({
      id: caseId,
      person,
      charge,
      arrested: events[0]!.date,
      status: now.status,
      statusInserted: then.status,
      hasSentence: now.sentence !== null,
    });
  }
  const byStatus = (c: BenchCase) => c.status;
  if (cases.some((c) => byStatus(c) === 'unknown')) throw new Error('a case has no status');

  // Notes ---------------------------------------------------------------------------------------
  const pinpoint = (): string | null =>
    rng.pick([
      () => `para. ${rng.int(2, 120)}`,
      () => `p. ${rng.int(1, 60)}`,
      () => `pp. ${rng.int(1, 30)}–${rng.int(31, 60)}`,
      () => `§ ${rng.int(10, 240)}`,
      () => null,
    ])();
  let sourceTurn = 0;
  const citation = (): DocNode<'citation'> => {
    // Most sources are cited once or twice; a few of them again and again.
    const sourceId = rng.chance(0.2)
      ? rng.pick(sourceIds.slice(0, 12))
      : (sourceIds[sourceTurn++ % sourceIds.length] as string);
    return cite(sourceId, pinpoint());
  };
  const footnote = (): DocNode<'footnote'> => {
    const long = rng.chance(0.3);
    if (long) {
      const text = proseSentences(rng, 'legal_analysis', persons, rng.int(50, 80)).join(' ');
      return note(text);
    }
    return rng.chance(0.5)
      ? note(
          `See also the statement of ${rng.pick(ORGANISATIONS)} of ${proseDate(`${rng.int(2019, 2026)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`)}, available at `,
          link(`https://www.example.org/statements/${rng.int(1000, 9999)}`),
          '.',
        )
      : note(
          `Information from the ${rng.pick(['lawyer', 'family', 'colleagues'])} of the person concerned, ${proseDate(`${rng.int(2020, 2026)}-0${rng.int(1, 9)}-2${rng.int(0, 8)}`)}; on file with the submitting organisations.`,
        );
  };

  // Snippets ------------------------------------------------------------------------------------
  const liveFields: Record<string, number> = {};
  const countField = (node: DocNode<'live-field'>): DocNode<'live-field'> => {
    const name = String(node.field);
    liveFields[name] = (liveFields[name] ?? 0) + 1;
    return node;
  };
  const kinds: ProseKind[] = ['case_summary', 'background', 'legal_analysis', 'recommendation'];
  const snippets: Snippet[] = [];
  const snippetWords: number[] = [];
  for (let i = 0; i < SIZE.snippets; i++) {
    const kind = i < 28 ? 'case_summary' : (kinds[1 + (i % 3)] as ProseKind);
    const first = cases[i % cases.length] as BenchCase;
    const linked = [
      first,
      ...(i % 4 === 0 ? [cases[(i * 7 + 3) % cases.length] as BenchCase] : []),
    ];
    const prosePersons =
      kind === 'case_summary' ? linked.map((c) => c.person) : rng.sample(persons, 3);
    const target = rng.int(300, 380);
    const text = snippetProse(rng, kind, prosePersons, target, 395).text;
    const paragraphs = paragraphsOf(text);
    const noteAt = new Set([0, paragraphs.length - 1]);
    const blocks: Block[] = paragraphs.map((para, k) => {
      const parts = sentences(para);
      const notes: Inline[] = [];
      if (noteAt.has(k)) notes.push(citation());
      if (noteAt.size === 1 && k === 0) notes.push(citation());
      return p(...withNotes(parts, notes, rng));
    });
    if (kind === 'case_summary') {
      // Case summaries carry the facts as live fields.
      blocks.push(
        p(
          'As of the date of this submission, ',
          countField(field('person.name', { personId: first.person.id })),
          ' has spent ',
          countField(field('case.daysDeprived', { caseId: first.id })),
          ' deprived of liberty.',
        ),
      );
    }
    const content = doc(...blocks);
    const problems = contentProblems(content);
    if (problems.length > 0) throw new Error(`snippet ${i}: ${problems[0]?.message ?? ''}`);
    const saved = await backend.call('snippets.save', {
      snippet: {
        id: id('snippet', i),
        title: `${kind.replace('_', ' ')}: ${first.person.en} (${i + 1})`,
        kind,
        content,
        caseIds: linked.map((c) => c.id),
        tags: ['upr', 'bench'],
        forums: ['upr-stakeholder'],
        reviewedAt: i % 5 === 0 ? null : '2026-10-01',
      },
    });
    snippets.push(saved);
    snippetWords.push(countWords(saved.text));
  }

  // The document --------------------------------------------------------------------------------
  // Notes in the document's own paragraphs, spread evenly; every so often a footnote.
  let docNoteTurn = 0;
  const footnoteEvery = SIZE.documentNotes / SIZE.documentFootnotes;
  const docNote = (): Inline => {
    const k = docNoteTurn++;
    return Math.floor((k + 1) / footnoteEvery) > Math.floor(k / footnoteEvery)
      ? footnote()
      : citation();
  };
  const general: { kind: ProseKind; words: [number, number] }[] = [
    { kind: 'background', words: [50, 75] },
    { kind: 'legal_analysis', words: [50, 75] },
  ];
  // Paragraphs of the document's own text, and how many notes each takes.
  const pending: { make: (notes: Inline[]) => Block; notes: number }[] = [];
  const own = (kind: ProseKind, words: [number, number], people = persons): void => {
    const parts = proseSentences(rng, kind, rng.sample(people, 3), rng.int(...words));
    pending.push({ make: (notes) => p(...withNotes(parts, notes, rng)), notes: 0 });
  };
  const caseParagraph = (c: BenchCase): void => {
    const parts = proseSentences(rng, 'case_summary', [c.person], rng.int(25, 40));
    pending.push({
      notes: 0,
      make: (notes) =>
        p(
          countField(field('person.name', { personId: c.person.id })),
          `, a ${c.person.role}, was arrested on ${proseDate(c.arrested)} and charged under Article ${c.charge[0]} of the Criminal Code (${c.charge[1]}). `,
          ...withNotes(parts, notes, rng),
          ' As of the date of this submission, ',
          countField(field('person.name', { personId: c.person.id })),
          ' is ',
          countField(field('case.status', { caseId: c.id })),
          ' and has spent ',
          countField(field('case.daysDeprived', { caseId: c.id })),
          ' deprived of liberty',
          ...(c.hasSentence
            ? [', under a sentence of ', countField(field('case.sentence', { caseId: c.id }))]
            : []),
          '.',
        ),
    });
  };

  const skeleton: (Block | null)[] = [];
  const slot = (): void => {
    skeleton.push(null);
  };
  const put = (b: Block): void => {
    skeleton.push(b);
  };

  put(h1('Submitting organisations'));
  put(p('This is a joint submission by the following organisations:'));
  put(signatories());
  for (const o of ordered.slice(0, ordered.length - 2)) {
    put(
      p(
        `${o.name}${o.founded ? `, founded in ${o.founded},` : ''} works to defend ${rng.pick(MANDATES)} in Azerbaijan and across the region, through research, advocacy and litigation before national and international bodies.`,
      ),
    );
  }
  put(h1('Contact person'));
  put(
    p(
      `${lead.name} is the contact organisation for this submission (`,
      link('https://www.article19.org', 'www.article19.org'),
      ').',
    ),
  );
  put(h1('Introduction'));
  for (let k = 0; k < 3; k++) {
    own('boilerplate', [80, 110]);
    slot();
  }
  put(h1('Methodology'));
  for (let k = 0; k < 2; k++) {
    own('boilerplate', [70, 100]);
    slot();
  }

  let snippetTurn = 0;
  let caseTurn = 0;
  const subsections = THEMES.reduce((n, t) => n + t.subsections.length, 0);
  THEMES.forEach((theme) => {
    put(h1(theme.title));
    own('background', [70, 100]);
    slot();
    theme.subsections.forEach((title) => {
      put(h2(title));
      const index = THEMES.slice(0, THEMES.indexOf(theme)).reduce(
        (n, t) => n + t.subsections.length,
        theme.subsections.indexOf(title),
      );
      // Snippets and case paragraphs spread evenly over the subsections.
      const upTo = (total: number) => Math.round(((index + 1) * total) / subsections);
      const general1 = general[index % 2] as (typeof general)[number];
      own(general1.kind, general1.words);
      slot();
      while (snippetTurn < upTo(SIZE.snippets)) {
        const s = snippets[snippetTurn++] as Snippet;
        const statuses = Object.fromEntries(
          s.caseIds.map((cid) => [
            cid,
            cases.find((c) => c.id === cid)?.statusInserted ?? 'unknown',
          ]),
        ) as Record<string, CaseStatus>;
        put(
          embed(s.id, {
            revision: s.revision,
            insertedAt: INSERTED_AT,
            caseStatuses: statuses,
          }),
        );
      }
      while (caseTurn < upTo(cases.length)) {
        caseParagraph(cases[caseTurn++] as BenchCase);
        slot();
      }
      if (index % 3 === 0) {
        put(
          quote(
            `“${proseSentences(rng, 'case_summary', persons, 30)[0] ?? ''}”`,
            ` (${rng.pick(BODIES)}, ${proseDate(`${rng.int(2019, 2026)}-0${rng.int(1, 9)}-15`)})`,
          ),
        );
      }
      const general2 = general[(index + 1) % 2] as (typeof general)[number];
      own(general2.kind, general2.words);
      slot();
    });
  });

  put(h1('Recommendations'));
  own('recommendation', [50, 70]);
  slot();
  const recommendations: Inline[][] = [];
  for (let k = 0; k < 24; k++) {
    recommendations.push([proseSentences(rng, 'recommendation', persons, 25, 40)[0] ?? '']);
  }
  put(bullets(...recommendations));
  put(
    p(
      `The submitting organisations call on the recommending States to raise these concerns with the Government of Azerbaijan, and to follow up on ${rng.pick(LAWS)} and on every individual case named in this submission.`,
    ),
  );
  put(pageBreak());
  put(h1('Annex: individual cases referred to in this submission'));
  const cell = (children: Inline[], header = false): DocNode => ({
    type: 'tablecell',
    version: 1,
    headerState: header ? 1 : 0,
    colSpan: 1,
    children: [p(...children)],
  });
  const row = (cells: DocNode[]): DocNode => ({ type: 'tablerow', version: 1, children: cells });
  put({
    type: 'table',
    version: 1,
    children: [
      row(['Name', 'Status', 'Deprived of liberty', 'Sentence'].map((h) => cell([h], true))),
      ...cases.map((c) =>
        row([
          cell([countField(field('person.name', { personId: c.person.id }))]),
          cell([countField(field('case.status', { caseId: c.id }))]),
          cell([countField(field('case.daysDeprived', { caseId: c.id }))]),
          cell(
            c.hasSentence
              ? [countField(field('case.sentence', { caseId: c.id }))]
              : [italic('none')],
          ),
        ]),
      ),
    ],
  });

  // Distribute the document's own notes evenly over its paragraphs, then fill the slots.
  pending.forEach((entry, i) => {
    entry.notes =
      Math.floor(((i + 1) * SIZE.documentNotes) / pending.length) -
      Math.floor((i * SIZE.documentNotes) / pending.length);
  });
  let pendingTurn = 0;
  const blocks: Block[] = skeleton.map((b) => {
    if (b !== null) return b;
    const entry = pending[pendingTurn++];
    if (entry === undefined) throw new Error('more slots than paragraphs');
    return entry.make(Array.from({ length: entry.notes }, docNote));
  });
  if (pendingTurn !== pending.length) throw new Error('paragraphs left without a slot');
  const content = doc(...blocks);
  const problems = contentProblems(content);
  if (problems.length > 0)
    throw new Error(`document: ${problems[0]?.place ?? ''}: ${problems[0]?.message ?? ''}`);

  const base: DocumentInput = {
    title: 'Azerbaijan: civic space, freedom of expression and the rule of law',
    shortTitle: 'Joint UPR submission: Azerbaijan (fourth cycle)',
    subtitle: 'Joint stakeholder submission to the Universal Periodic Review of Azerbaijan',
    coverLines: ['Fourth cycle of the Universal Periodic Review', 'Benchmark document'],
    forumKey: 'upr-stakeholder',
    language: 'en',
    asOf: AS_OF,
    status: 'draft',
    joint: true,
    audience: 'public',
    keywords: ['Azerbaijan', 'Universal Periodic Review', 'freedom of expression'],
    signatories: signatoryList,
    content,
  };
  const saved = await backend.call('documents.save', {
    document: { ...base, id: id('document', 0) },
  });
  // The footnotes variant: the same text under a forum that wants footnotes.
  const footnotes = await backend.call('documents.save', {
    document: {
      ...base,
      id: id('document', 1),
      title: `${base.title} (footnotes)`,
      forumKey: 'joint-statement',
    },
  });
  return {
    documentId: saved.id,
    footnotesDocumentId: footnotes.id,
    content,
    snippets,
    snippetWords,
    liveFields,
    signatories: {
      confirmed: signatoryList.filter((s) => s.status === 'confirmed').length,
      invited: signatoryList.filter((s) => s.status === 'invited').length,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Checks

function pdfPageCount(bytes: Uint8Array, dir: string, name: string): { pages: number; by: string } {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const out = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  const m = out.status === 0 ? /^Pages:\s+(\d+)/m.exec(out.stdout) : null;
  if (m?.[1] !== undefined) return { pages: Number(m[1]), by: 'pdfinfo' };
  // No poppler-utils: PDFKit writes its page objects uncompressed.
  const text = Buffer.from(bytes).toString('latin1');
  return { pages: text.match(/\/Type \/Page\b(?!s)/g)?.length ?? 0, by: 'page objects' };
}

/** The notes of a .docx (footnotes or endnotes part), separators left out. */
function docxNoteCount(bytes: Uint8Array): number {
  const files = unzipSync(bytes, {
    filter: (f) => f.name === 'word/endnotes.xml' || f.name === 'word/footnotes.xml',
  });
  return Object.values(files).reduce(
    (n, xml) =>
      n + (strFromU8(xml).match(/<w:(?:end|foot)note (?![^>]*w:type=)[^>]*>/g)?.length ?? 0),
    0,
  );
}

function noteKinds(content: RichContent, snippets: readonly Snippet[]): Record<string, number> {
  const counts: Record<string, number> = {};
  const visit = (node: { type: string; children?: unknown[] }): void => {
    counts[node.type] = (counts[node.type] ?? 0) + 1;
    for (const c of (node.children ?? []) as { type: string; children?: unknown[] }[]) visit(c);
  };
  visit(content.root);
  for (const s of snippets) visit(s.content.root);
  return counts;
}

// ---------------------------------------------------------------------------------------------
// Timing

async function timed(
  label: string,
  runs: number,
  warmup: number,
  fn: () => unknown,
): Promise<Summary> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  const s = summarise(times);
  log(`  ${label}: median ${ms(s.p50)}, p95 ${ms(s.p95)}`);
  return s;
}

export async function runDocumentsBench(): Promise<DocumentsResult> {
  const started = performance.now();
  const dir = benchDir();
  mkdirSync(dir, { recursive: true });
  const libraryPath = join(dir, 'documents.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(libraryPath + suffix, { force: true });
  rmSync(`${libraryPath}.backups`, { recursive: true, force: true });
  const out = mkdtempSync(join(dir, 'documents-out-'));

  log('Documents: building the submission…');
  const backend = new Backend({ libraryPath, today: () => AS_OF });
  try {
    const built = await buildLibrary(backend);
    const buildSeconds = (performance.now() - started) / 1000;
    const info = await backend.call('library.info', {});

    // The document as the app prepares it, and its size.
    const prepare = (id: string): Prepared =>
      backend.read((lib) => prepareDocument(lib.db, id, undefined, 'docx', AS_OF));
    const cold: Partial<Record<TimingKey, number>> = {};
    let t0 = performance.now();
    const prepared = prepare(built.documentId);
    cold.prepare = performance.now() - t0;
    const print = prepared.resolved.print;
    const footnoted: Prepared = {
      ...prepared,
      resolved: { ...prepared.resolved, print: { ...print, noteStyle: 'footnotes' } },
    };
    const bytes: Record<string, number> = {};
    const rendered: Record<string, Uint8Array> = {};
    for (const [key, p, format] of [
      ['docx', prepared, 'docx'],
      ['pdfEndnotes', prepared, 'pdf'],
      ['pdfFootnotes', footnoted, 'pdf'],
      ['html', prepared, 'html'],
    ] as [TimingKey, Prepared, PrintFormat][]) {
      t0 = performance.now();
      const b = await renderPrepared(p, format);
      cold[key] = performance.now() - t0;
      rendered[key] = b;
      bytes[key] = b.byteLength;
    }
    const endPages = pdfPageCount(rendered.pdfEndnotes as Uint8Array, out, 'endnotes.pdf');
    const footPages = pdfPageCount(rendered.pdfFootnotes as Uint8Array, out, 'footnotes.pdf');
    const report: PreflightReport = prepared.report;
    const nodes = noteKinds(built.content, built.snippets);
    const codes: Record<string, number> = {};
    for (const f of report.findings) codes[f.code] = (codes[f.code] ?? 0) + 1;
    const numbered = print.blocks.filter((b) => b.type === 'paragraph' && b.number !== null).length;
    const facts: DocumentFacts = {
      title: prepared.doc.title,
      forumKey: prepared.doc.forumKey ?? '',
      footnotesForumKey: 'joint-statement',
      contentHash: createHash('sha1').update(JSON.stringify(built.content)).digest('hex'),
      pdfPages: { endnotes: endPages.pages, footnotes: footPages.pages, counter: endPages.by },
      docxNotes: docxNoteCount(rendered.docx as Uint8Array),
      words: {
        body: report.words.body,
        notes: report.words.notes,
        counted: report.words.counted,
        limit: report.words.limit,
      },
      pagesEstimate: report.pages.estimate,
      notes: {
        total: print.notes.length,
        citations: nodes.citation ?? 0,
        footnotes: nodes.footnote ?? 0,
        fromSnippets: SIZE.snippets * SIZE.snippetCitations,
      },
      snippets: {
        embedded: prepared.resolved.embeds.length,
        linked: prepared.resolved.embeds.filter((e) => e.mode === 'linked').length,
        words: {
          min: Math.min(...built.snippetWords),
          max: Math.max(...built.snippetWords),
          total: built.snippetWords.reduce((s, v) => s + v, 0),
        },
      },
      liveFields: built.liveFields,
      headings: {
        h1: print.blocks.filter((b) => b.type === 'heading' && b.level === 1).length,
        h2: print.blocks.filter((b) => b.type === 'heading' && b.level === 2).length,
      },
      numberedParagraphs: numbered,
      signatories: built.signatories,
      library: { ...info.counts },
      findings: { errors: report.errors, warnings: report.warnings, codes },
      bytes,
      problems: prepared.resolved.problems.length,
    };
    log(
      `  ${facts.pdfPages.endnotes} PDF pages (footnotes: ${facts.pdfPages.footnotes}), ${facts.words.body} words + ${facts.words.notes} in notes, ${facts.notes.total} notes, ${facts.snippets.linked} linked snippets`,
    );
    const expectedNotes = SIZE.snippets * SIZE.snippetCitations + SIZE.documentNotes;
    if (facts.notes.total !== expectedNotes || facts.docxNotes !== expectedNotes)
      throw new Error(
        `the document has ${facts.notes.total} notes (${facts.docxNotes} in the .docx), expected ${expectedNotes}`,
      );
    if (facts.problems > 0)
      throw new Error(
        `the document does not resolve cleanly: ${prepared.resolved.problems[0]?.message ?? ''}`,
      );

    // Timings ---------------------------------------------------------------------------------
    log('Documents: timing…');
    const view = backend.read((lib) => loadLibraryView(lib.db, prepared.doc));
    const docData = prepared.doc;
    const resolvedOnce = resolveDocument(docData, view, AS_OF);
    const t = {} as Record<TimingKey, Summary>;
    t.preflightPure = await timed(
      'preflight (resolve + preflight)',
      PREFLIGHT_RUNS,
      PREFLIGHT_WARMUP,
      () => preflight(docData, resolveDocument(docData, view, AS_OF), view, AS_OF, 'docx'),
    );
    t.resolveOnly = await timed('  resolveDocument', PREFLIGHT_RUNS, PREFLIGHT_WARMUP, () =>
      resolveDocument(docData, view, AS_OF),
    );
    t.preflightOnly = await timed('  preflight', PREFLIGHT_RUNS, PREFLIGHT_WARMUP, () =>
      preflight(docData, resolvedOnce, view, AS_OF, 'docx'),
    );
    t.loadView = await timed('loadLibraryView', PREFLIGHT_RUNS, PREFLIGHT_WARMUP, () =>
      backend.read((lib) => loadLibraryView(lib.db, docData)),
    );
    t.prepare = await timed('prepareDocument', PREFLIGHT_RUNS, PREFLIGHT_WARMUP, () =>
      prepare(built.documentId),
    );
    t.check = await timed('documents.check', PREFLIGHT_RUNS, PREFLIGHT_WARMUP, () =>
      backend.call('documents.check', { id: built.documentId, format: 'docx' }),
    );
    t.docx = await timed('docx', RUNS, WARMUP, () => renderPrepared(prepared, 'docx'));
    t.pdfEndnotes = await timed('PDF, endnotes', RUNS, WARMUP, () =>
      renderPrepared(prepared, 'pdf'),
    );
    t.pdfFootnotes = await timed('PDF, footnotes', RUNS, WARMUP, () =>
      renderPrepared(footnoted, 'pdf'),
    );
    t.html = await timed('HTML', RUNS, WARMUP, () => renderPrepared(prepared, 'html'));

    let file = 0;
    const exportOnce = async (id: string, format: PrintFormat): Promise<void> => {
      const path = join(out, `export-${++file}.${format}`);
      // Preflight objects (word limit; the UPR takes .docx only): export anyway, as --force does.
      await backend.call('documents.export', { id, format, path, force: true });
      rmSync(path, { force: true });
    };
    t.exportDocx = await timed('documents.export docx', EXPORT_RUNS, EXPORT_WARMUP, () =>
      exportOnce(built.documentId, 'docx'),
    );
    t.exportPdf = await timed('documents.export pdf', EXPORT_RUNS, EXPORT_WARMUP, () =>
      exportOnce(built.documentId, 'pdf'),
    );
    t.exportPdfFootnotes = await timed(
      'documents.export pdf (footnotes)',
      EXPORT_RUNS,
      EXPORT_WARMUP,
      () => exportOnce(built.footnotesDocumentId, 'pdf'),
    );
    t.exportHtml = await timed('documents.export html', EXPORT_RUNS, EXPORT_WARMUP, () =>
      exportOnce(built.documentId, 'html'),
    );
    // Whole processes, which open the library themselves.
    backend.close();
    const exports = runExportComparison(libraryPath, built.documentId);
    return {
      exports,
      facts,
      timings: t,
      cold,
      buildSeconds,
      seconds: (performance.now() - started) / 1000,
      peakRss: process.resourceUsage().maxRSS * 1024,
    };
  } finally {
    backend.close();
    rmSync(out, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

async function main(argv: string[]): Promise<void> {
  let json: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') json = argv[++i] ?? null;
    else throw new Error(`unknown argument ${argv[i] ?? ''} (use --json FILE)`);
  }
  const result = await runDocumentsBench();
  if (json !== null) writeFileSync(json, `${JSON.stringify(result, null, 1)}\n`);
  else process.stdout.write(`${documentsMarkdown(result, 'alone')}\n`);
}

if (
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(resolve(process.argv[1])).href
) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  });
}
