import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cite, doc, field, note, p, signatories } from '../../src/core/document/build';
import { resolveDocument, type LibraryView } from '../../src/core/document/resolve';
import type { FactEvent } from '../../src/core/facts/caseFacts';
import { renderDocx } from '../../src/core/print/renderDocx';
import { renderHtml } from '../../src/core/print/renderHtml';
import { renderPdf } from '../../src/core/print/renderPdf';
import {
  documentInput,
  type CaseRecord,
  type Organisation,
  type Person,
  type Sentence,
  type Source,
} from '../../src/shared/domain';
import { tempDir } from '../helpers';

const STAMP = '2016-01-01T00:00:00.000Z';
const AS_OF = '2016-05-26';

const ids = {
  khadija: '5192772c-3f43-41d7-8bdc-18c6a0aed401',
  leyla: '5192772c-3f43-41d7-8bdc-18c6a0aed402',
  ilgar: '5192772c-3f43-41d7-8bdc-18c6a0aed403',
  arif: '5192772c-3f43-41d7-8bdc-18c6a0aed404',
  hidden: '5192772c-3f43-41d7-8bdc-18c6a0aed405',
  source: '5192772c-3f43-41d7-8bdc-18c6a0aed406',
  article19: '5192772c-3f43-41d7-8bdc-18c6a0aed407',
  pen: '5192772c-3f43-41d7-8bdc-18c6a0aed408',
};
type Who = 'khadija' | 'leyla' | 'ilgar' | 'arif' | 'hidden';

function person(who: Who, name: string, extra: Partial<Person>): Person {
  return {
    id: ids[who],
    name,
    aliases: [],
    roles: [],
    affiliations: [],
    country: 'AZ',
    visibility: 'public',
    gender: null,
    birthYear: null,
    notes: '',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...extra,
  };
}

const custodial = (years: number, months = 0): Sentence => ({
  years,
  months,
  kind: 'custodial',
  probationMonths: null,
});
const suspended = (years: number, months: number, probationMonths: number | null): Sentence => ({
  years,
  months,
  kind: 'suspended',
  probationMonths,
});

let eventNumber = 0;
function event(
  date: string,
  type: FactEvent['type'],
  sentence: Sentence | null = null,
  uncertain = false,
): FactEvent {
  eventNumber += 1;
  return { id: `event-${eventNumber}`, date, type, statusAfter: null, sentence, uncertain };
}

/** The demo library's facts (DEMO-FACTS.md), cut down to what the fields below print. */
function library(): LibraryView {
  const persons = [
    person('khadija', 'Khadija Ismayilova', {
      roles: ['investigative journalist'],
      gender: 'female',
    }),
    person('leyla', 'Leyla Yunus', { roles: ['human rights defender'], gender: 'female' }),
    person('ilgar', 'Ilgar Mammadov', { roles: ['opposition politician'], gender: 'male' }),
    person('arif', 'Arif Yunus', { roles: ['historian'], gender: 'male' }),
    // Someone the public document must not name (made up for the test).
    person('hidden', 'Aysel Qarayeva', {
      roles: ['journalist'],
      gender: 'female',
      visibility: 'anonymise',
    }),
  ];
  const events: Record<Who, FactEvent[]> = {
    khadija: [
      event('2014-12-05', 'arrest'),
      event('2015-09-01', 'verdict', custodial(7, 6)),
      event('2016-05-25', 'cassation', suspended(3, 6, null)),
    ],
    leyla: [
      event('2014-07-30', 'arrest'),
      event('2015-08-13', 'verdict', custodial(8, 6)),
      event('2015-12-09', 'appeal', suspended(8, 6, 60)),
    ],
    ilgar: [event('2013-02-04', 'arrest'), event('2014-03-17', 'verdict', custodial(7))],
    arif: [event('2014', 'arrest', null, true), event('2015-08-13', 'verdict', custodial(7))],
    hidden: [event('2015-03-01', 'arrest'), event('2016-03-17', 'release')],
  };
  const cases = new Map(
    persons.map((who) => {
      const key = (Object.keys(ids) as Who[]).find((k) => ids[k] === who.id) as Who;
      const record: CaseRecord = {
        id: who.id,
        title: `The case of ${who.name}`,
        country: 'AZ',
        personIds: [who.id],
        violations: [],
        charges: [],
        applications: [],
        summary: '',
        lastVerified: null,
        status: 'unknown',
        createdAt: STAMP,
        updatedAt: STAMP,
      };
      return [who.id, { record, events: events[key] }] as const;
    }),
  );
  const source: Source = {
    id: ids.source,
    title: 'RFE/RL journalist Khadija Ismayilova arrested in Azerbaijan',
    publisher: 'Radio Free Europe/Radio Liberty',
    url: 'https://www.rferl.org/a/26727283.html',
    published: '2014-12-05',
    accessed: null,
    notes: '',
    createdAt: STAMP,
    updatedAt: STAMP,
  };
  const organisation = (id: string, name: string): Organisation => ({
    id,
    name,
    shortName: null,
    country: 'GB',
    website: null,
    contact: null,
    description: '',
    founded: null,
    createdAt: STAMP,
    updatedAt: STAMP,
  });
  return {
    snippets: new Map(),
    sources: new Map([[source.id, source]]),
    cases,
    persons: new Map(persons.map((x) => [x.id, x])),
    organisations: new Map([
      [ids.article19, organisation(ids.article19, 'ARTICLE 19')],
      [ids.pen, organisation(ids.pen, 'PEN International')],
    ]),
    forums: new Map(),
  };
}

const name = (who: Who) => field('person.name', { personId: ids[who] });
const status = (who: Who) => field('case.status', { caseId: ids[who] });
const days = (who: Who) => field('case.daysDeprived', { caseId: ids[who] });
const sentence = (who: Who) => field('case.sentence', { caseId: ids[who] });
const arrested = (who: Who) => field('case.arrestDate', { caseId: ids[who] });
const date = () => field('document.date');

/**
 * A joint statement like the demo's, its sentences written around the fields in `language`;
 * `stop` ends a sentence after a date (nothing in Russian, whose dates end in "г.").
 */
interface Frames {
  title: string;
  cover: string;
  dateline: string;
  arrested: string;
  khadija: string;
  note: string;
  hidden: string;
  stop: string;
}

function statement(language: string, w: Frames) {
  return documentInput.parse({
    title: w.title,
    coverLines: [w.cover],
    language,
    asOf: AS_OF,
    joint: true,
    audience: 'public',
    signatories: [
      { organisationId: ids.article19, status: 'confirmed' },
      { organisationId: ids.pen, status: 'confirmed' },
    ],
    content: doc(
      p(w.dateline, date(), w.stop),
      p(name('khadija'), w.arrested, arrested('khadija'), w.stop, cite(ids.source)),
      p(w.khadija, status('khadija'), '; ', days('khadija'), '; ', sentence('khadija'), '.'),
      p(name('leyla'), ': ', status('leyla'), '; ', sentence('leyla'), '.'),
      p(
        name('ilgar'),
        ': ',
        status('ilgar'),
        '; ',
        days('ilgar'),
        '; ',
        sentence('ilgar'),
        '.',
        note(w.note, date(), w.stop),
      ),
      p(name('arif'), ': ', days('arif'), '.'),
      p('Aysel Qarayeva', w.hidden, status('hidden'), '.'),
      signatories(),
    ),
  });
}

const LANGUAGES = {
  fr: {
    document: statement('fr', {
      title: 'Azerbaïdjan : libérez les défenseurs des droits humains',
      cover: 'Déclaration conjointe',
      dateline: 'Paris, le ',
      arrested: ' a été arrêtée le ',
      khadija: 'Elle est ',
      note: 'Situation au ',
      hidden: ' est ',
      stop: '.',
    }),
    expect: [
      'Paris, le 26 mai 2016.',
      'Khadija Ismayilova a été arrêtée le 5 décembre 2014.',
      'Elle est libérée, peine assortie du sursis; 537 jours; 3 ans et 6 mois avec sursis.',
      'Leyla Yunus: libérée, peine assortie du sursis; 8 ans et 6 mois avec sursis et 5 ans de mise à l’épreuve.',
      'Ilgar Mammadov: en prison; 1208 jours; 7 ans d’emprisonnement.',
      'Arif Yunus: environ ',
      // The gender of a person to anonymise is not told.
      'Un journaliste (nom non divulgué) est libéré(e).',
    ],
    cover: ['Présenté par ARTICLE 19 et PEN International', '26 mai 2016'],
    note: 'Radio Free Europe/Radio Liberty, 5 décembre 2014.',
    footnote: 'Situation au 26 mai 2016.',
    page: ['Page ', ' sur '],
    notes: 'Notes',
    reading: 'min de lecture',
    back: 'Retour au texte',
    pdfPage: 'Page 1 sur 1',
  },
  ru: {
    document: statement('ru', {
      title: 'Азербайджан: освободите правозащитников',
      cover: 'Совместное заявление',
      dateline: 'Лондон, ',
      arrested: ' была арестована ',
      khadija: 'Она ',
      note: 'По состоянию на ',
      hidden: ' — ',
      stop: '',
    }),
    expect: [
      'Лондон, 26 мая 2016 г.',
      'Khadija Ismayilova была арестована 5 декабря 2014 г.',
      'Она освобождена, наказание назначено условно; 537 дней; 3 года и 6 месяцев условно.',
      'Leyla Yunus: освобождена, наказание назначено условно; 8 лет и 6 месяцев условно с испытательным сроком 5 лет.',
      'Ilgar Mammadov: в заключении; 1208 дней; 7 лет лишения свободы.',
      'Arif Yunus: примерно ',
      'Журналист (имя не раскрывается) — освобождён(а).',
    ],
    cover: ['Представлено: ARTICLE 19 и PEN International', '26 мая 2016 г.'],
    // The date's own full stop ends the note.
    note: 'Radio Free Europe/Radio Liberty, 5 декабря 2014 г. https://',
    footnote: 'По состоянию на 26 мая 2016 г.',
    page: ['Страница ', ' из '],
    notes: 'Примечания',
    reading: 'мин чтения',
    back: 'Вернуться к тексту',
    pdfPage: 'Страница 1 из 1',
  },
  az: {
    document: statement('az', {
      title: 'Azərbaycan: hüquq müdafiəçilərini azad edin',
      cover: 'Birgə bəyanat',
      dateline: 'Bakı, ',
      arrested: ' həbs edilib: ',
      khadija: 'Hazırda ',
      note: 'Vəziyyət: ',
      hidden: ' — ',
      stop: '.',
    }),
    expect: [
      'Bakı, 26 may 2016.',
      'Khadija Ismayilova həbs edilib: 5 dekabr 2014.',
      'Hazırda azad edilib, cəzası şərti hesab edilib; 537 gün; 3 il 6 ay şərti cəza.',
      'Leyla Yunus: azad edilib, cəzası şərti hesab edilib; 8 il 6 ay şərti cəza, 5 il sınaq müddəti ilə.',
      'Ilgar Mammadov: həbsdə; 1208 gün; 7 il azadlıqdan məhrumetmə.',
      'Arif Yunus: təxminən ',
      'Adı açıqlanmayan jurnalist — azad edilib.',
    ],
    cover: ['Təqdim edənlər: ARTICLE 19 və PEN International', '26 may 2016'],
    note: 'Radio Free Europe/Radio Liberty, 5 dekabr 2014.',
    footnote: 'Vəziyyət: 26 may 2016.',
    page: ['Səhifə ', ' / '],
    notes: 'Qeydlər',
    reading: 'Oxu müddəti: 1 dəq.',
    back: 'Mətnə qayıt',
    pdfPage: 'Səhifə 1 / 1',
  },
} as const;

/** Markup's text: tags dropped, the entities HTML and Word XML write turned back. */
function unmarked(markup: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return markup
    .replace(/<[^>]+>/g, '')
    .replace(/&(#\d+|\w+);/g, (all, e: string) =>
      e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (entities[e] ?? all),
    );
}

/** The paragraphs of a part of a .docx, as text. */
function docxParagraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unmarked(t[1] ?? '')).join(''),
  );
}

const font = (file: string) =>
  new Uint8Array(readFileSync(join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf', file)));
const FONTS = {
  normal: font('DejaVuSerif.ttf'),
  bold: font('DejaVuSerif-Bold.ttf'),
  italics: font('DejaVuSerif-Italic.ttf'),
  bolditalics: font('DejaVuSerif-BoldItalic.ttf'),
};

describe.each(Object.entries(LANGUAGES))('a statement in %s', (language, want) => {
  const resolved = () => resolveDocument(want.document, library(), AS_OF);

  it('prints its fields, cover and notes in its language (print tree)', () => {
    const { print, problems } = resolved();
    expect(problems).toEqual([]);
    expect(print.meta.language).toBe(language);
    expect(print.cover.lines).toEqual([want.document.coverLines[0], ...want.cover]);
  });

  it('prints them in Word', async () => {
    const files = unzipSync(await renderDocx(resolved().print));
    const body = docxParagraphs(strFromU8(files['word/document.xml'] ?? new Uint8Array()));
    for (const line of want.expect)
      expect(
        body.some((b) => b.startsWith(line)),
        line,
      ).toBe(true);
    for (const line of want.cover) expect(body).toContain(line);
    const footnotes = docxParagraphs(strFromU8(files['word/footnotes.xml'] ?? new Uint8Array()));
    expect(footnotes.some((n) => n.includes(want.note))).toBe(true);
    expect(footnotes.some((n) => n.includes(want.footnote))).toBe(true);
    // "Page X of Y" around Word's PAGE and NUMPAGES fields, on every page's footer.
    const footers = Object.keys(files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
    expect(footers.length).toBeGreaterThan(0);
    for (const f of footers) {
      const xml = strFromU8(files[f] ?? new Uint8Array());
      const [before, between] = want.page;
      expect(xml).toMatch(
        new RegExp(`>${before}</w:t>[\\s\\S]*PAGE[\\s\\S]*>${between}</w:t>[\\s\\S]*NUMPAGES`),
      );
    }
    // No English left of what Dossier itself prints.
    const all = body.join('\n');
    for (const english of ['Submitted by', ' days', 'December', 'May 2016', 'name withheld'])
      expect(all).not.toContain(english);
  });

  it('prints them in HTML', () => {
    const html = renderHtml(resolved().print);
    expect(html).toContain(`<html lang="${language}">`);
    const text = unmarked(html);
    for (const line of want.expect) expect(text).toContain(line);
    expect(html).toContain(`<p class="cover-line">${want.cover[0]}</p>`);
    // The date stands beside the reading time, not as a cover line.
    expect(html).toContain(`<time datetime="${AS_OF}">${want.cover[1]}</time>`);
    expect(html).not.toContain(`<p class="cover-line">${want.cover[1]}</p>`);
    expect(html).toContain(`<h2>${want.notes}</h2>`);
    expect(html).toMatch(new RegExp(`<span class="reading-time">[^<]*${want.reading}`));
    expect(html).toContain(`aria-label="${want.back}"`);
    expect(text).toContain(want.note);
    for (const english of ['Submitted by', ' days', 'min read', 'Back to the text'])
      expect(html).not.toContain(english);
  });

  it('numbers its PDF pages in its language', async () => {
    const file = join(tempDir(), `${language}.pdf`);
    writeFileSync(file, await renderPdf(resolved().print, FONTS));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain(want.pdfPage);
    expect(text.replace(/\s+/g, ' ')).toContain(want.expect[4]);
  });
});
