import { settledDocx } from './settledDocx';
import {
  AlignmentType,
  BorderStyle,
  Document,
  EndnotePosition,
  EndnoteReferenceRun,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  Header,
  LevelFormat,
  LevelSuffix,
  LineRuleType,
  NumberFormat,
  Packer,
  PageOrientation,
  PageBreak,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  VerticalMergeType,
  TextRun,
  WidthType,
} from 'docx';
import type {
  FileChild,
  ILevelsOptions,
  IRunOptions,
  IParagraphStyleOptions,
  IStylesOptions,
  NumberingDefinition,
  ParagraphChild,
} from 'docx';
import { printLanguage } from '../i18n/printLanguage';
import { blockDirection, directionRuns } from './bidi';
import { tableFit } from './tableFit';
import { tableGrid } from './tableGrid';
import type { PrintBlock, PrintCover, PrintInline, PrintDocument, PrintTableRow } from './tree';
import { DOCX_TYPEFACES } from './typefaces';
import { BULLETS, HOUSE_STYLE, halfPoints, orderedFormats, twips } from './houseStyle';

const S = HOUSE_STYLE;
const A4 = { width: twips(S.page.width), height: twips(S.page.height) };
const MARGIN = twips(S.page.margin);
/**
 * The faces Word and LibreOffice take (core/print/typefaces): `ascii` and `hAnsi` for Latin and
 * Cyrillic, `cs` for complex scripts, which Word uses for runs marked right to left (w:rtl).
 */
const FONT = {
  ascii: DOCX_TYPEFACES.text,
  hAnsi: DOCX_TYPEFACES.text,
  eastAsia: DOCX_TYPEFACES.text,
  cs: DOCX_TYPEFACES.complexScript,
};
const CODE_FONT = DOCX_TYPEFACES.code;
const ACCENT = S.colour.accent.toUpperCase();
const RULE = S.colour.rule.toUpperCase();
/** Where the hanging numbers and bullets of lists sit, from the left margin. */
const LIST_HANG = twips(S.list.hang);
/** The paragraph numbers' hanging indent. */
const NUMBER_INDENT = twips(S.body.numberIndent);

/** "At least" this leading, in twips: the same line height as the PDF's, whatever the font. */
function leading(size: number, factor: number) {
  return { line: twips(size * factor), lineRule: LineRuleType.AT_LEAST };
}

/**
 * The house family in the font table, classed as a roman face, so that Word, where the family
 * is not installed, substitutes a serif of its own rather than its default sans.
 */
const FONT_TABLE = `<w:font w:name="${S.font.text}"><w:panose1 w:val="${S.font.panose}"/><w:charset w:val="00"/><w:family w:val="${S.font.family}"/><w:pitch w:val="variable"/></w:font>`;

/**
 * Renders a print tree as a Word document (.docx): named paragraph styles a recipient can restyle,
 * Word numbering for numbered paragraphs and lists, real footnotes or endnotes, a running header
 * and a "Page X of Y" footer with PAGE and NUMPAGES fields, and the document's properties and
 * language. Pure: no I/O, so it runs under plain Node and in tests. The tree's text is taken as
 * XML can carry it: document resolution removed what it cannot (core/text/printable), in the text
 * and the properties alike.
 */
export async function renderDocx(
  doc: PrintDocument,
  /** When the document last changed (the file's dates); its as-of day when not given. */
  changed: Date = new Date(`${doc.meta.date}T00:00:00Z`),
): Promise<Uint8Array> {
  const r = new DocxRenderer(doc);
  const body = [...r.cover(doc.cover), ...r.blocks(doc.blocks)];
  const margin = {
    top: MARGIN,
    bottom: MARGIN,
    left: MARGIN,
    right: MARGIN,
    header: twips(S.page.headerDistance),
    footer: twips(S.page.footerDistance),
  };
  const noteProperties = {
    footnoteProperties: { numberFormat: { type: NumberFormat.DECIMAL } },
    // Word numbers endnotes i, ii, iii unless told otherwise.
    endnoteProperties: {
      position: EndnotePosition.DOCUMENT_END,
      numberFormat: { type: NumberFormat.DECIMAL },
    },
  };
  // Tables too wide for the page stand in landscape sections of their own. The sections after
  // the first name no header or footer, so Word and LibreOffice carry the first one's on, and
  // page numbers run on across them.
  const [first, ...rest] = r.sections(body);
  const language = wordLanguage(doc.meta.language);
  const noteParagraphs = Object.fromEntries(
    doc.notes.map((note) => [String(note.n), { children: [r.noteParagraph(note.children)] }]),
  );
  const document = new Document({
    title: doc.meta.title,
    subject: doc.meta.subject,
    ...(doc.meta.author === ''
      ? {}
      : { creator: doc.meta.author, lastModifiedBy: doc.meta.author }),
    keywords: doc.meta.keywords.join(', '),
    description: [doc.meta.forum, doc.meta.date].filter(Boolean).join(', '),
    styles: styles(language, r.textIndent, doc.numberedParagraphs),
    numbering: { config: r.numberingDefinitions() },
    ...(doc.noteStyle === 'footnotes'
      ? { footnotes: noteParagraphs }
      : { endnotes: noteParagraphs }),
    sections: [
      {
        properties: {
          page: { size: pageSize(first?.landscape ?? false), margin },
          // The cover block opens page 1, so the running header starts on page 2.
          titlePage: true,
          ...noteProperties,
        },
        headers: {
          default: new Header({
            children: [new Paragraph({ style: 'Header', children: text(doc.meta.shortTitle) })],
          }),
          // Page 1 opens with the title block: no header text and no rule there.
          first: new Header({
            children: [
              new Paragraph({
                style: 'Header',
                border: { bottom: { style: BorderStyle.NONE, size: 0, color: 'auto', space: 0 } },
              }),
            ],
          }),
        },
        footers: { default: pageFooter(doc.meta.language), first: pageFooter(doc.meta.language) },
        children: first?.children ?? [],
      },
      ...rest.map((section) => ({
        properties: { page: { size: pageSize(section.landscape), margin }, ...noteProperties },
        children: section.children,
      })),
    ],
  });
  return settledDocx(await Packer.pack(document, 'uint8array'), changed, doc.meta.language, {
    fontTable: FONT_TABLE,
  });
}

/** A4 upright, or turned for a table too wide for it (docx swaps the sides for landscape). */
function pageSize(landscape: boolean) {
  return landscape ? { ...A4, orientation: PageOrientation.LANDSCAPE } : A4;
}

type TextInline = Extract<PrintInline, { type: 'text' }>;
type ListBlock = Extract<PrintBlock, { type: 'list' }>;

/** Direct spacing before and after, where given. */
function spacing(before: number | undefined, after: number | undefined) {
  if (before === undefined && after === undefined) return {};
  return {
    spacing: {
      ...(before === undefined ? {} : { before }),
      ...(after === undefined ? {} : { after }),
    },
  };
}

const numberingOf = <T>(n: T | undefined): { numbering?: T } =>
  n === undefined ? {} : { numbering: n };

/** The numbering the "Numbered Paragraph" style carries. */
const PARAGRAPH_NUMBERING = 'numbered-paragraphs';

/** The level of paragraph numbering; `linked`: tied to the style, as Word's own numbered styles are. */
function paragraphLevel(start: number, linked: boolean): ILevelsOptions {
  return {
    level: 0,
    format: LevelFormat.DECIMAL,
    text: '%1.',
    start,
    suffix: LevelSuffix.TAB,
    alignment: AlignmentType.LEFT,
    style: {
      paragraph: { indent: { left: NUMBER_INDENT, hanging: NUMBER_INDENT } },
      ...(linked ? { style: 'NumberedParagraph' } : {}),
    },
  };
}

/** One render: the Word numbering it defines as it goes, and the notes referenced so far. */
class DocxRenderer {
  private readonly definitions = new Map<string, NumberingDefinition>();
  /** Each list and each run of numbered paragraphs is its own instance, so it counts from its start. */
  private instances = 0;
  /** The number the next numbered paragraph shows if it continues the current run. */
  private nextParagraphNumber: number | null = null;
  private paragraphReference = '';
  /** Whether the numbered paragraphs so far are the style's own run, 1, 2, 3… */
  private styleNumbering = true;
  private paragraphInstance = 0;
  private readonly referencedNotes = new Set<number>();
  private readonly noteNumbers: Set<number>;
  /** Where body text starts: numbered paragraphs hang their numbers in the margin before it. */
  readonly textIndent: number;
  /** Tables of the body set in landscape (core/print/tableFit). */
  private readonly landscape = new Set<FileChild>();
  /** The headings of the body (they go with a landscape table just below them). */
  private readonly headings = new Set<FileChild>();
  /** The text size of the table being set, which names its cells' styles. */
  private tableSize: number = S.table.size;

  constructor(private readonly doc: PrintDocument) {
    this.noteNumbers = new Set(doc.notes.map((n) => n.n));
    this.textIndent = doc.numberedParagraphs ? NUMBER_INDENT : 0;
    if (doc.numberedParagraphs) this.define(PARAGRAPH_NUMBERING, [paragraphLevel(1, true)]);
  }

  /**
   * The body cut into sections: upright, with each run of landscape tables in a section of its
   * own. An empty section would be a blank page, so there is none.
   */
  sections(body: readonly FileChild[]): { landscape: boolean; children: FileChild[] }[] {
    const out: { landscape: boolean; children: FileChild[] }[] = [];
    for (const child of body) {
      const landscape = this.landscape.has(child);
      const last = out[out.length - 1];
      if (last?.landscape === landscape) last.children.push(child);
      else {
        // The headings just above a landscape table go over with it: a heading is never left at
        // the foot of the upright page.
        const carried: FileChild[] = [];
        while (landscape && last && this.headings.has(last.children[last.children.length - 1]!))
          carried.unshift(last.children.pop()!);
        if (last?.children.length === 0) out.pop();
        out.push({ landscape, children: [...carried, child] });
      }
    }
    // Word ends a document with a paragraph, not with a table.
    const end = out[out.length - 1];
    if (end?.children[end.children.length - 1] instanceof Table)
      end.children.push(new Paragraph({ style: 'TableSpacing' }));
    return out.length > 0 ? out : [{ landscape: false, children: [] }];
  }

  /** A cell style at the size of the table being set: `TableText`, `TableText8`… */
  private tableStyle(base: 'TableText' | 'TableHeading'): string {
    return this.tableSize === S.table.size ? base : `${base}${this.tableSize}`;
  }

  numberingDefinitions(): NumberingDefinition[] {
    return [...this.definitions.values()];
  }

  cover(cover: PrintCover): Paragraph[] {
    const out: Paragraph[] = [];
    if (cover.title) out.push(new Paragraph({ style: 'Title', children: text(cover.title) }));
    if (cover.subtitle)
      out.push(new Paragraph({ style: 'Subtitle', children: text(cover.subtitle) }));
    cover.lines.forEach((line, i) =>
      out.push(
        new Paragraph({
          style: i === cover.lines.length - 1 ? 'CoverLast' : 'CoverLine',
          children: text(line),
        }),
      ),
    );
    return out;
  }

  /** `cellWidth` is the width of the table cell the blocks are in, null in the body. */
  blocks(blocks: readonly PrintBlock[], cellWidth: number | null = null): FileChild[] {
    const out: FileChild[] = [];
    let breakBefore = false;
    for (const [i, block] of blocks.entries()) {
      if (block.type === 'pageBreak') {
        // A second break in a row leaves a blank page, as asked.
        if (breakBefore) out.push(new Paragraph({ pageBreakBefore: true }));
        breakBefore = true;
        continue;
      }
      // A lead-in line ("call on the authorities to:") stays on the page of its list.
      const leadIn = block.type === 'paragraph' && blocks[i + 1]?.type === 'list';
      out.push(
        ...this.block(block, breakBefore, cellWidth, leadIn, blocks[i - 1]?.type === 'heading'),
      );
      breakBefore = false;
    }
    if (breakBefore) out.push(new Paragraph({ children: [new PageBreak()] }));
    return out;
  }

  private block(
    block: Exclude<PrintBlock, { type: 'pageBreak' }>,
    pageBreakBefore: boolean,
    cellWidth: number | null,
    keepNext = false,
    afterHeading = false,
  ): FileChild[] {
    const p = {
      ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
      ...(keepNext ? { keepNext: true } : {}),
    };
    switch (block.type) {
      case 'heading': {
        const heading = new Paragraph({
          style: `Heading${block.level}`,
          ...p,
          ...rightToLeft(block),
          children: this.inlines(block.children),
        });
        this.headings.add(heading);
        return [heading];
      }
      case 'paragraph': {
        const alignment = block.align ? ALIGN[block.align] : undefined;
        const base = {
          ...p,
          ...(alignment ? { alignment } : {}),
          ...rightToLeft(block),
          children: this.inlines(block.children),
        };
        if (block.number !== null && this.doc.numberedParagraphs)
          return [
            new Paragraph({
              style: 'NumberedParagraph',
              ...numberingOf(this.paragraphNumbering(block.number)),
              ...base,
            }),
          ];
        return [
          new Paragraph({
            style: cellWidth === null ? 'Normal' : this.tableStyle('TableText'),
            ...base,
          }),
        ];
      }
      case 'quote':
        return [new Paragraph({ style: 'Quote', ...p, children: this.inlines(block.children) })];
      case 'list':
        return this.list(block, 0, pageBreakBefore);
      case 'table': {
        if (cellWidth !== null) return [this.table(block.rows, cellWidth)];
        // A table of the body: smaller or turned as its columns need (core/print/tableFit).
        const fit = tableFit(tableGrid(block.rows).columns);
        const table = this.table(block.rows, twips(fit.width), fit);
        if (fit.landscape) {
          // Its section starts a page, and ends with a paragraph that holds its properties.
          this.landscape.add(table);
          return [table];
        }
        // Word has no space after a table: a small empty paragraph keeps the text below off it.
        return [
          ...(pageBreakBefore ? [new Paragraph({ pageBreakBefore: true })] : []),
          table,
          new Paragraph({ style: 'TableSpacing' }),
        ];
      }
      case 'signatories': {
        const out: Paragraph[] = [];
        if (block.heading)
          out.push(new Paragraph({ style: 'Heading1', ...p, children: text(block.heading) }));
        block.organisations.forEach((org, i) => {
          const name = org.shortName ? `${org.name} (${org.shortName})` : org.name;
          out.push(
            new Paragraph({
              style: 'Signatory',
              ...(i === 0 && !block.heading ? p : {}),
              // The list stands apart from the text above it, unless a heading opens it, and
              // the text below stands a paragraph's space from its last name.
              ...spacing(
                i === 0 && !block.heading && !afterHeading
                  ? twips(S.signatories.before)
                  : undefined,
                i === block.organisations.length - 1 ? twips(S.body.after) : undefined,
              ),
              // In the text column, where numbered paragraphs' text starts.
              ...(this.textIndent > 0 ? { indent: { left: this.textIndent } } : {}),
              children: text(name),
            }),
          );
        });
        return out;
      }
    }
  }

  /**
   * Numbered paragraphs run on from one another across headings and lists. A paragraph whose
   * number does not follow the one before starts a new run at its own number, so Word shows
   * what the tree says.
   */
  private paragraphNumbering(n: number) {
    // The run from 1 takes its numbers from the style (no numbering of its own).
    if (this.styleNumbering && n === (this.nextParagraphNumber ?? 1)) {
      this.nextParagraphNumber = n + 1;
      return undefined;
    }
    this.styleNumbering = false;
    if (this.nextParagraphNumber !== n) {
      this.paragraphReference = this.define(`para-${n}`, [paragraphLevel(n, false)]);
      this.paragraphInstance = ++this.instances;
    }
    this.nextParagraphNumber = n + 1;
    return { reference: this.paragraphReference, level: 0, instance: this.paragraphInstance };
  }

  /**
   * Each list, nested or not, is its own single-level Word list at the indent of its depth, so
   * every list counts from its own `start` in Word as in LibreOffice (Word carries counters of
   * deeper levels across lists of one definition).
   */
  private list(list: ListBlock, depth: number, pageBreakBefore: boolean): Paragraph[] {
    const reference = list.ordered
      ? this.define(`ol-${depth}-${list.start}`, [
          orderedLevel(depth, list.start, this.textIndent, this.doc.numberedParagraphs),
        ])
      : this.define(`ul-${depth}`, [bulletLevel(depth, this.textIndent)]);
    const instance = ++this.instances;
    const out: Paragraph[] = [];
    list.items.forEach((item, i) => {
      // The list's last line stands a paragraph's space from the text below, as in the PDF.
      const closes = depth === 0 && i === list.items.length - 1 && item.sublist === null;
      out.push(
        new Paragraph({
          style: 'ListParagraph',
          ...(pageBreakBefore && out.length === 0 ? { pageBreakBefore: true } : {}),
          ...spacing(undefined, closes ? twips(S.body.after) : undefined),
          numbering: { reference, level: 0, instance },
          children: this.inlines(item.children),
        }),
      );
      if (item.sublist) out.push(...this.list(item.sublist, depth + 1, false));
    });
    return out;
  }

  private define(reference: string, levels: ILevelsOptions[]): string {
    if (!this.definitions.has(reference)) this.definitions.set(reference, { reference, levels });
    return reference;
  }

  /** `fit`: how a table of the body is set; a table in a cell takes its parent's size. */
  private table(
    rows: readonly PrintTableRow[],
    width: number,
    fit: { size: number; padding: { x: number; y: number } } | null = null,
  ): Table {
    const outer = this.tableSize;
    if (fit) this.tableSize = fit.size;
    try {
      return this.tableOf(rows, width, fit?.padding ?? S.table.cellPadding);
    } finally {
      this.tableSize = outer;
    }
  }

  private tableOf(
    rows: readonly PrintTableRow[],
    width: number,
    padding: { x: number; y: number },
  ): Table {
    const side = twips(padding.x);
    const grid = tableGrid(rows);
    const { columns } = grid;
    const columnWidth = Math.floor(width / columns);
    // Border widths are in eighths of a point.
    const line = { style: BorderStyle.SINGLE, size: Math.round(S.table.rule * 8), color: RULE };
    // Word repeats only the header rows at the top of a table.
    const headerCount = grid.headerRows;
    const fill = S.colour.tableHeaderFill.toUpperCase();
    const shade = (header: boolean) => (header ? { shading: { fill } } : {});
    return new Table({
      width: { size: columnWidth * columns, type: WidthType.DXA },
      columnWidths: Array.from({ length: columns }, () => columnWidth),
      borders: {
        top: line,
        bottom: line,
        left: line,
        right: line,
        insideHorizontal: line,
        insideVertical: line,
      },
      margins: { top: twips(padding.y), bottom: twips(padding.y), left: side, right: side },
      rows: grid.rows.map((entries, i) => {
        const row = rows[i];
        const header = row?.header === true;
        const cells = entries.map((entry) => {
          const width = { size: columnWidth * entry.colSpan, type: WidthType.DXA };
          if (entry.kind === 'cell')
            return new TableCell({
              columnSpan: entry.colSpan,
              ...(entry.rowSpan > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
              width,
              ...shade(header),
              children: this.cellContent(
                entry.cell.children,
                header,
                columnWidth * entry.colSpan - 2 * side,
              ),
            });
          // Under a cell that spans rows, Word wants a cell that continues its merge; a short
          // row is filled out, or it would leave a hole in Word's grid.
          const above = entry.kind === 'covered' ? rows[entry.by.row] : undefined;
          return new TableCell({
            columnSpan: entry.colSpan,
            ...(entry.kind === 'covered' ? { verticalMerge: VerticalMergeType.CONTINUE } : {}),
            width,
            ...shade(above?.header === true),
            children: [new Paragraph({ style: this.tableStyle('TableText') })],
          });
        });
        return new TableRow({
          children: cells,
          cantSplit: true,
          ...(header && i < headerCount ? { tableHeader: true } : {}),
        });
      }),
    });
  }

  /** Header cells take their look from the Table Heading style, not from bold runs. */
  private cellContent(
    blocks: readonly PrintBlock[],
    header: boolean,
    width: number,
  ): (Paragraph | Table)[] {
    const out: (Paragraph | Table)[] = [];
    for (const block of blocks) {
      if (header && block.type === 'paragraph')
        out.push(
          new Paragraph({
            style: this.tableStyle('TableHeading'),
            ...rightToLeft(block),
            children: this.inlines(block.children),
          }),
        );
      else
        out.push(
          ...this.blocks([block], width).filter(
            (c): c is Paragraph | Table => c instanceof Paragraph || c instanceof Table,
          ),
        );
    }
    // Word needs a paragraph at the end of every cell.
    return out[out.length - 1] instanceof Paragraph
      ? out
      : [...out, new Paragraph({ style: this.tableStyle('TableText') })];
  }

  /** `link`: inside a hyperlink, which cannot hold another; `note`: inside a note. */
  inlines(
    inlines: readonly PrintInline[],
    within: { link?: boolean; note?: boolean } = {},
  ): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    for (const inline of inlines) {
      switch (inline.type) {
        case 'text':
          out.push(...textRuns(inline, within.link ?? false));
          break;
        case 'lineBreak':
          out.push(new TextRun({ break: 1 }));
          break;
        case 'link':
          if (within.link) out.push(...this.inlines(inline.children, within));
          else
            out.push(
              new ExternalHyperlink({
                link: inline.url,
                children: this.inlines(inline.children, { ...within, link: true }),
              }),
            );
          break;
        case 'noteRef':
          out.push(this.noteRef(inline.n, within.note ?? false));
          break;
      }
    }
    return out;
  }

  /**
   * The first reference to a note is Word's own note reference. Word allows one reference per
   * note and no notes in notes, so a later reference to the same note, one in a note, or one to a
   * note the tree lacks shows its number in the note reference style.
   */
  private noteRef(n: number, inNote: boolean): ParagraphChild {
    const footnotes = this.doc.noteStyle === 'footnotes';
    if (!inNote && this.noteNumbers.has(n) && !this.referencedNotes.has(n)) {
      this.referencedNotes.add(n);
      return footnotes ? new FootnoteReferenceRun(n) : new EndnoteReferenceRun(n);
    }
    return new TextRun({
      text: String(n),
      style: footnotes ? 'FootnoteReference' : 'EndnoteReference',
    });
  }

  /** A note's text, after the tab that sets its number in the hanging indent. */
  noteParagraph(inlines: readonly PrintInline[]): Paragraph {
    const style = this.doc.noteStyle === 'footnotes' ? 'FootnoteText' : 'EndnoteText';
    return new Paragraph({
      style,
      children: [new TextRun({ children: [new Tab()] }), ...this.inlines(inlines, { note: true })],
    });
  }
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/**
 * A paragraph that reads right to left (core/print/bidi): Word's bidi paragraph (w:bidi), which
 * sets its lines from the right and hangs its number on the right. It starts at the right unless
 * centred or justified: `start`, the edge its direction gives, since Word and LibreOffice read
 * `left` and `right` in a bidi paragraph differently (a right-aligned paragraph in the tree is
 * right-aligned already). Its runs are marked w:rtl where they are right to left (`text`).
 */
function rightToLeft(block: Extract<PrintBlock, { type: 'paragraph' | 'heading' }>): {
  bidirectional?: true;
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
} {
  if (blockDirection(block) !== 'rtl') return {};
  const align = block.type === 'paragraph' ? block.align : undefined;
  return {
    bidirectional: true,
    alignment: align === 'center' || align === 'justify' ? ALIGN[align] : AlignmentType.START,
  };
}

/**
 * Runs for a text: right-to-left stretches (Arabic, Hebrew; core/print/bidi) in runs of their own
 * marked w:rtl, which Word sets right to left in the complex-script font, size and marks.
 */
function text(s: string, options: Omit<IRunOptions, 'text'> = {}): TextRun[] {
  // A line break before the text goes before its first run only.
  const { break: lineBreak, ...marks } = options;
  return directionRuns(s).map(
    (run, i) =>
      new TextRun({
        ...marks,
        ...(i === 0 && lineBreak ? { break: lineBreak } : {}),
        text: run.text,
        ...(run.rtl ? { rightToLeft: true } : {}),
      }),
  );
}

function textRuns(inline: TextInline, link: boolean): TextRun[] {
  const marks = {
    ...(inline.bold ? { bold: true } : {}),
    ...(inline.italic ? { italics: true } : {}),
    ...(inline.underline ? { underline: {} } : {}),
    ...(inline.strike ? { strike: true } : {}),
    ...(inline.superscript ? { superScript: true } : {}),
    ...(inline.subscript ? { subScript: true } : {}),
    ...(link ? { style: 'Hyperlink' } : inline.code ? { style: 'HTMLCode' } : {}),
  };
  // A newline in text is a line break, as in the tree's own lineBreak.
  return inline.text
    .split('\n')
    .flatMap((line, i) => text(line, { ...(i > 0 ? { break: 1 } : {}), ...marks }));
}

const LEVEL_FORMATS = {
  decimal: LevelFormat.DECIMAL,
  'lower-alpha': LevelFormat.LOWER_LETTER,
  'lower-roman': LevelFormat.LOWER_ROMAN,
} as const;

function listIndent(depth: number, textIndent: number) {
  return { left: textIndent + LIST_HANG * (depth + 1), hanging: LIST_HANG };
}

function orderedLevel(
  depth: number,
  start: number,
  textIndent: number,
  numberedParagraphs: boolean,
): ILevelsOptions {
  const formats = orderedFormats(numberedParagraphs);
  const f = formats[depth % formats.length] ?? formats[0];
  if (f === undefined) throw new Error('No list formats.');
  return {
    level: 0,
    format: LEVEL_FORMATS[f.counter],
    text: `${f.before}%1${f.after}`,
    start,
    suffix: LevelSuffix.TAB,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: listIndent(depth, textIndent) } },
  };
}

function bulletLevel(depth: number, textIndent: number): ILevelsOptions {
  return {
    level: 0,
    format: LevelFormat.BULLET,
    text: BULLETS[depth % BULLETS.length] ?? BULLETS[0],
    suffix: LevelSuffix.TAB,
    alignment: AlignmentType.LEFT,
    style: {
      run: { font: FONT },
      paragraph: { indent: listIndent(depth, textIndent) },
    },
  };
}

/**
 * "Page X of Y" in the document's language (core/i18n), with the numbers as PAGE and NUMPAGES
 * fields that Word and LibreOffice fill in.
 */
function pageFooter(language: string): Footer {
  const runs = printLanguage(language)
    .pageParts()
    .map((part) =>
      typeof part === 'string'
        ? part
        : part.field === 'page'
          ? PageNumber.CURRENT
          : PageNumber.TOTAL_PAGES,
    );
  return new Footer({
    children: [new Paragraph({ style: 'Footer', children: [new TextRun({ children: runs })] })],
  });
}

/**
 * Word's proofing tools want a language with its region, so a bare BCP 47 language gets its usual
 * one; English gets British English, the spelling of the UN and the Council of Europe.
 */
function wordLanguage(bcp47: string): string {
  if (bcp47.includes('-')) return bcp47;
  return LANGUAGE_REGIONS[bcp47.toLowerCase()] ?? bcp47;
}

const LANGUAGE_REGIONS: Record<string, string> = {
  en: 'en-GB',
  fr: 'fr-FR',
  es: 'es-ES',
  ru: 'ru-RU',
  ar: 'ar-SA',
  zh: 'zh-CN',
  de: 'de-DE',
  az: 'az-Latn-AZ',
  tr: 'tr-TR',
  uk: 'uk-UA',
  ka: 'ka-GE',
  hy: 'hy-AM',
};

function styles(language: string, textIndent: number, numbered: boolean): IStylesOptions {
  const body = leading(S.body.size, S.body.leading);
  const heading = (id: string, name: string, level: 0 | 1 | 2): IParagraphStyleOptions => {
    const h = S.headings[level];
    return {
      id,
      name,
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: {
        bold: true,
        size: halfPoints(h.size),
        color: ACCENT,
        ...(h.italic ? { italics: true } : {}),
      },
      paragraph: {
        spacing: {
          before: twips(h.before),
          after: twips(h.after),
          ...leading(h.size, S.headingLeading),
        },
        keepNext: true,
        keepLines: true,
        outlineLevel: level,
        alignment: AlignmentType.LEFT,
      },
    };
  };
  const small = (size: number, color: string): IParagraphStyleOptions['run'] => ({
    size: halfPoints(size),
    color: color.toUpperCase(),
  });
  const paragraphStyles: IParagraphStyleOptions[] = [
    {
      id: 'Normal',
      name: 'Normal',
      quickFormat: true,
      paragraph: {
        spacing: { after: twips(S.body.after), ...body },
        alignment: AlignmentType.LEFT,
      },
    },
    {
      id: 'Title',
      name: 'Title',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { bold: S.title.bold, size: halfPoints(S.title.size), color: ACCENT },
      paragraph: {
        spacing: { after: twips(S.title.after), ...leading(S.title.size, S.title.leading) },
        keepNext: true,
        keepLines: true,
      },
    },
    {
      id: 'Subtitle',
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: halfPoints(S.subtitle.size), color: ACCENT },
      paragraph: {
        spacing: {
          after: twips(S.subtitle.after),
          ...leading(S.subtitle.size, S.subtitle.leading),
        },
        keepNext: true,
      },
    },
    {
      id: 'CoverLine',
      name: 'Cover Line',
      basedOn: 'Normal',
      next: 'Normal',
      paragraph: { spacing: { after: twips(S.coverLine.after) }, keepNext: true },
    },
    {
      // The last cover line closes the title block with a rule.
      id: 'CoverLast',
      name: 'Cover Line Last',
      basedOn: 'CoverLine',
      next: 'Normal',
      paragraph: {
        spacing: { after: twips(S.coverRule.below) },
        border: {
          bottom: {
            style: BorderStyle.SINGLE,
            size: Math.round(S.coverRule.weight * 8),
            color: ACCENT,
            space: Math.round(S.coverRule.above),
          },
        },
      },
    },
    heading('Heading1', 'heading 1', 0),
    heading('Heading2', 'heading 2', 1),
    heading('Heading3', 'heading 3', 2),
    {
      id: 'NumberedParagraph',
      name: 'Numbered Paragraph',
      basedOn: 'Normal',
      next: 'NumberedParagraph',
      quickFormat: true,
      // The style numbers: applied from Word's Styles pane it numbers the paragraph, and a
      // paragraph inserted among the others renumbers the rest.
      ...(numbered
        ? { paragraph: { numbering: { reference: PARAGRAPH_NUMBERING, level: 0 } } }
        : {}),
    },
    {
      id: 'ListParagraph',
      name: 'List Paragraph',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: { spacing: { after: twips(S.list.itemAfter) } },
    },
    {
      id: 'Quote',
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { italics: true, color: S.colour.quote.toUpperCase() },
      paragraph: {
        spacing: { before: twips(S.quote.before), after: twips(S.quote.after) },
        indent: { left: textIndent + twips(S.quote.indent), right: twips(S.quote.indent) },
      },
    },
    {
      id: 'TableText',
      name: 'Table Text',
      basedOn: 'Normal',
      paragraph: { spacing: { before: 0, after: 0, ...leading(S.table.size, S.table.leading) } },
      run: { size: halfPoints(S.table.size) },
    },
    // The smaller sizes of tables with many columns (core/print/tableFit).
    ...S.table.smaller.flatMap((size): IParagraphStyleOptions[] => [
      {
        id: `TableText${size}`,
        name: `Table Text ${size} pt`,
        basedOn: 'TableText',
        paragraph: { spacing: leading(size, S.table.leading) },
        run: { size: halfPoints(size) },
      },
      {
        id: `TableHeading${size}`,
        name: `Table Heading ${size} pt`,
        basedOn: `TableText${size}`,
        run: { bold: true, color: ACCENT },
        paragraph: { keepNext: true },
      },
    ]),
    {
      id: 'TableSpacing',
      name: 'Table Spacing',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: 12 },
      paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
    },
    {
      id: 'TableHeading',
      name: 'Table Heading',
      basedOn: 'TableText',
      run: { bold: true, color: ACCENT },
      paragraph: { keepNext: true },
    },
    {
      id: 'Signatory',
      name: 'Signatory',
      basedOn: 'Normal',
      paragraph: { spacing: { after: twips(S.signatories.after) }, keepLines: true },
    },
    {
      id: 'FootnoteText',
      name: 'footnote text',
      basedOn: 'Normal',
      link: 'FootnoteTextChar',
      semiHidden: true,
      unhideWhenUsed: true,
      run: { size: halfPoints(S.notes.size) },
      paragraph: {
        spacing: { after: twips(S.notes.after), ...leading(S.notes.size, S.notes.leading) },
        indent: { left: 284, hanging: 284 },
      },
    },
    {
      id: 'EndnoteText',
      name: 'endnote text',
      basedOn: 'Normal',
      link: 'EndnoteTextChar',
      semiHidden: true,
      unhideWhenUsed: true,
      run: { size: halfPoints(S.notes.size) },
      paragraph: {
        spacing: { after: twips(S.notes.after), ...leading(S.notes.size, S.notes.leading) },
        indent: { left: 397, hanging: 397 },
      },
    },
    {
      id: 'Header',
      name: 'header',
      basedOn: 'Normal',
      run: small(S.header.size, S.colour.muted),
      paragraph: {
        alignment: AlignmentType.LEFT,
        spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO },
        // A hairline under the running header, as in the PDF.
        border: {
          bottom: {
            style: BorderStyle.SINGLE,
            size: Math.max(2, Math.round(S.header.rule * 8)),
            color: RULE,
            space: Math.round(S.header.ruleGap),
          },
        },
      },
    },
    {
      id: 'Footer',
      name: 'footer',
      basedOn: 'Normal',
      run: small(S.footer.size, S.colour.muted),
      paragraph: {
        alignment: AlignmentType.CENTER,
        spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO },
      },
    },
  ];
  return {
    default: {
      document: {
        run: {
          font: FONT,
          size: halfPoints(S.body.size),
          color: S.colour.ink.toUpperCase(),
          language: { value: language },
        },
        paragraph: { spacing: { after: 0, ...body } },
      },
      hyperlink: { run: { color: S.colour.link.toUpperCase(), underline: {} } },
    },
    paragraphStyles,
    characterStyles: [
      {
        id: 'HTMLCode',
        name: 'HTML Code',
        run: { font: CODE_FONT, size: halfPoints(S.table.size) },
      },
    ],
  };
}
