/**
 * The forum profiles a new library starts with, one per row of /shared/domain/FORUMS.md. Every
 * limit is a setting, with where it came from; limits widely cited but not confirmed from the
 * primary text are listed in `unverified`.
 */
import type { ForumSettingsInput } from '../../shared/domain';

export interface ForumSeed {
  key: string;
  name: string;
  body: string;
  documentType: string;
  settings: ForumSettingsInput;
}

export const defaultForums: ForumSeed[] = [
  {
    key: 'upr-stakeholder',
    name: 'UPR stakeholder submission',
    body: 'UN Human Rights Council, Universal Periodic Review (OHCHR)',
    documentType: 'Stakeholder submission',
    settings: {
      wordLimit: { single: 2815, joint: 5630, notesCount: true },
      pageLimit: null,
      numberedParagraphs: true,
      notes: 'endnotes',
      formats: ['docx'],
      languages: ['en', 'fr', 'es'],
      requiredSections: [
        'Submitting organisations',
        'Contact person',
        'Introduction',
        'Recommendations',
      ],
      rules: [
        'One country per submission.',
        'Submit a Word file, not a PDF.',
        'Number the paragraphs and the pages.',
        'For a joint submission, name all submitting organisations at the top.',
        'Give a short paragraph on each organisation (mandate, founding year) and a contact person.',
        'Cover the period since the last review (about 4–5 years).',
        'Write in a UN language, preferably English, French or Spanish.',
        "Do not annex other organisations' reports; further material of your own may be annexed.",
        'Word limit: 2,815 words for one organisation, 5,630 for a joint submission (third cycle; ' +
          'the 2008 rule was 5 / 10 pages).',
        'References go in endnotes, which must hold no substantive text.',
        'Whether endnotes count toward the word limit is a setting; by default they count (the ' +
          'safe reading).',
        'Hard deadline (noon Geneva time): late submissions are not considered.',
      ],
      source: 'OHCHR UPR technical guidelines (2008; third-cycle revision as reported by UPR Info)',
      unverified: [],
    },
  },
  {
    key: 'treaty-body-report',
    name: 'Treaty body alternative report',
    body: 'UN treaty bodies',
    documentType: 'Alternative ("shadow") report',
    settings: {
      pageLimit: null,
      requiredSections: ['Contents', 'Introduction', 'Recommendations'],
      rules: [
        'Cover page: country, committee, session, submitting NGOs (Dossier prints it from the document details).',
        'Contents, then an introduction on the submitting NGOs.',
        'Body organised by treaty article, or by theme tied to the articles.',
        'End with recommendations.',
        'Source every fact precisely.',
        'Input for a list of issues is often kept to 3–5 pages: coalition practice, not a UN rule.',
      ],
      source: 'NGO guides (Minority Rights Group; US Human Rights Network ICCPR template)',
      unverified: [],
    },
  },
  {
    key: 'special-procedures',
    name: 'Special procedures communication',
    body: 'UN Special Procedures (OHCHR)',
    documentType: 'Allegation letter or urgent appeal',
    settings: {
      languages: ['en', 'fr', 'es'],
      requiredSections: [
        'Victim',
        'Date, place and circumstances',
        'Alleged perpetrators',
        'State action',
        'Consent',
      ],
      rules: [
        'Allegation letter for past violations; urgent appeal for ongoing or imminent ones.',
        'Victim: name, age, gender, profession, affiliations, views.',
        'Date, place and circumstances of the violation.',
        'For a media outlet: its type and reach.',
        'Alleged perpetrators, and why they are responsible.',
        'State action: the authority, the legal provision invoked, domestic remedies sought.',
        'Consent of the victim or family where reprisals are possible.',
        'Write in English, French or Spanish.',
      ],
      source:
        'OHCHR questionnaire of the Special Rapporteur on freedom of expression; ISHR academy',
      unverified: [],
    },
  },
  {
    key: 'cm-rule-9-2',
    name: 'Rule 9.2 communication',
    body: 'Council of Europe Committee of Ministers',
    documentType: 'Communication under Rule 9.2',
    settings: {
      languages: ['en', 'fr'],
      requiredSections: ['Case description', 'Measures concerned', 'Aim of the communication'],
      rules: [
        'Open with a short case description, as HUDOC-EXEC gives it.',
        'State whether it concerns individual measures, general measures or procedure ' +
          '(enhanced supervision, closure).',
        'State its aim (for example comments on the action plan or action report).',
        'Address it to the Department for the Execution of Judgments, DGI, Council of Europe, ' +
          'Strasbourg.',
        'It is published 10 working days after notification unless the State replies within 5.',
      ],
      source:
        'Rules of the Committee of Ministers (Rule 9, as amended 2022); Department for the ' +
        'Execution of Judgments guidance',
      unverified: [],
    },
  },
  {
    key: 'echr-tpi',
    name: 'ECtHR third-party intervention (Rule 44 § 3)',
    body: 'European Court of Human Rights',
    documentType: 'Written comments of a third party',
    settings: {
      pageLimit: 10,
      numberedParagraphs: true,
      languages: ['en', 'fr'],
      requiredSections: ['Introduction'],
      rules: [
        'Request leave first: a reasoned request, in English or French, within the time-limit ' +
          'after the case is communicated.',
        'Title block: "Third party intervention submitted under Rule 44 § 3 … by …".',
        'Number the paragraphs.',
        'Open with an introduction citing the leave granted.',
        'Length: 10 pages is the common reading of the 2023 practice direction (unverified).',
      ],
      source:
        'Rules of Court (Rule 44, amended 2023); the joint intervention in Ismayilova v. ' +
        'Azerbaijan (no. 30778/15, 19 January 2016)',
      unverified: ['pageLimit: 10 pages (common reading of the 2023 practice direction)'],
    },
  },
  {
    key: 'joint-statement',
    name: 'Joint statement or joint letter',
    body: 'Public, authorities, intergovernmental bodies',
    documentType: 'Joint statement',
    settings: {
      formats: ['docx', 'pdf', 'html'],
      requiredSections: ['Demands', 'Signatories'],
      rules: [
        'Open with the formula "We, the undersigned organisations, …".',
        'Dateline, as "London, 17 May 2016 –".',
        'Demands as a bulleted list ("call on the authorities to: …").',
        'Individual cases in an appendix.',
        'Signatory list: lead organisation first, then alphabetical (common practice).',
      ],
      source: 'Published joint statements on Azerbaijan',
      unverified: [],
    },
  },
  {
    key: 'ogp-letter',
    name: 'OGP Response Policy letter of concern',
    body: 'Open Government Partnership, Criteria and Standards subcommittee',
    documentType: 'Letter of concern',
    settings: {
      rules: [
        'Address it to the OGP Criteria and Standards subcommittee.',
        'Set out concerns about civic space in a member country.',
        'Precedent: Azerbaijan, letter of 2 March 2015 (Publish What You Pay, CIVICUS, ARTICLE 19), ' +
          'found credible 18 May 2015, country made inactive 4 May 2016, kept inactive 29 June 2017.',
      ],
      source: 'opengovpartnership.org statements',
      unverified: [],
    },
  },
  {
    key: 'eiti-submission',
    name: 'EITI civil-society submission',
    body: 'Extractive Industries Transparency Initiative (EITI)',
    documentType: 'Civil-society submission',
    settings: {
      rules: [
        'Frame it under the civil society protocol (Requirement 1.3): freedom of expression, ' +
          'association, operation, engagement in the EITI, access to public decision-making.',
        'Precedent: Azerbaijan downgraded to candidate April 2015, suspended 9 March 2017, ' +
          'withdrew 10 March 2017.',
      ],
      source: 'eiti.org; publishwhatyoupay.org',
      unverified: [],
    },
  },
  {
    key: 'website-article',
    name: 'Website article',
    body: "The organisation's own website",
    documentType: 'Article',
    settings: {
      formats: ['html'],
      notes: 'endnotes',
      rules: ['Give a title and a date.', 'Show the reading time ("4 min read").', 'Plain HTML.'],
      source: "The organisation's own site",
      unverified: [],
    },
  },
];
