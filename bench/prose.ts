/**
 * English advocacy prose for the synthetic library: sentence templates filled from a vocabulary
 * of a few hundred words, with person names, laws, courts and dates.
 */
import { formatDate } from '../src/core/dates';
import type { Rng } from './rng';
import { CITIES, DISTRICT_COURTS, RARE_WORDS, TRIAL_COURTS } from './names';

/** What the prose needs to know of a person it mentions. */
export interface ProsePerson {
  az: string;
  en: string;
  surnameAz: string;
  surnameEn: string;
  female: boolean;
}

export const ADJECTIVES = [
  'arbitrary',
  'unlawful',
  'politically motivated',
  'baseless',
  'fabricated',
  'independent',
  'critical',
  'systematic',
  'widespread',
  'prolonged',
  'excessive',
  'disproportionate',
  'vague',
  'restrictive',
  'repressive',
  'peaceful',
  'legitimate',
  'credible',
  'serious',
  'urgent',
  'continued',
  'alleged',
  'documented',
  'severe',
  'harsh',
  'lengthy',
  'renewed',
  'ongoing',
  'recent',
  'broader',
  'constitutional',
  'administrative',
  'criminal',
  'economic',
  'fundamental',
  'procedural',
  'effective',
  'meaningful',
  'genuine',
  'selective',
  'punitive',
  'coordinated',
  'hostile',
  'deteriorating',
  'poor',
  'inadequate',
  'unfair',
  'unjustified',
  'discriminatory',
  'targeted',
  'official',
  'domestic',
  'international',
  'judicial',
  'civic',
];

export const NOUNS = [
  'detention',
  'arrest',
  'prosecution',
  'investigation',
  'trial',
  'hearing',
  'appeal',
  'verdict',
  'sentence',
  'custody',
  'imprisonment',
  'release',
  'pardon',
  'indictment',
  'evidence',
  'testimony',
  'harassment',
  'intimidation',
  'surveillance',
  'pressure',
  'crackdown',
  'campaign',
  'pattern',
  'practice',
  'climate',
  'environment',
  'space',
  'freedom',
  'expression',
  'assembly',
  'association',
  'information',
  'privacy',
  'justice',
  'accountability',
  'impunity',
  'transparency',
  'independence',
  'oversight',
  'reform',
  'implementation',
  'compliance',
  'obligation',
  'commitment',
  'standard',
  'judgment',
  'violation',
  'restriction',
  'legislation',
  'registration',
  'funding',
  'censorship',
  'blocking',
  'access',
  'treatment',
  'torture',
  'health',
  'dignity',
  'safety',
  'security',
  'profession',
  'reporting',
  'journalism',
  'activism',
  'advocacy',
  'dialogue',
  'cooperation',
  'review',
  'monitoring',
  'situation',
  'government',
  'state',
  'society',
  'media',
  'judiciary',
  'police',
];

export const PLURALS = [
  'journalists',
  'bloggers',
  'defenders',
  'lawyers',
  'activists',
  'editors',
  'reporters',
  'researchers',
  'critics',
  'opponents',
  'prisoners',
  'detainees',
  'relatives',
  'colleagues',
  'witnesses',
  'judges',
  'prosecutors',
  'officials',
  'donors',
  'partners',
  'organisations',
  'outlets',
  'websites',
  'newspapers',
  'platforms',
  'communities',
  'students',
  'workers',
  'believers',
  'voters',
  'citizens',
  'observers',
  'diplomats',
  'states',
  'courts',
  'institutions',
  'mechanisms',
  'procedures',
  'reports',
  'statements',
  'submissions',
  'complaints',
  'applications',
  'judgments',
  'recommendations',
  'restrictions',
  'violations',
  'charges',
  'allegations',
];

export const VERBS = [
  'arrested',
  'detained',
  'charged',
  'convicted',
  'sentenced',
  'released',
  'pardoned',
  'acquitted',
  'interrogated',
  'searched',
  'confiscated',
  'blocked',
  'banned',
  'prevented',
  'denied',
  'restricted',
  'harassed',
  'threatened',
  'summoned',
  'questioned',
  'targeted',
  'accused',
  'extended',
  'ordered',
  'upheld',
  'rejected',
  'dismissed',
  'quashed',
  'reduced',
  'suspended',
  'condemned',
  'documented',
  'reported',
  'noted',
  'found',
  'recognised',
  'concluded',
  'examined',
  'reviewed',
  'monitored',
  'raised',
  'expressed',
  'submitted',
  'adopted',
  'criticised',
  'undermined',
  'weakened',
  'silenced',
  'closed',
  'frozen',
  'stigmatised',
  'ignored',
];

export const ADVERBS = [
  'repeatedly',
  'reportedly',
  'arbitrarily',
  'unlawfully',
  'systematically',
  'immediately',
  'unconditionally',
  'effectively',
  'promptly',
  'fully',
  'publicly',
  'consistently',
  'deliberately',
  'allegedly',
  'subsequently',
  'previously',
  'recently',
  'further',
  'formally',
  'increasingly',
  'routinely',
  'openly',
  'quietly',
  'severely',
];

export const INFINITIVES = [
  'release',
  'repeal',
  'amend',
  'review',
  'end',
  'stop',
  'investigate',
  'ensure',
  'guarantee',
  'protect',
  'respect',
  'implement',
  'lift',
  'restore',
  'drop',
  'quash',
  'reopen',
  'compensate',
  'unblock',
  'register',
  'decriminalise',
  'reform',
  'strengthen',
  'support',
  'monitor',
];

/** Criminal Code of Azerbaijan: [article, label]. */
export const CHARGES: readonly (readonly [string, string])[] = [
  ['178', 'fraud'],
  ['179', 'embezzlement'],
  ['192', 'illegal entrepreneurship'],
  ['193-1', 'money laundering'],
  ['206', 'smuggling'],
  ['213', 'tax evasion'],
  ['228', 'illegal possession of weapons'],
  ['234', 'illegal possession of drugs'],
  ['274', 'high treason'],
  ['308', 'abuse of office'],
  ['313', 'forgery by an official'],
  ['220', 'mass disorder'],
  ['233', 'organising actions that violate public order'],
  ['283', 'incitement to hatred'],
  ['221', 'hooliganism'],
  ['147', 'defamation'],
  ['148', 'insult'],
  ['125', 'incitement to suicide'],
  ['318', 'illegal border crossing'],
  ['315', 'resisting a public official'],
  ['281', 'public calls against the state'],
  ['320', 'use of forged documents'],
];

export const LAWS = [
  'the Law on Non-Governmental Organisations',
  'the Law on Grants',
  'the Law on Media',
  'the Law on Freedom of Assembly',
  'the Law on Information, Informatisation and Protection of Information',
  'the Code of Administrative Offences',
  'the Law on Political Parties',
  'the Law on Freedom of Religious Belief',
  'the Law on Access to Information',
  'the Law on the Bar and Advocacy',
];

export const BODIES = [
  'UN Human Rights Committee',
  'UN Working Group on Arbitrary Detention',
  'UN Special Rapporteur on the situation of human rights defenders',
  'UN Special Rapporteur on freedom of opinion and expression',
  'UN Committee against Torture',
  'Committee of Ministers of the Council of Europe',
  'Venice Commission',
  'Parliamentary Assembly of the Council of Europe',
  'OSCE Representative on Freedom of the Media',
  'European Parliament',
];

export const ORGANISATIONS = [
  'ARTICLE 19',
  'PEN International',
  'International Media Support',
  'International Partnership for Human Rights',
  'the Committee to Protect Journalists',
  'Reporters Without Borders',
  'the Human Rights House Foundation',
  'Freedom Now',
  'Index on Censorship',
  'Civil Rights Defenders',
  'the Norwegian Helsinki Committee',
  'Front Line Defenders',
  "the Institute for Reporters' Freedom and Safety",
  'the Human Rights Club',
  'the Legal Education Society',
];

export const OUTLETS = [
  'Meydan TV',
  'Abzas Media',
  'Toplum TV',
  'Kanal 13',
  'the Azadlıq newspaper',
  "RFE/RL's Azerbaijani service",
  'the Turan news agency',
  'Kanal 11',
  'Xural',
  'Objective TV',
];

export const TOPICS = [
  'corruption in public procurement',
  'the business interests of officials',
  'the oil and gas sector',
  'election fraud',
  'the treatment of prisoners',
  'property demolitions in Baku',
  'social protests in the regions',
  'the rights of workers',
  'freedom of religion',
  'abuses in the army',
  'environmental damage',
  'offshore wealth',
];

const ROLES = [
  'journalist',
  'investigative reporter',
  'blogger',
  'human rights defender',
  'lawyer',
  'opposition activist',
  'youth activist',
  'editor',
  'researcher',
  'trade unionist',
];

const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** `5 December 2014` */
export function proseDate(iso: string): string {
  return formatDate(iso);
}

/** A day between 2008 and 2026 as `YYYY-MM-DD`. */
export function randomDay(rng: Rng, fromYear = 2008, toYear = 2025): string {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear, 11, 31);
  return new Date(start + Math.floor(rng.next() * (end - start))).toISOString().slice(0, 10);
}

/** Sentences about one person's case. */
const CASE_SENTENCES = [
  '{P} was arrested on {D} in {CITY} and charged under Article {ART} of the Criminal Code ({CH}).',
  'On {D} the {COURT} ordered {his} pretrial detention for {NW} months.',
  '{His} pretrial detention was extended on {D} by a further {NW} months, despite concerns about {his} health.',
  "On {D} the {TCOURT} sentenced {P} to {NW} years' imprisonment on charges of {CH}.",
  'The Baku Court of Appeal upheld the verdict on {D}, and the Supreme Court rejected {his} cassation appeal.',
  '{P} was released on {D} under a presidential pardon, after {NN} days in detention.',
  '{S} has now been held for {NN} days, {r} in {a} conditions.',
  '{P} is a {ROLE} who worked for {OUT} and reported on {TOPIC}.',
  '{His} lawyers say the charges are {a} and that the {n} was {v} to punish {his} work.',
  'In {S} v. Azerbaijan (no. {APP}) the European Court of Human Rights found violations of Articles 5, 10 and 18 of the Convention.',
  '{ORG} and its partners consider {S} a prisoner of conscience and call for {his} {r} release.',
  'During the search of {his} home, police {v} {his} laptop, phone and notebooks.',
  '{S} reported that {he} was denied access to a lawyer of {his} choice for {NW} days after the arrest.',
  'A travel ban has kept {P} from leaving Azerbaijan since {Y}.',
  'The prosecution relied on the {a} testimony of {NW} witnesses, some of whom later withdrew their statements.',
  'Before the arrest, {S} had been {v} by the police several times and {his} {plural} were {v}.',
  'The {COURT} refused to replace detention with house arrest on {D}, citing the risk that {S} might abscond.',
  '{P} went on hunger strike on {D} to protest against the {a} {n} of {his} case.',
];

/** Sentences about the context: laws, patterns, the forums. */
const CONTEXT_SENTENCES = [
  'The authorities have {r} used charges such as {CH} against journalists, bloggers and human rights defenders.',
  'Amendments to {LAW} adopted in {Y} {v} the registration and funding of independent organisations.',
  'The {BODY} {v} in {Y} that the {a} {n} of {plural} in Azerbaijan raises serious concerns.',
  'Since {Y}, at least {NN} {plural} have been {v} on {a} charges.',
  'The {a} {n} of {n} continues to restrict the work of {plural} and {plural}.',
  'Independent outlets such as {OUT} have been blocked inside Azerbaijan since {Y}.',
  'The Committee of Ministers has examined the execution of the Mammadli group of judgments at {NW} meetings.',
  'Azerbaijan supported {NN} recommendations on freedom of expression during its last Universal Periodic Review, but has {r} failed to implement them.',
  '{ORG} has documented {NN} cases of {a} {n} since {Y}.',
  'These measures are incompatible with Article {CONV} of the European Convention on Human Rights and Article 19 of the International Covenant on Civil and Political Rights.',
  'The {a} {n} has a chilling effect on {n} and on the {a} {n} of civil society.',
  'Courts {r} {v} requests for bail and house arrest, even for {plural} with serious health problems.',
  '{LAW} gives the authorities {a} powers to {inf} {plural} without judicial oversight.',
  'The {a} {n} {v} the {n} of {a} {plural}.',
  '{Plural} {r} {v} the {a} {n}, according to {plural} and {plural}.',
  'In {Y}, the {n} was {v} {r} after the {a} {n} of {plural}.',
  'Reports by {ORG} describe a {a} {n} in which {plural} are {v} and {plural} are {v}.',
  'The {a} {n} in {CITY} shows how {n} and {n} are used to silence {plural}.',
];

const RECOMMENDATION_SENTENCES = [
  'We call on the Government of Azerbaijan to {inf} all {plural} detained for their {n} and to drop the charges against them.',
  '{ORG} urges the authorities to {inf} {LAW} in line with the recommendations of the Venice Commission.',
  'The Government should {r} {inf} the {a} {n} of {plural} and ensure that {plural} can work without {n}.',
  'The Committee of Ministers should {inf} its supervision of the judgments concerning {n} and {n}.',
  'Azerbaijan should {inf} the {a} {n} and {inf} its {plural} with international standards.',
  'Member states should {r} {inf} {plural} at risk and raise their cases at every {a} {n}.',
];

const PERSON_RECOMMENDATIONS = [
  'States should raise the case of {P} in their bilateral dialogue with Azerbaijan.',
  'The authorities should release {P} {r} and {inf} the {a} {n} of {his} case.',
];

const BOILERPLATE_SENTENCES = [
  '{ORG} is an independent organisation that defends freedom of expression and the right to information.',
  'This submission was prepared by {ORG} together with {ORG} for the {BODY}.',
  'It is based on interviews with {plural}, court documents and reports published between {Y} and {Y2}.',
  'The organisations that sign it work with {plural}, {plural} and {plural} in Azerbaijan and in exile.',
  'Names are given with the consent of the persons concerned or their families.',
];

const RARE_SENTENCES = [
  'Similar reports have come from {RARE}.',
  'Lawyers also raised the question of {RARE}.',
  'Observers noted references to {RARE} in the case file.',
];

export type ProseKind =
  'case_summary' | 'background' | 'legal_analysis' | 'recommendation' | 'boilerplate';

export interface Prose {
  text: string;
  words: number;
  rare: string | null;
}

function fill(rng: Rng, template: string, person: ProsePerson | undefined): string {
  return template.replace(/\{(\w+)\}/g, (_m, slot: string): string => {
    switch (slot) {
      case 'P':
        return person === undefined ? 'the defendant' : rng.chance(0.55) ? person.en : person.az;
      case 'S':
        return person === undefined
          ? 'The defendant'
          : rng.chance(0.55)
            ? person.surnameEn
            : person.surnameAz;
      case 'his':
        return person?.female ? 'her' : 'his';
      case 'His':
        return person?.female ? 'Her' : 'His';
      case 'he':
        return person?.female ? 'she' : 'he';
      case 'D':
        return proseDate(randomDay(rng));
      case 'Y':
        return String(rng.int(2008, 2020));
      case 'Y2':
        return String(rng.int(2021, 2026));
      case 'NW':
        return rng.pick(NUMBER_WORDS);
      case 'NN':
        return String(rng.int(12, 900));
      case 'ART': {
        return rng.pick(CHARGES)[0];
      }
      case 'CH':
        return rng.pick(CHARGES)[1];
      case 'CONV':
        return rng.pick(['5', '6', '8', '10', '11', '18']);
      case 'LAW':
        return rng.pick(LAWS);
      case 'COURT':
        return rng.pick(DISTRICT_COURTS);
      case 'TCOURT':
        return rng.pick(TRIAL_COURTS);
      case 'CITY':
        return rng.pick(CITIES);
      case 'APP':
        return `${rng.int(1000, 79999)}/${rng.int(10, 24)}`;
      case 'OUT':
        return rng.pick(OUTLETS);
      case 'ORG':
        return rng.pick(ORGANISATIONS);
      case 'BODY':
        return rng.pick(BODIES);
      case 'TOPIC':
        return rng.pick(TOPICS);
      case 'ROLE':
        return rng.pick(ROLES);
      case 'a':
        return rng.pick(ADJECTIVES);
      case 'n':
        return rng.pick(NOUNS);
      case 'plural':
        return rng.pick(PLURALS);
      case 'Plural': {
        const p = rng.pick(PLURALS);
        return p.charAt(0).toUpperCase() + p.slice(1);
      }
      case 'v':
        return rng.pick(VERBS);
      case 'r':
        return rng.pick(ADVERBS);
      case 'inf':
        return rng.pick(INFINITIVES);
      case 'RARE':
        return rng.pick(RARE_WORDS);
      default:
        throw new Error(`unknown slot {${slot}}`);
    }
  });
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const countWords = (s: string): number => s.split(' ').length;

/**
 * A snippet's text of about `targetWords` words in paragraphs separated by blank lines. About one
 * text in ten mentions a rare word (returned, so the generator can count where they occur).
 */
export function snippetProse(
  rng: Rng,
  kind: ProseKind,
  persons: readonly ProsePerson[],
  targetWords: number,
  maxWords = Infinity,
): Prose {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let words = 0;
  let rare: string | null = null;
  const rareAt = rng.chance(0.1) ? rng.int(1, 6) : -1;
  let sentences = 0;
  let full = false;
  const add = (s: string): void => {
    const sentence = capitalise(s);
    if (words > 0 && words + countWords(sentence) > maxWords) {
      full = true;
      return;
    }
    current.push(sentence);
    words += countWords(sentence);
    sentences += 1;
    if (current.length >= 2 && (current.length >= 5 || rng.chance(0.3))) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  };

  if (kind === 'boilerplate') add(fill(rng, BOILERPLATE_SENTENCES[0] ?? '', undefined));
  while (words < targetWords && !full) {
    const person = persons.length === 0 ? undefined : rng.pick(persons);
    let template: string;
    if (sentences === rareAt) {
      const t = rng.pick(RARE_SENTENCES);
      const word = rng.pick(RARE_WORDS);
      add(t.replace('{RARE}', word));
      if (!full) rare = word;
      continue;
    }
    const roll = rng.next();
    switch (kind) {
      case 'case_summary':
        template =
          person !== undefined && roll < 0.7
            ? rng.pick(CASE_SENTENCES)
            : rng.pick(CONTEXT_SENTENCES);
        break;
      case 'recommendation':
        template =
          person !== undefined && roll < 0.25
            ? rng.pick(PERSON_RECOMMENDATIONS)
            : roll < 0.7
              ? rng.pick(RECOMMENDATION_SENTENCES)
              : rng.pick(CONTEXT_SENTENCES);
        break;
      case 'boilerplate':
        template = roll < 0.6 ? rng.pick(BOILERPLATE_SENTENCES) : rng.pick(CONTEXT_SENTENCES);
        break;
      default:
        template =
          person !== undefined && roll < 0.25
            ? rng.pick(CASE_SENTENCES)
            : roll < 0.9
              ? rng.pick(CONTEXT_SENTENCES)
              : rng.pick(RECOMMENDATION_SENTENCES);
    }
    add(fill(rng, template, person));
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return { text: paragraphs.join('\n\n'), words, rare };
}

/** A short text (a case summary, an event's description) from the case sentences. */
export function caseProse(rng: Rng, persons: readonly ProsePerson[], sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) {
    out.push(capitalise(fill(rng, rng.pick(CASE_SENTENCES), rng.pick(persons))));
  }
  return out.join(' ');
}

/** Every single word of the prose vocabulary (for picking query words). */
export function vocabularyWords(): string[] {
  const all = [...ADJECTIVES, ...NOUNS, ...PLURALS, ...VERBS, ...ADVERBS, ...INFINITIVES];
  return [...new Set(all.filter((w) => !w.includes(' ')))];
}
