import { z } from 'zod';

/** One thing preflight found: how bad, where, what, and how to fix it. */
export const finding = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  /** Stable, for tests and filters: `word-limit`, `missing-section`, `status-changed`… */
  code: z.string(),
  /** A path into the document content (`root.children[3]`), or null for the whole document. */
  place: z.string().nullable(),
  /** Where a person finds it: `under "II. Background", paragraph 4`. */
  where: z.string(),
  message: z.string(),
  fix: z.string(),
});
export type Finding = z.infer<typeof finding>;

export const preflightReport = z.object({
  asOf: z.string(),
  words: z.object({
    /** What the forum's rule counts. */
    counted: z.number().int(),
    body: z.number().int(),
    notes: z.number().int(),
    notesCount: z.boolean(),
    limit: z.number().int().nullable(),
  }),
  pages: z.object({ estimate: z.number().int(), limit: z.number().int().nullable() }),
  findings: z.array(finding),
  errors: z.number().int(),
  warnings: z.number().int(),
});
export type PreflightReport = z.infer<typeof preflightReport>;
