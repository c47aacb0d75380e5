/**
 * The house style: how a Dossier document looks in Word, in PDF and on the web, in one place.
 * renderDocx, renderPdf and renderHtml read their sizes, spacing, colours and typeface from here,
 * so the three exports look made by one organisation; change a value here and all three change.
 *
 * The choices, and why:
 * - **One serif, the one the PDF embeds.** DejaVu Serif (core/print/typefaces) carries
 *   Azerbaijani Latin (ə ğ ı İ) and Russian in one design; the PDF embeds it from npm, and the
 *   Word file names the same family, so where it is installed (LibreOffice ships it; most Linux
 *   desktops have it) Word and PDF break lines alike. Where it is not, the font table describes
 *   it as a roman face (panose), and Word substitutes a serif, not Arial. The web page asks for it
 *   first and falls back to Noto Serif, then to a system serif.
 * - **Ragged right.** The exports do not hyphenate, and justified text without hyphenation opens
 *   rivers between words in a narrow column; an unjustified right edge is the honest default
 *   (the UN's own editorial manual sets submissions ragged right). A paragraph the author aligned
 *   keeps its alignment.
 * - **A left-aligned title block**, as in Word's own Title style: title, subtitle, cover lines,
 *   then a rule in the accent colour.
 * - **Leading as a fixed multiple of the size** (Word's "at least" line spacing in points, not
 *   Word's "multiple", which depends on the font's own line gap), so a line is as tall in Word as
 *   in the PDF.
 *
 * Sizes are in points; colours are six hex digits without "#".
 */
export const HOUSE_STYLE = {
  page: {
    /** A4, in points. */
    width: 595.28,
    height: 841.89,
    /** 2.5 cm on every side. */
    margin: 70.87,
    /** From the page's edge to the running header's text, and to the footer's baseline box. */
    headerDistance: 35.43,
    footerDistance: 35.43,
  },
  font: {
    /** The family every format names first. */
    text: 'DejaVu Serif',
    /** The web page's fallbacks after `text`. */
    webFallbacks: ['Noto Serif', 'Georgia', 'Cambria', 'serif'],
    /**
     * What Word needs to substitute a like face where `text` is missing: its PANOSE
     * classification (a roman, transitional serif) and family class.
     */
    panose: '02060603050605020204',
    family: 'roman',
    /** Code (rare in a statement): Word's and the web's monospace; the PDF marks it with a fill. */
    code: 'Courier New',
    codeFallbacks: ['DejaVu Sans Mono', 'monospace'],
  },
  colour: {
    ink: '1a1a1a',
    muted: '5a5a5a',
    accent: '1f3864',
    link: '1f4e8c',
    rule: '8c8c8c',
    tableHeaderFill: 'e8ecf2',
    quote: '333333',
    codeFill: 'eeeeee',
  },
  body: {
    size: 11,
    /** Baseline to baseline, as a multiple of the size. */
    leading: 1.25,
    /** Space after a paragraph. */
    after: 6,
    /** The hanging indent of numbered paragraphs; lists, quotes and signatories sit at it too. */
    numberIndent: 28.35,
  },
  /** The web page on a screen: a little larger and more open than print, the rest the same. */
  screen: { size: 12, leading: 1.5, measure: '40rem' },
  title: { size: 18, leading: 1.15, after: 6, bold: true },
  subtitle: { size: 13, leading: 1.2, after: 8 },
  coverLine: { after: 1 },
  /** The rule under the title block: its weight, the space above it and below it. */
  coverRule: { weight: 0.75, above: 8, below: 18 },
  headings: [
    { size: 14, before: 14, after: 6, italic: false },
    { size: 12, before: 11, after: 4, italic: false },
    { size: 11, before: 9, after: 3, italic: true },
  ],
  headingLeading: 1.15,
  quote: { indent: 28.35, before: 2, after: 8 },
  list: {
    /** Between a list's marker and its text (the marker hangs this far). */
    hang: 19.85,
    itemAfter: 3,
  },
  table: {
    size: 10,
    leading: 1.15,
    rule: 0.5,
    cellPadding: { x: 5.4, y: 2.85 },
    before: 4,
    /**
     * A table with more columns than fit at `size` steps down to these sizes, then turns its page
     * to landscape (core/print/tableFit); its cell padding shrinks with its text.
     */
    smaller: [8, 7],
    /**
     * The narrowest column that stays legible, in ems of the table's text, padding included:
     * 6 em is 1.5 cm at 7 pt, ten or so characters of a word before it breaks.
     */
    minColumn: 6,
  },
  notes: { size: 9, leading: 1.2, after: 2 },
  /** The closing list of organisations: set off from the text above it. */
  signatories: { before: 18, after: 2 },
  /** Running header (short title, from page 2, over a hairline) and footer ("Page X of Y"). */
  header: { size: 8.5, rule: 0.4, ruleGap: 3 },
  footer: { size: 8.5 },
} as const;

export type HouseStyle = typeof HOUSE_STYLE;

/** A marker format of an ordered list: the counter, and what stands before and after it. */
export interface OrderedFormat {
  counter: 'decimal' | 'lower-alpha' | 'lower-roman';
  before: string;
  after: string;
}

/**
 * How ordered lists count, by depth. Where the document numbers its paragraphs (UN and Council
 * of Europe submissions), a list inside must not start a second 1, 2, 3 beside them: its items
 * are (a), (b), (c), then (i), (ii), as UN documents letter sub-paragraphs. Elsewhere 1., (a), (i).
 */
export function orderedFormats(numberedParagraphs: boolean): readonly OrderedFormat[] {
  const alpha: OrderedFormat = { counter: 'lower-alpha', before: '(', after: ')' };
  const roman: OrderedFormat = { counter: 'lower-roman', before: '(', after: ')' };
  return numberedParagraphs
    ? [alpha, roman, { counter: 'decimal', before: '', after: '.' }]
    : [{ counter: 'decimal', before: '', after: '.' }, alpha, roman];
}

/** Bullets by depth. */
export const BULLETS = ['•', '–', '◦'] as const;

/** Twentieths of a point (Word's twips), rounded. */
export function twips(points: number): number {
  return Math.round(points * 20);
}

/** Half points (Word's w:sz), rounded. */
export function halfPoints(points: number): number {
  return Math.round(points * 2);
}
