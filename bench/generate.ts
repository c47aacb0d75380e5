/**
 * A deterministic synthetic library exchange file for the benchmark: at full scale 10,000
 * persons with Azerbaijani names (and their English and Russian spellings as aliases), 20,000
 * cases, 100,000 events, 20,000 sources and 50,000 snippets of English advocacy prose.
 *
 *   node --import tsx bench/generate.ts [--scale 0.1] [--seed dossier-bench]
 *
 * The same seed, scale and GENERATOR_VERSION always give the same file, byte for byte. The file
 * is written entry by entry (never held in memory as a whole) into `.bench/`, then a `.meta.json`
 * beside it: its sizes and the sample names and words the benchmark queries with. The meta file is
 * written last, so its presence means the data file is complete.
 */
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ExchangeFileInput } from '../src/shared/exchange';
import type { EventType, SentenceKind } from '../src/shared/domain';
import {
  CITIES,
  DISTRICT_COURTS,
  FEMALE_GIVEN,
  MALE_GIVEN,
  RARE_WORDS,
  SURNAMES,
  TRIAL_COURTS,
  englishSpelling,
  femaleSurname,
} from './names';
import {
  CHARGES,
  ORGANISATIONS,
  OUTLETS,
  TOPICS,
  caseProse,
  proseDate,
  randomDay,
  snippetProse,
  vocabularyWords,
  type ProseKind,
  type ProsePerson,
} from './prose';
import { Rng, benchId } from './rng';

/** Bump when the output changes for the same seed and scale (invalidates generated files). */
export const GENERATOR_VERSION = 2;
export const DEFAULT_SEED = 'dossier-bench';

export interface Counts {
  persons: number;
  cases: number;
  events: number;
  sources: number;
  snippets: number;
}

export const FULL_COUNTS: Counts = {
  persons: 10_000,
  cases: 20_000,
  events: 100_000,
  sources: 20_000,
  snippets: 50_000,
};

export function countsAt(scale: number): Counts {
  const at = (n: number): number => Math.max(1, Math.round(n * scale));
  return {
    persons: at(FULL_COUNTS.persons),
    cases: at(FULL_COUNTS.cases),
    events: at(FULL_COUNTS.events),
    sources: at(FULL_COUNTS.sources),
    snippets: at(FULL_COUNTS.snippets),
  };
}

export const FORUM_KEYS = [
  'upr-stakeholder',
  'treaty-body-report',
  'special-procedures',
  'cm-rule-9-2',
  'echr-tpi',
  'joint-statement',
  'ogp-letter',
  'eiti-submission',
  'website-article',
];

const TAGS = [
  'journalists',
  'bloggers',
  'human rights defenders',
  'lawyers',
  'pretrial detention',
  'travel bans',
  'ngo law',
  'website blocking',
  'ecthr',
  'torture',
  'health in detention',
  'pardon',
  'political prisoners',
  'elections',
  'freedom of assembly',
  'rfe/rl',
  'council of europe',
  'upr',
];

const VIOLATIONS = [
  'arbitrary detention',
  'freedom of expression',
  'fair trial',
  'torture and ill-treatment',
  'freedom of association',
  'freedom of movement',
  'right to privacy',
  'freedom of assembly',
];

const PUBLISHERS: readonly (readonly [string, string])[] = [
  ['ARTICLE 19', 'www.article19.org'],
  ['RFE/RL', 'www.rferl.org'],
  ['OC Media', 'oc-media.org'],
  ['JAMnews', 'jam-news.net'],
  ['Meydan TV', 'www.meydan.tv'],
  ['Turan', 'www.turan.az'],
  ['Human Rights Watch', 'www.hrw.org'],
  ['Amnesty International', 'www.amnesty.org'],
  ['Committee to Protect Journalists', 'cpj.org'],
  ['Reporters Without Borders', 'rsf.org'],
  ['IPHR', 'www.iphronline.org'],
  ['Freedom House', 'freedomhouse.org'],
  ['European Court of Human Rights', 'hudoc.echr.coe.int'],
  ['OSCE', 'www.osce.org'],
  ['Eurasianet', 'eurasianet.org'],
];

const ROLE_WEIGHTS: readonly (readonly [string, number])[] = [
  ['journalist', 35],
  ['blogger', 15],
  ['human rights defender', 15],
  ['activist', 12],
  ['opposition politician', 10],
  ['lawyer', 7],
  ['researcher', 6],
];

const POSITIONS = ['editor', 'reporter', 'director', 'chair', 'coordinator', 'member', 'founder'];

const BACKGROUND_TOPICS = [
  'the NGO law amendments',
  'website blocking',
  'travel bans on critics',
  'pretrial detention practice',
  'the pardon decrees',
  'prison conditions',
  'the crackdown on independent media',
  'foreign funding restrictions',
  'the bar association and lawyers',
  'harassment of relatives abroad',
  'the 2024 elections',
  'transnational repression',
];

const LEGAL_TOPICS = [
  'Article 18 of the Convention',
  'restrictions with an ulterior purpose',
  'pretrial detention without reasons',
  'criminal defamation',
  'smuggling charges against journalists',
  'tax evasion charges against NGOs',
  'the execution of the Mammadli group',
  'infringement proceedings under Article 46 § 4',
];

const RECOMMENDATION_TOPICS = [
  'release of political prisoners',
  'the NGO law',
  'website blocking',
  'execution of ECtHR judgments',
  'travel bans',
  'safety of journalists',
  'independence of the bar',
];

const BOILERPLATE_TITLES = ['Opening', 'About the authors', 'Methodology', 'Scope', 'Contacts'];

/** Snippet length in words. */
const MIN_WORDS = 100;
const MAX_WORDS = 300;

/** The last day the synthetic events and reviews may fall on. */
const LAST_DAY = '2026-11-01';

export interface SamplePerson {
  id: string;
  name: string;
  english: string;
  cyrillic: string;
}

export interface GeneratedMeta {
  generatorVersion: number;
  seed: string;
  scale: number;
  dataFile: string;
  bytes: number;
  seconds: number;
  counts: Counts;
  aliases: number;
  charges: number;
  applications: number;
  snippetWords: { min: number; max: number; mean: number; total: number };
  eventTypes: Record<string, number>;
  /** Persons to search for by name. */
  samplePersons: SamplePerson[];
  /** In how many snippets each word of the prose vocabulary occurs. */
  vocabularyDocs: Record<string, number>;
  /** In how many snippets each rare word occurs. */
  rareDocs: Record<string, number>;
}

export interface BenchFiles {
  data: string;
  meta: string;
}

const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '.bench');

/** The bench's working folder (generated files, libraries), made on first use: a fresh clone has none. */
export function benchDir(): string {
  mkdirSync(BENCH_DIR, { recursive: true });
  return BENCH_DIR;
}

export function benchFiles(scale: number, seed: string): BenchFiles {
  const tag = `s${scale}-${seed.replace(/[^A-Za-z0-9_-]/g, '_')}-g${GENERATOR_VERSION}`;
  return {
    data: join(BENCH_DIR, `synthetic-${tag}.json`),
    meta: join(BENCH_DIR, `synthetic-${tag}.meta.json`),
  };
}

/** The meta of a complete earlier generation with these settings, or null. */
export function existingGeneration(scale: number, seed: string): GeneratedMeta | null {
  const files = benchFiles(scale, seed);
  try {
    const meta = JSON.parse(readFileSync(files.meta, 'utf8')) as GeneratedMeta;
    const bytes = fstatSize(files.data);
    if (
      meta.generatorVersion === GENERATOR_VERSION &&
      meta.seed === seed &&
      meta.scale === scale &&
      meta.bytes === bytes
    ) {
      // The data file beside the meta, wherever it was generated (a .bench/ copied from
      // another checkout names that checkout's path).
      return { ...meta, dataFile: files.data };
    }
  } catch {
    // missing or unreadable: generate again
  }
  return null;
}

function fstatSize(path: string): number {
  const fd = openSync(path, 'r');
  try {
    return fstatSync(fd).size;
  } finally {
    closeSync(fd);
  }
}

/** Buffers writes into ~1 MB chunks. */
class ChunkWriter {
  private chunks: string[] = [];
  private length = 0;
  constructor(private readonly fd: number) {}

  write(s: string): void {
    this.chunks.push(s);
    this.length += s.length;
    if (this.length >= 1 << 20) this.flush();
  }

  flush(): void {
    if (this.chunks.length === 0) return;
    writeSync(this.fd, this.chunks.join(''));
    this.chunks = [];
    this.length = 0;
  }
}

type Input = ExchangeFileInput;
type PersonEntry = NonNullable<Input['persons']>[number];
type SourceEntry = NonNullable<Input['sources']>[number];
type CaseEntry = NonNullable<Input['cases']>[number];
type EventEntry = NonNullable<Input['events']>[number];
type SnippetEntry = NonNullable<Input['snippets']>[number];

interface GenPerson extends ProsePerson {
  id: string;
  ru: string;
}

interface GenCase {
  id: string;
  persons: number[];
  charges: (readonly [string, string])[];
  applications: string[];
}

function addDays(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  const out = new Date(t).toISOString().slice(0, 10);
  return out > LAST_DAY ? LAST_DAY : out;
}

/** A day, or (less often) only its month or year, as events and sources often have. */
function partial(rng: Rng, day: string): string {
  const roll = rng.next();
  return roll < 0.9 ? day : roll < 0.98 ? day.slice(0, 7) : day.slice(0, 4);
}

function slug(text: string): string {
  return text
    .replace(/[əƏ]/g, 'a')
    .replace(/[ıİ]/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

const stripThe = (s: string): string => s.replace(/^the /, '');

/** Events per case: `total` spread over `cases`, between 2 and 10 each where possible. */
function eventCounts(rng: Rng, cases: number, total: number): number[] {
  const base = Math.floor(total / cases);
  const counts = Array.from({ length: cases }, (_, i) => base + (i < total % cases ? 1 : 0));
  const floor = Math.min(2, base);
  for (let k = 0; k < cases * 2; k++) {
    const a = rng.int(0, cases - 1);
    const b = rng.int(0, cases - 1);
    if (a === b) continue;
    if ((counts[a] ?? 0) > floor && (counts[b] ?? 0) < 10) {
      counts[a] = (counts[a] ?? 0) - 1;
      counts[b] = (counts[b] ?? 0) + 1;
    }
  }
  return counts;
}

/** The types of one case's events, in order. */
function timeline(rng: Rng, n: number): EventType[] {
  let path: EventType[];
  if (rng.chance(0.12)) {
    path = ['charge', 'house_arrest', 'trial', 'verdict', 'travel_ban', 'appeal', 'release'];
  } else {
    path = ['arrest', 'detention_ordered'];
    const extensions = Math.max(0, n - 7) + rng.int(0, 2);
    for (let i = 0; i < extensions; i++) path.push('detention_extended');
    path.push('trial', 'verdict', 'appeal', 'cassation');
    path.push(rng.pick<EventType>(['pardon', 'release', 'conditional_release', 'release']));
    path.push('judgment');
  }
  while (path.length < n) path.push(rng.pick<EventType>(['other', 'attack', 'travel_ban']));
  return path.slice(0, n);
}

const GAP_DAYS: Partial<Record<EventType, [number, number]>> = {
  detention_ordered: [1, 3],
  detention_extended: [80, 120],
  house_arrest: [1, 5],
  trial: [30, 120],
  verdict: [20, 90],
  appeal: [60, 150],
  cassation: [90, 240],
  pardon: [30, 900],
  release: [30, 900],
  conditional_release: [200, 900],
  judgment: [500, 2000],
};

const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six'];

function eventText(
  rng: Rng,
  type: EventType,
  c: GenCase,
  person: GenPerson,
  sentence: { years: number; months: number; kind: SentenceKind } | null,
): string {
  const charge = rng.pick(c.charges);
  const labels = c.charges.map(([, label]) => label).join(', ');
  switch (type) {
    case 'arrest':
      return `Arrested in ${rng.pick(CITIES)} by officers of the ${rng.pick(['Ministry of Internal Affairs', 'State Security Service', 'Main Police Department'])}; charged under Article ${charge[0]} of the Criminal Code (${charge[1]}).`;
    case 'charge':
      return `Charged under Article ${charge[0]} of the Criminal Code (${charge[1]}).`;
    case 'detention_ordered':
      return `The ${rng.pick(DISTRICT_COURTS)} ordered ${rng.pick(NUMBER_WORDS)} months' pretrial detention.`;
    case 'detention_extended':
      return `The ${rng.pick(DISTRICT_COURTS)} extended pretrial detention by ${rng.pick(NUMBER_WORDS)} months.`;
    case 'house_arrest':
      return `Placed under house arrest by the ${rng.pick(DISTRICT_COURTS)}.`;
    case 'trial':
      return `Trial opened at the ${rng.pick(TRIAL_COURTS)}.`;
    case 'verdict': {
      const s = sentence ?? { years: 0, months: 0, kind: 'custodial' };
      const term = `${s.years} years${s.months > 0 ? ` ${s.months} months` : ''}`;
      const what =
        s.kind === 'custodial'
          ? `${term}' imprisonment`
          : s.kind === 'suspended'
            ? `a suspended sentence of ${term}`
            : s.kind === 'restricted_freedom'
              ? `${term} of restricted freedom`
              : 'a fine';
      return `The ${rng.pick(TRIAL_COURTS)} sentenced ${person.en} to ${what} (${labels}).`;
    }
    case 'appeal':
      return rng.chance(0.8)
        ? 'The Baku Court of Appeal upheld the verdict.'
        : 'The Baku Court of Appeal reduced the sentence by six months.';
    case 'cassation':
      return 'The Supreme Court rejected the cassation appeal.';
    case 'pardon':
      return 'Released under a presidential pardon decree.';
    case 'release':
      return rng.chance(0.5) ? 'Released after serving the sentence.' : 'Released from custody.';
    case 'conditional_release':
      return `Conditionally released by the ${rng.pick(DISTRICT_COURTS)}.`;
    case 'judgment':
      return `European Court of Human Rights judgment in ${person.surnameEn} v. Azerbaijan (no. ${c.applications[0] ?? `${rng.int(1000, 79999)}/${rng.int(10, 24)}`}): violations of Articles 5 and 10.`;
    case 'travel_ban':
      return 'Barred from leaving the country by the Migration Service.';
    case 'attack':
      return `Attacked by unidentified men near ${person.female ? 'her' : 'his'} home in ${rng.pick(CITIES)}.`;
    default:
      return `${person.en} was summoned for questioning by the prosecutor's office.`;
  }
}

const EVENT_DETAILS = [
  'The hearing was closed to the public.',
  '{His} lawyer was not allowed to attend.',
  'Diplomats from several embassies attended the hearing.',
  'The decision was announced without {his} lawyer present.',
  '{He} denied the charges and called them politically motivated.',
  'Relatives were not informed for several hours.',
  'The court rejected every motion of the defence.',
  '{He} told the court {he} had been beaten in police custody.',
];

function eventDetail(rng: Rng, person: GenPerson): string {
  return rng
    .pick(EVENT_DETAILS)
    .replace(/\{His\}/g, person.female ? 'Her' : 'His')
    .replace(/\{his\}/g, person.female ? 'her' : 'his')
    .replace(/\{He\}/g, person.female ? 'She' : 'He')
    .replace(/\{he\}/g, person.female ? 'she' : 'he');
}

export interface GenerateOptions {
  scale: number;
  seed: string;
  /** Progress lines go here (default: stderr). */
  log?: (line: string) => void;
}

/** Generates the exchange file and its meta file; returns the meta. */
export function generate({
  scale,
  seed,
  log = (l) => process.stderr.write(`${l}\n`),
}: GenerateOptions): GeneratedMeta {
  const started = performance.now();
  const counts = countsAt(scale);
  const files = benchFiles(scale, seed);
  mkdirSync(dirname(files.data), { recursive: true });
  const partialPath = `${files.data}.partial`;
  const fd = openSync(partialPath, 'w');
  const out = new ChunkWriter(fd);
  const id = (kind: string, i: number): string => benchId(seed, kind, i);

  const section = <T>(name: string, n: number, entry: (i: number) => T, last = false): void => {
    out.write(`"${name}":[\n`);
    for (let i = 0; i < n; i++) {
      out.write(JSON.stringify(entry(i)));
      out.write(i < n - 1 ? ',\n' : '\n');
    }
    out.write(last ? ']\n' : '],\n');
    log(`  ${name}: ${n}`);
  };

  out.write(`{"format":"dossier-library","version":1,\n`);

  // Persons ------------------------------------------------------------------------------------
  const persons: GenPerson[] = [];
  let aliases = 0;
  const rngP = new Rng(`${seed}/persons`);
  section('persons', counts.persons, (i): PersonEntry => {
    const female = rngP.chance(0.42);
    const given = rngP.pick(female ? FEMALE_GIVEN : MALE_GIVEN);
    const family = rngP.pick(SURNAMES);
    const surname = female ? femaleSurname(family) : family;
    const az = `${given[0]} ${surname[0]}`;
    const p: GenPerson = {
      id: id('person', i),
      az,
      en: englishSpelling(az),
      ru: `${given[1]} ${surname[1]}`,
      surnameAz: surname[0],
      surnameEn: englishSpelling(surname[0]),
      female,
    };
    persons.push(p);
    const role = rngP.weighted(ROLE_WEIGHTS);
    const roles = rngP.chance(0.2) ? [role, rngP.weighted(ROLE_WEIGHTS)] : [role];
    const personAliases = [
      ...(p.en === p.az ? [] : [{ name: p.en, script: 'latn', language: 'en' }]),
      { name: p.ru, script: 'cyrl', language: 'ru' },
    ];
    aliases += personAliases.length;
    return {
      id: p.id,
      name: p.az,
      aliases: personAliases,
      roles: [...new Set(roles)],
      affiliations: rngP.chance(0.7)
        ? [
            {
              name: stripThe(rngP.chance(0.6) ? rngP.pick(OUTLETS) : rngP.pick(ORGANISATIONS)),
              ...(rngP.chance(0.4) ? { position: rngP.pick(POSITIONS) } : {}),
            },
          ]
        : [],
      country: 'AZ',
      visibility: rngP.weighted([
        ['public', 90],
        ['anonymise', 7],
        ['internal', 3],
      ] as const),
      gender: female ? 'female' : 'male',
      birthYear: rngP.int(1950, 2002),
      notes: `${role.charAt(0).toUpperCase()}${role.slice(1)} who reported on ${rngP.pick(TOPICS)}.${rngP.chance(0.3) ? ` ${caseProse(rngP, [p], 1)}` : ''}`,
    };
  });

  // Sources ------------------------------------------------------------------------------------
  const rngS = new Rng(`${seed}/sources`);
  section('sources', counts.sources, (i): SourceEntry => {
    const p = rngS.pick(persons);
    const [publisher, domain] = rngS.pick(PUBLISHERS);
    const day = randomDay(rngS, 2008, 2026);
    const published = partial(rngS, day > LAST_DAY ? LAST_DAY : day);
    const title = rngS.pick([
      () => `Azerbaijan: ${rngS.weighted(ROLE_WEIGHTS)} ${p.en} arrested`,
      () => `${p.en} sentenced to ${rngS.int(2, 12)} years' imprisonment`,
      () => `Court extends pretrial detention of ${p.en}`,
      () => `${p.en} released under presidential pardon`,
      () => `Joint statement on the continued detention of ${p.en}`,
      () =>
        `${p.surnameEn} v. Azerbaijan (no. ${rngS.int(1000, 79999)}/${rngS.int(10, 24)}), judgment of ${proseDate(day)}`,
      () => `Azerbaijan: ${rngS.pick(TOPICS)} (${publisher} report, ${day.slice(0, 4)})`,
    ])();
    return {
      id: id('source', i),
      title,
      publisher,
      url: `https://${domain}/${day.slice(0, 4)}/${slug(title)}-${i}`,
      published,
      accessed: rngS.chance(0.7) ? addDays(day, rngS.int(0, 400)) : null,
      notes: rngS.chance(0.1) ? 'Archived copy kept in the shared drive.' : '',
    };
  });

  // Cases --------------------------------------------------------------------------------------
  const cases: GenCase[] = [];
  let chargeCount = 0;
  let applicationCount = 0;
  const rngC = new Rng(`${seed}/cases`);
  section('cases', counts.cases, (i): CaseEntry => {
    const first = i < persons.length ? i : rngC.int(0, persons.length - 1);
    const members = [first];
    if (persons.length > 1 && rngC.chance(0.2)) {
      let second = rngC.int(0, persons.length - 1);
      if (second === first) second = (first + 1) % persons.length;
      members.push(second);
    }
    const ps = members.map((m) => persons[m] as GenPerson);
    const charges = rngC.sample(CHARGES, rngC.int(1, 3));
    const applications: string[] = [];
    if (rngC.chance(0.15)) {
      const n = rngC.chance(0.2) ? 2 : 1;
      for (let k = 0; k < n; k++) applications.push(`${rngC.int(100, 79999)}/${rngC.int(10, 25)}`);
    }
    const c: GenCase = { id: id('case', i), persons: members, charges, applications };
    cases.push(c);
    chargeCount += charges.length;
    applicationCount += applications.length;
    const year = rngC.int(2008, 2023);
    const lead = ps[0] as GenPerson;
    return {
      id: c.id,
      title:
        ps.length === 2
          ? `${lead.az} and ${(ps[1] as GenPerson).az}: ${rngC.pick(['prosecution', 'detention', 'trial'])} (${year})`
          : `${lead.az}: ${rngC.pick(['prosecution and imprisonment', 'pretrial detention', 'prosecution', 'travel ban and prosecution'])} (${year}–${year + rngC.int(1, 3)})`,
      country: 'AZ',
      personIds: ps.map((p) => p.id),
      violations: rngC.sample(VIOLATIONS, rngC.int(1, 3)),
      charges: charges.map(([article, label]) => ({
        code: 'Criminal Code of Azerbaijan',
        article,
        label,
        status: rngC.weighted([
          ['active', 90],
          ['dropped', 7],
          ['acquitted', 3],
        ] as const),
      })),
      applications: applications.map((number) => {
        const judged = rngC.chance(0.5);
        return {
          number,
          name: `${lead.surnameEn} v. Azerbaijan`,
          judgmentDate: judged ? randomDay(rngC, 2012, 2025) : null,
          articles: judged ? rngC.sample(['5', '6', '8', '10', '11', '18'], rngC.int(1, 3)) : [],
        };
      }),
      summary: caseProse(rngC, ps, rngC.int(2, 3)),
      lastVerified: rngC.chance(0.6) ? randomDay(rngC, 2024, 2025) : null,
    };
  });

  // Events -------------------------------------------------------------------------------------
  const rngE = new Rng(`${seed}/events`);
  const perCase = eventCounts(rngE, cases.length, counts.events);
  const eventTypes: Record<string, number> = {};
  let caseIndex = 0;
  let inCase = 0;
  let types: EventType[] = [];
  let day = '';
  section('events', counts.events, (i): EventEntry => {
    while (inCase >= (perCase[caseIndex] ?? 0)) {
      caseIndex += 1;
      inCase = 0;
    }
    const c = cases[caseIndex] as GenCase;
    if (inCase === 0) {
      types = timeline(rngE, perCase[caseIndex] ?? 1);
      day = randomDay(rngE, 2008, 2023);
    }
    const type = types[inCase] ?? 'other';
    const gap = GAP_DAYS[type] ?? [30, 400];
    if (inCase > 0) day = addDays(day, rngE.int(gap[0], gap[1]));
    inCase += 1;
    eventTypes[type] = (eventTypes[type] ?? 0) + 1;
    const person = persons[rngE.pick(c.persons)] as GenPerson;
    const sentence =
      type === 'verdict'
        ? {
            years: rngE.int(1, 12),
            months: rngE.pick([0, 0, 3, 6]),
            kind: rngE.weighted<SentenceKind>([
              ['custodial', 80],
              ['suspended', 10],
              ['restricted_freedom', 5],
              ['fine', 5],
            ]),
          }
        : null;
    const text =
      eventText(rngE, type, c, person, sentence) +
      (rngE.chance(0.3) ? ` ${eventDetail(rngE, person)}` : '');
    return {
      id: id('event', i),
      caseId: c.id,
      date: partial(rngE, day),
      type,
      text,
      ...(sentence === null ? {} : { sentence }),
      ...(rngE.chance(0.03) ? { uncertain: true } : {}),
      sources: [
        {
          sourceId: id('source', rngE.int(0, counts.sources - 1)),
          ...(rngE.chance(0.2) ? { pinpoint: `para. ${rngE.int(1, 120)}` } : {}),
        },
      ],
    };
  });

  // Snippets -----------------------------------------------------------------------------------
  const rngN = new Rng(`${seed}/snippets`);
  const vocabulary = vocabularyWords();
  const vocabularySet = new Set(vocabulary);
  const vocabularyDocs: Record<string, number> = Object.fromEntries(vocabulary.map((w) => [w, 0]));
  const rareDocs: Record<string, number> = Object.fromEntries(RARE_WORDS.map((w) => [w, 0]));
  const words = { min: Infinity, max: 0, total: 0 };
  section(
    'snippets',
    counts.snippets,
    (i): SnippetEntry => {
      const kind = rngN.weighted<ProseKind>([
        ['case_summary', 40],
        ['background', 20],
        ['legal_analysis', 15],
        ['recommendation', 15],
        ['boilerplate', 10],
      ]);
      const linked =
        kind === 'case_summary'
          ? 1
          : kind === 'boilerplate'
            ? 0
            : kind === 'recommendation'
              ? rngN.int(0, 3)
              : rngN.int(0, 2);
      const caseIdx = [
        ...new Set(Array.from({ length: linked }, () => rngN.int(0, cases.length - 1))),
      ];
      const ps = caseIdx.flatMap((k) =>
        (cases[k] as GenCase).persons.map((m) => persons[m] as GenPerson),
      );
      if (ps.length === 0 && kind !== 'boilerplate' && rngN.chance(0.3))
        ps.push(rngN.pick(persons));
      const year = rngN.int(2015, 2026);
      const title =
        kind === 'case_summary'
          ? `${(ps[0] as GenPerson).az}: case summary${rngN.chance(0.4) ? ` (${year} update)` : ''}`
          : kind === 'background'
            ? `Background: ${rngN.pick(BACKGROUND_TOPICS)}`
            : kind === 'legal_analysis'
              ? `Legal analysis: ${rngN.pick(LEGAL_TOPICS)}`
              : kind === 'recommendation'
                ? `Recommendations: ${rngN.pick(RECOMMENDATION_TOPICS)}`
                : `${rngN.pick(BOILERPLATE_TITLES)} (${stripThe(rngN.pick(ORGANISATIONS))}, ${year})`;
      const prose = snippetProse(rngN, kind, ps, rngN.int(MIN_WORDS, MAX_WORDS), MAX_WORDS);
      words.min = Math.min(words.min, prose.words);
      words.max = Math.max(words.max, prose.words);
      words.total += prose.words;
      if (prose.rare !== null) rareDocs[prose.rare] = (rareDocs[prose.rare] ?? 0) + 1;
      for (const w of new Set(prose.text.toLowerCase().split(/[^a-z]+/))) {
        if (vocabularySet.has(w)) vocabularyDocs[w] = (vocabularyDocs[w] ?? 0) + 1;
      }
      return {
        id: id('snippet', i),
        title,
        kind,
        language: 'en',
        caseIds: caseIdx.map((k) => (cases[k] as GenCase).id),
        tags: rngN.sample(TAGS, rngN.int(1, 4)),
        forums: rngN.sample(FORUM_KEYS, rngN.int(1, 5)),
        reviewedAt: rngN.chance(0.7) ? randomDay(rngN, 2023, 2025) : null,
        text: prose.text,
      };
    },
    true,
  );
  out.write('}\n');
  out.flush();
  const bytes = fstatSync(fd).size;
  closeSync(fd);
  renameSync(partialPath, files.data);

  const rngQ = new Rng(`${seed}/samples`);
  const samplePersons = rngQ.sample(persons, 600).map((p) => ({
    id: p.id,
    name: p.az,
    english: p.en,
    cyrillic: p.ru,
  }));
  const meta: GeneratedMeta = {
    generatorVersion: GENERATOR_VERSION,
    seed,
    scale,
    dataFile: files.data,
    bytes,
    seconds: (performance.now() - started) / 1000,
    counts,
    aliases,
    charges: chargeCount,
    applications: applicationCount,
    snippetWords: {
      min: words.min,
      max: words.max,
      mean: Math.round(words.total / Math.max(1, counts.snippets)),
      total: words.total,
    },
    eventTypes,
    samplePersons,
    vocabularyDocs,
    rareDocs,
  };
  writeFileSync(files.meta, `${JSON.stringify(meta, null, 1)}\n`);
  return meta;
}

/** `BENCH_SCALE` (default 1), checked. */
export function scaleFromEnv(value = process.env.BENCH_SCALE): number {
  if (value === undefined || value === '') return 1;
  const scale = Number(value);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 10) {
    throw new Error(`BENCH_SCALE must be a number in (0, 10], not "${value}"`);
  }
  return scale;
}

function main(argv: string[]): void {
  let scale = scaleFromEnv();
  let seed = process.env.BENCH_SEED || DEFAULT_SEED;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--scale') scale = scaleFromEnv(argv[++i]);
    else if (arg === '--seed') seed = argv[++i] ?? seed;
    else throw new Error(`unknown argument ${arg ?? ''} (use --scale N, --seed S)`);
  }
  process.stderr.write(`Generating the synthetic library (scale ${scale}, seed ${seed})…\n`);
  const meta = generate({ scale, seed });
  process.stderr.write(
    `Wrote ${meta.dataFile} (${(meta.bytes / 1_048_576).toFixed(1)} MB) in ${meta.seconds.toFixed(1)} s\n`,
  );
}

if (
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(resolve(process.argv[1])).href
) {
  main(process.argv.slice(2));
}
