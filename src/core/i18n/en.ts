import { CASE_STATUS_LABELS } from '../../shared/domain';
import type { Wording } from './wording';

/** English: what documents in English, and in languages without a table, print. */
export const en: Wording<'oneOther'> = {
  plural: 'oneOther',
  script: 'Latn',
  dates: {
    monthsWithDay: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    day: '{day} {month} {year}',
    month: '{month} {year}',
    year: '{year}',
    dayNumbers: {},
  },
  days: { one: '{n} day', other: '{n} days' },
  aboutDays: 'about {days}',
  // The window's labels (src/shared/domain.ts): the same words on screen and in print.
  statuses: CASE_STATUS_LABELS,
  sentences: {
    years: { one: '{n} year', other: '{n} years' },
    months: { one: '{n} month', other: '{n} months' },
    yearsAndMonths: '{years} {months}',
    custodial: "{term}' imprisonment",
    suspended: '{term}, suspended',
    suspendedWithProbation: '{term}, suspended, with {probation} of probation',
    restrictedFreedom: '{term} of restricted freedom',
    fine: 'a fine',
    none: 'no penalty',
  },
  nameWithheld: { text: '{role}, name withheld', roles: 'as typed' },
  print: {
    submittedBy: 'Submitted by {names}',
    listSeparator: ', ',
    listLastSeparator: ' and ',
    page: 'Page {page} of {pages}',
    notes: 'Notes',
    backToText: 'Back to the text',
    readingTime: '{minutes} min read',
  },
};
