/**
 * Three finished documents built on the demo library (demoLibrary.ts), one per kind of work the
 * demo shows: a joint statement, a joint UPR submission and a Rule 9.2 communication. Every fact
 * comes from /shared/domain/DEMO-FACTS.md; figures that change (status, days in detention,
 * sentence) are live fields that resolve as of each document's `asOf`.
 */
import type { CaseStatus, DocumentInput } from '../../shared/domain';
import {
  bullets,
  cite,
  doc,
  embed,
  field,
  h1,
  h2,
  lineBreak,
  link,
  numbered,
  p,
  signatories,
} from '../../core/document/build';
import { DEMO_IDS } from './demoLibrary';

/** The demo library's ids by name. */
const { persons: P, organisations: O, cases: C, sources: S, snippets: N } = DEMO_IDS;

/** The ids of the demo documents. */
export const DEMO_DOCUMENT_IDS = {
  jointStatement2014: '1d033e64-f037-4ed0-9d41-303805e13531',
  uprAzerbaijan2017: 'f537b5f0-9903-410c-93a5-fd1525d1f202',
  rule92Mammadov2019: '3c79935e-feea-4c3c-8d90-0d05e03d68b1',
} as const;

type CaseKey = keyof typeof C;

const name = (who: keyof typeof P) => field('person.name', { personId: P[who] });
const arrested = (c: CaseKey) => field('case.arrestDate', { caseId: C[c] });
const status = (c: CaseKey) => field('case.status', { caseId: C[c] });
const days = (c: CaseKey) => field('case.daysDeprived', { caseId: C[c] });
const sentence = (c: CaseKey) => field('case.sentence', { caseId: C[c] });
const date = () => field('document.date');

/** Where a judgment states the violations it found. */
const OPERATIVE = 'operative provisions';

// ---------------------------------------------------------------------------------------------
// a. Joint statement on the 2014 arrests, Human Rights Day 2014

const STATEMENT_AS_OF = '2014-12-10';

const jointStatement: DocumentInput = {
  id: DEMO_DOCUMENT_IDS.jointStatement2014,
  title: 'Azerbaijan: free the human rights defenders and journalist jailed in 2014',
  shortTitle: 'Azerbaijan: free those jailed in 2014',
  subtitle: 'Joint statement on Human Rights Day',
  coverLines: ['For immediate release'],
  forumKey: 'joint-statement',
  language: 'en',
  asOf: STATEMENT_AS_OF,
  status: 'final',
  joint: true,
  audience: 'public',
  keywords: [
    'Azerbaijan',
    'human rights defenders',
    'journalists',
    'arbitrary detention',
    'freedom of association',
  ],
  // The lead organisation first, then alphabetical.
  signatories: [
    { organisationId: O.article19, status: 'confirmed' },
    { organisationId: O.cpj, status: 'confirmed' },
    { organisationId: O.ims, status: 'confirmed' },
    { organisationId: O.iphr, status: 'confirmed' },
    { organisationId: O.pen, status: 'confirmed' },
  ],
  content: doc(
    embed(N.boilerplateOpening, {
      mode: 'copied',
      insertedAt: STATEMENT_AS_OF,
      caseStatuses: {},
      children: [
        p(
          'London, ',
          date(),
          ' – We, the undersigned organisations, write to express our serious concern about ' +
            'the continuing restrictions on freedom of expression and association in Azerbaijan, ' +
            'and about the use of criminal proceedings against journalists and human rights ' +
            'defenders for their work. On Human Rights Day, we call for the release of all those ' +
            'detained for their work.',
        ),
      ],
    }),
    p(
      "Since the end of July 2014 the authorities have arrested some of Azerbaijan's most " +
        'prominent human rights defenders and, on 5 December, the investigative journalist ' +
        'Khadija Ismayilova. We believe that they are being prosecuted for their work.',
    ),
    p(
      name('leyla'),
      ', director of the Institute for Peace and Democracy, was arrested on ',
      arrested('leyla'),
      ' and charged with large-scale fraud, illegal entrepreneurship, tax evasion and forgery.',
      cite(S.a19YunusArrest),
      ' As of ',
      date(),
      ' she is ',
      status('leyla'),
      '; she has spent ',
      days('leyla'),
      ' deprived of her liberty.',
    ),
    p(
      'Her husband, the historian ',
      name('arif'),
      ', who works at the same institute, was also taken into custody in 2014 and charged with ' +
        'large-scale fraud. He too is ',
      status('arif'),
      '.',
    ),
    p(
      name('rasul'),
      ', chair of the Human Rights Club and involved in the Sport for Rights campaign, was ' +
        'arrested on ',
      arrested('rasul'),
      ' and charged with illegal entrepreneurship, tax evasion and abuse of power.',
      cite(S.a19JafarovArrest),
      ' He is ',
      status('rasul'),
      ' and has spent ',
      days('rasul'),
      ' deprived of his liberty.',
    ),
    p(
      name('intigam'),
      ', a human rights lawyer with the Legal Education Society, was arrested on ',
      arrested('intigam'),
      ' and was in pretrial detention by 12 August 2014.',
      cite(S.a19AliyevArrest),
      ' He faces charges including illegal entrepreneurship and tax evasion. He is ',
      status('intigam'),
      ' and has spent ',
      days('intigam'),
      ' deprived of his liberty.',
    ),
    p(
      name('khadija'),
      ', an investigative journalist with the Azerbaijani service of Radio Free Europe/Radio ' +
        'Liberty, was arrested on ',
      arrested('khadija'),
      ' on a charge of inciting suicide.',
      cite(S.rferlIsmayilovaArrest),
      ' She is ',
      status('khadija'),
      '.',
    ),
    p(
      'They join ',
      name('anar'),
      ', chair of the Election Monitoring and Democracy Studies Centre, arrested on ',
      arrested('anar'),
      ' and sentenced on 26 May 2014 to ',
      sentence('anar'),
      ',',
      cite(S.a19MammadliVerdict),
      ' and ',
      name('ilgar'),
      ', chair of the REAL movement, sentenced on 17 March 2014 to ',
      sentence('ilgar'),
      '.',
      cite(S.rferlMammadovVerdict),
      ' On 22 May 2014 the European Court of Human Rights found violations of Articles 5, 6 § 2 ' +
        'and 18 of the European Convention on Human Rights in his case.',
      cite(S.echrMammadov, OPERATIVE),
      ' He remains ',
      status('ilgar'),
      '.',
    ),
    p(
      'These prosecutions have gone together with new restrictions on civil society. The law on ' +
        'non-governmental organisations was amended on 15 February 2013, on 17 December 2013 and ' +
        'again on 17 October 2014, together with matching changes to the law on grants.',
    ),
    h1('Demands'),
    p('We call on the authorities of Azerbaijan to:'),
    bullets(
      'Immediately and unconditionally release Leyla Yunus, Arif Yunus, Rasul Jafarov, Intigam ' +
        'Aliyev, Khadija Ismayilova, Anar Mammadli and Ilgar Mammadov, and drop the charges ' +
        'against them;',
      'Implement in full the judgment of the European Court of Human Rights in Ilgar Mammadov v. ' +
        'Azerbaijan;',
      'Repeal the restrictive amendments to the law on non-governmental organisations and the ' +
        'law on grants adopted since February 2013;',
      'End the use of criminal proceedings against journalists and human rights defenders in ' +
        'reprisal for their work.',
    ),
    p(
      'We further call on the Committee of Ministers of the Council of Europe to ensure that ' +
        'Azerbaijan executes the judgment in Ilgar Mammadov v. Azerbaijan without delay.',
    ),
    h1('Signatories'),
    signatories(),
    h1('Appendix: individual cases'),
    p(
      name('leyla'),
      ', human rights defender, director of the Institute for Peace and Democracy. Arrested ',
      arrested('leyla'),
      '. As of ',
      date(),
      ': ',
      status('leyla'),
      ', ',
      days('leyla'),
      ' deprived of liberty.',
    ),
    p(
      name('arif'),
      ', historian, Institute for Peace and Democracy. Taken into custody in 2014 (exact date ' +
        'not confirmed). As of ',
      date(),
      ': ',
      status('arif'),
      '.',
    ),
    p(
      name('rasul'),
      ', human rights defender, chair of the Human Rights Club. Arrested ',
      arrested('rasul'),
      '. As of ',
      date(),
      ': ',
      status('rasul'),
      ', ',
      days('rasul'),
      ' deprived of liberty.',
    ),
    p(
      name('intigam'),
      ', human rights lawyer, Legal Education Society. Arrested ',
      arrested('intigam'),
      '. As of ',
      date(),
      ': ',
      status('intigam'),
      ', ',
      days('intigam'),
      ' deprived of liberty.',
    ),
    p(
      name('khadija'),
      ', investigative journalist, RFE/RL Azerbaijani service. Arrested ',
      arrested('khadija'),
      '. As of ',
      date(),
      ': ',
      status('khadija'),
      ', ',
      days('khadija'),
      ' deprived of liberty.',
    ),
    p(
      name('anar'),
      ', chair of the Election Monitoring and Democracy Studies Centre. Arrested ',
      arrested('anar'),
      '; sentenced to ',
      sentence('anar'),
      '. As of ',
      date(),
      ': ',
      status('anar'),
      ', ',
      days('anar'),
      ' deprived of liberty.',
    ),
    p(
      name('ilgar'),
      ', chair of the REAL movement. Arrested ',
      arrested('ilgar'),
      '; sentenced to ',
      sentence('ilgar'),
      '. As of ',
      date(),
      ': ',
      status('ilgar'),
      ', ',
      days('ilgar'),
      ' deprived of liberty.',
    ),
  ),
};

// ---------------------------------------------------------------------------------------------
// b. Joint UPR submission on Azerbaijan, ahead of the 2018 third-cycle review

const UPR_AS_OF = '2017-10-05';

/** Statuses as of UPR_AS_OF of the cases the embedded snippets link to. */
const UPR_STATUSES: Partial<Record<CaseKey, CaseStatus>> = {
  anar: 'pardoned',
  rasul: 'pardoned',
  intigam: 'suspended_sentence',
  leyla: 'suspended_sentence',
  ilgar: 'imprisoned',
};

/** The statuses of these cases, keyed by case id. */
function statusesOf(table: Partial<Record<CaseKey, CaseStatus>>, ...cases: CaseKey[]) {
  const out: Record<string, CaseStatus> = {};
  for (const c of cases) {
    const s = table[c];
    if (s === undefined) throw new Error(`no status for case ${c}`);
    out[C[c]] = s;
  }
  return out;
}

const uprSnippet = (snippetId: string, ...cases: CaseKey[]) =>
  embed(snippetId, {
    revision: 1,
    mode: 'linked',
    insertedAt: UPR_AS_OF,
    caseStatuses: statusesOf(UPR_STATUSES, ...cases),
  });

const uprSubmission: DocumentInput = {
  id: DEMO_DOCUMENT_IDS.uprAzerbaijan2017,
  title: 'Azerbaijan: freedom of expression and association',
  shortTitle: 'UPR joint submission: Azerbaijan',
  subtitle: 'Joint stakeholder submission to the Universal Periodic Review of Azerbaijan',
  coverLines: ['Third cycle of the Universal Periodic Review (2018)'],
  forumKey: 'upr-stakeholder',
  language: 'en',
  asOf: UPR_AS_OF,
  status: 'final',
  joint: true,
  audience: 'public',
  keywords: [
    'Azerbaijan',
    'Universal Periodic Review',
    'UPR',
    'freedom of expression',
    'freedom of association',
  ],
  signatories: [
    { organisationId: O.article19, status: 'confirmed' },
    { organisationId: O.pen, status: 'confirmed' },
  ],
  content: doc(
    h1('Submitting organisations'),
    p('This is a joint submission by the following organisations:'),
    signatories(),
    p(
      'ARTICLE 19, founded in 1987, is an international organisation defending freedom of ' +
        'expression and information.',
    ),
    p(
      'PEN International, founded in 1921, is a worldwide association of writers promoting ' +
        'literature and freedom of expression.',
    ),
    h1('Contact person'),
    p(
      'ARTICLE 19 is the contact organisation for this submission (',
      link('https://www.article19.org', 'www.article19.org'),
      ').',
    ),
    h1('Introduction'),
    p(
      'This submission covers the period since the second-cycle review of Azerbaijan. It ' +
        'addresses freedom of association and the law on non-governmental organisations; the ' +
        'prosecution and imprisonment of human rights defenders, a journalist and an opposition ' +
        'leader; the blocking of news websites; and the consequences of these restrictions for ' +
        "Azerbaijan's participation in the Open Government Partnership and the Extractive " +
        'Industries Transparency Initiative.',
    ),
    h1('Freedom of association'),
    uprSnippet(N.bgNgoLaw, 'anar', 'rasul', 'intigam', 'leyla'),
    p(
      "The Venice Commission's opinion CDL-AD(2014)043 should guide the revision of the law.",
      cite(S.venice),
    ),
    h1('Human rights defenders, journalists and political activists'),
    p(
      name('ilgar'),
      ', chair of the REAL movement, was arrested on ',
      arrested('ilgar'),
      cite(S.rferlMammadovArrest),
      ' and sentenced by the Shaki Grave Crimes Court on 17 March 2014 to ',
      sentence('ilgar'),
      '.',
      cite(S.rferlMammadovVerdict),
      ' On 22 May 2014 the European Court of Human Rights found violations of Articles 5, 6 § 2 ' +
        'and 18 of the Convention in his case.',
      cite(S.echrMammadov, OPERATIVE),
      ' As of ',
      date(),
      ' he remains ',
      status('ilgar'),
      ', having spent ',
      days('ilgar'),
      ' deprived of his liberty.',
    ),
    p(
      name('leyla'),
      ', director of the Institute for Peace and Democracy, was arrested on ',
      arrested('leyla'),
      cite(S.a19YunusArrest),
      " and sentenced by the Baku Grave Crimes Court on 13 August 2015 to eight years and six months' imprisonment.",
      cite(S.rferlYunusVerdict),
      ' On 9 December 2015 the Baku Court of Appeal suspended the sentence (',
      sentence('leyla'),
      ').',
      cite(S.rferlYunusAppeal),
      ' She had spent ',
      days('leyla'),
      ' deprived of her liberty.',
    ),
    p(
      'Her husband, the historian ',
      name('arif'),
      ", was taken into custody in 2014 and sentenced on the same day to seven years' imprisonment.",
      cite(S.rferlYunusVerdict),
      ' He was released on recognizance on 12 November 2015,',
      cite(S.rferlArifRelease),
      ' and his sentence was suspended on appeal on 9 December 2015 (',
      sentence('arif'),
      ').',
      cite(S.rferlYunusAppeal),
    ),
    p(
      name('rasul'),
      ', chair of the Human Rights Club, was arrested on ',
      arrested('rasul'),
      cite(S.a19JafarovArrest),
      " and sentenced on 16 April 2015 to six years and six months' imprisonment,",
      cite(S.a19JafarovVerdict),
      ' reduced on appeal on 31 July 2015 to ',
      sentence('rasul'),
      '.',
      cite(S.rferlJafarovAppeal),
      ' He was ',
      status('rasul'),
      ' on 17 March 2016, after ',
      days('rasul'),
      ' deprived of his liberty,',
      cite(S.rferlPardon),
      ' on the day the European Court of Human Rights found a violation of Article 18 taken ' +
        'together with Article 5 in his case.',
      cite(S.echrJafarov, OPERATIVE),
    ),
    p(
      name('intigam'),
      ', a human rights lawyer with the Legal Education Society, was arrested on ',
      arrested('intigam'),
      cite(S.a19AliyevArrest),
      " and sentenced on 22 April 2015 to seven years and six months' imprisonment.",
      cite(S.a19AliyevVerdict),
      ' On 28 March 2016 the Supreme Court replaced the prison term with a suspended sentence (',
      sentence('intigam'),
      ').',
      cite(S.rferlAliyevRelease),
      ' He had spent ',
      days('intigam'),
      ' deprived of his liberty.',
    ),
    p(
      name('anar'),
      ', chair of the Election Monitoring and Democracy Studies Centre, was arrested on ',
      arrested('anar'),
      cite(S.a19MammadliArrest),
      ' and sentenced on 26 May 2014 to ',
      sentence('anar'),
      '.',
      cite(S.a19MammadliVerdict),
      ' He was ',
      status('anar'),
      ' on 17 March 2016, after ',
      days('anar'),
      ' deprived of his liberty.',
      cite(S.rferlPardon),
    ),
    p(
      name('khadija'),
      ', an investigative journalist with the Azerbaijani service of Radio Free Europe/Radio ' +
        'Liberty, was arrested on ',
      arrested('khadija'),
      cite(S.rferlIsmayilovaArrest),
      " and sentenced on 1 September 2015 to seven years and six months' imprisonment.",
      cite(S.rferlIsmayilovaVerdict),
      ' On 25 May 2016 the Supreme Court reduced and suspended the sentence (',
      sentence('khadija'),
      '); she was released after ',
      days('khadija'),
      ' in detention.',
      cite(S.rferlIsmayilovaRelease),
    ),
    h1('Online media: website blocking'),
    uprSnippet(N.bgWebsiteBlocking),
    p('ARTICLE 19 documented the blocking at the time.', cite(S.a19WebsiteBlocking)),
    h1('International transparency initiatives'),
    uprSnippet(N.bgOgp),
    uprSnippet(N.bgEiti),
    p(
      'Azerbaijan is thus no longer an active participant in either initiative.',
      cite(S.ogpInactive),
      cite(S.eitiWithdrawal),
    ),
    h1('Recommendations'),
    p('The submitting organisations call on the Government of Azerbaijan to:'),
    uprSnippet(N.recRelease),
    uprSnippet(N.recNgoLaw),
    uprSnippet(N.recWebsiteBlocking),
    uprSnippet(N.recEchr, 'ilgar', 'rasul', 'anar', 'intigam'),
  ),
};

// ---------------------------------------------------------------------------------------------
// c. Rule 9.2 communication on the Ilgar Mammadov group, after the Grand Chamber judgment

const RULE_92_AS_OF = '2019-06-20';

/** Statuses as of RULE_92_AS_OF of the cases the embedded snippets link to. */
const RULE_92_STATUSES: Partial<Record<CaseKey, CaseStatus>> = {
  ilgar: 'suspended_sentence',
  rasul: 'pardoned',
  anar: 'pardoned',
  intigam: 'suspended_sentence',
};

const groupSnippet = (snippetId: string) =>
  embed(snippetId, {
    revision: 1,
    mode: 'linked',
    insertedAt: RULE_92_AS_OF,
    caseStatuses: statusesOf(RULE_92_STATUSES, 'ilgar', 'rasul', 'anar', 'intigam'),
  });

const rule92: DocumentInput = {
  id: DEMO_DOCUMENT_IDS.rule92Mammadov2019,
  title: 'Ilgar Mammadov group v. Azerbaijan: communication under Rule 9.2',
  shortTitle: 'Rule 9.2: Ilgar Mammadov group',
  subtitle:
    'Communication under Rule 9.2 of the Rules of the Committee of Ministers for the ' +
    'supervision of the execution of judgments and of the terms of friendly settlements',
  coverLines: [
    'Ilgar Mammadov group v. Azerbaijan: applications nos. 15172/13, 69981/14, 919/15, ' +
      '47145/14, 48653/13 and 68762/14',
    'Enhanced supervision',
    'To the Department for the Execution of Judgments of the European Court of Human Rights, ' +
      'DGI, Council of Europe, Strasbourg',
  ],
  forumKey: 'cm-rule-9-2',
  language: 'en',
  asOf: RULE_92_AS_OF,
  status: 'final',
  joint: false,
  audience: 'public',
  keywords: [
    'Azerbaijan',
    'Rule 9.2',
    'execution of judgments',
    'Article 18',
    'Ilgar Mammadov group',
  ],
  signatories: [{ organisationId: O.article19, status: 'confirmed' }],
  content: doc(
    p(
      'Department for the Execution of Judgments of the European Court of Human Rights',
      lineBreak(),
      'DGI – Directorate General of Human Rights and Rule of Law',
      lineBreak(),
      'Council of Europe',
      lineBreak(),
      'F-67075 Strasbourg Cedex, France',
    ),
    p('London, ', date()),
    h1('Case description'),
    p(
      'The Ilgar Mammadov group concerns criminal proceedings brought against the applicants, ' +
        'among them an opposition politician and human rights defenders. In Ilgar Mammadov v. ' +
        'Azerbaijan (no. 15172/13) the Court found violations of Articles 5, 6 § 2 and 18 of the ' +
        'Convention,',
      cite(S.echrMammadov, OPERATIVE),
      ' and in Rasul Jafarov v. Azerbaijan (no. 69981/14) a violation of Article 18 taken ' +
        'together with Article 5.',
      cite(S.echrJafarov, OPERATIVE),
      ' The Committee of Ministers supervises the execution of the group under the enhanced ' +
        'procedure.',
      cite(S.cmGroup),
    ),
    groupSnippet(N.bgMammadovGroup),
    p(
      'After the referral decision of the Committee of Ministers',
      cite(S.cmReferral),
      ' and the Grand Chamber judgment of 29 May 2019,',
      cite(S.echrMammadovGc),
      ' the Court referred the case back to the Committee of Ministers, in accordance with ' +
        'Article 46 § 5 of the Convention, for consideration of the measures to be taken.',
    ),
    h1('Measures concerned'),
    p(
      'This communication concerns the individual measures still required for each applicant of ' +
        'the group, and the general measures required to prevent similar violations.',
    ),
    h2('Individual measures'),
    p(
      name('ilgar'),
      ' (applications nos. 15172/13 and 919/15) was sentenced on 17 March 2014 to ',
      sentence('ilgar'),
      '.',
      cite(S.rferlMammadovVerdict),
      ' On 13 August 2018 the Shaki Court of Appeal suspended the sentence and he was released.',
      cite(S.rferlMammadovRelease),
      ' As of ',
      date(),
      ' his status is: ',
      status('ilgar'),
      '. He spent ',
      days('ilgar'),
      ' deprived of his liberty, and his conviction has not been quashed. The second judgment in ' +
        'his case was delivered on 16 November 2017.',
      cite(S.echrMammadov2),
    ),
    p(
      name('rasul'),
      ' (no. 69981/14) was sentenced to ',
      sentence('rasul'),
      ', as reduced on appeal on 31 July 2015,',
      cite(S.rferlJafarovAppeal),
      ' and was ',
      status('rasul'),
      ' on 17 March 2016, after ',
      days('rasul'),
      ' deprived of his liberty.',
      cite(S.rferlPardon),
      ' A pardon leaves the conviction in place.',
    ),
    p(
      name('anar'),
      ' (no. 47145/14) was sentenced on 26 May 2014 to ',
      sentence('anar'),
      cite(S.a19MammadliVerdict),
      ' and was ',
      status('anar'),
      ' on 17 March 2016, after ',
      days('anar'),
      ' deprived of his liberty.',
      cite(S.rferlPardon),
      ' The Court delivered its judgment in his case on 19 April 2018.',
      cite(S.echrMammadli),
    ),
    p(
      name('intigam'),
      " (no. 68762/14) was sentenced on 22 April 2015 to seven years and six months' imprisonment.",
      cite(S.a19AliyevVerdict),
      ' On 28 March 2016 the Supreme Court replaced the prison term with a suspended sentence (',
      sentence('intigam'),
      '), after ',
      days('intigam'),
      ' deprived of his liberty.',
      cite(S.rferlAliyevRelease),
      ' As of ',
      date(),
      ' his status is: ',
      status('intigam'),
      '. The Court delivered its judgment in his case on 20 September 2018.',
      cite(S.echrAliyev),
    ),
    p(
      'In Rashad Hasanov and Others v. Azerbaijan (no. 48653/13), judgment of 7 June 2018,',
      cite(S.echrHasanov),
      ' the Government should inform the Committee of the situation of each applicant and of ' +
        'the steps taken to erase the consequences of the proceedings against them.',
    ),
    p(
      'For each applicant, restitutio in integrum requires that the conviction be quashed and ' +
        'that all remaining consequences of the criminal proceedings be erased.',
    ),
    h2('General measures'),
    p(
      "In the Ilgar Mammadov and Rasul Jafarov cases the Court found that the applicants' " +
        'rights had been restricted for purposes other than those prescribed by the Convention. ' +
        'General measures are needed to ensure that criminal proceedings are not used to punish ' +
        'or silence critics of the government, human rights defenders and civil society ' +
        'organisations, including guarantees of the independence of prosecutors and judges in ' +
        'decisions on arrest and detention, and a revision of the law on non-governmental ' +
        'organisations examined by the Venice Commission in December 2014.',
      cite(S.venice),
    ),
    h1('Aim of the communication'),
    p(
      'The aim of this communication is to assist the Committee of Ministers in its supervision ' +
        'of the execution of the Ilgar Mammadov group following the Grand Chamber judgment of 29 ' +
        'May 2019, by setting out the individual and general measures that remain outstanding.',
    ),
    h1('Recommendations'),
    p(
      'ARTICLE 19 respectfully invites the Committee of Ministers to call on the Government of ' +
        'Azerbaijan to:',
    ),
    groupSnippet(N.recEchr),
    p('ARTICLE 19 further invites the Committee of Ministers to:'),
    numbered(
      'request the Government to submit without delay an updated action plan setting out, for ' +
        'each applicant, the measures taken to quash the conviction and erase its consequences, ' +
        'and the general measures envisaged;',
      'keep the group under enhanced supervision until these measures are complete.',
    ),
    signatories(),
  ),
};

export const demoDocuments: DocumentInput[] = [jointStatement, uprSubmission, rule92];
