import { z } from 'zod';
import { timestamp } from './dates';
import { documentInput } from './domain';
import { exchangeOrganisation, exchangeSnippet, exchangeSource } from './exchange';

/**
 * A `.dossier.json` file: one document with the snippets, sources and signatory organisations it
 * uses, to carry it to a colleague (docs/document-format.md). Cases and persons that its live
 * fields name travel in a library exchange file; importing reports those the library lacks.
 */
export const DOCUMENT_FILE_FORMAT = 'dossier-document';
export const DOCUMENT_FILE_VERSION = 1;

export const documentFile = z
  .object({
    format: z.literal(DOCUMENT_FILE_FORMAT),
    version: z.literal(DOCUMENT_FILE_VERSION),
    exportedAt: timestamp.optional(),
    document: documentInput
      .extend({ createdAt: timestamp.optional(), updatedAt: timestamp.optional() })
      .strict(),
    snippets: z.array(exchangeSnippet).default([]),
    sources: z.array(exchangeSource).default([]),
    organisations: z.array(exchangeOrganisation).default([]),
  })
  .strict();
export type DocumentFile = z.output<typeof documentFile>;
export type DocumentFileInput = z.input<typeof documentFile>;
