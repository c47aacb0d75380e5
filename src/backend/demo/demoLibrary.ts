/**
 * The demo library: a small, real-world case library about Azerbaijan (2013–2020), written as an
 * exchange file. Every fact comes from /shared/domain/DEMO-FACTS.md; where that file is silent, the
 * entry says nothing rather than guess. Source entries describe reports and judgments by title; a
 * URL is given only where the address is certain.
 */
import type { ExchangeFileInput } from '../../shared/exchange';

/** Persons. */
const P = {
  khadija: '50729e0a-49ea-41fb-8ed8-32fe9331c508',
  leyla: 'eb605087-3aa4-4b8f-99f6-a7acd0782f7a',
  arif: 'c171ac8a-2373-49af-80e0-0633676e26ef',
  rasul: '510a7f83-c56b-4a03-ac85-512d8873835a',
  intigam: '444c519a-ed00-4f0c-a1eb-60476560698d',
  anar: '635f1ad6-3e5f-4e59-9ffa-03d8aec7a41e',
  ilgar: '649d92a6-5406-4087-9775-b4c7273c71b4',
} as const;

/** Organisations. */
const O = {
  article19: '07087ce5-058d-48ab-9f87-fe218cbb7017',
  pen: '5b941da2-a417-4556-95df-f198421137aa',
  ims: '16c073b5-d305-479a-9f88-5ae2dc321911',
  iphr: '7d196031-fc9c-461a-b042-3743dff7bbc3',
  cpj: 'ad071925-1a91-48ca-a984-2e4b78e0bb6f',
} as const;

/** Cases. */
const C = {
  khadija: '5192772c-3f43-41d7-8bdc-18c6a0aed40f',
  leyla: 'b98ffa10-61df-460a-b646-44983c77e028',
  arif: '5aec8c66-7c75-480a-ab68-a0119e2eba63',
  rasul: '9114852e-78b5-4dbb-8bd8-71bcc2264264',
  intigam: '8440f9c1-9ee9-488d-9770-e531d031651f',
  anar: '090aee6d-7f48-493c-9691-59adda5119ef',
  ilgar: '3f7d87ac-42ab-416f-be98-672c310bb329',
} as const;

/** Sources. */
const S = {
  // European Court of Human Rights
  echrIsmayilova: '56e5ff8f-dc15-4be1-9215-fa897f5a9be5',
  echrIsmayilova3: '0aa37af7-be48-467a-884a-25466459ce20',
  echrYunusova2: 'e5e00f75-fd5d-4c64-9014-c8e682f84408',
  echrJafarov: '2a11bcf2-75f4-4356-95f0-82e07a797b8b',
  echrAliyev: '2d793445-07e3-4d58-9017-469709a43a54',
  echrMammadli: 'ccc56f94-8293-42ca-8ffa-0b900ebe6de8',
  echrMammadov: '5d7eff59-de90-4961-9a8c-110581c37cfd',
  echrMammadov2: '6129c813-946a-43f2-a19d-f550b5a26fc5',
  echrMammadovGc: '04d8aa9a-ef39-487b-a926-9ecf780e6e5f',
  echrHasanov: '89e0411d-c0e2-410f-872d-f543a3ac0441',
  // Council of Europe
  venice: '11008394-7d06-46a8-a681-a8be3f6596a2',
  cmReferral: 'f025b59b-e138-4b42-a241-b0a9496c4353',
  cmGroup: '14a7c6b5-2323-4931-845a-72c6a08c3ad1',
  // NGO and media reports
  tpiIsmayilova: '7d5f4831-4e49-426f-91df-9e75b91e59ac',
  rferlIsmayilovaArrest: 'c6f107f1-0614-430c-bca4-4ff321f2de04',
  rferlIsmayilovaVerdict: 'e13d07c8-fa8e-4e14-b4b1-6389be856da7',
  rferlIsmayilovaRelease: 'e2ff62b1-a0c2-4edd-83a8-ab5553b5988c',
  a19YunusArrest: '514413a0-9d2a-4d90-9c00-6aec455c4cc1',
  a19YunusTreason: '02136847-3d51-4830-bc39-59a291966e79',
  rferlYunusVerdict: '68d88d5b-96ce-4555-8762-8adbca07c6c5',
  rferlArifRelease: '86ae928c-1271-4d0d-8e7a-a80380b869c2',
  rferlYunusAppeal: '78bf4ab7-7239-4bf1-9dba-99a93c0c36e2',
  a19JafarovArrest: 'caeb5539-b8ac-461f-8409-a50f03164323',
  a19JafarovVerdict: '32a30526-7c6a-4d19-ad27-b40fa3bbf5ca',
  rferlJafarovAppeal: '53879652-9efb-45e4-9380-134b12ef18e3',
  rferlPardon: '68b031ca-17a3-4042-b56d-ece27825068b',
  rferlAcquittals: '6f8a82ed-9cd1-4919-a97f-7111f21ac2cf',
  a19AliyevArrest: '0ee303b6-3677-4031-8f1f-7a2b21bf5d1d',
  a19AliyevVerdict: '6c91f089-e274-4911-88b7-4b27521d3feb',
  rferlAliyevRelease: 'e3924dfb-ca71-472e-b880-45d9d3028fa4',
  a19MammadliArrest: '42c2974b-5c16-47ba-835b-12c3212146e9',
  a19MammadliVerdict: 'aadf392c-0b55-4217-a6ab-ad3106efc0f3',
  rferlMammadliRearrest: '309a1b37-4773-4727-a481-85709ef94427',
  rferlMammadovArrest: 'fa17f0d6-086f-4b14-800e-05cb585a9109',
  rferlMammadovVerdict: '79046cd4-1335-430f-bacb-92ada22fa788',
  rferlMammadovRelease: '2f9add72-c53d-4608-b332-45d280df1e34',
  a19WebsiteBlocking: '370b04da-7e98-4f18-af25-845456f6e2e5',
  ogpInactive: 'f2694089-111a-46a0-8b1d-ccb82724ed6d',
  eitiWithdrawal: 'edacbfba-c483-4aef-bbd9-de6affb1058e',
} as const;

/** Snippets. */
const N = {
  summaryKhadija: '03f3d832-9d8e-448a-b72a-122ca9015cac',
  summaryLeyla: 'f88d28d6-f349-4169-9620-39f2abf8635f',
  summaryArif: 'c8963faa-8be5-43e9-ba2b-4ea0554922bc',
  summaryRasul: '33320fac-3fe5-4869-b603-2eddf2a8bd1f',
  summaryIntigam: '30013230-281a-4e94-a22d-ec76de4920e6',
  summaryAnar: 'cfb7a683-2e83-46be-b7b0-0da628206433',
  summaryIlgar: '696dfbc3-05ee-4eac-a652-2f4f85fa13a5',
  bgNgoLaw: '99fb8dc3-4cdf-43a0-8ca4-00b3155a7367',
  bgWebsiteBlocking: 'ccfc3f7c-80c5-439c-be75-47d7ec9e813b',
  bgOgp: '13de7e55-80c8-46ca-a49a-816dd3b5254c',
  bgEiti: '71a6492d-85e7-4afb-ac77-bd55fc6bba0b',
  bgMammadovGroup: '15af4762-2109-4624-8716-1b0f6b80f989',
  analysisArticle18: '40c2c668-609d-4f6f-933e-f6cee482c7df',
  recRelease: 'ed9b69e4-a748-4b84-99a2-da5351ddf025',
  recNgoLaw: '016071b0-c366-4931-9938-0a04fcdd38f1',
  recWebsiteBlocking: '26b15936-d716-48a8-bbbf-ca65df4562ba',
  recEchr: '52ad65f4-899a-4935-a521-0219e2e79b83',
  recTravelBans: 'e8f01358-0ca7-4345-8ecf-9ab6c06fce0d',
  boilerplateOpening: 'e958a4bb-7986-417d-9950-ef19316c7ebd',
} as const;

const CC = 'Criminal Code of Azerbaijan';
const ECTHR = 'European Court of Human Rights';
const HUDOC = 'https://hudoc.echr.coe.int';
const VERIFIED = '2026-11-01';
const REVIEWED = '2026-11-01';
const REPORT_NOTE =
  'Demo entry: the title describes the report; find the original and its address before citing.';

export const demoLibrary = {
  format: 'dossier-library',
  version: 1,

  // -------------------------------------------------------------------------------------------
  persons: [
    {
      id: P.khadija,
      name: 'Khadija Ismayilova',
      aliases: [
        { name: 'Xədicə İsmayılova', script: 'latn', language: 'az' },
        { name: 'Хадиджа Исмаилова', script: 'cyrl', language: 'ru' },
      ],
      roles: ['investigative journalist'],
      affiliations: [{ name: 'Radio Free Europe/Radio Liberty (RFE/RL), Azerbaijani service' }],
      country: 'AZ',
      visibility: 'public',
      gender: 'female',
      notes:
        'Investigative journalist with the Azerbaijani service of RFE/RL. Arrested 5 December ' +
        '2014; released 25 May 2016 when the Supreme Court suspended her sentence, after 537 days ' +
        'in prison.',
    },
    {
      id: P.leyla,
      name: 'Leyla Yunus',
      aliases: [
        { name: 'Leyla Yunusova', script: 'latn' },
        { name: 'Лейла Юнус', script: 'cyrl', language: 'ru' },
      ],
      roles: ['human rights defender'],
      affiliations: [{ name: 'Institute for Peace and Democracy', position: 'director' }],
      country: 'AZ',
      visibility: 'public',
      gender: 'female',
      notes:
        'Director of the Institute for Peace and Democracy; wife of Arif Yunus. Named Yunusova in ' +
        'the European Court of Human Rights case Yunusova and Yunusov v. Azerbaijan (no. 2).',
    },
    {
      id: P.arif,
      name: 'Arif Yunus',
      aliases: [
        { name: 'Arif Yunusov', script: 'latn' },
        { name: 'Ариф Юнус', script: 'cyrl', language: 'ru' },
      ],
      roles: ['historian', 'human rights defender'],
      affiliations: [{ name: 'Institute for Peace and Democracy' }],
      country: 'AZ',
      visibility: 'public',
      gender: 'male',
      notes:
        'Historian at the Institute for Peace and Democracy; husband of Leyla Yunus. The exact ' +
        'date of his re-arrest in 2014 is not confirmed.',
    },
    {
      id: P.rasul,
      name: 'Rasul Jafarov',
      aliases: [
        { name: 'Rəsul Cəfərov', script: 'latn', language: 'az' },
        { name: 'Расул Джафаров', script: 'cyrl', language: 'ru' },
      ],
      roles: ['human rights defender'],
      affiliations: [
        { name: 'Human Rights Club', position: 'chair' },
        { name: 'Sport for Rights campaign' },
      ],
      country: 'AZ',
      visibility: 'public',
      gender: 'male',
      notes:
        'Chair of the Human Rights Club. Arrested 2 August 2014, pardoned 17 March 2016, ' +
        'acquitted by the Supreme Court 23 April 2020.',
    },
    {
      id: P.intigam,
      name: 'Intigam Aliyev',
      aliases: [
        { name: 'İntiqam Əliyev', script: 'latn', language: 'az' },
        { name: 'Интигам Алиев', script: 'cyrl', language: 'ru' },
      ],
      roles: ['lawyer', 'human rights defender'],
      affiliations: [{ name: 'Legal Education Society' }],
      country: 'AZ',
      visibility: 'public',
      gender: 'male',
      notes:
        'Human rights lawyer, Legal Education Society. Arrested 8 August 2014; released 28 March ' +
        '2016 when the Supreme Court suspended his sentence.',
    },
    {
      id: P.anar,
      name: 'Anar Mammadli',
      aliases: [
        { name: 'Anar Məmmədli', script: 'latn', language: 'az' },
        { name: 'Анар Мамедли', script: 'cyrl', language: 'ru' },
      ],
      roles: ['election monitor', 'human rights defender'],
      affiliations: [
        { name: 'Election Monitoring and Democracy Studies Centre (EMDS)', position: 'chair' },
      ],
      country: 'AZ',
      visibility: 'public',
      gender: 'male',
      notes:
        'Chair of the Election Monitoring and Democracy Studies Centre. Arrested 16 December ' +
        '2013, pardoned 17 March 2016, arrested again 29 April 2024.',
    },
    {
      id: P.ilgar,
      name: 'Ilgar Mammadov',
      aliases: [
        { name: 'İlqar Məmmədov', script: 'latn', language: 'az' },
        { name: 'Ильгар Мамедов', script: 'cyrl', language: 'ru' },
      ],
      roles: ['opposition politician'],
      affiliations: [{ name: 'REAL movement', position: 'chair' }],
      country: 'AZ',
      visibility: 'public',
      gender: 'male',
      notes:
        'Chair of the REAL movement. Arrested 4 February 2013; released 13 August 2018; ' +
        'acquitted 23 April 2020. His case gave its name to the Ilgar Mammadov group before the ' +
        'Committee of Ministers.',
    },
  ],

  // -------------------------------------------------------------------------------------------
  organisations: [
    {
      id: O.article19,
      name: 'ARTICLE 19',
      shortName: 'ARTICLE 19',
      country: 'GB',
      website: 'https://www.article19.org',
      description: 'International organisation defending freedom of expression and information.',
      founded: 1987,
    },
    {
      id: O.pen,
      name: 'PEN International',
      shortName: 'PEN',
      country: 'GB',
      website: 'https://www.pen-international.org',
      description:
        'Worldwide association of writers promoting literature and freedom of expression.',
      founded: 1921,
    },
    {
      id: O.ims,
      name: 'International Media Support',
      shortName: 'IMS',
      country: 'DK',
      website: 'https://www.mediasupport.org',
      description:
        'Organisation supporting local media in countries affected by conflict and crisis.',
      founded: null,
    },
    {
      id: O.iphr,
      name: 'International Partnership for Human Rights',
      shortName: 'IPHR',
      country: 'BE',
      website: 'https://www.iphronline.org',
      description: 'Brussels-based organisation working with civil society groups on human rights.',
      founded: null,
    },
    {
      id: O.cpj,
      name: 'Committee to Protect Journalists',
      shortName: 'CPJ',
      country: 'US',
      website: 'https://cpj.org',
      description: 'Organisation promoting press freedom and defending the rights of journalists.',
      founded: 1981,
    },
  ],

  // -------------------------------------------------------------------------------------------
  cases: [
    {
      id: C.khadija,
      title: 'Khadija Ismayilova: prosecution and imprisonment (2014–2016)',
      country: 'AZ',
      personIds: [P.khadija],
      violations: ['arbitrary detention', 'judicial harassment', 'imprisonment of a journalist'],
      charges: [
        { code: CC, article: null, label: 'incitement to suicide', status: 'dropped' },
        { code: CC, article: null, label: 'embezzlement' },
        { code: CC, article: null, label: 'illegal entrepreneurship' },
        { code: CC, article: null, label: 'tax evasion' },
        { code: CC, article: null, label: 'abuse of office' },
      ],
      applications: [
        {
          number: '65286/13',
          name: 'Ismayilova v. Azerbaijan',
          judgmentDate: '2019-01-10',
          notes: 'Joined with no. 57270/14 in one judgment.',
        },
        {
          number: '57270/14',
          name: 'Ismayilova v. Azerbaijan',
          judgmentDate: '2019-01-10',
          notes: 'Joined with no. 65286/13 in one judgment.',
        },
        {
          number: '35283/14',
          name: 'Ismayilova v. Azerbaijan (no. 3)',
          judgmentDate: '2020-05-07',
        },
        {
          number: '30778/15',
          name: 'Ismayilova v. Azerbaijan',
          judgmentDate: null,
          notes:
            'Application concerning her detention. Joint third-party intervention by ARTICLE 19, ' +
            'PEN International, IMS, IPHR and CPJ submitted 19 January 2016.',
        },
      ],
      summary:
        'Investigative journalist with the Azerbaijani service of RFE/RL, arrested on 5 December ' +
        '2014 on a charge of inciting suicide, later dropped, and then charged with embezzlement, ' +
        'illegal entrepreneurship, tax evasion and abuse of office. Sentenced on 1 September 2015 ' +
        "to 7 years 6 months' imprisonment. On 25 May 2016 the Supreme Court reduced the sentence " +
        'to 3 years 6 months and suspended it; she was released after 537 days in prison.',
      lastVerified: VERIFIED,
    },
    {
      id: C.leyla,
      title: 'Leyla Yunus: prosecution and imprisonment (2014–2015)',
      country: 'AZ',
      personIds: [P.leyla],
      violations: ['arbitrary detention', 'judicial harassment'],
      charges: [
        { code: CC, article: null, label: 'large-scale fraud' },
        { code: CC, article: null, label: 'illegal entrepreneurship' },
        { code: CC, article: null, label: 'tax evasion' },
        { code: CC, article: null, label: 'forgery' },
        {
          code: CC,
          article: null,
          label: 'treason (split off into separate proceedings on 23 June 2015)',
        },
      ],
      applications: [
        {
          number: '68817/14',
          name: 'Yunusova and Yunusov v. Azerbaijan (no. 2)',
          judgmentDate: '2020-07-16',
          articles: ['Art. 18', 'Art. 8'],
        },
      ],
      summary:
        'Director of the Institute for Peace and Democracy, arrested on 30 July 2014 and charged ' +
        'with large-scale fraud, illegal entrepreneurship, tax evasion and forgery; a treason ' +
        'charge was split off on 23 June 2015. The Baku Grave Crimes Court sentenced her on 13 ' +
        "August 2015 to 8 years 6 months' imprisonment. On 9 December 2015 the Baku Court of " +
        'Appeal suspended the sentence with 5 years of probation.',
      lastVerified: VERIFIED,
    },
    {
      id: C.arif,
      title: 'Arif Yunus: prosecution and imprisonment (2014–2015)',
      country: 'AZ',
      personIds: [P.arif],
      violations: ['arbitrary detention', 'judicial harassment'],
      charges: [{ code: CC, article: null, label: 'large-scale fraud' }],
      applications: [
        {
          number: '68817/14',
          name: 'Yunusova and Yunusov v. Azerbaijan (no. 2)',
          judgmentDate: '2020-07-16',
          articles: ['Art. 18', 'Art. 8'],
        },
      ],
      summary:
        'Historian at the Institute for Peace and Democracy and husband of Leyla Yunus, taken into ' +
        'custody in 2014 (the exact date of his re-arrest is not confirmed) and charged with ' +
        "large-scale fraud. Sentenced on 13 August 2015 to 7 years' imprisonment, released on " +
        'recognizance on 12 November 2015; his sentence was suspended on appeal on 9 December 2015.',
      lastVerified: VERIFIED,
    },
    {
      id: C.rasul,
      title: 'Rasul Jafarov: prosecution, imprisonment and acquittal (2014–2020)',
      country: 'AZ',
      personIds: [P.rasul],
      violations: ['arbitrary detention', 'judicial harassment'],
      charges: [
        { code: CC, article: null, label: 'illegal entrepreneurship', status: 'acquitted' },
        { code: CC, article: null, label: 'tax evasion', status: 'acquitted' },
        { code: CC, article: null, label: 'abuse of power', status: 'acquitted' },
        { code: CC, article: null, label: 'embezzlement', status: 'acquitted' },
        { code: CC, article: null, label: 'forgery', status: 'acquitted' },
      ],
      applications: [
        {
          number: '69981/14',
          name: 'Rasul Jafarov v. Azerbaijan',
          judgmentDate: '2016-03-17',
          articles: ['Art. 18', 'Art. 5'],
          notes: 'Art. 18 taken together with Art. 5. Part of the Ilgar Mammadov group.',
        },
      ],
      summary:
        'Chair of the Human Rights Club, arrested on 2 August 2014 and charged with illegal ' +
        'entrepreneurship, tax evasion and abuse of power, later also embezzlement and forgery. ' +
        "Sentenced on 16 April 2015 to 6 years 6 months' imprisonment, reduced on appeal on 31 " +
        'July 2015 to 6 years 3 months. Pardoned on 17 March 2016, the day the European Court of ' +
        'Human Rights found a violation of Article 18 with Article 5. Acquitted by the Supreme ' +
        'Court on 23 April 2020.',
      lastVerified: VERIFIED,
    },
    {
      id: C.intigam,
      title: 'Intigam Aliyev: prosecution and imprisonment (2014–2016)',
      country: 'AZ',
      personIds: [P.intigam],
      violations: ['arbitrary detention', 'judicial harassment'],
      charges: [
        { code: CC, article: null, label: 'illegal entrepreneurship' },
        { code: CC, article: null, label: 'misappropriation' },
        { code: CC, article: null, label: 'tax evasion' },
        { code: CC, article: null, label: 'abuse of office' },
        { code: CC, article: null, label: 'forgery' },
      ],
      applications: [
        {
          number: '68762/14',
          name: 'Aliyev v. Azerbaijan',
          judgmentDate: '2018-09-20',
          notes: 'Joined with no. 71200/14. Part of the Ilgar Mammadov group.',
        },
        {
          number: '71200/14',
          name: 'Aliyev v. Azerbaijan',
          judgmentDate: '2018-09-20',
          notes: 'Joined with no. 68762/14.',
        },
      ],
      summary:
        'Human rights lawyer with the Legal Education Society, arrested on 8 August 2014 and in ' +
        'pretrial detention by 12 August 2014, charged with illegal entrepreneurship, ' +
        'misappropriation, tax evasion, abuse of office and forgery. Sentenced on 22 April 2015 ' +
        "to 7 years 6 months' imprisonment. On 28 March 2016 the Supreme Court replaced it with a " +
        '5-year suspended sentence.',
      lastVerified: VERIFIED,
    },
    {
      id: C.anar,
      title: 'Anar Mammadli: prosecution (2013–2016) and re-arrest (2024)',
      country: 'AZ',
      personIds: [P.anar],
      violations: ['arbitrary detention', 'judicial harassment'],
      charges: [
        { code: CC, article: null, label: 'illegal entrepreneurship' },
        { code: CC, article: null, label: 'tax evasion' },
        { code: CC, article: null, label: 'abuse of power' },
      ],
      applications: [
        {
          number: '47145/14',
          name: 'Mammadli v. Azerbaijan',
          judgmentDate: '2018-04-19',
          notes: 'Part of the Ilgar Mammadov group.',
        },
      ],
      summary:
        'Chair of the Election Monitoring and Democracy Studies Centre, arrested on 16 December ' +
        '2013 and charged with illegal entrepreneurship, tax evasion and abuse of power. ' +
        "Sentenced on 26 May 2014 to 5 years 6 months' imprisonment; pardoned on 17 March 2016. " +
        'Arrested again on 29 April 2024; the charges and later course of the new case are not ' +
        'recorded here.',
      lastVerified: VERIFIED,
    },
    {
      id: C.ilgar,
      title: 'Ilgar Mammadov: prosecution, imprisonment and acquittal (2013–2020)',
      country: 'AZ',
      personIds: [P.ilgar],
      violations: [
        'arbitrary detention',
        'judicial harassment',
        'non-implementation of ECtHR judgment',
      ],
      charges: [
        { code: CC, article: '220.1', label: 'mass disorder', status: 'acquitted' },
        {
          code: CC,
          article: '315.2',
          label: 'resistance or violence against public officials',
          status: 'acquitted',
        },
      ],
      applications: [
        {
          number: '15172/13',
          name: 'Ilgar Mammadov v. Azerbaijan',
          judgmentDate: '2014-05-22',
          articles: ['Art. 5', 'Art. 6 § 2', 'Art. 18'],
          notes:
            'Referred back to the Court by the Committee of Ministers under Art. 46 § 4 on 5 ' +
            'December 2017 (the first such referral). Grand Chamber judgment of 29 May 2019: ' +
            'Azerbaijan failed to fulfil its obligation under Art. 46 § 1.',
        },
        {
          number: '919/15',
          name: 'Ilgar Mammadov v. Azerbaijan (no. 2)',
          judgmentDate: '2017-11-16',
        },
      ],
      summary:
        'Chair of the REAL movement, arrested on 4 February 2013 and charged under Articles 220.1 ' +
        '(mass disorder) and 315.2 of the Criminal Code. Sentenced by the Shaki Grave Crimes Court ' +
        "on 17 March 2014 to 7 years' imprisonment. The European Court of Human Rights found " +
        'violations of Articles 5, 6 § 2 and 18 on 22 May 2014; after the first referral under ' +
        'Article 46 § 4, the Grand Chamber found on 29 May 2019 that Azerbaijan had breached ' +
        'Article 46 § 1. Released on 13 August 2018 (suspended sentence); acquitted 23 April 2020.',
      lastVerified: VERIFIED,
    },
  ],

  // -------------------------------------------------------------------------------------------
  events: [
    // Khadija Ismayilova
    {
      id: 'f762e9a9-2904-4c29-b4c3-ffa1c935fc26',
      caseId: C.khadija,
      date: '2014-12-05',
      type: 'arrest',
      text: 'Arrested on a charge of inciting suicide (later dropped).',
      sources: [{ sourceId: S.rferlIsmayilovaArrest }],
    },
    {
      id: '49bb6c4a-3045-4db2-9784-e079e8568758',
      caseId: C.khadija,
      date: '2015-09-01',
      type: 'verdict',
      text:
        "Sentenced to 7 years 6 months' imprisonment for embezzlement, illegal entrepreneurship, " +
        'tax evasion and abuse of office.',
      sentence: { years: 7, months: 6, kind: 'custodial' },
      sources: [{ sourceId: S.rferlIsmayilovaVerdict }],
    },
    {
      id: '22ee2ada-c29d-4b3d-b27b-32918a731f88',
      caseId: C.khadija,
      date: '2016-01-19',
      type: 'other',
      text:
        'ARTICLE 19, PEN International, IMS, IPHR and CPJ submit a joint third-party ' +
        'intervention to the European Court of Human Rights in her detention case (no. 30778/15).',
      sources: [{ sourceId: S.tpiIsmayilova }],
    },
    {
      id: 'a10c17f5-4b82-464e-9863-25ab17f86bf5',
      caseId: C.khadija,
      date: '2016-05-25',
      type: 'cassation',
      text:
        'The Supreme Court reduces the sentence to 3 years 6 months and suspends it. She is ' +
        'released after 537 days in prison.',
      sentence: { years: 3, months: 6, kind: 'suspended' },
      sources: [{ sourceId: S.rferlIsmayilovaRelease }],
    },
    {
      id: 'd7a71bd5-f07b-49e5-8a48-c9cb45def70b',
      caseId: C.khadija,
      date: '2019-01-10',
      type: 'judgment',
      text: 'European Court of Human Rights judgment in Ismayilova v. Azerbaijan (nos. 65286/13 and 57270/14).',
      sources: [{ sourceId: S.echrIsmayilova }],
    },
    {
      id: '29d2bc5f-67ee-42df-a6bc-56a0c8db25af',
      caseId: C.khadija,
      date: '2020-05-07',
      type: 'judgment',
      text: 'European Court of Human Rights judgment in Ismayilova v. Azerbaijan (no. 3) (no. 35283/14).',
      sources: [{ sourceId: S.echrIsmayilova3 }],
    },

    // Leyla Yunus
    {
      id: '74c754bc-1e68-45f2-831e-7bad65bbaeda',
      caseId: C.leyla,
      date: '2014-07-30',
      type: 'arrest',
      text: 'Arrested; charged with large-scale fraud, illegal entrepreneurship, tax evasion and forgery.',
      sources: [{ sourceId: S.a19YunusArrest }],
    },
    {
      id: '3430f38f-4fa3-400e-9835-ca65cf9bf67c',
      caseId: C.leyla,
      date: '2015-06-23',
      type: 'charge',
      text: 'The treason charge is split off into separate proceedings.',
      sources: [{ sourceId: S.a19YunusTreason }],
    },
    {
      id: 'eb10b5f3-9887-45c6-939a-dc22045793cf',
      caseId: C.leyla,
      date: '2015-08-13',
      type: 'verdict',
      text: "The Baku Grave Crimes Court sentences her to 8 years 6 months' imprisonment.",
      sentence: { years: 8, months: 6, kind: 'custodial' },
      sources: [{ sourceId: S.rferlYunusVerdict }],
    },
    {
      id: '51b71edb-3d84-4cfd-8111-e627b115fc30',
      caseId: C.leyla,
      date: '2015-12-09',
      type: 'appeal',
      text: 'The Baku Court of Appeal suspends the sentence, with 5 years of probation.',
      sentence: { years: 8, months: 6, kind: 'suspended', probationMonths: 60 },
      sources: [{ sourceId: S.rferlYunusAppeal }],
    },
    {
      id: 'e859943b-44d3-4840-b1a7-d10b3382c325',
      caseId: C.leyla,
      date: '2020-07-16',
      type: 'judgment',
      text:
        'European Court of Human Rights judgment in Yunusova and Yunusov v. Azerbaijan (no. 2) ' +
        '(no. 68817/14): violations of Article 18 and Article 8.',
      sources: [{ sourceId: S.echrYunusova2 }],
    },

    // Arif Yunus
    {
      id: '3fe66fbb-d769-486d-9ef7-8a86a3f64d39',
      caseId: C.arif,
      date: '2014',
      type: 'arrest',
      text:
        'Taken into custody in 2014 and charged with large-scale fraud. The exact date of his ' +
        're-arrest is not confirmed: check before quoting days in detention.',
      uncertain: true,
      sources: [{ sourceId: S.echrYunusova2 }],
    },
    {
      id: 'fbf2c162-a7d0-478b-a226-253e9ea694c2',
      caseId: C.arif,
      date: '2015-08-13',
      type: 'verdict',
      text: "Sentenced to 7 years' imprisonment for large-scale fraud.",
      sentence: { years: 7, kind: 'custodial' },
      sources: [{ sourceId: S.rferlYunusVerdict }],
    },
    {
      id: 'ae1f5231-760d-4866-9de8-338f969afb7f',
      caseId: C.arif,
      date: '2015-11-12',
      type: 'release',
      text: 'Released on recognizance pending appeal.',
      sources: [{ sourceId: S.rferlArifRelease }],
    },
    {
      id: 'a46cc47e-e81f-4b3c-85f0-59e6b23fd199',
      caseId: C.arif,
      date: '2015-12-09',
      type: 'appeal',
      text: 'The sentence is suspended on appeal.',
      sentence: { years: 7, kind: 'suspended' },
      sources: [{ sourceId: S.rferlYunusAppeal }],
    },
    {
      id: '26603bf2-ab0f-44e6-aea9-74e611c9f031',
      caseId: C.arif,
      date: '2020-07-16',
      type: 'judgment',
      text:
        'European Court of Human Rights judgment in Yunusova and Yunusov v. Azerbaijan (no. 2) ' +
        '(no. 68817/14): violations of Article 18 and Article 8.',
      sources: [{ sourceId: S.echrYunusova2 }],
    },

    // Rasul Jafarov
    {
      id: 'b530263d-c7b2-4740-9b87-10cf3e87b019',
      caseId: C.rasul,
      date: '2014-08-02',
      type: 'arrest',
      text: 'Arrested; charged with illegal entrepreneurship, tax evasion and abuse of power.',
      sources: [{ sourceId: S.a19JafarovArrest }],
    },
    {
      id: 'ab806cb3-329a-4981-8145-28dfe40e34c1',
      caseId: C.rasul,
      date: '2015-04-16',
      type: 'verdict',
      text: "Sentenced to 6 years 6 months' imprisonment.",
      sentence: { years: 6, months: 6, kind: 'custodial' },
      sources: [{ sourceId: S.a19JafarovVerdict }],
    },
    {
      id: '6cf35e9c-6174-4d76-82cd-10713c2a9389',
      caseId: C.rasul,
      date: '2015-07-31',
      type: 'appeal',
      text: "The sentence is reduced on appeal to 6 years 3 months' imprisonment.",
      sentence: { years: 6, months: 3, kind: 'custodial' },
      sources: [{ sourceId: S.rferlJafarovAppeal }],
    },
    {
      id: '49f7f0fd-fd87-41ca-a737-dfb76640d3ed',
      caseId: C.rasul,
      date: '2016-03-17',
      type: 'pardon',
      text: 'Pardoned and released.',
      sources: [{ sourceId: S.rferlPardon }],
    },
    {
      id: '27681968-aef4-4beb-8ebd-8112486a89ae',
      caseId: C.rasul,
      date: '2016-03-17',
      type: 'judgment',
      text:
        'European Court of Human Rights judgment in Rasul Jafarov v. Azerbaijan (no. 69981/14): ' +
        'violation of Article 18 taken together with Article 5.',
      sources: [{ sourceId: S.echrJafarov }],
    },
    {
      id: 'dbdde4f5-4505-4b77-a782-03cef50acde0',
      caseId: C.rasul,
      date: '2020-04-23',
      type: 'acquittal',
      text: 'Acquitted by the Supreme Court.',
      sources: [{ sourceId: S.rferlAcquittals }],
    },

    // Intigam Aliyev
    {
      id: '05c5129a-e54d-4481-9692-d415a12a2271',
      caseId: C.intigam,
      date: '2014-08-08',
      type: 'arrest',
      text: 'Arrested; in pretrial detention by 12 August 2014.',
      sources: [{ sourceId: S.a19AliyevArrest }],
    },
    {
      id: 'd7b0b235-49fa-4c1b-b7ff-f4760fa421f9',
      caseId: C.intigam,
      date: '2015-04-22',
      type: 'verdict',
      text: "Sentenced to 7 years 6 months' imprisonment.",
      sentence: { years: 7, months: 6, kind: 'custodial' },
      sources: [{ sourceId: S.a19AliyevVerdict }],
    },
    {
      id: '1507ae35-7f16-437d-9c6d-b33d5ef4920d',
      caseId: C.intigam,
      date: '2016-03-28',
      type: 'cassation',
      text: 'The Supreme Court replaces the prison term with a 5-year suspended sentence; released.',
      sentence: { years: 5, kind: 'suspended' },
      sources: [{ sourceId: S.rferlAliyevRelease }],
    },
    {
      id: '6b8cb1db-3246-4515-b310-8783bf44190a',
      caseId: C.intigam,
      date: '2018-09-20',
      type: 'judgment',
      text: 'European Court of Human Rights judgment in Aliyev v. Azerbaijan (nos. 68762/14 and 71200/14).',
      sources: [{ sourceId: S.echrAliyev }],
    },

    // Anar Mammadli
    {
      id: '2bbd1d08-4b35-422f-a5a9-07febcbf7f29',
      caseId: C.anar,
      date: '2013-12-16',
      type: 'arrest',
      text: 'Arrested; charged with illegal entrepreneurship, tax evasion and abuse of power.',
      sources: [{ sourceId: S.a19MammadliArrest }],
    },
    {
      id: 'fc9726a4-72f8-41e9-8853-e56335028833',
      caseId: C.anar,
      date: '2014-05-26',
      type: 'verdict',
      text: "Sentenced to 5 years 6 months' imprisonment.",
      sentence: { years: 5, months: 6, kind: 'custodial' },
      sources: [{ sourceId: S.a19MammadliVerdict }],
    },
    {
      id: '1a2c628f-82fa-40d0-8cc4-c06ad4c041d1',
      caseId: C.anar,
      date: '2016-03-17',
      type: 'pardon',
      text: 'Pardoned and released.',
      sources: [{ sourceId: S.rferlPardon }],
    },
    {
      id: '70477c03-b455-471b-9000-486e7487dae2',
      caseId: C.anar,
      date: '2018-04-19',
      type: 'judgment',
      text: 'European Court of Human Rights judgment in Mammadli v. Azerbaijan (no. 47145/14).',
      sources: [{ sourceId: S.echrMammadli }],
    },
    {
      id: 'b3a641af-26f5-473a-a1e3-d69267249cb8',
      caseId: C.anar,
      date: '2024-04-29',
      type: 'arrest',
      text:
        'Arrested again. The charges and later course of this case are not recorded in the demo ' +
        'library: verify his current status before citing.',
      sources: [{ sourceId: S.rferlMammadliRearrest }],
    },

    // Ilgar Mammadov
    {
      id: '1f1ce303-439d-41ba-9d97-2d21fffdd21b',
      caseId: C.ilgar,
      date: '2013-02-04',
      type: 'arrest',
      text: 'Arrested; charged under Articles 220.1 (mass disorder) and 315.2 of the Criminal Code.',
      sources: [{ sourceId: S.rferlMammadovArrest }, { sourceId: S.echrMammadov }],
    },
    {
      id: '51926b1a-041f-4311-8044-aed968c41aea',
      caseId: C.ilgar,
      date: '2014-03-17',
      type: 'verdict',
      text: "The Shaki Grave Crimes Court sentences him to 7 years' imprisonment.",
      sentence: { years: 7, kind: 'custodial' },
      sources: [{ sourceId: S.rferlMammadovVerdict }],
    },
    {
      id: '886c3e94-0137-4cea-b469-e92f88ee0b0e',
      caseId: C.ilgar,
      date: '2014-05-22',
      type: 'judgment',
      text:
        'European Court of Human Rights judgment in Ilgar Mammadov v. Azerbaijan (no. 15172/13): ' +
        'violations of Articles 5, 6 § 2 and 18.',
      sources: [{ sourceId: S.echrMammadov }],
    },
    {
      id: '26205ef6-2a7c-40e1-9b33-da294945a2cb',
      caseId: C.ilgar,
      date: '2017-11-16',
      type: 'judgment',
      text: 'European Court of Human Rights judgment in Ilgar Mammadov v. Azerbaijan (no. 2) (no. 919/15).',
      sources: [{ sourceId: S.echrMammadov2 }],
    },
    {
      id: '1244bc08-a1d4-4ff4-9181-b97ff1d3c4c1',
      caseId: C.ilgar,
      date: '2017-12-05',
      type: 'other',
      text:
        'The Committee of Ministers refers to the Court, under Article 46 § 4, the question ' +
        'whether Azerbaijan has failed to abide by the 2014 judgment: the first such referral.',
      sources: [{ sourceId: S.cmReferral }],
    },
    {
      id: 'a7813e46-5664-4621-9ad6-f21c7bb20081',
      caseId: C.ilgar,
      date: '2018-08-13',
      type: 'appeal',
      text:
        'The Shaki Court of Appeal suspends the sentence and he is released. (The length of the ' +
        'suspended term is not recorded here.)',
      statusAfter: 'suspended_sentence',
      sources: [{ sourceId: S.rferlMammadovRelease }],
    },
    {
      id: 'a22cdbd7-d1bc-49b1-93c7-a750f77ca531',
      caseId: C.ilgar,
      date: '2019-05-29',
      type: 'judgment',
      text:
        'Grand Chamber judgment in the Article 46 § 4 proceedings: Azerbaijan failed to fulfil ' +
        'its obligation under Article 46 § 1 to abide by the 2014 judgment.',
      sources: [{ sourceId: S.echrMammadovGc }],
    },
    {
      id: '243ada3b-068f-4978-b117-55c75835008f',
      caseId: C.ilgar,
      date: '2020-04-23',
      type: 'acquittal',
      text: 'Acquitted.',
      sources: [{ sourceId: S.rferlAcquittals }],
    },
  ],

  // -------------------------------------------------------------------------------------------
  sources: [
    {
      id: S.echrIsmayilova,
      title: 'Ismayilova v. Azerbaijan (nos. 65286/13 and 57270/14), judgment of 10 January 2019',
      publisher: ECTHR,
      url: HUDOC,
      published: '2019-01-10',
      notes: 'Search HUDOC for application no. 65286/13.',
    },
    {
      id: S.echrIsmayilova3,
      title: 'Ismayilova v. Azerbaijan (no. 3) (no. 35283/14), judgment of 7 May 2020',
      publisher: ECTHR,
      url: HUDOC,
      published: '2020-05-07',
      notes: 'Search HUDOC for application no. 35283/14.',
    },
    {
      id: S.echrYunusova2,
      title: 'Yunusova and Yunusov v. Azerbaijan (no. 2) (no. 68817/14), judgment of 16 July 2020',
      publisher: ECTHR,
      url: HUDOC,
      published: '2020-07-16',
      notes: 'Search HUDOC for application no. 68817/14.',
    },
    {
      id: S.echrJafarov,
      title: 'Rasul Jafarov v. Azerbaijan (no. 69981/14), judgment of 17 March 2016',
      publisher: ECTHR,
      url: HUDOC,
      published: '2016-03-17',
      notes: 'Search HUDOC for application no. 69981/14.',
    },
    {
      id: S.echrAliyev,
      title: 'Aliyev v. Azerbaijan (nos. 68762/14 and 71200/14), judgment of 20 September 2018',
      publisher: ECTHR,
      url: HUDOC,
      published: '2018-09-20',
      notes: 'Search HUDOC for application no. 68762/14.',
    },
    {
      id: S.echrMammadli,
      title: 'Mammadli v. Azerbaijan (no. 47145/14), judgment of 19 April 2018',
      publisher: ECTHR,
      url: HUDOC,
      published: '2018-04-19',
      notes: 'Search HUDOC for application no. 47145/14.',
    },
    {
      id: S.echrMammadov,
      title: 'Ilgar Mammadov v. Azerbaijan (no. 15172/13), judgment of 22 May 2014',
      publisher: ECTHR,
      url: HUDOC,
      published: '2014-05-22',
      notes: 'Search HUDOC for application no. 15172/13.',
    },
    {
      id: S.echrMammadov2,
      title: 'Ilgar Mammadov v. Azerbaijan (no. 2) (no. 919/15), judgment of 16 November 2017',
      publisher: ECTHR,
      url: HUDOC,
      published: '2017-11-16',
      notes: 'Search HUDOC for application no. 919/15.',
    },
    {
      id: S.echrMammadovGc,
      title:
        'Proceedings under Article 46 § 4 in the case of Ilgar Mammadov v. Azerbaijan ' +
        '(no. 15172/13), Grand Chamber judgment of 29 May 2019',
      publisher: ECTHR,
      url: HUDOC,
      published: '2019-05-29',
      notes: 'Search HUDOC for application no. 15172/13.',
    },
    {
      id: S.echrHasanov,
      title: 'Rashad Hasanov and Others v. Azerbaijan (no. 48653/13), judgment of 7 June 2018',
      publisher: ECTHR,
      url: HUDOC,
      published: '2018-06-07',
      notes: 'Search HUDOC for application no. 48653/13. Part of the Ilgar Mammadov group.',
    },
    {
      id: S.venice,
      title:
        'Opinion on the amended law on non-governmental organisations of Azerbaijan, ' +
        'CDL-AD(2014)043',
      publisher: 'European Commission for Democracy through Law (Venice Commission)',
      url: null,
      published: '2014-12',
      notes: 'Cite by its document reference CDL-AD(2014)043.',
    },
    {
      id: S.cmReferral,
      title:
        'Committee of Ministers decision referring to the Court, under Article 46 § 4, the ' +
        'question of compliance with Ilgar Mammadov v. Azerbaijan',
      publisher: 'Committee of Ministers of the Council of Europe',
      url: null,
      published: '2017-12-05',
      notes: 'The first referral under Article 46 § 4. Look up the reference on HUDOC-EXEC.',
    },
    {
      id: S.cmGroup,
      title: 'Ilgar Mammadov group v. Azerbaijan: supervision of execution (enhanced procedure)',
      publisher: 'Committee of Ministers of the Council of Europe',
      url: null,
      published: null,
      notes:
        'Group of cases: 15172/13, 69981/14, 919/15, 47145/14, 48653/13, 68762/14. Look up the ' +
        'current status of execution on HUDOC-EXEC.',
    },
    {
      id: S.tpiIsmayilova,
      title:
        'Third-party intervention in Ismayilova v. Azerbaijan (no. 30778/15) by ARTICLE 19, PEN ' +
        'International, IMS, IPHR and CPJ',
      publisher: 'ARTICLE 19',
      url: null,
      published: '2016-01-19',
      notes: 'Joint written comments submitted under Rule 44 § 3 of the Rules of Court.',
    },
    {
      id: S.rferlIsmayilovaArrest,
      title: 'RFE/RL journalist Khadija Ismayilova arrested in Azerbaijan',
      publisher: 'Radio Free Europe/Radio Liberty',
      url: null,
      published: '2014-12-05',
      notes: REPORT_NOTE,
    },
    {
      id: S.rferlIsmayilovaVerdict,
      title: "Khadija Ismayilova sentenced to 7 years 6 months' imprisonment",
      publisher: 'Radio Free Europe/Radio Liberty',
      url: null,
      published: '2015-09-01',
      notes: REPORT_NOTE,
    },
    {
      id: S.rferlIsmayilovaRelease,
      title: 'Supreme Court suspends sentence of Khadija Ismayilova; journalist released',
      publisher: 'Radio Free Europe/Radio Liberty',
      url: null,
      published: '2016-05-25',
      notes: REPORT_NOTE,
    },
    {
      id: S.a19YunusArrest,
      title: 'Azerbaijan: human rights defender Leyla Yunus arrested',
      publisher: 'ARTICLE 19',
      url: null,
      published: '2014-07-30',
      notes: REPORT_NOTE,
    },
    {
      id: S.a19YunusTreason,
      title: 'Azerbaijan: treason charge against Leyla Yunus split off into separate proceedings',
      publisher: 'ARTICLE 19',
      url: null,
      published: '2015-06',
      notes: REPORT_NOTE,
    },
    {
      id: S.rferlYunusVerdict,
      title: 'Baku court sentences Leyla and Arif Yunus to prison terms',
      publisher: 'Radio Free Europe/Radio Liberty',
      url: null,
      published: '2015-08-13',
      notes: REPORT_NOTE,
    },
    {
      id: S.rferlArifRelease,
      title: 'Arif Yunus released on recognizance',
      publisher: 'Radio Free Europe/Radio Liberty',
      url: null,
      published: '2015-11-12',
      notes: REPORT_NOTE,
    },
    {
      id: S.rferlYunusAppeal,
      title: 'Baku Court of Appeal suspends the sentences of Leyla and Arif Yunus',
      publisher: 'Radio Free Europe/Radio Liberty',
      url: null,
      published: '2015-12-09',
      notes: REPORT_NOTE,
    },
    {
      id: S.a19JafarovArrest,
      title: 'Azerbaijan: human rights defender Rasul Jafarov arrested',
      publisher: 'ARTICLE 19',
      url: null,
      published: '2014-08-02',
      notes: REPORT_NOTE,
    },
    {
      id: S.a19JafarovVerdict,
      title: "Azerbaijan: Rasul Jafarov sentenced to 6 years 6 months' imprisonment",
      publisher: 'ARTICLE 19',
      url: null,
      published: '2015-04-16',
      notes: REPORT_NOTE,
    },
    {
      id: S.rferlJafarovAppeal,
      title: 'Appeal court reduces Rasul Jafarov sentence to 6 years 3 months',
      publisher: 'Radio Free Europe/Radio Liberty',
      url: null,
      published: '2015-07-31',
      notes: REPORT_NOTE,
    },
    {
      id: S.rferlPardon,
      title: 'Pardon frees Rasul Jafarov and Anar Mammadli',
      publisher: 'Radio Free Europe/Radio Liberty',
      url: null,
      published: '2016-03-17',
      notes: REPORT_NOTE,
    },
    {
      id: S.rferlAcquittals,
      title: 'Supreme Court acquits Ilgar Mammadov and Rasul Jafarov',
      publisher: 'Radio Free Europe/Radio Liberty',
      url: null,
      published: '2020-04-23',
      notes: REPORT_NOTE,
    },
    {
      id: S.a19AliyevArrest,
      title: 'Azerbaijan: human rights lawyer Intigam Aliyev arrested',
      publisher: 'ARTICLE 19',
      url: null,
      published: '2014-08',
      notes: REPORT_NOTE,
    },
    {
      id: S.a19AliyevVerdict,
      title: "Azerbaijan: Intigam Aliyev sentenced to 7 years 6 months' imprisonment",
      publisher: 'ARTICLE 19',
      url: null,
      published: '2015-04-22',
      notes: REPORT_NOTE,
    },
    {
      id: S.rferlAliyevRelease,
      title: 'Supreme Court suspends sentence of Intigam Aliyev; lawyer released',
      publisher: 'Radio Free Europe/Radio Liberty',
      url: null,
      published: '2016-03-28',
      notes: REPORT_NOTE,
    },
    {
      id: S.a19MammadliArrest,
      title: 'Azerbaijan: election monitor Anar Mammadli arrested',
      publisher: 'ARTICLE 19',
      url: null,
      published: '2013-12-16',
      notes: REPORT_NOTE,
    },
    {
      id: S.a19MammadliVerdict,
      title: "Azerbaijan: Anar Mammadli sentenced to 5 years 6 months' imprisonment",
      publisher: 'ARTICLE 19',
      url: null,
      published: '2014-05-26',
      notes: REPORT_NOTE,
    },
    {
      id: S.rferlMammadliRearrest,
      title: 'Election monitor Anar Mammadli arrested again',
      publisher: 'Radio Free Europe/Radio Liberty',
      url: null,
      published: '2024-04-29',
      notes: REPORT_NOTE,
    },
    {
      id: S.rferlMammadovArrest,
      title: 'REAL movement chair Ilgar Mammadov arrested',
      publisher: 'Radio Free Europe/Radio Liberty',
      url: null,
      published: '2013-02-04',
      notes: REPORT_NOTE,
    },
    {
      id: S.rferlMammadovVerdict,
      title: "Shaki court sentences Ilgar Mammadov to 7 years' imprisonment",
      publisher: 'Radio Free Europe/Radio Liberty',
      url: null,
      published: '2014-03-17',
      notes: REPORT_NOTE,
    },
    {
      id: S.rferlMammadovRelease,
      title: 'Shaki Court of Appeal suspends sentence; Ilgar Mammadov released',
      publisher: 'Radio Free Europe/Radio Liberty',
      url: null,
      published: '2018-08-13',
      notes: REPORT_NOTE,
    },
    {
      id: S.a19WebsiteBlocking,
      title: 'Azerbaijan: azadliq.info, azadliq.org and other news websites blocked',
      publisher: 'ARTICLE 19',
      url: null,
      published: '2017-03',
      notes: REPORT_NOTE,
    },
    {
      id: S.ogpInactive,
      title: 'Azerbaijan designated inactive in the Open Government Partnership',
      publisher: 'Open Government Partnership',
      url: null,
      published: '2016-05-04',
      notes: REPORT_NOTE,
    },
    {
      id: S.eitiWithdrawal,
      title: 'Azerbaijan suspended from the EITI and withdraws',
      publisher: 'Extractive Industries Transparency Initiative',
      url: null,
      published: '2017-03',
      notes: REPORT_NOTE,
    },
  ],

  // -------------------------------------------------------------------------------------------
  snippets: [
    // Case summaries
    {
      id: N.summaryKhadija,
      title: 'Khadija Ismayilova: case summary',
      kind: 'case_summary',
      language: 'en',
      caseIds: [C.khadija],
      tags: ['journalists', 'pretrial detention', 'rfe/rl', 'ecthr'],
      forums: [
        'upr-stakeholder',
        'treaty-body-report',
        'special-procedures',
        'echr-tpi',
        'joint-statement',
        'website-article',
      ],
      reviewedAt: REVIEWED,
      text: [
        'Khadija Ismayilova is an investigative journalist who worked for the Azerbaijani service ' +
          'of Radio Free Europe/Radio Liberty (RFE/RL). She was arrested on 5 December 2014 on a ' +
          'charge of inciting suicide. That charge was later dropped, and prosecutors instead ' +
          'charged her with embezzlement, illegal entrepreneurship, tax evasion and abuse of office.',
        "On 1 September 2015 she was sentenced to seven years and six months' imprisonment. On 25 " +
          'May 2016 the Supreme Court of Azerbaijan reduced the sentence to three years and six ' +
          'months and suspended it. She was released the same day, after 537 days in prison.',
        'The European Court of Human Rights has delivered judgments on her applications in ' +
          'Ismayilova v. Azerbaijan (nos. 65286/13 and 57270/14) on 10 January 2019 and in ' +
          'Ismayilova v. Azerbaijan (no. 3) (no. 35283/14) on 7 May 2020. Her application ' +
          'concerning her detention (no. 30778/15) was the subject of a joint third-party ' +
          'intervention submitted on 19 January 2016 by ARTICLE 19, PEN International, ' +
          'International Media Support, International Partnership for Human Rights and the ' +
          'Committee to Protect Journalists.',
      ].join('\n\n'),
    },
    {
      id: N.summaryLeyla,
      title: 'Leyla Yunus: case summary',
      kind: 'case_summary',
      language: 'en',
      caseIds: [C.leyla],
      tags: ['human rights defenders', 'pretrial detention', 'article 18', 'ecthr'],
      forums: [
        'upr-stakeholder',
        'treaty-body-report',
        'special-procedures',
        'joint-statement',
        'website-article',
      ],
      reviewedAt: REVIEWED,
      text: [
        'Leyla Yunus is a human rights defender and the director of the Institute for Peace and ' +
          'Democracy. She was arrested on 30 July 2014 and charged with large-scale fraud, ' +
          'illegal entrepreneurship, tax evasion and forgery. A charge of treason was split off ' +
          'into separate proceedings on 23 June 2015.',
        'On 13 August 2015 the Baku Grave Crimes Court sentenced her to eight years and six ' +
          "months' imprisonment. Her husband, the historian Arif Yunus, was sentenced to seven " +
          'years on the same day. On 9 December 2015 the Baku Court of Appeal suspended her ' +
          'sentence, with five years of probation, and she was released.',
        'In Yunusova and Yunusov v. Azerbaijan (no. 2) (no. 68817/14), judgment of 16 July 2020, ' +
          'the European Court of Human Rights found violations of Article 18 and Article 8 of the ' +
          'European Convention on Human Rights. Her prosecution was one of several brought in ' +
          '2014 against prominent human rights defenders in Azerbaijan, among them Rasul ' +
          'Jafarov and Intigam Aliyev.',
      ].join('\n\n'),
    },
    {
      id: N.summaryArif,
      title: 'Arif Yunus: case summary',
      kind: 'case_summary',
      language: 'en',
      caseIds: [C.arif],
      tags: ['human rights defenders', 'pretrial detention', 'article 18', 'ecthr'],
      forums: [
        'upr-stakeholder',
        'treaty-body-report',
        'special-procedures',
        'joint-statement',
        'website-article',
      ],
      reviewedAt: REVIEWED,
      text: [
        'Arif Yunus is a historian who worked at the Institute for Peace and Democracy, headed ' +
          'by his wife, the human rights defender Leyla Yunus. He was taken into custody in 2014 ' +
          'and charged with large-scale fraud. (The exact date of his re-arrest is not confirmed ' +
          'in our sources; figures for his time in detention are approximate.)',
        "On 13 August 2015 he was sentenced to seven years' imprisonment, on the same day as " +
          'his wife was sentenced to eight years and six months. He was released on recognizance ' +
          'on 12 November 2015, and on 9 December 2015 his sentence was suspended on appeal.',
        'In Yunusova and Yunusov v. Azerbaijan (no. 2) (no. 68817/14), judgment of 16 July 2020, ' +
          'the European Court of Human Rights found violations of Article 18 and Article 8 of the ' +
          'European Convention on Human Rights in the case brought by the couple.',
      ].join('\n\n'),
    },
    {
      id: N.summaryRasul,
      title: 'Rasul Jafarov: case summary',
      kind: 'case_summary',
      language: 'en',
      caseIds: [C.rasul],
      tags: ['human rights defenders', 'pretrial detention', 'article 18', 'ecthr', 'pardon'],
      forums: [
        'upr-stakeholder',
        'treaty-body-report',
        'cm-rule-9-2',
        'joint-statement',
        'website-article',
      ],
      reviewedAt: REVIEWED,
      text: [
        'Rasul Jafarov is a human rights defender, chair of the Human Rights Club and involved ' +
          'in the Sport for Rights campaign. He was arrested on 2 August 2014 and charged with ' +
          'illegal entrepreneurship, tax evasion and abuse of power; charges of embezzlement and ' +
          'forgery were added later.',
        "On 16 April 2015 he was sentenced to six years and six months' imprisonment, reduced " +
          'on appeal on 31 July 2015 to six years and three months. He was pardoned and released ' +
          'on 17 March 2016.',
        'On the same day, 17 March 2016, the European Court of Human Rights delivered its ' +
          'judgment in Rasul Jafarov v. Azerbaijan (no. 69981/14), finding a violation of ' +
          'Article 18 taken together with Article 5 of the Convention. The case is part of the ' +
          'Ilgar Mammadov group supervised by the Committee of Ministers under the enhanced ' +
          'procedure. On 23 April 2020 the Supreme Court of Azerbaijan acquitted him.',
      ].join('\n\n'),
    },
    {
      id: N.summaryIntigam,
      title: 'Intigam Aliyev: case summary',
      kind: 'case_summary',
      language: 'en',
      caseIds: [C.intigam],
      tags: ['human rights defenders', 'lawyers', 'pretrial detention', 'ecthr'],
      forums: [
        'upr-stakeholder',
        'treaty-body-report',
        'cm-rule-9-2',
        'joint-statement',
        'website-article',
      ],
      reviewedAt: REVIEWED,
      text: [
        'Intigam Aliyev is a human rights lawyer who worked with the Legal Education Society. ' +
          'He was arrested on 8 August 2014 and was in pretrial detention by 12 August 2014. He ' +
          'was charged with illegal entrepreneurship, misappropriation, tax evasion, abuse of ' +
          'office and forgery.',
        "On 22 April 2015 he was sentenced to seven years and six months' imprisonment. On 28 " +
          'March 2016 the Supreme Court of Azerbaijan replaced the prison term with a five-year ' +
          'suspended sentence, and he was released.',
        'The European Court of Human Rights delivered its judgment in Aliyev v. Azerbaijan ' +
          '(nos. 68762/14 and 71200/14) on 20 September 2018. The case is part of the Ilgar ' +
          'Mammadov group of cases, whose execution the Committee of Ministers of the Council of ' +
          'Europe supervises under the enhanced procedure.',
      ].join('\n\n'),
    },
    {
      id: N.summaryAnar,
      title: 'Anar Mammadli: case summary',
      kind: 'case_summary',
      language: 'en',
      caseIds: [C.anar],
      tags: ['human rights defenders', 'election monitoring', 'pretrial detention', 'ecthr'],
      forums: [
        'upr-stakeholder',
        'treaty-body-report',
        'special-procedures',
        'cm-rule-9-2',
        'joint-statement',
        'website-article',
      ],
      reviewedAt: REVIEWED,
      text: [
        'Anar Mammadli is the chair of the Election Monitoring and Democracy Studies Centre ' +
          '(EMDS). He was arrested on 16 December 2013 and charged with illegal ' +
          'entrepreneurship, tax evasion and abuse of power.',
        "On 26 May 2014 he was sentenced to five years and six months' imprisonment. He was " +
          'pardoned and released on 17 March 2016, together with Rasul Jafarov.',
        'The European Court of Human Rights delivered its judgment in Mammadli v. Azerbaijan ' +
          '(no. 47145/14) on 19 April 2018. The case is part of the Ilgar Mammadov group, whose ' +
          'execution the Committee of Ministers of the Council of Europe supervises under the ' +
          'enhanced procedure.',
        'On 29 April 2024 Anar Mammadli was arrested again. Before citing this case, check the ' +
          'current charges and his status as of the date of the submission.',
      ].join('\n\n'),
    },
    {
      id: N.summaryIlgar,
      title: 'Ilgar Mammadov: case summary',
      kind: 'case_summary',
      language: 'en',
      caseIds: [C.ilgar],
      tags: ['opposition', 'article 18', 'article 46', 'ecthr', 'execution of judgments'],
      forums: [
        'upr-stakeholder',
        'treaty-body-report',
        'cm-rule-9-2',
        'echr-tpi',
        'joint-statement',
        'website-article',
      ],
      reviewedAt: REVIEWED,
      text: [
        'Ilgar Mammadov, chair of the REAL movement, was arrested on 4 February 2013 and charged ' +
          'under Articles 220.1 (mass disorder) and 315.2 of the Criminal Code of Azerbaijan. On ' +
          "17 March 2014 the Shaki Grave Crimes Court sentenced him to seven years' imprisonment.",
        'In Ilgar Mammadov v. Azerbaijan (no. 15172/13), judgment of 22 May 2014, the European ' +
          'Court of Human Rights found violations of Articles 5, 6 § 2 and 18 of the Convention. ' +
          'A second judgment, Ilgar Mammadov v. Azerbaijan (no. 2) (no. 919/15), followed on 16 ' +
          'November 2017. On 5 December 2017 the Committee of Ministers referred the case back to ' +
          'the Court under Article 46 § 4, the first use of that procedure.',
        'On 13 August 2018 the Shaki Court of Appeal suspended his sentence and he was released. ' +
          'On 29 May 2019 the Grand Chamber found that Azerbaijan had failed to fulfil its ' +
          'obligation under Article 46 § 1 to abide by the 2014 judgment. He was acquitted on 23 ' +
          'April 2020.',
      ].join('\n\n'),
    },

    // Background
    {
      id: N.bgNgoLaw,
      title: 'NGO law amendments, 2013–2014',
      kind: 'background',
      language: 'en',
      caseIds: [C.anar, C.rasul, C.intigam, C.leyla],
      tags: ['ngo law', 'freedom of association', 'venice commission', 'civic space'],
      forums: [
        'upr-stakeholder',
        'treaty-body-report',
        'ogp-letter',
        'eiti-submission',
        'joint-statement',
      ],
      reviewedAt: REVIEWED,
      text: [
        "Azerbaijan's law on non-governmental organisations was amended three times in less than " +
          'two years. Amendments adopted on 15 February 2013 entered into force on 12 March 2013; ' +
          'amendments adopted on 17 December 2013 entered into force on 3 February 2014; and ' +
          'amendments of 17 October 2014 were adopted together with matching changes to the law ' +
          'on grants.',
        'In December 2014 the European Commission for Democracy through Law (Venice Commission) ' +
          'of the Council of Europe examined the amended law in its opinion CDL-AD(2014)043.',
        'In the same period the leaders of several independent organisations were arrested and ' +
          'prosecuted, among them Anar Mammadli (Election Monitoring and Democracy Studies ' +
          'Centre), Rasul Jafarov (Human Rights Club), Intigam Aliyev (Legal Education Society) ' +
          'and Leyla Yunus (Institute for Peace and Democracy). Each was charged with offences ' +
          'including illegal entrepreneurship and tax evasion.',
      ].join('\n\n'),
    },
    {
      id: N.bgWebsiteBlocking,
      title: 'Website blocking under the 2017 amendments to the information law',
      kind: 'background',
      language: 'en',
      caseIds: [],
      tags: ['online media', 'website blocking', 'internet freedom'],
      forums: [
        'upr-stakeholder',
        'treaty-body-report',
        'special-procedures',
        'joint-statement',
        'website-article',
      ],
      reviewedAt: REVIEWED,
      text: [
        'Amendments to the law "On Information, Informatisation and Protection of Information", ' +
          'in force since 19 March 2017, allow the authorities to block websites. The ministry ' +
          'may first block a website without a court order where it deems the content dangerous; ' +
          'a court then decides within days.',
        'On 27 March 2017 azadliq.info, azadliq.org and other news websites were blocked.',
      ].join('\n\n'),
    },
    {
      id: N.bgOgp,
      title: 'Azerbaijan and the Open Government Partnership',
      kind: 'background',
      language: 'en',
      caseIds: [],
      tags: ['ogp', 'civic space', 'response policy'],
      forums: ['ogp-letter', 'upr-stakeholder', 'joint-statement'],
      reviewedAt: REVIEWED,
      text: [
        'On 2 March 2015 Publish What You Pay, CIVICUS and ARTICLE 19 filed a letter of concern ' +
          'under the Open Government Partnership (OGP) Response Policy about the situation of ' +
          'civil society in Azerbaijan.',
        'On 18 May 2015 the concerns were found credible. On 4 May 2016 Azerbaijan was ' +
          'designated inactive in the OGP, and on 29 June 2017 it was kept inactive.',
      ].join('\n\n'),
    },
    {
      id: N.bgEiti,
      title: 'Azerbaijan and the Extractive Industries Transparency Initiative',
      kind: 'background',
      language: 'en',
      caseIds: [],
      tags: ['eiti', 'civic space', 'civil society protocol'],
      forums: ['eiti-submission', 'upr-stakeholder', 'joint-statement'],
      reviewedAt: REVIEWED,
      text: [
        'The EITI civil society protocol (Requirement 1.3) protects the freedom of civil society ' +
          'to express views, to associate, to operate, to engage in the EITI process and to take ' +
          'part in public decision-making.',
        'In April 2015 Azerbaijan was downgraded to candidate status. It was suspended on 9 ' +
          'March 2017 and withdrew from the EITI on 10 March 2017.',
      ].join('\n\n'),
    },
    {
      id: N.bgMammadovGroup,
      title: 'The Ilgar Mammadov group before the Committee of Ministers',
      kind: 'background',
      language: 'en',
      caseIds: [C.ilgar, C.rasul, C.anar, C.intigam],
      tags: ['execution of judgments', 'committee of ministers', 'article 18', 'article 46'],
      forums: ['cm-rule-9-2', 'echr-tpi', 'upr-stakeholder', 'joint-statement'],
      reviewedAt: REVIEWED,
      text: [
        'The Committee of Ministers of the Council of Europe supervises the execution of the ' +
          'following judgments together, as the Ilgar Mammadov group, under the enhanced ' +
          'procedure: Ilgar Mammadov v. Azerbaijan (no. 15172/13); Rasul Jafarov v. Azerbaijan ' +
          '(no. 69981/14); Ilgar Mammadov v. Azerbaijan (no. 2) (no. 919/15); Mammadli v. ' +
          'Azerbaijan (no. 47145/14); Rashad Hasanov and Others v. Azerbaijan (no. 48653/13), ' +
          'judgment of 7 June 2018; and Aliyev v. Azerbaijan (no. 68762/14).',
        'On 5 December 2017 the Committee of Ministers referred to the Court, for the first ' +
          'time, the question whether a State had failed to abide by a judgment (Article 46 § 4). ' +
          'On 29 May 2019 the Grand Chamber found that Azerbaijan had failed to fulfil its ' +
          'obligation under Article 46 § 1 in the case of Ilgar Mammadov.',
      ].join('\n\n'),
    },

    // Legal analysis
    {
      id: N.analysisArticle18,
      title: 'Article 18 ECHR findings against Azerbaijan',
      kind: 'legal_analysis',
      language: 'en',
      caseIds: [C.ilgar, C.rasul, C.leyla, C.arif],
      tags: ['article 18', 'ecthr', 'misuse of criminal law', 'execution of judgments'],
      forums: ['echr-tpi', 'cm-rule-9-2', 'treaty-body-report', 'upr-stakeholder'],
      reviewedAt: REVIEWED,
      text: [
        'Article 18 of the European Convention on Human Rights provides that the restrictions ' +
          'permitted under the Convention shall not be applied for any purpose other than those ' +
          'for which they have been prescribed. A violation of Article 18 means that the Court ' +
          'has established that the authorities restricted a right for an ulterior purpose.',
        'The Court has found violations of Article 18 in several cases against Azerbaijan ' +
          'concerning critics of the government: in Ilgar Mammadov v. Azerbaijan (no. 15172/13), ' +
          'judgment of 22 May 2014, together with violations of Articles 5 and 6 § 2; in Rasul ' +
          'Jafarov v. Azerbaijan (no. 69981/14), judgment of 17 March 2016, taken together with ' +
          'Article 5; and in Yunusova and Yunusov v. Azerbaijan (no. 2) (no. 68817/14), judgment ' +
          'of 16 July 2020, together with a violation of Article 8.',
        'Where a prosecution has been found to pursue an ulterior purpose, compensation alone ' +
          'cannot remedy the violation: the consequences of the proceedings for the applicant ' +
          'need to be erased. The Ilgar Mammadov case shows what is at stake. After the ' +
          'Committee of Ministers referred it to the Court under Article 46 § 4 on 5 December ' +
          '2017, the Grand Chamber found on 29 May 2019 that Azerbaijan had failed to fulfil its ' +
          'obligation under Article 46 § 1 to abide by the 2014 judgment. Ilgar Mammadov was ' +
          'acquitted on 23 April 2020, as was Rasul Jafarov.',
      ].join('\n\n'),
    },

    // Recommendations
    {
      id: N.recRelease,
      title: 'Recommendation: release and quash convictions',
      kind: 'recommendation',
      language: 'en',
      caseIds: [],
      tags: ['release', 'judicial harassment', 'human rights defenders', 'journalists'],
      forums: [
        'upr-stakeholder',
        'treaty-body-report',
        'special-procedures',
        'cm-rule-9-2',
        'joint-statement',
      ],
      reviewedAt: REVIEWED,
      text:
        'Immediately and unconditionally release all journalists, human rights defenders and ' +
        'political activists detained for exercising their rights to freedom of expression and ' +
        'association; quash the convictions of those prosecuted for their work, and provide them ' +
        'with full redress.',
    },
    {
      id: N.recNgoLaw,
      title: 'Recommendation: repeal restrictions in the NGO and grants laws',
      kind: 'recommendation',
      language: 'en',
      caseIds: [],
      tags: ['ngo law', 'freedom of association', 'venice commission'],
      forums: [
        'upr-stakeholder',
        'treaty-body-report',
        'ogp-letter',
        'eiti-submission',
        'joint-statement',
      ],
      reviewedAt: REVIEWED,
      text:
        'Repeal the restrictive provisions introduced into the law on non-governmental ' +
        'organisations and the law on grants in 2013 and 2014, taking full account of the Venice ' +
        'Commission opinion CDL-AD(2014)043, so that organisations can register, receive funding ' +
        'and operate without undue interference.',
    },
    {
      id: N.recWebsiteBlocking,
      title: 'Recommendation: end website blocking',
      kind: 'recommendation',
      language: 'en',
      caseIds: [],
      tags: ['online media', 'website blocking', 'internet freedom'],
      forums: ['upr-stakeholder', 'treaty-body-report', 'special-procedures', 'joint-statement'],
      reviewedAt: REVIEWED,
      text:
        'Amend the law "On Information, Informatisation and Protection of Information" so that ' +
        'no website can be blocked without a prior decision of an independent court, applying ' +
        'international standards on freedom of expression; lift the blocking of azadliq.info, ' +
        'azadliq.org and other news websites blocked since 27 March 2017.',
    },
    {
      id: N.recEchr,
      title: 'Recommendation: implement the judgments of the European Court of Human Rights',
      kind: 'recommendation',
      language: 'en',
      caseIds: [C.ilgar, C.rasul, C.anar, C.intigam],
      tags: ['execution of judgments', 'article 18', 'committee of ministers'],
      forums: ['cm-rule-9-2', 'upr-stakeholder', 'treaty-body-report', 'joint-statement'],
      reviewedAt: REVIEWED,
      text:
        'Fully and promptly implement the judgments of the European Court of Human Rights in the ' +
        'Ilgar Mammadov group of cases, including by erasing all remaining consequences of the ' +
        'criminal proceedings for the applicants, and adopt general measures to prevent the ' +
        'misuse of criminal law against critics of the government.',
    },
    {
      id: N.recTravelBans,
      title: 'Recommendation: end travel bans',
      kind: 'recommendation',
      language: 'en',
      caseIds: [],
      tags: ['travel ban', 'freedom of movement', 'human rights defenders', 'journalists'],
      forums: ['upr-stakeholder', 'treaty-body-report', 'special-procedures', 'joint-statement'],
      reviewedAt: REVIEWED,
      text:
        'Lift all travel bans imposed on journalists and human rights defenders in connection ' +
        'with their work, including on those released from prison, and stop using travel bans to ' +
        'restrict their participation in international forums.',
    },

    // Boilerplate
    {
      id: N.boilerplateOpening,
      title: 'Opening formula for joint statements',
      kind: 'boilerplate',
      language: 'en',
      caseIds: [],
      tags: ['opening', 'joint statement'],
      forums: ['joint-statement', 'ogp-letter', 'eiti-submission', 'website-article'],
      reviewedAt: REVIEWED,
      text:
        'We, the undersigned organisations, write to express our serious concern about the ' +
        'continuing restrictions on freedom of expression and association in Azerbaijan, and ' +
        'about the use of criminal proceedings against journalists and human rights defenders ' +
        'for their work.',
    },
  ],
} satisfies ExchangeFileInput;

/** The demo library's ids by name, for the demo documents and for tests. */
export const DEMO_IDS = {
  persons: P,
  organisations: O,
  cases: C,
  sources: S,
  snippets: N,
} as const;
