import type { Wording } from './wording';

/**
 * French. Statuses are written to agree with anyone where French allows ("en détention
 * provisoire"); where it does not, they agree with the person's gender ("libérée"), or give both
 * endings when it is not to be told ("libéré(e)").
 */
export const fr: Wording<'french'> = {
  plural: 'french',
  script: 'Latn',
  dates: {
    monthsWithDay: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
    day: '{day} {month} {year}',
    month: '{month} {year}',
    year: '{year}',
    dayNumbers: { 1: '1er' },
  },
  days: { one: '{n} jour', other: '{n} jours' },
  aboutDays: 'environ {days}',
  statuses: {
    unknown: 'dans une situation inconnue',
    at_liberty: 'en liberté',
    detained_pretrial: 'en détention provisoire',
    house_arrest: 'en résidence surveillée',
    imprisoned: 'en prison',
    released: { female: 'libérée', male: 'libéré', unknown: 'libéré(e)' },
    conditionally_released: 'en liberté conditionnelle',
    suspended_sentence: {
      female: 'libérée, peine assortie du sursis',
      male: 'libéré, peine assortie du sursis',
      unknown: 'libéré(e), peine assortie du sursis',
    },
    pardoned: { female: 'graciée', male: 'gracié', unknown: 'gracié(e)' },
    acquitted: { female: 'acquittée', male: 'acquitté', unknown: 'acquitté(e)' },
    in_exile: 'en exil',
    travel_ban: 'sous le coup d’une interdiction de quitter le territoire',
    deceased: { female: 'décédée', male: 'décédé', unknown: 'décédé(e)' },
  },
  sentences: {
    years: { one: '{n} an', other: '{n} ans' },
    months: { one: '{n} mois', other: '{n} mois' },
    yearsAndMonths: '{years} et {months}',
    custodial: '{term} d’emprisonnement',
    suspended: '{term} avec sursis',
    suspendedWithProbation: '{term} avec sursis et {probation} de mise à l’épreuve',
    restrictedFreedom: '{term} de restriction de liberté',
    fine: 'une amende',
    none: 'aucune peine',
  },
  nameWithheld: {
    text: '{role} (nom non divulgué)',
    roles: {
      journalist: 'un journaliste',
      blogger: 'un blogueur',
      'human rights defender': 'un défenseur des droits humains',
      lawyer: 'un avocat',
      activist: 'un militant',
      'opposition politician': 'un responsable politique de l’opposition',
      researcher: 'un chercheur',
    },
    otherRole: 'une personne',
  },
  print: {
    submittedBy: 'Présenté par {names}',
    listSeparator: ', ',
    listLastSeparator: ' et ',
    page: 'Page {page} sur {pages}',
    notes: 'Notes',
    backToText: 'Retour au texte',
    readingTime: '{minutes} min de lecture',
  },
};
