import type { Wording } from './wording';

/**
 * Spanish (a UN working language; Word and PDF already numbered pages in it). Where a status must
 * agree, it agrees with the person's gender ("indultada"), or gives both endings when it is not to
 * be told ("indultado/a").
 */
export const es: Wording<'oneOther'> = {
  plural: 'oneOther',
  script: 'Latn',
  dates: {
    monthsWithDay: [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ],
    day: '{day} de {month} de {year}',
    month: '{month} de {year}',
    year: '{year}',
    dayNumbers: {},
  },
  days: { one: '{n} día', other: '{n} días' },
  aboutDays: 'aproximadamente {days}',
  statuses: {
    unknown: 'en situación desconocida',
    at_liberty: 'en libertad',
    detained_pretrial: 'en prisión preventiva',
    house_arrest: 'bajo arresto domiciliario',
    imprisoned: 'en prisión',
    released: {
      female: 'puesta en libertad',
      male: 'puesto en libertad',
      unknown: 'puesto/a en libertad',
    },
    conditionally_released: 'en libertad condicional',
    suspended_sentence: 'en libertad, con la pena suspendida',
    pardoned: { female: 'indultada', male: 'indultado', unknown: 'indultado/a' },
    acquitted: { female: 'absuelta', male: 'absuelto', unknown: 'absuelto/a' },
    in_exile: 'en el exilio',
    travel_ban: 'con prohibición de salir del país',
    deceased: { female: 'fallecida', male: 'fallecido', unknown: 'fallecido/a' },
  },
  sentences: {
    years: { one: '{n} año', other: '{n} años' },
    months: { one: '{n} mes', other: '{n} meses' },
    yearsAndMonths: '{years} y {months}',
    custodial: '{term} de prisión',
    suspended: '{term}, con la pena suspendida',
    suspendedWithProbation: '{term}, con la pena suspendida y un periodo de prueba de {probation}',
    restrictedFreedom: '{term} de restricción de libertad',
    fine: 'una multa',
    none: 'sin pena',
  },
  nameWithheld: {
    text: '{role}, de nombre reservado',
    roles: {
      journalist: 'un periodista',
      blogger: 'un bloguero',
      'human rights defender': 'un defensor de los derechos humanos',
      lawyer: 'un abogado',
      activist: 'un activista',
      'opposition politician': 'un político de la oposición',
      researcher: 'un investigador',
    },
    otherRole: 'una persona',
  },
  print: {
    submittedBy: 'Presentado por {names}',
    listSeparator: ', ',
    listLastSeparator: ' y ',
    page: 'Página {page} de {pages}',
    notes: 'Notas',
    backToText: 'Volver al texto',
    readingTime: '{minutes} min de lectura',
  },
};
