import { z } from 'zod';
import { isoDay, partialDate, timestamp } from './dates';

/** Ids are UUIDs, written in lowercase. */
export const id = z
  .guid({ message: 'Expected an id in UUID form (8-4-4-4-12 hex digits)' })
  .transform((s) => s.toLowerCase());

const text = (max: number) => z.string().trim().max(max);

/** A list whose repeats mean nothing (ids, tags): kept once each, in first-seen order. */
const uniqueList = <T extends z.ZodType>(item: T) =>
  z.array(item).transform((items) => [...new Set(items)]);
const name = (max: number) => z.string().trim().min(1, 'Must not be empty').max(max);

/** ISO 3166-1 alpha-2, upper case (`AZ`). */
export const countryCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, 'Expected a two-letter country code (for example AZ)')
  .transform((s) => s.toUpperCase());

/** A BCP 47 language tag, simple form (`en`, `az`, `ru`, `az-Cyrl`). */
export const languageTag = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Expected a language code (for example en, az, ru)');

export const webUrl = z
  .string()
  .trim()
  .refine((s) => /^https?:\/\/[^\s]+$/i.test(s), {
    message: 'Expected a web address starting with http:// or https://',
  });

// ---------------------------------------------------------------------------------------------
// Vocabularies

export const VISIBILITIES = ['public', 'anonymise', 'internal'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Where a person stands on a date. Derived from a case's events (see core/facts). */
export const CASE_STATUSES = [
  'unknown',
  'at_liberty',
  'detained_pretrial',
  'house_arrest',
  'imprisoned',
  'released',
  'conditionally_released',
  'suspended_sentence',
  'pardoned',
  'acquitted',
  'in_exile',
  'travel_ban',
  'deceased',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  unknown: 'status unknown',
  at_liberty: 'at liberty',
  detained_pretrial: 'in pretrial detention',
  house_arrest: 'under house arrest',
  imprisoned: 'imprisoned',
  released: 'released',
  conditionally_released: 'conditionally released',
  suspended_sentence: 'released, sentence suspended',
  pardoned: 'pardoned',
  acquitted: 'acquitted',
  in_exile: 'in exile',
  travel_ban: 'under a travel ban',
  deceased: 'deceased',
};

export const EVENT_TYPES = [
  'arrest',
  'charge',
  'detention_ordered',
  'detention_extended',
  'house_arrest',
  'trial',
  'verdict',
  'appeal',
  'cassation',
  'release',
  'conditional_release',
  'pardon',
  'acquittal',
  'attack',
  'travel_ban',
  'blocking',
  'exile',
  'judgment',
  'death',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const SENTENCE_KINDS = [
  'custodial',
  'suspended',
  'restricted_freedom',
  'fine',
  'none',
] as const;
export type SentenceKind = (typeof SENTENCE_KINDS)[number];

export const SNIPPET_KINDS = [
  'case_summary',
  'background',
  'legal_analysis',
  'recommendation',
  'boilerplate',
] as const;
export type SnippetKind = (typeof SNIPPET_KINDS)[number];

export const CHARGE_STATUSES = ['active', 'dropped', 'acquitted'] as const;

export const SIGNATORY_STATUSES = ['invited', 'confirmed', 'declined'] as const;
export const DOCUMENT_STATUSES = ['draft', 'review', 'final', 'submitted'] as const;

/** Suggestions for the UI; roles are free text. */
export const SUGGESTED_ROLES = [
  'journalist',
  'blogger',
  'human rights defender',
  'lawyer',
  'activist',
  'opposition politician',
  'researcher',
] as const;

// ---------------------------------------------------------------------------------------------
// Rich content: serialized Lexical editor state. Only its outline is checked here; core/document
// knows the node types.

export interface SerializedNode {
  type: string;
  version?: number;
  children?: SerializedNode[];
  text?: string;
  [key: string]: unknown;
}

export const serializedNode: z.ZodType<SerializedNode> = z.lazy(() =>
  z.looseObject({
    type: z.string().min(1),
    version: z.number().int().optional(),
    children: z.array(serializedNode).optional(),
    text: z.string().optional(),
  }),
);

export const richContent = z.object({
  root: z.looseObject({
    type: z.literal('root'),
    children: z.array(serializedNode),
  }),
});
export type RichContent = z.infer<typeof richContent>;

// ---------------------------------------------------------------------------------------------
// Entities. `…Input` is what a caller sends (id optional on create); the plain name is what the
// backend returns.

export const alias = z.object({
  name: name(300),
  /** ISO 15924 script, lower case: `latn`, `cyrl`, `arab`. */
  script: z
    .string()
    .regex(/^[a-z]{4}$/, 'Expected a four-letter script code (latn, cyrl, arab)')
    .nullish()
    .transform((v) => v ?? undefined)
    .optional(),
  language: languageTag
    .nullish()
    .transform((v) => v ?? undefined)
    .optional(),
});
export type Alias = z.infer<typeof alias>;

export const affiliation = z.object({
  name: name(300),
  position: text(200).optional(),
});

export const personInput = z.object({
  id: id.optional(),
  name: name(300),
  aliases: z.array(alias).default([]),
  roles: uniqueList(name(100)).default([]),
  affiliations: z.array(affiliation).default([]),
  country: countryCode.nullable().default(null),
  visibility: z.enum(VISIBILITIES).default('public'),
  gender: z.enum(['female', 'male', 'other']).nullable().default(null),
  birthYear: z.number().int().min(1850).max(2100).nullable().default(null),
  notes: text(100_000).default(''),
});
export type PersonInput = z.input<typeof personInput>;

const stamps = { createdAt: timestamp, updatedAt: timestamp };

export const person = personInput.extend({ id: z.string(), ...stamps });
export type Person = z.infer<typeof person>;

export const organisationInput = z.object({
  id: id.optional(),
  name: name(300),
  shortName: text(100).nullable().default(null),
  country: countryCode.nullable().default(null),
  website: webUrl.nullable().default(null),
  contact: text(1000).nullable().default(null),
  description: text(10_000).default(''),
  founded: z.number().int().min(1800).max(2100).nullable().default(null),
});
export type OrganisationInput = z.input<typeof organisationInput>;
export const organisation = organisationInput.extend({ id: z.string(), ...stamps });
export type Organisation = z.infer<typeof organisation>;

export const charge = z.object({
  code: text(200).nullable().default(null),
  article: text(100).nullable().default(null),
  label: name(500),
  status: z.enum(CHARGE_STATUSES).default('active'),
});
export type Charge = z.infer<typeof charge>;

export const echrApplication = z.object({
  number: z
    .string()
    .trim()
    .regex(/^\d{1,6}\/\d{2}$/, 'Expected an application number like 15172/13'),
  name: text(300).nullable().default(null),
  judgmentDate: isoDay.nullable().default(null),
  articles: z.array(name(100)).default([]),
  notes: text(5000).default(''),
});
export type EchrApplication = z.infer<typeof echrApplication>;

export const caseInput = z.object({
  id: id.optional(),
  title: name(500),
  country: countryCode.nullable().default(null),
  personIds: uniqueList(id).default([]),
  violations: uniqueList(name(200)).default([]),
  charges: z.array(charge).default([]),
  applications: z.array(echrApplication).default([]),
  summary: text(100_000).default(''),
  lastVerified: isoDay.nullable().default(null),
});
export type CaseInput = z.input<typeof caseInput>;
export const caseRecord = caseInput.extend({
  id: z.string(),
  personIds: z.array(z.string()),
  /** Derived from the events as of today; kept for listing and filtering. */
  status: z.enum(CASE_STATUSES),
  ...stamps,
});
export type CaseRecord = z.infer<typeof caseRecord>;

/**
 * A case as the list screens show it: what their columns and filters use, without the summary,
 * charges and applications (a list of 20,000 full cases is about 18 MB of JSON).
 */
export const caseSummary = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(CASE_STATUSES),
  country: z.string().nullable(),
  /** The case's persons in the case's order, with their names for the list. */
  persons: z.array(z.object({ id: z.string(), name: z.string() })),
  lastVerified: z.string().nullable(),
  updatedAt: z.string(),
});
export type CaseSummary = z.infer<typeof caseSummary>;

/**
 * A person as the persons table shows it: its columns and filters only (no notes, affiliations,
 * alias scripts or languages), with the number of cases the person is in.
 */
export const personSummary = z.object({
  id: z.string(),
  name: z.string(),
  /** The aliases' names, in the person's order. */
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  visibility: z.enum(VISIBILITIES),
  country: z.string().nullable(),
  /** How many cases the person is in. */
  cases: z.number().int(),
  updatedAt: z.string(),
});
export type PersonSummary = z.infer<typeof personSummary>;

export const sentence = z
  .object({
    years: z.number().int().min(0).max(100).default(0),
    months: z.number().int().min(0).max(1200).default(0),
    kind: z.enum(SENTENCE_KINDS).default('custodial'),
    probationMonths: z.number().int().min(0).max(1200).nullable().default(null),
  })
  .transform(({ years, months, ...rest }) => ({
    years: years + Math.floor(months / 12),
    months: months % 12,
    ...rest,
  }));
export type Sentence = z.infer<typeof sentence>;

export const sourceRef = z.object({
  sourceId: id,
  pinpoint: text(200).nullable().default(null),
});
export type SourceRef = z.infer<typeof sourceRef>;

/** The years an event may fall in: anything else is a typo ("1014", "20144"). */
export const EVENT_YEARS = { from: 1800, to: 2100 } as const;

const eventDate = partialDate.refine(
  (d) => {
    const year = Number(d.slice(0, 4));
    return year >= EVENT_YEARS.from && year <= EVENT_YEARS.to;
  },
  { message: `An event's year must be between ${EVENT_YEARS.from} and ${EVENT_YEARS.to}` },
);

export const eventInput = z.object({
  id: id.optional(),
  caseId: id,
  date: eventDate,
  type: z.enum(EVENT_TYPES),
  text: text(20_000).default(''),
  /** Overrides the status this event type implies (for `other`, or an unusual outcome). */
  statusAfter: z.enum(CASE_STATUSES).nullable().default(null),
  sentence: sentence.nullable().default(null),
  /** The date or the fact is not confirmed. */
  uncertain: z.boolean().default(false),
  sources: z.array(sourceRef).default([]),
});
export type EventInput = z.input<typeof eventInput>;
export const event = eventInput.extend({
  id: z.string(),
  caseId: z.string(),
  sources: z.array(z.object({ sourceId: z.string(), pinpoint: z.string().nullable() })),
  ...stamps,
});
export type CaseEvent = z.infer<typeof event>;

export const sourceInput = z.object({
  id: id.optional(),
  title: name(1000),
  publisher: text(300).nullable().default(null),
  url: webUrl.nullable().default(null),
  published: partialDate.nullable().default(null),
  accessed: isoDay.nullable().default(null),
  notes: text(10_000).default(''),
});
export type SourceInput = z.input<typeof sourceInput>;
export const source = sourceInput.extend({ id: z.string(), ...stamps });
export type Source = z.infer<typeof source>;

/** A forum key, as `upr-stakeholder`. */
export const forumKey = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Expected a forum key like upr-stakeholder');

export const snippetInput = z.object({
  id: id.optional(),
  title: name(500),
  kind: z.enum(SNIPPET_KINDS),
  language: languageTag.default('en'),
  content: richContent,
  caseIds: uniqueList(id).default([]),
  tags: uniqueList(name(100)).default([]),
  forums: uniqueList(forumKey).default([]),
  reviewedAt: isoDay.nullable().default(null),
  translationGroup: id.nullable().default(null),
});
export type SnippetInput = z.input<typeof snippetInput>;
export const snippet = snippetInput.extend({
  id: z.string(),
  caseIds: z.array(z.string()),
  translationGroup: z.string().nullable(),
  /** Plain text of the content, for lists and search. */
  text: z.string(),
  revision: z.number().int(),
  ...stamps,
});
export type Snippet = z.infer<typeof snippet>;

export const snippetRevision = z.object({
  snippetId: z.string(),
  revision: z.number().int(),
  title: z.string(),
  content: richContent,
  savedAt: timestamp,
});
export type SnippetRevision = z.infer<typeof snippetRevision>;

// ---------------------------------------------------------------------------------------------
// Forum profiles: every limit is a setting, with where it came from (FORUMS.md).

export const forumSettings = z.object({
  wordLimit: z
    .object({
      single: z.number().int().positive().nullable().default(null),
      joint: z.number().int().positive().nullable().default(null),
      notesCount: z.boolean().default(true),
    })
    .default({ single: null, joint: null, notesCount: true }),
  pageLimit: z.number().int().positive().nullable().default(null),
  numberedParagraphs: z.boolean().default(false),
  notes: z.enum(['footnotes', 'endnotes']).default('footnotes'),
  formats: z.array(z.enum(['docx', 'pdf', 'html'])).default(['docx', 'pdf']),
  languages: z.array(languageTag).default(['en']),
  requiredSections: z.array(name(200)).default([]),
  rules: z.array(text(1000)).default([]),
  source: text(1000).default(''),
  /** Limits widely cited but not confirmed from the primary text. */
  unverified: z.array(text(200)).default([]),
});
export type ForumSettings = z.infer<typeof forumSettings>;

export const forumProfile = z.object({
  id: z.string(),
  key: forumKey,
  name: z.string(),
  body: z.string(),
  documentType: z.string(),
  settings: forumSettings,
  ...stamps,
});
export type ForumProfile = z.infer<typeof forumProfile>;

export const documentSignatory = z.object({
  organisationId: id,
  status: z.enum(SIGNATORY_STATUSES).default('invited'),
});
export type DocumentSignatory = z.output<typeof documentSignatory>;

/**
 * A document: its metadata and its content (serialized Lexical JSON in the document format,
 * core/document/nodes). The first signatory is the lead organisation.
 */
export const documentInput = z.object({
  id: id.optional(),
  title: name(500),
  /** For running headers; the title when absent. */
  shortTitle: text(120).nullable().default(null),
  subtitle: text(500).nullable().default(null),
  /** Lines of the cover block under the title (session, addressee…). */
  coverLines: z.array(text(500)).default([]),
  forumKey: forumKey.nullable().default(null),
  templateId: id.nullable().default(null),
  language: languageTag.default('en'),
  /** The day the document speaks as of; fields resolve for it. Null: the day of viewing. */
  asOf: isoDay.nullable().default(null),
  status: z.enum(DOCUMENT_STATUSES).default('draft'),
  /** Signed by several organisations (a joint submission or statement). */
  joint: z.boolean().default(false),
  /** Meant for publication (anonymisation applies, internal persons block export). */
  audience: z.enum(['public', 'internal']).default('public'),
  keywords: uniqueList(name(100)).default([]),
  signatories: z.array(documentSignatory).default([]),
  content: richContent,
});
export type DocumentInput = z.input<typeof documentInput>;
export type DocumentData = z.output<typeof documentInput>;

export const documentRecord = documentInput.extend({
  id: z.string(),
  revision: z.number().int(),
  ...stamps,
});
export type DocumentRecord = z.infer<typeof documentRecord>;

export const documentSummary = documentRecord.omit({ content: true, signatories: true });
export type DocumentSummary = z.infer<typeof documentSummary>;

/** A kept revision of a document, as listed (content apart: see `documentRevision`). */
export const documentRevisionSummary = z.object({
  documentId: z.string(),
  revision: z.number().int(),
  title: z.string(),
  /** When the revision was first saved (autosaves within it update its text, not this). */
  savedAt: timestamp,
  /** The size of its content as stored, in bytes of JSON. */
  bytes: z.number().int(),
});
export type DocumentRevisionSummary = z.infer<typeof documentRevisionSummary>;
export const documentRevision = documentRevisionSummary.extend({ content: richContent });
export type DocumentRevision = z.infer<typeof documentRevision>;

export const templateRecord = z.object({
  id: z.string(),
  forumKey: z.string().nullable(),
  name: z.string(),
  description: z.string(),
  /** What a new document from this template starts with. */
  document: documentInput.omit({ id: true, content: true, templateId: true }).partial(),
  content: richContent,
  ...stamps,
});
export type TemplateRecord = z.infer<typeof templateRecord>;

/** What a save receives once its params have been parsed (defaults applied, id optional). */
export type PersonData = z.output<typeof personInput>;
export type OrganisationData = z.output<typeof organisationInput>;
export type CaseData = z.output<typeof caseInput>;
export type EventData = z.output<typeof eventInput>;
export type SourceData = z.output<typeof sourceInput>;
export type SnippetData = z.output<typeof snippetInput>;
export type ForumSettingsInput = z.input<typeof forumSettings>;
