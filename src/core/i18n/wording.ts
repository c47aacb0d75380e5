import type { CaseStatus, SUGGESTED_ROLES } from '../../shared/domain';
import type { PluralForms, PluralRule } from './plural';

/** The twelve months, January first. */
export type Months = readonly [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

/**
 * A text that agrees with a person's gender: `female` and `male` for a case of one person whose
 * gender is recorded, `unknown` otherwise (no gender recorded, several persons, or a person to
 * anonymise, whose gender a public document does not give away).
 */
export interface ByGender {
  female: string;
  male: string;
  unknown: string;
}

/** A role the app suggests (shared/domain `SUGGESTED_ROLES`): these have a translation. */
export type SuggestedRole = (typeof SUGGESTED_ROLES)[number];

/**
 * Everything a document prints in words of its own (live fields, dates, the cover's and the
 * renderers' fixed texts), in one language: one table per language, `en.ts`, `fr.ts`… A missing
 * entry is a compile error. Texts are templates: `{name}` stands for a value filled in when
 * printing (a number, a date, a name); every other character is printed as it is.
 *
 * `R` is the plural rule the language counts with (plural.ts); every word with a number gives one
 * form for each of the rule's cases.
 */
export interface Wording<R extends PluralRule> {
  /** How this language chooses a plural form (plural.ts). */
  plural: R;
  /** The script the table is written in (ISO 15924): a document in another (`az-Cyrl`) prints English. */
  script: 'Latn' | 'Cyrl';

  dates: {
    /** Month names after a day: `5 December 2014`, `5 декабря 2014 г.` */
    monthsWithDay: Months;
    /**
     * Month names without a day, for a date known to the month: `December 2014`, `декабрь
     * 2014 г.` Left out when they are the same as with a day (all but Russian).
     */
    monthsAlone?: Months;
    /** A full date. `{day}`, `{month}` (from `monthsWithDay`), `{year}`. */
    day: string;
    /** A date known to the month. `{month}` (from `monthsAlone`), `{year}`. */
    month: string;
    /** A date known to the year. `{year}`. */
    year: string;
    /** Days of the month not written as their figure alone (French `1er`), by day. */
    dayNumbers: Readonly<Partial<Record<number, string>>>;
  };

  /** Days deprived of liberty (`case.daysDeprived`). `{n}`: the number. */
  days: PluralForms<R>;
  /** A number of days resting on an imprecise date. `{days}`: the number with its word. */
  aboutDays: string;

  /**
   * Where a person stands (`case.status`), as it reads after "she is": one text, or one per
   * gender where the words agree with the person (`ByGender`).
   */
  statuses: Readonly<Record<CaseStatus, string | ByGender>>;

  /** Sentences (`case.sentence`). */
  sentences: {
    /** `{n}` years, in every form. */
    years: PluralForms<R>;
    /** `{n}` months, in every form. */
    months: PluralForms<R>;
    /** A term of years and months. `{years}`, `{months}`: the two above. */
    yearsAndMonths: string;
    /** A prison term. `{term}`. */
    custodial: string;
    /** A suspended sentence. `{term}`. */
    suspended: string;
    /** A suspended sentence with probation. `{term}`, `{probation}` (a term too). */
    suspendedWithProbation: string;
    /** Restricted freedom. `{term}`. */
    restrictedFreedom: string;
    /** A fine (no amount is recorded). */
    fine: string;
    /** A conviction with no penalty. */
    none: string;
  };

  /** How a person to anonymise appears in a public document (`person.name`, names in the text). */
  nameWithheld:
    | {
        /** `{role}`: the person's first role as typed, with "a" or "an" (English only). */
        text: string;
        roles: 'as typed';
      }
    | {
        /** `{role}`: the person's first role, as `roles` gives it. */
        text: string;
        /**
         * The suggested roles in this language, as `{role}` reads (with an article if any). A
         * typed role ending in one is printed as it ("investigative journalist": journalist).
         */
        roles: Readonly<Record<SuggestedRole, string>>;
        /** Any other role, or none (roles are typed in English and cannot be translated here). */
        otherRole: string;
      };

  /** The fixed texts of the printed document. */
  print: {
    /** The cover line naming the confirmed signatories. `{names}`: a list (below). */
    submittedBy: string;
    /** Between names of a list but the last two: `A, B and C`. */
    listSeparator: string;
    /** Between the last two names of a list. */
    listLastSeparator: string;
    /** The footer of Word and PDF pages. `{page}`, `{pages}`. */
    page: string;
    /** The heading of endnotes (PDF and HTML). */
    notes: string;
    /** What a screen reader says for an HTML note's link back to its reference. */
    backToText: string;
    /** The reading time in HTML. `{minutes}`. */
    readingTime: string;
  };
}
