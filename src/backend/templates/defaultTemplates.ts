/**
 * The templates a new library starts with: at least one per forum of defaultForums, each a short
 * skeleton following /shared/domain/FORUMS.md — cover lines, the forum's required sections as
 * headings (their exact texts), opening formulas, a numbered recommendations list where the forum
 * has recommendations, the signatory list, and the document date where a date belongs.
 * Placeholders are bracketed italic text ("[Name of the State]").
 *
 * The cover (title, subtitle, cover lines, "Submitted by …" and the date) is printed from the
 * document's metadata, so the content starts after it.
 */
import type { RichContent } from '../../shared/domain';
import {
  bold,
  bullets,
  doc,
  field,
  h1,
  h2,
  lineBreak,
  numbered,
  p,
  pageBreak,
  ph,
  quote,
  signatories,
} from '../../core/document/build';

export interface TemplateSeed {
  key: string;
  forumKey: string;
  name: string;
  description: string;
  document: {
    joint?: boolean;
    shortTitle?: string | null;
    subtitle?: string | null;
    coverLines?: string[];
    keywords?: string[];
    audience?: 'public' | 'internal';
  };
  content: RichContent;
}

const date = () => field('document.date');

/** The sections of a UPR submission after the submitting organisations. */
const uprBody = [
  h1('Contact person'),
  p(
    ph('Name'),
    ', ',
    ph('position'),
    ', ',
    ph('organisation'),
    ' – ',
    ph('email'),
    ', ',
    ph('telephone'),
  ),
  h1('Introduction'),
  p(
    'This submission covers the period since the last review of ',
    ph('Name of the State'),
    ' in ',
    ph('month and year of the last review'),
    '. It assesses the implementation of the recommendations ',
    ph('Name of the State'),
    ' received on ',
    ph('themes, e.g. freedom of expression and association'),
    ' and the developments since.',
  ),
  h1(ph('Theme, e.g. Freedom of expression')),
  h2('Follow-up to the previous review'),
  p(
    'During the previous review, ',
    ph('Name of the State'),
    ' received ',
    ph('number'),
    ' recommendations on ',
    ph('theme'),
    ', of which it supported ',
    ph('number'),
    ' and noted ',
    ph('number'),
    '.',
  ),
  h2('Developments since the previous review'),
  p(ph('Facts since the last review; references go in the endnotes, which hold no other text.')),
  h1('Recommendations'),
  p('The submitting organisations call on the Government of ', ph('Name of the State'), ' to:'),
  numbered(
    ph('Recommendation: an action, specific and measurable'),
    ph('Recommendation'),
    ph('Recommendation'),
  ),
];

export const defaultTemplates: TemplateSeed[] = [
  {
    key: 'upr-stakeholder-joint',
    forumKey: 'upr-stakeholder',
    name: 'UPR stakeholder submission — joint',
    description:
      'Joint stakeholder submission to the Universal Periodic Review: all submitters named at the ' +
      'top, a paragraph on each organisation, a contact person, the period since the last review, ' +
      'numbered paragraphs, references in endnotes, recommendations. Word only; 5,630 words.',
    document: {
      joint: true,
      shortTitle: 'UPR joint submission: [Name of the State]',
      subtitle:
        'Joint stakeholder submission to the Universal Periodic Review of [Name of the State]',
      coverLines: ['[Cycle] cycle, [number] session of the UPR Working Group, [month and year]'],
      keywords: ['Universal Periodic Review', 'UPR'],
      audience: 'public',
    },
    content: doc(
      h1('Submitting organisations'),
      p('This is a joint submission by the following organisations:'),
      signatories(),
      p(
        ph('Name of the organisation'),
        ' (',
        ph('short name'),
        '), founded in ',
        ph('year'),
        ', ',
        ph('mandate: what the organisation does, where, and its consultative status if any'),
        '.',
      ),
      p(ph('One paragraph like the one above for each submitting organisation.')),
      ...uprBody,
    ),
  },
  {
    key: 'upr-stakeholder-single',
    forumKey: 'upr-stakeholder',
    name: 'UPR stakeholder submission — single organisation',
    description:
      'Stakeholder submission by one organisation to the Universal Periodic Review: the ' +
      'organisation, a contact person, the period since the last review, numbered paragraphs, ' +
      'references in endnotes, recommendations. Word only; 2,815 words.',
    document: {
      joint: false,
      shortTitle: 'UPR submission: [Name of the State]',
      subtitle: 'Stakeholder submission to the Universal Periodic Review of [Name of the State]',
      coverLines: ['[Cycle] cycle, [number] session of the UPR Working Group, [month and year]'],
      keywords: ['Universal Periodic Review', 'UPR'],
      audience: 'public',
    },
    content: doc(
      h1('Submitting organisations'),
      p(
        ph('Name of the organisation'),
        ' (',
        ph('short name'),
        '), founded in ',
        ph('year'),
        ', ',
        ph('mandate: what the organisation does, where, and its consultative status if any'),
        '.',
      ),
      ...uprBody,
    ),
  },
  {
    key: 'treaty-body-report',
    forumKey: 'treaty-body-report',
    name: 'Treaty body alternative report',
    description:
      'Alternative ("shadow") report to a UN treaty body: cover page (country, committee, ' +
      'session, submitting NGOs), contents, an introduction on the NGOs, the body by treaty ' +
      'article, recommendations. Source every fact.',
    document: {
      shortTitle: 'Alternative report: [Name of the State]',
      subtitle: 'Alternative report to the [Committee]',
      coverLines: ['[Name of the State]', '[Number] session, [dates of the session]'],
      keywords: ['alternative report', '[Committee]'],
      audience: 'public',
    },
    content: doc(
      p(bold('Alternative report to the '), ph('Committee, e.g. Human Rights Committee')),
      p(ph('Name of the State'), ' – ', ph('number'), ' session, ', ph('dates of the session')),
      p('Submitted by:'),
      signatories(),
      pageBreak(),
      h1('Contents'),
      p(ph('The sections of the report with their pages; update before export.')),
      h1('Introduction'),
      p(
        'This report is submitted by ',
        ph('organisations'),
        ' for the review of the ',
        ph('number'),
        ' periodic report of ',
        ph('Name of the State'),
        ' under the ',
        ph('treaty, e.g. International Covenant on Civil and Political Rights'),
        '. It covers ',
        ph('period'),
        '.',
      ),
      p(ph('About each submitting organisation: mandate, founding year, contact.')),
      h1('Article ', ph('number'), ': ', ph('right, e.g. Freedom of expression')),
      p(ph('Facts and concerns under this article, each with its source.')),
      h1('Recommendations'),
      p(
        'The submitting organisations recommend that the Committee urge ',
        ph('Name of the State'),
        ' to:',
      ),
      numbered(ph('Recommendation'), ph('Recommendation'), ph('Recommendation')),
    ),
  },
  {
    key: 'special-procedures',
    forumKey: 'special-procedures',
    name: 'Special procedures communication',
    description:
      'Communication to UN special procedures: an allegation letter (past violations) or an ' +
      'urgent appeal (ongoing or imminent ones), with what the OHCHR questionnaire asks: the ' +
      'victim, the facts, the alleged perpetrators, state action, consent.',
    document: {
      shortTitle: 'Communication: [name of the victim]',
      subtitle:
        '[Urgent appeal / Allegation letter] concerning [name of the victim], [Name of the State]',
      coverLines: [
        'To the [Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression]',
      ],
      keywords: ['special procedures', '[urgent appeal / allegation letter]'],
      audience: 'internal',
    },
    content: doc(
      p(
        'To: ',
        ph(
          'mandate, e.g. Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression',
        ),
        lineBreak(),
        'Office of the United Nations High Commissioner for Human Rights, Geneva',
      ),
      p(ph('City'), ', ', date()),
      p(
        bold('Request for an '),
        ph('urgent appeal / allegation letter'),
        bold(' concerning '),
        ph('name of the victim'),
        ', ',
        ph('Name of the State'),
      ),
      h1('Victim'),
      bullets(
        ['Name: ', ph('full name, other spellings')],
        ['Age and gender: ', ph('age'), ', ', ph('gender')],
        ['Profession and affiliations: ', ph('e.g. journalist with …')],
        ['Views or activities relevant to the case: ', ph('…')],
        ['For a media outlet: its type and reach: ', ph('print, broadcast, online; audience')],
      ),
      h1('Date, place and circumstances'),
      p(ph('What happened, on what date and where; whether it is ongoing or imminent.')),
      h1('Alleged perpetrators'),
      p(ph('Who is believed responsible (authority, unit, persons), and why.')),
      h1('State action'),
      p(
        ph(
          'The authority involved; the legal provisions invoked (code and article); the domestic remedies sought and their outcome.',
        ),
      ),
      h1('Consent'),
      p(
        'The ',
        ph('victim / family of the victim'),
        ' consents to this communication and to the name being ',
        ph('published / withheld'),
        ' in any public report. ',
        ph('Risk of reprisals, if any.'),
      ),
      p('Submitted by:'),
      signatories(),
    ),
  },
  {
    key: 'cm-rule-9-2',
    forumKey: 'cm-rule-9-2',
    name: 'Rule 9.2 communication',
    description:
      'Communication to the Committee of Ministers under Rule 9.2 on the execution of a judgment ' +
      'of the European Court of Human Rights: the case description, the measures concerned ' +
      '(individual, general, procedure), the aim, recommendations. Addressed to the Department ' +
      'for the Execution of Judgments (DGI).',
    document: {
      shortTitle: 'Rule 9.2: [case name]',
      subtitle:
        'Communication under Rule 9.2 of the Rules of the Committee of Ministers for the ' +
        'supervision of the execution of judgments and of the terms of friendly settlements',
      coverLines: [
        '[Case name] v. [Name of the State] (application no. [number])',
        '[Standard / enhanced] supervision',
      ],
      keywords: ['Rule 9.2', 'execution of judgments', 'Committee of Ministers'],
      audience: 'public',
    },
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
      p(ph('City'), ', ', date()),
      h1('Case description'),
      p(
        ph('Case name'),
        ' v. ',
        ph('Name of the State'),
        ' (application no. ',
        ph('number'),
        '), judgment of ',
        ph('date'),
        ': ',
        ph('short description of the case, as HUDOC-EXEC gives it'),
        '.',
      ),
      h1('Measures concerned'),
      p(
        'This communication concerns ',
        ph(
          'individual measures / general measures / the supervision procedure (enhanced supervision, closure)',
        ),
        '.',
      ),
      h2('Individual measures'),
      p(ph('The situation of each applicant and what remains to be done.')),
      h2('General measures'),
      p(ph('The laws and practices that must change to prevent similar violations.')),
      h1('Aim of the communication'),
      p(
        'The aim of this communication is to ',
        ph('comment on the action plan / action report of …'),
        ' ahead of the ',
        ph('number'),
        ' meeting (DH) of the Committee of Ministers.',
      ),
      h1('Recommendations'),
      p('The submitting organisations respectfully invite the Committee of Ministers to:'),
      numbered(ph('Recommendation'), ph('Recommendation')),
      signatories(),
    ),
  },
  {
    key: 'echr-tpi',
    forumKey: 'echr-tpi',
    name: 'ECtHR third-party intervention (Rule 44 § 3)',
    description:
      'Written comments of a third party to the European Court of Human Rights, after leave is ' +
      'granted: title block, numbered paragraphs, an introduction citing the leave granted, the ' +
      'standards, a conclusion. About 10 pages (unverified limit).',
    document: {
      shortTitle: '[Applicant] v. [Name of the State]: third party intervention',
      subtitle:
        'Third party intervention submitted under Rule 44 § 3 of the Rules of Court by [names of ' +
        'the interveners]',
      coverLines: [
        'European Court of Human Rights',
        '[Applicant] v. [Name of the State] (application no. [number])',
      ],
      keywords: ['third party intervention', 'Rule 44 § 3', 'European Court of Human Rights'],
      audience: 'public',
    },
    content: doc(
      h1('Introduction'),
      p(
        'These written comments are submitted by ',
        ph('names of the interveners'),
        ' under Rule 44 § 3 of the Rules of Court, pursuant to the leave granted by the ',
        ph('President of the … Section'),
        ' by letter of ',
        ph('date'),
        '.',
      ),
      p(
        'In accordance with the conditions of leave, the interveners do not comment on the facts ' +
          'or the merits of the case. They ',
        ph('set out the international and comparative standards on …'),
        '.',
      ),
      p(ph('The interveners: each organisation and its expertise, in one or two sentences.')),
      h1(ph('First issue, e.g. International standards on …')),
      p(ph('Standards and authorities, with references.')),
      h1(ph('Second issue')),
      p(ph('…')),
      h1('Conclusion'),
      p(ph('What the interveners invite the Court to take into account.')),
      signatories(),
    ),
  },
  {
    key: 'joint-statement',
    forumKey: 'joint-statement',
    name: 'Joint statement',
    description:
      'Joint statement or joint letter: dateline and "We, the undersigned organisations, …", the ' +
      'concerns, demands as a bulleted list, the signatories (lead organisation first, then ' +
      'alphabetical) and the individual cases in an appendix.',
    document: {
      joint: true,
      shortTitle: '[Name of the State]: [short title]',
      subtitle: 'Joint statement',
      coverLines: [],
      keywords: ['joint statement'],
      audience: 'public',
    },
    content: doc(
      p(
        ph('City'),
        ', ',
        date(),
        ' – We, the undersigned organisations, ',
        ph('express our serious concern about … / call on …'),
        '.',
      ),
      p(ph('What happened, with sources.')),
      p(ph('Why it matters; the individual cases are listed in the appendix.')),
      h1('Demands'),
      p('We call on the authorities of ', ph('Name of the State'), ' to:'),
      bullets(ph('Demand'), ph('Demand'), ph('Demand')),
      p('We further call on ', ph('international partners'), ' to ', ph('…'), '.'),
      h1('Signatories'),
      signatories(),
      h1('Appendix: individual cases'),
      p(
        ph(
          'One paragraph per person: name, role, date of arrest, charges, status and days in detention as of the date of the statement (use live fields).',
        ),
      ),
    ),
  },
  {
    key: 'ogp-letter',
    forumKey: 'ogp-letter',
    name: 'OGP Response Policy letter of concern',
    description:
      'Letter of concern under the Open Government Partnership Response Policy, addressed to the ' +
      'Criteria and Standards subcommittee, on civic space in a participating country.',
    document: {
      joint: true,
      shortTitle: 'OGP letter of concern: [country]',
      subtitle: 'Letter of concern under the OGP Response Policy',
      coverLines: ['To the Criteria and Standards subcommittee, Open Government Partnership'],
      keywords: ['Open Government Partnership', 'Response Policy', 'civic space'],
      audience: 'public',
    },
    content: doc(
      p('To: the Criteria and Standards subcommittee', lineBreak(), 'Open Government Partnership'),
      p(ph('City'), ', ', date()),
      p(bold('Re: letter of concern under the OGP Response Policy regarding '), ph('country')),
      p('Dear members of the Criteria and Standards subcommittee,'),
      p(
        'We, the undersigned organisations, write under the OGP Response Policy to raise our ' +
          'concerns about the space for civil society in ',
        ph('country'),
        ', a participating country of the Open Government Partnership.',
      ),
      h1('Background'),
      p(ph('The country in the OGP: when it joined, its action plans.')),
      h1('Concerns'),
      p(ph('Laws, practices and cases that restrict civil society, each with its source.')),
      h1('Request'),
      p('We respectfully request that the Criteria and Standards subcommittee:'),
      numbered(ph('Request'), ph('Request')),
      p('Yours sincerely,'),
      signatories(),
    ),
  },
  {
    key: 'eiti-submission',
    forumKey: 'eiti-submission',
    name: 'EITI civil-society submission',
    description:
      'Civil-society submission to the Extractive Industries Transparency Initiative, framed by ' +
      'the civil society protocol (Requirement 1.3): expression, association, operation, ' +
      'engagement in the EITI, access to public decision-making.',
    document: {
      joint: true,
      shortTitle: 'EITI submission: [country]',
      subtitle: 'Civil-society submission on the civil society protocol (Requirement 1.3)',
      coverLines: ['To the [EITI Board / Validation Committee]'],
      keywords: ['EITI', 'civil society protocol', 'Requirement 1.3'],
      audience: 'public',
    },
    content: doc(
      p(ph('City'), ', ', date()),
      h1('Introduction'),
      p(
        'This submission is made by ',
        ph('organisations'),
        ' ahead of ',
        ph('the Validation of the country / the Board decision of …'),
        '. It assesses whether the civil society protocol (Requirement 1.3) is respected in ',
        ph('country'),
        '.',
      ),
      h1('The civil society protocol'),
      h2('Freedom of expression'),
      p(ph('Evidence, with sources.')),
      h2('Freedom of association'),
      p(ph('Evidence, with sources.')),
      h2('Freedom of operation'),
      p(ph('Evidence, with sources.')),
      h2('Freedom to engage in the EITI process'),
      p(ph('Evidence, with sources.')),
      h2('Access to public decision-making'),
      p(ph('Evidence, with sources.')),
      h1('Recommendations'),
      p('We call on the ', ph('EITI Board'), ' to:'),
      numbered(ph('Recommendation'), ph('Recommendation')),
      signatories(),
    ),
  },
  {
    key: 'website-article',
    forumKey: 'website-article',
    name: 'Website article',
    description:
      "Article for the organisation's website: title, date, standfirst, body with subheadings, " +
      'plain HTML, sources as endnotes.',
    document: {
      shortTitle: null,
      subtitle: '[Standfirst: one or two sentences on what happened and why it matters]',
      coverLines: [],
      keywords: ['[country]', '[theme]'],
      audience: 'public',
    },
    content: doc(
      p(ph('Opening paragraph: who, what, when, where.')),
      p(ph('Body, with sources.')),
      h2(ph('Subheading')),
      p(ph('Body.')),
      quote(ph('A quotation'), ' – ', ph('who said it')),
      h2('What we call for'),
      bullets(ph('Demand'), ph('Demand')),
      p('For more information, contact ', ph('name, email'), '.'),
    ),
  },
];
