import { z } from 'zod';
import { timestamp } from './dates';
import {
  alias,
  caseInput,
  CASE_STATUSES,
  eventInput,
  organisationInput,
  personInput,
  richContent,
  snippetInput,
  sourceInput,
} from './domain';

/**
 * The library exchange file (docs/library-format.md): a whole library or a part of one, as JSON.
 * Entries need only their required fields; ids are derived from content when absent, so importing
 * the same file twice changes nothing.
 */
export const EXCHANGE_FORMAT = 'dossier-library';
export const EXCHANGE_VERSION = 1;

const stamps = { createdAt: timestamp.optional(), updatedAt: timestamp.optional() };

// Entries are strict: a field the format does not know (a misspelt `birthyear`) is an error, not
// data silently left behind.

export const exchangePerson = personInput
  .extend({
    aliases: z
      .array(z.union([z.string().transform((name) => ({ name })), alias]).pipe(alias))
      .default([]),
    ...stamps,
  })
  .strict();

export const exchangeOrganisation = organisationInput.extend(stamps).strict();

export const exchangeCase = caseInput
  .extend({
    /** Written on export for people reading the file; derived from events, ignored on import. */
    status: z.enum(CASE_STATUSES).optional(),
    ...stamps,
  })
  .strict();

export const exchangeEvent = eventInput.extend(stamps).strict();
export const exchangeSource = sourceInput.extend(stamps).strict();

export const exchangeSnippet = snippetInput
  .extend({
    content: richContent.optional(),
    /** Plain text instead of `content`: paragraphs separated by blank lines. */
    text: z.string().optional(),
    ...stamps,
  })
  .strict()
  .refine((s) => s.content !== undefined || s.text !== undefined, {
    message: 'A snippet needs "content" (rich text) or "text" (plain text)',
    path: ['content'],
  });

export const exchangeFile = z
  .object({
    format: z.literal(EXCHANGE_FORMAT),
    version: z.literal(EXCHANGE_VERSION),
    exportedAt: timestamp.optional(),
    persons: z.array(exchangePerson).default([]),
    organisations: z.array(exchangeOrganisation).default([]),
    cases: z.array(exchangeCase).default([]),
    events: z.array(exchangeEvent).default([]),
    sources: z.array(exchangeSource).default([]),
    snippets: z.array(exchangeSnippet).default([]),
  })
  .strict();
export type ExchangeFile = z.infer<typeof exchangeFile>;
export type ExchangeFileInput = z.input<typeof exchangeFile>;
export type ExchangePerson = z.infer<typeof exchangePerson>;
export type ExchangeOrganisation = z.infer<typeof exchangeOrganisation>;
export type ExchangeCase = z.infer<typeof exchangeCase>;
export type ExchangeEvent = z.infer<typeof exchangeEvent>;
export type ExchangeSource = z.infer<typeof exchangeSource>;
export type ExchangeSnippet = z.infer<typeof exchangeSnippet>;
