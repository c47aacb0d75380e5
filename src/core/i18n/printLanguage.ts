import type { CaseStatus, Sentence } from '../../shared/domain';
import { az } from './az';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { PLURAL_RULES, type PluralRule } from './plural';
import { ru } from './ru';
import type { Wording } from './wording';

/** The languages documents print in, by BCP 47 language subtag (each table is in its own file). */
const TABLES = { en, fr, ru, az, es } as const;

/** A language a document prints in. */
export type PrintLanguageCode = keyof typeof TABLES;

/** The languages documents print in; any other prints English. */
export const PRINT_LANGUAGES = Object.keys(TABLES) as PrintLanguageCode[];

/** A part of the page footer: text, or where the page number or the number of pages goes. */
export type PagePart = string | { field: 'page' | 'pages' };

/**
 * How a document prints in its language: dates, numbers of days, statuses, sentences, the
 * description of an anonymised person, and the fixed texts of the cover, footer and notes. Made
 * from the language's wording table (en.ts, fr.ts…) by `printLanguage`.
 */
export interface PrintLanguage {
  /** The table used: the document's language, or `en` when there is none for it. */
  code: PrintLanguageCode;
  /** `2014-12-05` → `5 December 2014`; `2014-12` → `December 2014`; `2014` → `2014`. */
  date(date: string): string;
  /** `537 days`, or `about 344 days` when the count rests on an imprecise date. */
  days(n: number, approximate?: boolean): string;
  /**
   * `in pretrial detention`; where the language makes it agree, with `gender` (null: unknown, or
   * not to be told).
   */
  status(status: CaseStatus, gender?: 'female' | 'male' | null): string;
  /** `7 years 6 months`, `8 months`, `1 year`, `0 months`. */
  term(years: number, months: number): string;
  /** `7 years 6 months' imprisonment`, `3 years 6 months, suspended`, `a fine`. */
  sentence(sentence: Sentence): string;
  /** `a journalist, name withheld`, from the person's first role as typed ('' for none). */
  nameWithheld(role: string): string;
  /** `A`, `A and B`, `A, B and C`. */
  list(items: readonly string[]): string;
  /** `Submitted by A, B and C`. */
  submittedBy(names: readonly string[]): string;
  /** `Page 2 of 5`. */
  page(page: number, pages: number): string;
  /** The footer's texts around the page fields, in order, empty texts left out. */
  pageParts(): PagePart[];
  /** `4 min read`. */
  readingTime(minutes: number): string;
  /** The heading of endnotes. */
  notesHeading: string;
  /** A screen reader's name for a note's link back to the text. */
  backToText: string;
}

/** A template with its `{name}` places filled in; a place with no value is left as written. */
function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) =>
    name in values ? String(values[name]) : all,
  );
}

/**
 * The wording table for a BCP 47 tag: by its language subtag (`fr-CH` → French), English when
 * there is none, or when the tag names a script the table is not written in (`az-Cyrl`).
 */
function tableFor(tag: string): { code: PrintLanguageCode; table: AnyWording } {
  const [language = '', ...rest] = tag.trim().toLowerCase().split('-');
  const code = Object.hasOwn(TABLES, language) ? (language as PrintLanguageCode) : 'en';
  const table: AnyWording = TABLES[code];
  const script = rest.find((s) => /^[a-z]{4}$/.test(s));
  if (script !== undefined && script !== table.script.toLowerCase())
    return { code: 'en', table: en };
  return { code, table };
}

type AnyWording = { [R in PluralRule]: Wording<R> }[PluralRule];

const made = new Map<string, PrintLanguage>();

/** How a document in the language `tag` (BCP 47: `en`, `fr-CH`, `az`) prints. Pure. */
export function printLanguage(tag: string): PrintLanguage {
  let language = made.get(tag);
  if (language === undefined) {
    language = makePrintLanguage(tag);
    made.set(tag, language);
  }
  return language;
}

function makePrintLanguage(tag: string): PrintLanguage {
  const { code, table } = tableFor(tag);
  const pick: (n: number) => string = PLURAL_RULES[table.plural];
  const count = (forms: Readonly<Partial<Record<string, string>>>, n: number): string =>
    fill(forms[pick(n)] ?? '', { n });
  const { dates, sentences, print } = table;

  const term = (years: number, months: number): string => {
    const y = years > 0 ? count(sentences.years, years) : null;
    const m = months > 0 ? count(sentences.months, months) : null;
    if (y !== null && m !== null) return fill(sentences.yearsAndMonths, { years: y, months: m });
    return y ?? m ?? count(sentences.months, 0);
  };
  const list = (items: readonly string[]): string =>
    items.length <= 1
      ? (items[0] ?? '')
      : `${items.slice(0, -1).join(print.listSeparator)}${print.listLastSeparator}${items.at(-1)}`;

  return {
    code,
    date(date) {
      const [y, m, d] = date.split('-');
      const index = m === undefined ? undefined : Number(m) - 1;
      const alone =
        index === undefined ? undefined : (dates.monthsAlone ?? dates.monthsWithDay)[index];
      if (alone === undefined) return y === undefined ? date : fill(dates.year, { year: y });
      if (d === undefined) return fill(dates.month, { month: alone, year: y ?? '' });
      const day = Number(d);
      return fill(dates.day, {
        day: dates.dayNumbers[day] ?? String(day),
        month: dates.monthsWithDay[index ?? 0] ?? alone,
        year: y ?? '',
      });
    },
    days(n, approximate = false) {
      const days = count(table.days, n);
      return approximate ? fill(table.aboutDays, { days }) : days;
    },
    status(status, gender = null) {
      const text = table.statuses[status];
      return typeof text === 'string' ? text : text[gender ?? 'unknown'];
    },
    term,
    sentence(s) {
      const t = term(s.years, s.months);
      switch (s.kind) {
        case 'custodial':
          return fill(sentences.custodial, { term: t });
        case 'suspended':
          return s.probationMonths === null
            ? fill(sentences.suspended, { term: t })
            : fill(sentences.suspendedWithProbation, {
                term: t,
                probation: term(Math.floor(s.probationMonths / 12), s.probationMonths % 12),
              });
        case 'restricted_freedom':
          return fill(sentences.restrictedFreedom, { term: t });
        case 'fine':
          return sentences.fine;
        case 'none':
          return sentences.none;
      }
    },
    nameWithheld(typed) {
      const withheld = table.nameWithheld;
      if (withheld.roles === 'as typed') {
        const role = typed || 'person';
        const article = /^[aeiou]/i.test(role) ? 'an' : 'a';
        return fill(withheld.text, { role: `${article} ${role}` });
      }
      // Roles are typed in English, where the noun comes last: "investigative journalist" is
      // translated as a journalist, "human rights lawyer" as a lawyer.
      const typedRole = typed.toLowerCase().replace(/\s+/g, ' ');
      const known = (Object.keys(withheld.roles) as (keyof typeof withheld.roles)[])
        .filter((r) => typedRole === r || typedRole.endsWith(` ${r}`))
        .sort((x, y) => y.length - x.length)[0];
      return fill(withheld.text, {
        role: known === undefined ? withheld.otherRole : withheld.roles[known],
      });
    },
    list,
    submittedBy: (names) => fill(print.submittedBy, { names: list(names) }),
    page: (page, pages) => fill(print.page, { page, pages }),
    pageParts: () =>
      print.page
        .split(/(\{page\}|\{pages\})/)
        .filter((part) => part !== '')
        .map((part): PagePart =>
          part === '{page}' ? { field: 'page' } : part === '{pages}' ? { field: 'pages' } : part,
        ),
    readingTime: (minutes) => fill(print.readingTime, { minutes }),
    notesHeading: print.notes,
    backToText: print.backToText,
  };
}
