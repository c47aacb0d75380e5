import type { CaseRecord, Person } from '../../shared/domain';
import { formatDate } from '../dates';
import { caseFacts, type CaseFacts, type FactEvent } from '../facts/caseFacts';
import { printLanguage } from '../i18n/printLanguage';
import { printable } from '../text/printable';
import type { SerializedLiveFieldNode } from './serialized';

/**
 * A case's facts as of a day, worked out once per case's events (as a library view holds them)
 * and day: a document's many fields of one case share them.
 */
const factsKept = new WeakMap<readonly FactEvent[], Map<string, CaseFacts>>();
function factsOf(events: readonly FactEvent[], asOf: string): CaseFacts {
  let byDay = factsKept.get(events);
  if (byDay === undefined) factsKept.set(events, (byDay = new Map()));
  let facts = byDay.get(asOf);
  if (facts === undefined) byDay.set(asOf, (facts = caseFacts(events, asOf)));
  return facts;
}

/** What a live field is resolved against. */
export interface FieldContext {
  /** The day the document speaks as of, `YYYY-MM-DD`. */
  asOf: string;
  /** The library's cases and persons (a `LibraryView` will do). */
  library: {
    cases: ReadonlyMap<string, { record: CaseRecord; events: readonly FactEvent[] }>;
    persons: ReadonlyMap<string, Person>;
  };
  /** In a public document, persons not marked public appear as a neutral description. */
  audience: 'public' | 'internal';
  /**
   * The document's language (BCP 47, `DocumentRecord.language`): fields print in it, or in English
   * when it has no wording table (core/i18n). Absent: English.
   */
  language?: string;
}

/** The text a live field prints, or why it cannot print one. */
export type FieldText =
  | {
      resolved: true;
      text: string;
      /** The person a `person.name` field shows (by name or description). */
      person: Person | null;
      /** The figure rests on an imprecise or uncertain date ("about 344 days"). */
      approximate: boolean;
    }
  | {
      resolved: false;
      /** What is printed instead: `[case.status: unresolved]`. */
      text: string;
      message: string;
      /** The id that could not be found or has no such fact ('' when none was given). */
      ref: string;
    };

/**
 * How an anonymised person appears: "a journalist, name withheld", from their first role; in
 * another language (a BCP 47 tag), as its wording table says ("un journaliste (nom non divulgué)").
 */
export function neutralDescription(person: Person, language = 'en'): string {
  return printLanguage(language).nameWithheld(printable(person.roles[0]?.trim() ?? ''));
}

/** A person as a document shows them: by name, or by description where they must not be named. */
export function personText(
  person: Person,
  audience: FieldContext['audience'],
  language = 'en',
): string {
  return audience === 'public' && person.visibility !== 'public'
    ? neutralDescription(person, language)
    : printable(person.name);
}

/**
 * The gender a case's status agrees with (in languages where it must): that of its one person,
 * when recorded and when the document may say it (a person to anonymise in a public document
 * stays unknown); null otherwise.
 */
function caseGender(record: CaseRecord, context: FieldContext): 'female' | 'male' | null {
  if (record.personIds.length !== 1) return null;
  const person = context.library.persons.get(record.personIds[0] ?? '');
  if (person === undefined) return null;
  if (context.audience === 'public' && person.visibility !== 'public') return null;
  return person.gender === 'female' || person.gender === 'male' ? person.gender : null;
}

/**
 * The text a live field prints as of the context's day, in the context's language
 * (docs/document-format.md, "Live fields"): what the exporters print (through `resolveDocument`)
 * and what the editor's chips and word count show. Messages (for preflight) stay English. Pure.
 */
export function fieldText(
  node: Pick<SerializedLiveFieldNode, 'field' | 'caseId' | 'personId'>,
  context: FieldContext,
): FieldText {
  const { field, caseId, personId } = node;
  const { asOf, library } = context;
  const words = printLanguage(context.language ?? 'en');
  const unresolved = (message: string, ref: string): FieldText => ({
    resolved: false,
    text: `[${field}: unresolved]`,
    message,
    ref,
  });
  const resolved = (
    text: string,
    approximate = false,
    person: Person | null = null,
  ): FieldText => ({
    resolved: true,
    text,
    person,
    approximate,
  });
  if (field === 'document.date') return resolved(words.date(asOf));
  if (field === 'person.name') {
    if (personId === null) return unresolved('A person field names no person.', '');
    const person = library.persons.get(personId);
    if (person === undefined)
      return unresolved(`No person with id ${personId} in the library.`, personId);
    return resolved(personText(person, context.audience, words.code), false, person);
  }
  if (caseId === null) return unresolved(`A ${field} field names no case.`, '');
  const c = library.cases.get(caseId);
  if (c === undefined) return unresolved(`No case with id ${caseId} in the library.`, caseId);
  const facts = factsOf(c.events, asOf);
  const title = c.record.title;
  switch (field) {
    case 'case.status':
      return facts.status === 'unknown'
        ? unresolved(
            `The status of "${title}" as of ${formatDate(asOf)} is unknown (no events up to then).`,
            caseId,
          )
        : resolved(words.status(facts.status, caseGender(c.record, context)));
    case 'case.daysDeprived':
      return resolved(words.days(facts.days.total, facts.approximate), facts.approximate);
    case 'case.sentence':
      return facts.sentence === null
        ? unresolved(`"${title}" has no sentence as of ${formatDate(asOf)}.`, caseId)
        : resolved(words.sentence(facts.sentence.sentence));
    case 'case.arrestDate':
      return facts.arrestDate === null
        ? unresolved(`"${title}" has no arrest as of ${formatDate(asOf)}.`, caseId)
        : resolved(words.date(facts.arrestDate));
    case 'case.latestEvent':
      return facts.latestEvent === null
        ? unresolved(`"${title}" has no events as of ${formatDate(asOf)}.`, caseId)
        : resolved(words.date(facts.latestEvent.date));
  }
}
