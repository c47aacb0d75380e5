import {
  exchangeFile,
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  type ExchangeFile,
} from '../../shared/exchange';
import type { ImportReport } from '../../shared/api';
import { DossierError } from '../../shared/errors';
import { canonical } from '../../core/canonicalJson';
import { derivedId } from '../ids';
import { assertFileKind } from '../files';
import { pathText } from '../../shared/errors';
import {
  saveCase,
  saveEvent,
  saveOrganisation,
  savePerson,
  saveSnippet,
  saveSource,
  type Outcome,
  type WriteContext,
} from '../writes';

type Section = keyof ImportReport;
const SECTIONS: readonly Section[] = [
  'persons',
  'organisations',
  'sources',
  'cases',
  'events',
  'snippets',
];

function emptyReport(): ImportReport {
  const tally = () => ({ created: 0, updated: 0, unchanged: 0 });
  return {
    persons: tally(),
    organisations: tally(),
    cases: tally(),
    events: tally(),
    sources: tally(),
    snippets: tally(),
  };
}

/**
 * A place in the file, with the name or title of the entry it is in, to help find it in a long
 * file: `persons[37] ("Leyla Yunus").country`.
 */
function placeText(raw: unknown, path: readonly PropertyKey[]): string {
  const [section, index, ...rest] = path;
  if (typeof section !== 'string' || typeof index !== 'number') return pathText(path);
  const entry = (raw as Record<string, unknown[] | undefined>)[section]?.[index] as
    Record<string, unknown> | undefined;
  const label = entry?.name ?? entry?.title;
  const named = typeof label === 'string' ? ` ("${label.slice(0, 60)}")` : '';
  const tail = pathText(rest);
  return `${section}[${index}]${named}${tail === '' || tail.startsWith('[') ? tail : `.${tail}`}`;
}

/**
 * Checks an exchange file (docs/library-format.md) without writing anything. Returns the parsed
 * content, each entry with its id (derived from the entry when the file has none).
 */
export function parseExchange(raw: unknown, origin: string): ExchangeFile {
  assertFileKind(raw, origin, {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    name: 'library exchange file',
  });
  const parsed = exchangeFile.safeParse(raw);
  if (!parsed.success) {
    const [first, ...rest] = parsed.error.issues;
    const place = pathText(first?.path ?? []);
    const where = placeText(raw, first?.path ?? []);
    const more =
      rest.length === 0 ? '' : ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})`;
    throw new DossierError(
      'invalid_input',
      `${origin}: ${where}: ${first?.message ?? 'invalid'}${more}. Nothing was imported.`,
      place,
      undefined,
      rest.length === 0
        ? undefined
        : parsed.error.issues.map((i) => ({ place: placeText(raw, i.path), message: i.message })),
    );
  }
  const data = parsed.data;
  for (const section of SECTIONS) {
    const seen = new Map<string, number>();
    const entries = data[section] as { id?: string | undefined }[];
    entries.forEach((entry, i) => {
      if (entry.id === undefined) {
        // From the entry as written (not with defaults filled in), leaving out what does not make
        // it another entry: its stamps and, for a case, the status it had when exported.
        const written = (raw as Record<string, Record<string, unknown>[]>)[section]?.[i] ?? {};
        const { createdAt: _c, updatedAt: _u, status: _s, id: _i, ...content } = written;
        entry.id = derivedId(section, canonical(content));
      }
      const earlier = seen.get(entry.id);
      if (earlier !== undefined) {
        throw new DossierError(
          'invalid_input',
          `${origin}: ${placeText(raw, [section, i])}: the same id as ${section}[${earlier}] (${entry.id}). Nothing was imported.`,
          `${section}[${i}].id`,
        );
      }
      seen.set(entry.id, i);
    });
  }
  return data;
}

/**
 * Writes a parsed exchange file into the library, in the caller's transaction: entries with an
 * id the library has replace it, others are added. Any error leaves the transaction to roll
 * back, so an import is all or nothing. The caller applies `ctx.changes` once at the end.
 */
export function writeExchange(ctx: WriteContext, data: ExchangeFile, origin: string): ImportReport {
  const report = emptyReport();
  const count = (section: Section, outcome: Outcome): void => {
    report[section][outcome] += 1;
  };
  const at = <T>(section: Section, i: number, fn: (place: string) => T): T => {
    const place = `${section}[${i}]`;
    try {
      return fn(place);
    } catch (err) {
      if (err instanceof DossierError && err.code === 'invalid_input') {
        throw new DossierError(
          'invalid_input',
          `${origin}: ${err.message} Nothing was imported.`,
          err.place,
        );
      }
      throw err;
    }
  };

  data.persons.forEach(({ createdAt, updatedAt, ...p }, i) =>
    at('persons', i, () => count('persons', savePerson(ctx, p, { createdAt, updatedAt }).outcome)),
  );
  data.organisations.forEach(({ createdAt, updatedAt, ...o }, i) =>
    at('organisations', i, () =>
      count('organisations', saveOrganisation(ctx, o, { createdAt, updatedAt }).outcome),
    ),
  );
  data.sources.forEach(({ createdAt, updatedAt, ...s }, i) =>
    at('sources', i, () => count('sources', saveSource(ctx, s, { createdAt, updatedAt }).outcome)),
  );
  data.cases.forEach(({ createdAt, updatedAt, status: _derived, ...c }, i) =>
    at('cases', i, (place) =>
      count('cases', saveCase(ctx, c, { createdAt, updatedAt }, place).outcome),
    ),
  );
  data.events.forEach(({ createdAt, updatedAt, ...e }, i) =>
    at('events', i, (place) =>
      count(
        'events',
        saveEvent(ctx, e, { createdAt, updatedAt: updatedAt ?? ctx.now }, place).outcome,
      ),
    ),
  );
  data.snippets.forEach(({ createdAt, updatedAt, ...s }, i) =>
    at('snippets', i, (place) =>
      count('snippets', saveSnippet(ctx, s, { createdAt, updatedAt }, place).outcome),
    ),
  );
  return report;
}
