import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/core/dates';
import { formatSentence, formatTerm } from '../../src/core/facts/caseFacts';
import { en } from '../../src/core/i18n/en';
import { PRINT_LANGUAGES, printLanguage } from '../../src/core/i18n/printLanguage';
import { CASE_STATUSES, CASE_STATUS_LABELS, type Sentence } from '../../src/shared/domain';

const sentence = (s: Partial<Sentence>): Sentence => ({
  years: 0,
  months: 0,
  kind: 'custodial',
  probationMonths: null,
  ...s,
});

describe('dates in the document’s language', () => {
  it('write the day, the month in words and the year', () => {
    const dates = (tag: string) =>
      ['2014-12-05', '2016-05-25', '2014-12-01', '2014-12', '2014'].map((d) =>
        printLanguage(tag).date(d),
      );
    expect(dates('en')).toEqual([
      '5 December 2014',
      '25 May 2016',
      '1 December 2014',
      'December 2014',
      '2014',
    ]);
    expect(dates('fr')).toEqual([
      '5 décembre 2014',
      '25 mai 2016',
      '1er décembre 2014',
      'décembre 2014',
      '2014',
    ]);
    // Russian: the month after a day in the genitive, alone in the nominative.
    expect(dates('ru')).toEqual([
      '5 декабря 2014 г.',
      '25 мая 2016 г.',
      '1 декабря 2014 г.',
      'декабрь 2014 г.',
      '2014 г.',
    ]);
    expect(dates('az')).toEqual([
      '5 dekabr 2014',
      '25 may 2016',
      '1 dekabr 2014',
      'dekabr 2014',
      '2014',
    ]);
    expect(dates('es')).toEqual([
      '5 de diciembre de 2014',
      '25 de mayo de 2016',
      '1 de diciembre de 2014',
      'diciembre de 2014',
      '2014',
    ]);
  });

  it('name every month', () => {
    const months = (tag: string) =>
      Array.from({ length: 12 }, (_, i) =>
        printLanguage(tag).date(`2015-${String(i + 1).padStart(2, '0')}-10`),
      );
    expect(months('fr')).toEqual(
      'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'
        .split(' ')
        .map((m) => `10 ${m} 2015`),
    );
    expect(months('ru')).toEqual(
      'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'
        .split(' ')
        .map((m) => `10 ${m} 2015 г.`),
    );
    expect(months('az')).toEqual(
      'yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr'
        .split(' ')
        .map((m) => `10 ${m} 2015`),
    );
  });

  it('fall back to English for a language with no table, or a script the table is not in', () => {
    for (const tag of ['de', 'ar', 'tr', 'az-Cyrl', 'ru-Latn', 'xx'])
      expect(printLanguage(tag).date('2014-12-05'), tag).toBe('5 December 2014');
    expect(printLanguage('de').code).toBe('en');
    expect(printLanguage('az-Cyrl').code).toBe('en');
    // A region or the table's own script keeps the language.
    expect(printLanguage('fr-CH').date('2014-12-05')).toBe('5 décembre 2014');
    expect(printLanguage('ru-RU').date('2014-12-05')).toBe('5 декабря 2014 г.');
    expect(printLanguage('az-Latn-AZ').date('2014-12-05')).toBe('5 dekabr 2014');
  });

  it('are English in formatDate unless a language is given', () => {
    expect(formatDate('2014-12-05')).toBe('5 December 2014');
    expect(formatDate('2014-12-05', 'az')).toBe('5 dekabr 2014');
  });
});

describe('days in the document’s language', () => {
  it('count days with the plural each language asks for', () => {
    const days = (tag: string, ns: number[]) => ns.map((n) => printLanguage(tag).days(n));
    expect(days('en', [537, 1, 0, 21])).toEqual(['537 days', '1 day', '0 days', '21 days']);
    expect(days('fr', [537, 1, 0, 2])).toEqual(['537 jours', '1 jour', '0 jour', '2 jours']);
    expect(days('az', [537, 1, 2])).toEqual(['537 gün', '1 gün', '2 gün']);
    expect(days('es', [537, 1])).toEqual(['537 días', '1 día']);
  });

  it('follow the Russian rules: 1 день, 2–4 дня, 5–20 дней, 21 день, 11–14 дней', () => {
    const cases: [number, string][] = [
      [1, '1 день'],
      [2, '2 дня'],
      [3, '3 дня'],
      [4, '4 дня'],
      [5, '5 дней'],
      [11, '11 дней'],
      [12, '12 дней'],
      [14, '14 дней'],
      [21, '21 день'],
      [22, '22 дня'],
      [25, '25 дней'],
      [111, '111 дней'],
      [112, '112 дней'],
      [121, '121 день'],
      [0, '0 дней'],
      [537, '537 дней'],
    ];
    const ru = printLanguage('ru');
    expect(cases.map(([n]) => ru.days(n))).toEqual(cases.map(([, text]) => text));
  });

  it('say "about" when the count rests on an imprecise date', () => {
    expect(printLanguage('en').days(344, true)).toBe('about 344 days');
    expect(printLanguage('fr').days(344, true)).toBe('environ 344 jours');
    // An adverb that leaves the number's case alone: примерно 22 дня, not около 22 дней.
    expect(printLanguage('ru').days(344, true)).toBe('примерно 344 дня');
    expect(printLanguage('ru').days(21, true)).toBe('примерно 21 день');
    expect(printLanguage('az').days(344, true)).toBe('təxminən 344 gün');
  });
});

describe('statuses in the document’s language', () => {
  it('are English as the window shows them', () => {
    for (const s of CASE_STATUSES) expect(en.statuses[s]).toBe(CASE_STATUS_LABELS[s]);
  });

  it('read after "she is" in each language', () => {
    const statuses = (tag: string) =>
      (['detained_pretrial', 'imprisoned', 'house_arrest', 'suspended_sentence'] as const).map(
        (s) => printLanguage(tag).status(s),
      );
    expect(statuses('en')).toEqual([
      'in pretrial detention',
      'imprisoned',
      'under house arrest',
      'released, sentence suspended',
    ]);
    expect(statuses('fr')).toEqual([
      'en détention provisoire',
      'en prison',
      'en résidence surveillée',
      'libéré(e), peine assortie du sursis',
    ]);
    expect(statuses('ru')).toEqual([
      'в предварительном заключении',
      'в заключении',
      'под домашним арестом',
      'освобождён(а), наказание назначено условно',
    ]);
    expect(statuses('az')).toEqual([
      'məhkəməyədək həbsdə',
      'həbsdə',
      'ev dustaqlığında',
      'azad edilib, cəzası şərti hesab edilib',
    ]);
  });

  it('agree with the person’s gender where the language asks it', () => {
    expect(printLanguage('fr').status('released', 'female')).toBe('libérée');
    expect(printLanguage('fr').status('released', 'male')).toBe('libéré');
    expect(printLanguage('fr').status('released', null)).toBe('libéré(e)');
    expect(printLanguage('ru').status('pardoned', 'female')).toBe('помилована');
    expect(printLanguage('ru').status('pardoned', 'male')).toBe('помилован');
    expect(printLanguage('ru').status('pardoned')).toBe('помилован(а)');
    // Where no agreement is needed, the gender changes nothing.
    expect(printLanguage('fr').status('detained_pretrial', 'female')).toBe(
      'en détention provisoire',
    );
    expect(printLanguage('az').status('released', 'female')).toBe('azad edilib');
    expect(printLanguage('en').status('released', 'female')).toBe('released');
  });

  it('exist for every status in every language', () => {
    for (const tag of PRINT_LANGUAGES)
      for (const s of CASE_STATUSES)
        for (const gender of ['female', 'male', null] as const)
          expect(printLanguage(tag).status(s, gender), `${tag} ${s}`).toMatch(/\p{L}/u);
  });
});

describe('sentences in the document’s language', () => {
  it('write terms of years and months', () => {
    const terms = (tag: string) =>
      (
        [
          [7, 6],
          [1, 0],
          [0, 8],
          [0, 1],
          [0, 0],
        ] as const
      ).map(([y, m]) => printLanguage(tag).term(y, m));
    expect(terms('en')).toEqual(['7 years 6 months', '1 year', '8 months', '1 month', '0 months']);
    expect(terms('fr')).toEqual(['7 ans et 6 mois', '1 an', '8 mois', '1 mois', '0 mois']);
    expect(terms('ru')).toEqual([
      '7 лет и 6 месяцев',
      '1 год',
      '8 месяцев',
      '1 месяц',
      '0 месяцев',
    ]);
    expect(terms('az')).toEqual(['7 il 6 ay', '1 il', '8 ay', '1 ay', '0 ay']);
    expect(terms('es')).toEqual(['7 años y 6 meses', '1 año', '8 meses', '1 mes', '0 meses']);
    // Russian years: 1 год, 2–4 года, 5 лет, 21 год.
    const ru = printLanguage('ru');
    expect([1, 2, 4, 5, 11, 21, 22].map((y) => ru.term(y, 0))).toEqual([
      '1 год',
      '2 года',
      '4 года',
      '5 лет',
      '11 лет',
      '21 год',
      '22 года',
    ]);
    expect([2, 3, 5].map((m) => ru.term(0, m))).toEqual(['2 месяца', '3 месяца', '5 месяцев']);
  });

  it('state each kind of sentence', () => {
    const all = (tag: string) =>
      [
        sentence({ years: 7, months: 6 }),
        sentence({ years: 3, months: 6, kind: 'suspended' }),
        sentence({ years: 8, months: 6, kind: 'suspended', probationMonths: 60 }),
        sentence({ years: 2, kind: 'restricted_freedom' }),
        sentence({ kind: 'fine' }),
        sentence({ kind: 'none' }),
      ].map((s) => printLanguage(tag).sentence(s));
    expect(all('en')).toEqual([
      "7 years 6 months' imprisonment",
      '3 years 6 months, suspended',
      '8 years 6 months, suspended, with 5 years of probation',
      '2 years of restricted freedom',
      'a fine',
      'no penalty',
    ]);
    expect(all('fr')).toEqual([
      '7 ans et 6 mois d’emprisonnement',
      '3 ans et 6 mois avec sursis',
      '8 ans et 6 mois avec sursis et 5 ans de mise à l’épreuve',
      '2 ans de restriction de liberté',
      'une amende',
      'aucune peine',
    ]);
    expect(all('ru')).toEqual([
      '7 лет и 6 месяцев лишения свободы',
      '3 года и 6 месяцев условно',
      '8 лет и 6 месяцев условно с испытательным сроком 5 лет',
      '2 года ограничения свободы',
      'штраф',
      'без назначения наказания',
    ]);
    expect(all('az')).toEqual([
      '7 il 6 ay azadlıqdan məhrumetmə',
      '3 il 6 ay şərti cəza',
      '8 il 6 ay şərti cəza, 5 il sınaq müddəti ilə',
      '2 il azadlığın məhdudlaşdırılması',
      'cərimə',
      'cəza təyin edilmədən',
    ]);
  });

  it('are English in formatTerm and formatSentence unless a language is given', () => {
    expect(formatTerm(7, 6)).toBe('7 years 6 months');
    expect(formatSentence(sentence({ years: 7, months: 6 }))).toBe(
      "7 years 6 months' imprisonment",
    );
    expect(formatSentence(sentence({ years: 7, months: 6 }), 'ru')).toBe(
      '7 лет и 6 месяцев лишения свободы',
    );
  });
});

describe('the printed document’s own texts', () => {
  it('name the signatories, number the pages, head the notes', () => {
    const texts = (tag: string) => {
      const l = printLanguage(tag);
      return [
        l.submittedBy(['ARTICLE 19']),
        l.submittedBy(['ARTICLE 19', 'PEN International', 'IPHR']),
        l.page(2, 5),
        l.notesHeading,
        l.readingTime(4),
        l.backToText,
      ];
    };
    expect(texts('en')).toEqual([
      'Submitted by ARTICLE 19',
      'Submitted by ARTICLE 19, PEN International and IPHR',
      'Page 2 of 5',
      'Notes',
      '4 min read',
      'Back to the text',
    ]);
    expect(texts('fr')).toEqual([
      'Présenté par ARTICLE 19',
      'Présenté par ARTICLE 19, PEN International et IPHR',
      'Page 2 sur 5',
      'Notes',
      '4 min de lecture',
      'Retour au texte',
    ]);
    expect(texts('ru')).toEqual([
      'Представлено: ARTICLE 19',
      'Представлено: ARTICLE 19, PEN International и IPHR',
      'Страница 2 из 5',
      'Примечания',
      '4 мин чтения',
      'Вернуться к тексту',
    ]);
    expect(texts('az')).toEqual([
      'Təqdim edənlər: ARTICLE 19',
      'Təqdim edənlər: ARTICLE 19, PEN International və IPHR',
      'Səhifə 2 / 5',
      'Qeydlər',
      'Oxu müddəti: 4 dəq.',
      'Mətnə qayıt',
    ]);
    expect(printLanguage('es').page(2, 5)).toBe('Página 2 de 5');
  });

  it('split the footer around the page fields', () => {
    expect(printLanguage('en').pageParts()).toEqual([
      'Page ',
      { field: 'page' },
      ' of ',
      { field: 'pages' },
    ]);
    expect(printLanguage('az').pageParts()).toEqual([
      'Səhifə ',
      { field: 'page' },
      ' / ',
      { field: 'pages' },
    ]);
  });

  it('describe an anonymised person by role, translated where the role is a suggested one', () => {
    const en = printLanguage('en');
    expect(en.nameWithheld('journalist')).toBe('a journalist, name withheld');
    expect(en.nameWithheld('investigative journalist')).toBe(
      'an investigative journalist, name withheld',
    );
    expect(en.nameWithheld('')).toBe('a person, name withheld');
    expect(printLanguage('fr').nameWithheld('investigative journalist')).toBe(
      'un journaliste (nom non divulgué)',
    );
    expect(printLanguage('fr').nameWithheld('historian')).toBe('une personne (nom non divulgué)');
    expect(printLanguage('ru').nameWithheld('Human rights defender')).toBe(
      'правозащитник (имя не раскрывается)',
    );
    expect(printLanguage('az').nameWithheld('lawyer')).toBe('adı açıqlanmayan vəkil');
    expect(printLanguage('az').nameWithheld('')).toBe('adı açıqlanmayan şəxs');
  });

  it('leave no template place unfilled in any language', () => {
    for (const tag of PRINT_LANGUAGES) {
      const l = printLanguage(tag);
      const printed = [
        l.date('2014-12-05'),
        l.date('2014-12'),
        l.date('2014'),
        l.days(537),
        l.days(1, true),
        ...CASE_STATUSES.map((s) => l.status(s)),
        l.sentence(sentence({ years: 7, months: 6 })),
        l.sentence(sentence({ years: 1, kind: 'suspended', probationMonths: 13 })),
        l.sentence(sentence({ months: 2, kind: 'suspended' })),
        l.sentence(sentence({ years: 2, kind: 'restricted_freedom' })),
        l.nameWithheld('journalist'),
        l.nameWithheld('historian'),
        l.submittedBy(['A', 'B']),
        l.page(1, 2),
        l.readingTime(1),
      ];
      for (const text of printed) expect(text, tag).not.toMatch(/[{}]|undefined/);
    }
  });
});

describe('the wording tables', () => {
  it('use no Intl (Chromium’s ICU data for Azerbaijani is abridged)', () => {
    const dir = join(process.cwd(), 'src/core/i18n');
    for (const file of readdirSync(dir))
      expect(readFileSync(join(dir, file), 'utf8'), file).not.toMatch(
        /new Intl\.|\bIntl\.\w+\(|\.toLocale\w*\(/,
      );
  });
});
