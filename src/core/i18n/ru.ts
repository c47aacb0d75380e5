import type { Wording } from './wording';

/**
 * Russian. Statuses are written to agree with anyone where Russian allows ("под домашним
 * арестом"); where it does not, they agree with the person's gender ("освобождена"), or give both
 * endings when it is not to be told ("освобождён(а)").
 * Numbers of days after "примерно" keep the case they have alone (примерно 22 дня).
 */
export const ru: Wording<'russian'> = {
  plural: 'russian',
  script: 'Cyrl',
  dates: {
    monthsWithDay: [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ],
    monthsAlone: [
      'январь',
      'февраль',
      'март',
      'апрель',
      'май',
      'июнь',
      'июль',
      'август',
      'сентябрь',
      'октябрь',
      'ноябрь',
      'декабрь',
    ],
    day: '{day} {month} {year} г.',
    month: '{month} {year} г.',
    year: '{year} г.',
    dayNumbers: {},
  },
  days: { one: '{n} день', few: '{n} дня', many: '{n} дней' },
  aboutDays: 'примерно {days}',
  statuses: {
    unknown: 'в неизвестном положении',
    at_liberty: 'на свободе',
    detained_pretrial: 'в предварительном заключении',
    house_arrest: 'под домашним арестом',
    imprisoned: 'в заключении',
    released: { female: 'освобождена', male: 'освобождён', unknown: 'освобождён(а)' },
    conditionally_released: {
      female: 'освобождена условно-досрочно',
      male: 'освобождён условно-досрочно',
      unknown: 'освобождён(а) условно-досрочно',
    },
    suspended_sentence: {
      female: 'освобождена, наказание назначено условно',
      male: 'освобождён, наказание назначено условно',
      unknown: 'освобождён(а), наказание назначено условно',
    },
    pardoned: { female: 'помилована', male: 'помилован', unknown: 'помилован(а)' },
    acquitted: { female: 'оправдана', male: 'оправдан', unknown: 'оправдан(а)' },
    in_exile: 'в эмиграции',
    travel_ban: 'под запретом на выезд из страны',
    deceased: { female: 'скончалась', male: 'скончался', unknown: 'скончался(-лась)' },
  },
  sentences: {
    years: { one: '{n} год', few: '{n} года', many: '{n} лет' },
    months: { one: '{n} месяц', few: '{n} месяца', many: '{n} месяцев' },
    yearsAndMonths: '{years} и {months}',
    custodial: '{term} лишения свободы',
    suspended: '{term} условно',
    suspendedWithProbation: '{term} условно с испытательным сроком {probation}',
    restrictedFreedom: '{term} ограничения свободы',
    fine: 'штраф',
    none: 'без назначения наказания',
  },
  nameWithheld: {
    text: '{role} (имя не раскрывается)',
    roles: {
      journalist: 'журналист',
      blogger: 'блогер',
      'human rights defender': 'правозащитник',
      lawyer: 'адвокат',
      activist: 'активист',
      'opposition politician': 'оппозиционный политик',
      researcher: 'исследователь',
    },
    otherRole: 'человек',
  },
  print: {
    submittedBy: 'Представлено: {names}',
    listSeparator: ', ',
    listLastSeparator: ' и ',
    page: 'Страница {page} из {pages}',
    notes: 'Примечания',
    backToText: 'Вернуться к тексту',
    readingTime: '{minutes} мин чтения',
  },
};
