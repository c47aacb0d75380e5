/**
 * The PDF renderer: a print tree laid out by pdfmake 0.3 and written by PDFKit, with embedded
 * TrueType fonts only (the caller passes DejaVu or Noto bytes; the standard 14 fonts cannot show
 * ə, İ or Cyrillic and are never used, not even for page numbers).
 *
 * The caller may pass several font families, in order (core/print/typefaces). pdfmake sets a run
 * in one font and has no fallback, so before each layout the text is cut into runs by the first
 * family whose cmap has each character (core/print/glyphs): a Ҹ in DejaVu Serif text is set in
 * Noto Serif, an Arabic name in Noto Naskh Arabic. Fallback faces take the first family's
 * vertical metrics, so a line keeps its height and baseline whatever it holds. PDFKit's fontkit
 * shapes each run (Arabic letters join, and a right-to-left word comes out in visual order);
 * pdfmake then places words left to right, so after each line is set the words of a right-to-left
 * stretch (Arabic or Hebrew, with the spaces and numbers between) are mirrored into visual order:
 * the Unicode bidirectional algorithm for right-to-left text inside left-to-right paragraphs.
 * A paragraph or heading that reads right to left (its `direction`, or its first strong letter:
 * core/print/bidi) is set right-aligned, and each of its lines, once broken, is turned around
 * whole, its left-to-right stretches (Latin names, numbers after them) kept in their own order.
 * That is the algorithm's own order of work (break the logical text into lines, then reorder each
 * line), so lines break as in Word. What it does not do: embeddings and isolates, a number's
 * separators resolved by their neighbours (rules W4 to W6), and a word whose letters mix the two
 * directions, which fontkit lays out as one run.
 *
 * pdfmake has no footnotes, and its public API cannot reserve a different height at the foot of
 * each page. So this module drives pdfmake's layout engine itself (the same steps as pdfmake's
 * `Printer.createPdfKitDocument`) and places footnotes the way Word does, in two layouts:
 *
 * 1. Measure: lay out every note alone, at the width of the text block, to learn the height and
 *    the text of each of its lines.
 * 2. Lay out the body with the note planner hooked into pdfmake's page writer. Before a line that
 *    carries note references is placed, the planner checks that the line and the start of its
 *    notes fit above the notes already on the page; if not, the line goes to the next page. Once
 *    placed, the page's body area shrinks by the notes' height. A note too long for what is left
 *    is split at a line boundary and the rest is carried to the foot of the next page (under a
 *    full-width rule), before that page's own notes. The footer then draws each page's notes in
 *    the reserved band, so a reference and its note always share a page. (Only when a note runs
 *    on past the last page of text is the body laid out again, with pages added for it.)
 *
 * The PDF is tagged (PDF 1.7, 14.8): as the content is built, each run is given the element of
 * the structure tree it belongs to (H1 (the title), H2–H4, P, L/LI/Lbl/LBody, Table/TR/TH/TD, Note, BlockQuote),
 * and the pages are drawn here rather than by pdfmake's `Renderer#renderPages`, each line inside
 * a marked-content sequence of its element. The running header, "Page X of Y", rules, borders and
 * repeated table headers are artifacts. A footnote is a Note inside the element that cites it.
 *
 * The hooks touch these internals of pdfmake 0.3.11 (pinned): `LayoutBuilder#writer`,
 * `PageElementWriter#addLine/addFragment/addVector` and its 'lineAdded' event (list markers),
 * `DocumentContext#initializePage`, and `Renderer#renderLine/renderVector`. The tests render real
 * documents and check page by page and element by element, so an upgrade that moves them fails
 * loudly.
 */
import { printLanguage } from '../i18n/printLanguage';
import {
  blockDirection,
  hasRightToLeft,
  leftToRightStretches,
  mirrored,
  rightToLeftStretches,
  strength,
  type Strength,
} from './bidi';
import { faceOf, GlyphCoverage, type FontFaces } from './glyphs';
import { HOUSE_STYLE, orderedFormats } from './houseStyle';
import { tableFit, type TableFit } from './tableFit';
import { tableGrid } from './tableGrid';
import type {
  PrintBlock,
  PrintInline,
  PrintListItem,
  PrintNote,
  PrintDocument,
  PrintSignatory,
  PrintTableRow,
} from './tree';
// @ts-expect-error -- pdfmake ships no type declarations; the parts used are typed below.
import layoutBuilderModule from 'pdfmake/js/LayoutBuilder.js';
// @ts-expect-error -- as above.
import pdfDocumentModule from 'pdfmake/js/PDFDocument.js';
// @ts-expect-error -- as above.
import rendererModule from 'pdfmake/js/Renderer.js';
// @ts-expect-error -- as above.
import svgMeasureModule from 'pdfmake/js/SVGMeasure.js';
// @ts-expect-error -- as above.
import lineModule from 'pdfmake/js/Line.js';

/** TrueType font files (bytes) for the four faces of a family. */
export type PdfFonts = FontFaces<Uint8Array>;

/**
 * Font families in the order each character tries them: the first sets the look, the others
 * carry what it lacks (core/print/typefaces).
 */
export type PdfFontChain = readonly PdfFonts[];

/**
 * Renders a print tree as an A4 PDF: cover block, headings (also as PDF bookmarks), numbered
 * paragraphs with hanging numbers, lists, quotes, tables, signatories, clickable links, footnotes
 * at the foot of the page where they are referenced (or endnotes, per `noteStyle`), a running
 * header from the second page, "Page X of Y", and the document's metadata and language. The file
 * is a tagged PDF (its structure tree is what screen readers read) and declares PDF/A-2b.
 * `created` dates the file (its CreationDate, from which the file's ID derives too): the same
 * document at the same stamp gives the same bytes, whichever door asked for them.
 */
export async function renderPdf(
  doc: PrintDocument,
  fonts: PdfFonts | PdfFontChain,
  created: Date = new Date(),
): Promise<Uint8Array> {
  const chain: PdfFontChain = isChain(fonts) ? fonts : [fonts];
  if (chain.length === 0) throw new Error('renderPdf needs at least one font family.');
  const pdf = createPdfDocument(doc, chain, created);
  const metrics = measureFonts(pdf, doc, chain);
  let laid: Laid | null = null;
  if (doc.noteStyle === 'footnotes')
    laid = layoutWithFootnotes(pdf, doc, metrics, measureNotes(pdf, doc, metrics));
  // Endnotes, or footnotes that could not all be placed (see layoutWithFootnotes) as endnotes.
  laid ??= layoutBody(pdf, { ...doc, noteStyle: 'endnotes' }, metrics, null, 0);
  renderTagged(pdf, laid);
  return readAll(pdf);
}

// ---------------------------------------------------------------------------------------------
// Page geometry and typography

// The sizes, spacing and colours are the house style's (core/print/houseStyle), shared with the
// Word and HTML exports.
const S = HOUSE_STYLE;
const A4 = { width: S.page.width, height: S.page.height, orientation: 'portrait' } as const;
const MARGIN = S.page.margin;
const TEXT_WIDTH = A4.width - 2 * MARGIN;
const BODY_BOTTOM = A4.height - MARGIN;

const BODY_SIZE = S.body.size;
/** Baseline to baseline, as a multiple of the font size. */
const BODY_LEADING = S.body.leading;
const NOTE_SIZE = S.notes.size;
const NOTE_LEADING = S.notes.leading;
const TABLE_SIZE = S.table.size;
const PARAGRAPH_AFTER = S.body.after;
/** Space above and below the rule over the footnotes, and between two notes. */
const RULE_ABOVE = 9;
const RULE_BELOW = 5;
const NOTE_GAP = 2;
/** Between a right-aligned note number and its text, at body size. */
const MARKER_GAP = 6;
/** At most this share of the text block goes to notes continued from the page before. */
const MAX_CARRIED_SHARE = 0.5;

const INK = `#${S.colour.ink}`;
const MUTED = `#${S.colour.muted}`;
const ACCENT = `#${S.colour.accent}`;
const LINK = `#${S.colour.link}`;
const RULE = `#${S.colour.rule}`;
const HEADER_FILL = `#${S.colour.tableHeaderFill}`;

/** pdfmake's name of the first family; the others are `Body1`, `Body2`… */
const FAMILY = 'Body';

function familyName(index: number): string {
  return index === 0 ? FAMILY : `${FAMILY}${index}`;
}

function isChain(fonts: PdfFonts | PdfFontChain): fonts is PdfFontChain {
  return Array.isArray(fonts);
}

/** Sizes that depend on the font the caller chose. */
interface Metrics {
  /** pdfmake `lineHeight` factors that give BODY_LEADING and NOTE_LEADING with this font. */
  bodyLineHeight: number;
  noteLineHeight: number;
  tableLineHeight: number;
  titleLineHeight: number;
  subtitleLineHeight: number;
  headingLineHeight: (size: number) => number;
  /** One body line, in points. */
  bodyLine: number;
  /** The hanging indent of numbered paragraphs, wide enough for the largest number. */
  paragraphIndent: number;
  /** The hanging indent of notes, wide enough for the largest note number. */
  noteIndent: number;
  regular: PdfFontHandle;
  /** Which family has a glyph for which character. */
  coverage: GlyphCoverage;
}

function measureFonts(pdf: PdfDocumentInstance, doc: PrintDocument, chain: PdfFontChain): Metrics {
  const regular = pdf.provideFont(FAMILY, false, false);
  const factor = (size: number, leading: number) => (leading * size) / regular.lineHeight(size);
  let maxNumber = 0;
  for (const b of doc.blocks)
    if (b.type === 'paragraph' && b.number !== null) maxNumber = Math.max(maxNumber, b.number);
  const maxNote = doc.notes.reduce((m, n) => Math.max(m, n.n), 0);
  const width = (text: string, size: number) => regular.widthOfString(text, size);
  return {
    bodyLineHeight: factor(BODY_SIZE, BODY_LEADING),
    noteLineHeight: factor(NOTE_SIZE, NOTE_LEADING),
    tableLineHeight: factor(TABLE_SIZE, S.table.leading),
    titleLineHeight: factor(S.title.size, S.title.leading),
    subtitleLineHeight: factor(S.subtitle.size, S.subtitle.leading),
    headingLineHeight: (size: number) => factor(size, S.headingLeading),
    bodyLine: BODY_LEADING * BODY_SIZE,
    paragraphIndent: Math.max(S.body.numberIndent, width(`${maxNumber}.`, BODY_SIZE) + 9),
    noteIndent: Math.max(14, width(String(maxNote), NOTE_SIZE) + 6),
    regular,
    coverage: GlyphCoverage.of(chain),
  };
}

// ---------------------------------------------------------------------------------------------
// The print tree as pdfmake content

/** What the layout hooks need to know about a run of text; pdfmake copies it onto every word. */
interface Tag {
  /** This run is the reference to note `ref`. */
  ref?: number;
  /** This run belongs to note `note` (measuring pass). */
  note?: number;
  /** The block the run belongs to, for hanging numbers and orphan control. */
  block?: BlockTag;
  /** Keep this line together with this much of what follows (headings). */
  keepWithNext?: number;
  /** The element of the structure tree this run is content of. */
  struct?: StructNode;
  /** Not content: drawn for the page (header, footer). */
  artifact?: ArtifactType;
  /** The run belongs to a paragraph or heading that reads right to left. */
  rtl?: boolean;
}

interface BlockTag {
  /** Drawn in the hanging indent, left of the first line. */
  marker: string | null;
  /** Note numbers stand right-aligned against their text; paragraph numbers at the margin. */
  markerAlign?: 'right';
  /** The marker hangs right of the text, in a paragraph that reads right to left. */
  markerSide?: 'right';
  indent: number;
  fontSize: number;
  /** No single first line at the foot of a page, no single last line at the top of one. */
  keepLines: boolean;
}

/** A pdfmake document-definition node; pdfmake's own shapes are loose. */
type Content = Record<string, unknown>;

interface Run extends Content {
  text: string;
}

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  decoration?: string[];
  sup?: boolean;
  sub?: boolean;
  link?: string;
  background?: string;
  color?: string;
}

class ContentBuilder {
  /** The pdfmake node of each block, where the layout hooks find the words not yet set. */
  readonly nodes = new WeakMap<BlockTag, Content>();
  /** The structure tree of the tagged PDF, in reading order. */
  readonly structure = new StructNode('Document');
  /** Each note's element: in the element that first cites it (footnotes), or after the body. */
  private readonly notes = new Map<number, StructNode>();
  private headingCount = 0;
  /** The inside of the table cell being set (its width and padding), or null outside tables. */
  private cellInside: { width: number; padding: { x: number; y: number } } | null = null;
  private readonly outlineParents: (string | null)[] = [null, null, null];

  constructor(
    private readonly doc: PrintDocument,
    private readonly metrics: Metrics,
  ) {}

  /** Everything that flows: cover, body, and the notes section when notes are endnotes. */
  document(): Content[] {
    const out: Content[] = [...this.cover(), ...this.blocks(this.doc.blocks, true, this.structure)];
    if (this.doc.noteStyle === 'endnotes' && this.doc.notes.length > 0)
      out.push(...this.endnotes());
    turnPages(out);
    collapseMargins(out);
    trimTrailingMargin(out);
    return out;
  }

  private cover(): Content[] {
    const { cover } = this.doc;
    const out: Content[] = [
      {
        // The title is the one H1; the document's headings 1–3 are H2–H4, as in the HTML.
        text: [{ text: clean(cover.title), dossier: { struct: this.structure.add('H1') } }],
        fontSize: S.title.size,
        bold: S.title.bold,
        color: ACCENT,
        alignment: 'left',
        lineHeight: this.metrics.titleLineHeight,
        margin: [0, 0, 0, S.title.after],
      },
    ];
    if (cover.subtitle)
      out.push({
        text: this.paragraph(clean(cover.subtitle)),
        fontSize: S.subtitle.size,
        color: ACCENT,
        alignment: 'left',
        lineHeight: this.metrics.subtitleLineHeight,
        margin: [0, 0, 0, S.subtitle.after],
      });
    for (const line of cover.lines)
      out.push({
        text: this.paragraph(clean(line)),
        alignment: 'left',
        margin: [0, 0, 0, S.coverLine.after],
      });
    const rule = S.coverRule;
    out.push({
      canvas: [
        {
          type: 'line',
          x1: 0,
          y1: 0,
          x2: TEXT_WIDTH,
          y2: 0,
          lineWidth: rule.weight,
          lineColor: ACCENT,
        },
      ],
      margin: [0, rule.above, 0, rule.below],
    });
    return out;
  }

  /** Text of a paragraph of its own in the document's structure. */
  private paragraph(text: string): Run[] {
    return [{ text, dossier: { struct: this.structure.add('P') } }];
  }

  private blocks(blocks: PrintBlock[], topLevel: boolean, parent: StructNode): Content[] {
    const out: Content[] = [];
    blocks.forEach((block, i) => {
      if (block.type === 'pageBreak') {
        // A break at the very end would leave an empty page.
        const last = i === blocks.length - 1;
        if (!last || (this.doc.noteStyle === 'endnotes' && this.doc.notes.length > 0))
          out.push({ text: '', pageBreak: 'after' });
        return;
      }
      out.push(...this.block(block, topLevel, parent, blocks[i - 1]?.type === 'heading'));
    });
    return out;
  }

  private block(
    block: Exclude<PrintBlock, { type: 'pageBreak' }>,
    topLevel: boolean,
    parent: StructNode,
    afterHeading = false,
  ): Content[] {
    switch (block.type) {
      case 'heading':
        return [this.heading(block.level, block.children, parent, blockDirection(block) === 'rtl')];
      case 'paragraph': {
        const struct = parent.add('P');
        const numbered = block.number !== null && topLevel;
        const rtl = blockDirection(block) === 'rtl';
        const tag: BlockTag = {
          // The number reads from the right too: its full stop after it, on its left.
          marker: numbered ? (rtl ? `.${block.number}` : `${block.number}.`) : null,
          indent: numbered ? this.metrics.paragraphIndent : 0,
          fontSize: BODY_SIZE,
          keepLines: topLevel,
          ...(rtl ? { markerSide: 'right' as const } : {}),
        };
        const prefix: Run[] =
          block.number !== null && !topLevel
            ? [{ text: `${block.number}. `, dossier: { struct } }]
            : [];
        const after = topLevel ? PARAGRAPH_AFTER : 2;
        return [
          this.register(tag, {
            text: [
              ...prefix,
              ...this.runs(block.children, {}, tag, rtl ? { struct, rtl } : { struct }),
            ],
            // Ragged right, as the house style sets it, unless the author aligned the paragraph;
            // ragged left when it reads right to left.
            alignment: rtl ? rightToLeftAlignment(block.align) : (block.align ?? 'left'),
            margin: rtl ? [0, 0, tag.indent, after] : [tag.indent, 0, 0, after],
          }),
        ];
      }
      case 'quote': {
        const tag: BlockTag = { marker: null, indent: 0, fontSize: BODY_SIZE, keepLines: topLevel };
        const struct = parent.add('BlockQuote');
        return [
          this.register(tag, {
            text: this.runs(block.children, { italics: true }, tag, { struct }),
            alignment: 'left',
            color: `#${S.colour.quote}`,
            margin: [
              (this.doc.numberedParagraphs ? this.metrics.paragraphIndent : 0) + S.quote.indent,
              S.quote.before,
              S.quote.indent,
              S.quote.after,
            ],
          }),
        ];
      }
      case 'list':
        // Lists sit under the text of numbered paragraphs, as in the Word export.
        return [
          {
            ...this.list(block, 0, parent),
            margin: [
              topLevel && this.doc.numberedParagraphs ? this.metrics.paragraphIndent : 0,
              0,
              0,
              PARAGRAPH_AFTER,
            ],
          },
        ];
      case 'table':
        return block.rows.length > 0 ? [this.table(block.rows, topLevel, parent)] : [];
      case 'signatories':
        return this.signatories(block.heading, block.organisations, afterHeading, parent);
    }
  }

  private register(tag: BlockTag, node: Content): Content {
    this.nodes.set(tag, node);
    return node;
  }

  private heading(
    level: 1 | 2 | 3,
    children: PrintInline[],
    within: StructNode,
    rtl = false,
  ): Content {
    const style = HEADINGS[level - 1] ?? HEADINGS[0];
    const id = `heading-${++this.headingCount}`;
    const parent = level > 1 ? (this.outlineParents[level - 2] ?? null) : null;
    this.outlineParents[level - 1] = id;
    for (let l = level; l < this.outlineParents.length; l++) this.outlineParents[l] = null;
    const keep: Tag = {
      keepWithNext: 2 * this.metrics.bodyLine + PARAGRAPH_AFTER,
      struct: within.add(`H${(level + 1) as 2 | 3 | 4}`),
      ...(rtl ? { rtl } : {}),
    };
    const runs = this.runs(children, { bold: true, italics: style.italics }, undefined, keep);
    const text = plainText(children).trim();
    const node: Content = {
      text: runs,
      fontSize: style.size,
      color: ACCENT,
      lineHeight: this.metrics.headingLineHeight(style.size),
      alignment: rtl ? 'right' : 'left',
      margin: style.margin,
      ...(text
        ? { id, outline: true, outlineText: text, ...(parent ? { outlineParentId: parent } : {}) }
        : {}),
    };
    HEADINGS_OF.add(node);
    return node;
  }

  private list(
    list: Extract<PrintBlock, { type: 'list' }>,
    depth: number,
    parent: StructNode,
  ): Content {
    const struct = parent.add('L');
    const items = list.items.map((item: PrintListItem) => {
      const tag: BlockTag = { marker: null, indent: 0, fontSize: BODY_SIZE, keepLines: false };
      const li = struct.add('LI');
      const body = new StructNode('LBody');
      body.label = li.add('Lbl');
      li.kids.push(body);
      const text: Content = {
        text: this.runs(item.children, {}, tag, { struct: body }),
        alignment: 'left',
        margin: [0, 0, 0, S.list.itemAfter],
      };
      // A nested list is part of the item's body, after its text.
      return item.sublist ? { stack: [text, this.list(item.sublist, depth + 1, body)] } : text;
    });
    if (!list.ordered)
      return { ul: items, type: BULLETS[depth % BULLETS.length] ?? 'disc', markerColor: INK };
    const formats = orderedFormats(this.doc.numberedParagraphs);
    const format = formats[depth % formats.length] ?? formats[0];
    return {
      ol: items,
      start: list.start,
      type: format?.counter,
      separator: [format?.before ?? '', format?.after ?? '.'],
      markerColor: INK,
    };
  }

  /**
   * A table of the body is set as its columns need (core/print/tableFit): smaller text, then a
   * landscape page, with columns of fixed width so that none runs off the page (with `*` widths
   * pdfmake gives each column its longest word and pushes the last columns past the edge); a
   * word longer than its column breaks inside it. A table in a cell shares out the cell's width.
   */
  private table(rows: PrintTableRow[], topLevel: boolean, parent: StructNode): Content {
    const grid = tableGrid(rows);
    const columns = grid.columns;
    const fit: TableFit | null = topLevel ? tableFit(columns) : null;
    // A table in a cell takes the cell's inside, its text size and its padding.
    const outer = topLevel ? null : this.cellInside;
    const padding = fit?.padding ?? outer?.padding ?? S.table.cellPadding;
    const available = fit?.width ?? outer?.width ?? null;
    // pdfmake's widths are the cells' insides: the width less padding and rules.
    const inside =
      available === null
        ? null
        : Math.max(
            1,
            (available - columns * 2 * padding.x - (columns + 1) * S.table.rule) / columns,
          );
    const struct = parent.add('Table');
    // pdfmake wants every place of the grid: a cell where it starts, `{}` where a cell spanning
    // columns or rows covers it.
    const body = grid.rows.map((entries, r) => {
      const header = rows[r]?.header === true;
      const row = struct.add('TR');
      const cells: Content[] = [];
      for (const entry of entries) {
        if (entry.kind === 'cell') {
          const cell = row.add(header ? 'TH' : 'TD', {
            colSpan: entry.colSpan,
            rowSpan: entry.rowSpan,
          });
          const within = this.cellInside;
          this.cellInside =
            inside === null
              ? null
              : {
                  width:
                    inside * entry.colSpan + (entry.colSpan - 1) * (2 * padding.x + S.table.rule),
                  padding,
                };
          const stack = this.blocks(entry.cell.children, false, cell);
          this.cellInside = within;
          cells.push({
            stack,
            ...(entry.colSpan > 1 ? { colSpan: entry.colSpan } : {}),
            ...(entry.rowSpan > 1 ? { rowSpan: entry.rowSpan } : {}),
            ...(header ? { bold: true, fillColor: HEADER_FILL, color: ACCENT } : {}),
          });
          for (let k = 1; k < entry.colSpan; k++) cells.push({});
        } else if (entry.kind === 'covered') {
          for (let k = 0; k < entry.colSpan; k++) cells.push({});
        } else {
          // An empty place keeps its cell in the structure too, so that columns line up.
          row.add('TD', { colSpan: entry.colSpan, rowSpan: 1 });
          for (let k = 0; k < entry.colSpan; k++) cells.push({ text: '' });
        }
      }
      return cells;
    });
    let headerRows = grid.headerRows;
    if (headerRows === rows.length) headerRows = 0;
    return {
      table: {
        widths: Array.from({ length: columns }, () => inside ?? '*'),
        body,
        ...(headerRows > 0 ? { headerRows } : {}),
      },
      layout: padding === S.table.cellPadding ? TABLE_LAYOUT : tableLayout(padding),
      ...(outer === null ? { fontSize: fit?.size ?? TABLE_SIZE } : {}),
      lineHeight: this.metrics.tableLineHeight,
      margin: [0, S.table.before, 0, PARAGRAPH_AFTER + 6],
      ...(fit?.landscape ? { [LANDSCAPE]: true } : {}),
    };
  }

  private signatories(
    heading: string | null,
    organisations: PrintSignatory[],
    afterHeading: boolean,
    parent: StructNode,
  ): Content[] {
    const out: Content[] = [];
    if (heading) out.push(this.heading(1, [{ type: 'text', text: heading }], parent));
    // In the text column, where numbered paragraphs' text starts, as in the Word export; set off
    // from the text above unless a heading (its own or one just before) opens the list.
    const indent = this.doc.numberedParagraphs ? this.metrics.paragraphIndent : 0;
    organisations.forEach((org, i) => {
      const dossier: Tag = { struct: parent.add('P') };
      out.push({
        text: [
          { text: clean(org.name), dossier },
          ...(org.shortName ? [{ text: ` (${clean(org.shortName)})`, dossier }] : []),
        ],
        alignment: 'left',
        margin: [
          indent,
          i === 0 && !heading && !afterHeading ? S.signatories.before : 0,
          0,
          i === organisations.length - 1 ? PARAGRAPH_AFTER : S.signatories.after,
        ],
      });
    });
    return out;
  }

  private endnotes(): Content[] {
    const heading = printLanguage(this.doc.meta.language).notesHeading;
    const out: Content[] = [this.heading(1, [{ type: 'text', text: heading }], this.structure)];
    for (const note of this.doc.notes) out.push(this.endnote(note));
    return out;
  }

  /** An endnote: a paragraph with its number hanging, the target of its references. */
  private endnote(note: PrintNote): Content {
    const tag: BlockTag = {
      marker: String(note.n),
      markerAlign: 'right',
      indent: this.metrics.noteIndent,
      fontSize: NOTE_SIZE,
      keepLines: true,
    };
    return this.register(tag, {
      text: this.runs(note.children, {}, tag, { struct: this.note(note.n) }),
      id: `note-${note.n}`,
      fontSize: NOTE_SIZE,
      lineHeight: this.metrics.noteLineHeight,
      alignment: 'left',
      margin: [this.metrics.noteIndent, 0, 0, S.notes.after],
    });
  }

  /** The element of note `n`, made in `parent` if the note has none yet. */
  note(n: number, parent: StructNode = this.structure): StructNode {
    let struct = this.notes.get(n);
    if (!struct) {
      struct = parent.add('Note');
      this.notes.set(n, struct);
    }
    return struct;
  }

  /** The runs of a note, for measuring and for slicing into what each page shows. */
  noteRuns(note: PrintNote): Run[] {
    return this.runs(note.children, {}, undefined, { note: note.n });
  }

  runs(inlines: PrintInline[], style: RunStyle, block?: BlockTag, extra: Tag = {}): Run[] {
    const out: Run[] = [];
    const tagged = (run: Run, tag: Tag = {}): Run => {
      const dossier: Tag = { ...extra, ...tag, ...(block ? { block } : {}) };
      return Object.keys(dossier).length > 0 ? { ...run, dossier } : run;
    };
    for (const inline of inlines) {
      switch (inline.type) {
        case 'text': {
          const decoration = [
            ...(style.decoration ?? []),
            ...(inline.underline ? ['underline'] : []),
            ...(inline.strike ? ['lineThrough'] : []),
          ];
          out.push(
            tagged({
              text: clean(inline.text),
              ...styleProps(style),
              ...(inline.bold ? { bold: true } : {}),
              ...(inline.italic ? { italics: !style.italics } : {}),
              ...(decoration.length ? { decoration } : {}),
              ...(inline.superscript ? { sup: true } : {}),
              ...(inline.subscript ? { sub: true } : {}),
              ...(inline.code ? { background: `#${S.colour.codeFill}` } : {}),
            }),
          );
          break;
        }
        case 'link': {
          const linked: RunStyle = {
            ...style,
            link: inline.url,
            color: LINK,
            decoration: [...(style.decoration ?? []), 'underline'],
          };
          for (const run of this.runs(inline.children, linked, block, extra)) out.push(run);
          break;
        }
        case 'noteRef':
          // A footnote is read after the text that cites it: an element within that text's.
          if (this.doc.noteStyle === 'footnotes' && extra.struct) this.note(inline.n, extra.struct);
          out.push(
            tagged(
              {
                text: String(inline.n),
                ...styleProps({ ...style, link: undefined, decoration: undefined }),
                sup: true,
                linkToDestination: `note-${inline.n}`,
              },
              { ref: inline.n },
            ),
          );
          break;
        case 'lineBreak':
          out.push(tagged({ text: '\n', ...styleProps(style) }));
          break;
      }
    }
    return extra.rtl === true ? out.flatMap(sentencePunctuationApart) : out;
  }
}

/** A full stop or comma after a Latin word or a number, before a space or the end. */
const SENTENCE_PUNCTUATION = /(?<=[\p{L}\p{N}])([.,;:!?،؛؟]+)(?=\s|$)/u;

/**
 * A run of a right-to-left paragraph with the full stops and commas after Latin words and
 * numbers in runs of their own. pdfmake keeps "2013." one word, and a word is turned around
 * whole or not at all; apart (and still glued to it: no space between), the stop stands outside
 * the left-to-right stretch and goes to its left, where an Arabic reader ends the sentence. After
 * an Arabic word it goes there too.
 */
function sentencePunctuationApart(run: Run): Run[] {
  const parts = run.text.split(SENTENCE_PUNCTUATION).filter((part) => part !== '');
  return parts.length <= 1 ? [run] : parts.map((text) => ({ ...run, text }));
}

/** A right-to-left paragraph starts at the right: centred and justified stay as they are. */
function rightToLeftAlignment(align: 'left' | 'center' | 'right' | 'justify' | undefined): string {
  return align === 'center' || align === 'justify' ? align : 'right';
}

const heading = (h: (typeof S.headings)[number]) => ({
  size: h.size,
  italics: h.italic,
  margin: [0, h.before, 0, h.after],
});
const HEADINGS = [heading(S.headings[0]), heading(S.headings[1]), heading(S.headings[2])] as const;

const BULLETS = ['disc', 'circle', 'square'] as const;

function tableLayout(padding: { x: number; y: number }) {
  return {
    hLineWidth: () => S.table.rule,
    vLineWidth: () => S.table.rule,
    hLineColor: () => RULE,
    vLineColor: () => RULE,
    paddingLeft: () => padding.x,
    paddingRight: () => padding.x,
    paddingTop: () => padding.y,
    paddingBottom: () => padding.y,
  };
}

const TABLE_LAYOUT = tableLayout(S.table.cellPadding);

/** Marks a table of the body that goes on a landscape page (see `turnPages`). */
const LANDSCAPE = 'dossierLandscape';

/** The headings among the blocks, so that one goes with a landscape table below it. */
const HEADINGS_OF = new WeakSet<Content>();

/**
 * Puts each run of landscape tables on landscape pages: a page break before the first (or the
 * headings just above it), turning the page, and one before what follows, turning it back. A page
 * break just before or after the tables is that break already.
 */
function turnPages(content: Content[]): void {
  const turned = new Set<Content>();
  for (let i = 0; i < content.length; i++) {
    const node = content[i];
    if (node?.[LANDSCAPE] !== true) continue;
    delete node[LANDSCAPE];
    turned.add(node);
    if (!turned.has(content[i - 1] as Content)) {
      // The headings just above the table go over with it: a heading is never left at the
      // foot of the upright page.
      let start = i;
      while (start > 0 && HEADINGS_OF.has(content[start - 1] as Content)) start--;
      const opener = content[start] as Content;
      opener.pageBreak = 'before';
      opener.pageOrientation = 'landscape';
      // A page break just before is this break already.
      const before = content[start - 1];
      if (before?.pageBreak === 'after' && before.text === '') {
        content.splice(start - 1, 1);
        i--;
      }
    }
    let next = content[i + 1];
    if (next === undefined || next[LANDSCAPE] === true) continue;
    if (next.pageBreak === 'after' && next.text === '') {
      content.splice(i + 1, 1);
      next = content[i + 1];
      if (next === undefined) continue;
    }
    next.pageBreak = 'before';
    next.pageOrientation = 'portrait';
  }
}

/**
 * Two blocks in a row stand the larger of the space after the first and the space before the
 * second apart, as Word, LibreOffice and CSS set them (pdfmake would add the two).
 */
function collapseMargins(content: Content[]): void {
  let after = 0;
  for (const node of content) {
    const margin = node.margin;
    if (node.pageBreak !== undefined || !Array.isArray(margin) || margin.length !== 4) {
      after = 0;
      continue;
    }
    const [left, top, right, bottom] = margin as [number, number, number, number];
    node.margin = [left, Math.max(0, top - after), right, bottom];
    after = bottom;
  }
}

/**
 * pdfmake starts a new page for a bottom margin that does not fit; at the very end that would be
 * an empty last page.
 */
function trimTrailingMargin(content: Content[]): void {
  let node = content[content.length - 1];
  while (node) {
    const margin = node.margin;
    if (Array.isArray(margin) && margin.length === 4)
      node.margin = [margin[0], margin[1], margin[2], 0];
    const children = node.stack ?? node.ul ?? node.ol;
    node = Array.isArray(children)
      ? (children[children.length - 1] as Content | undefined)
      : undefined;
  }
}

function styleProps(style: RunStyle): Content {
  const out: Content = {};
  if (style.bold) out.bold = true;
  if (style.italics) out.italics = true;
  if (style.decoration?.length) out.decoration = style.decoration;
  if (style.sup) out.sup = true;
  if (style.sub) out.sub = true;
  if (style.link) out.link = style.link;
  if (style.background) out.background = style.background;
  if (style.color) out.color = style.color;
  return out;
}

// eslint-disable-next-line no-control-regex -- control characters are what it removes.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Tabs would become four spaces in pdfmake and other control characters show as boxes. */
function clean(text: string): string {
  return text.replace(/\t/g, ' ').replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

// ---------------------------------------------------------------------------------------------
// Fonts by coverage

interface FaceStyle {
  bold: boolean;
  italics: boolean;
}

/**
 * Cuts the text of pdfmake content into runs, each in the first family that has its characters
 * (see the top of this file). Changes the nodes' `text` in place, so that the nodes the layout
 * hooks know (ContentBuilder.nodes) stay the nodes pdfmake lays out.
 */
function setFonts(node: unknown, coverage: GlyphCoverage, inherited: FaceStyle): void {
  if (Array.isArray(node)) {
    for (const child of node) setFonts(child, coverage, inherited);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const content = node as Content;
  const style = faceStyle(content, inherited);
  if ('text' in content) content.text = fontRuns(content.text, coverage, style);
  for (const key of ['stack', 'ul', 'ol', 'columns'] as const)
    if (Array.isArray(content[key])) setFonts(content[key], coverage, style);
  const table = content.table as { body?: unknown } | undefined;
  if (table && Array.isArray(table.body)) setFonts(table.body, coverage, style);
}

function faceStyle(node: Content, inherited: FaceStyle): FaceStyle {
  return {
    bold: typeof node.bold === 'boolean' ? node.bold : inherited.bold,
    italics: typeof node.italics === 'boolean' ? node.italics : inherited.italics,
  };
}

function fontRuns(text: unknown, coverage: GlyphCoverage, style: FaceStyle): unknown {
  if (typeof text === 'string') {
    const runs = pieces(text, {}, coverage, style);
    return runs.length === 1 && Object.keys(runs[0] ?? {}).length === 1 ? text : runs;
  }
  if (!Array.isArray(text)) return text;
  const out: unknown[] = [];
  for (const item of text) {
    if (typeof item === 'string') out.push(...pieces(item, {}, coverage, style));
    else if (typeof item === 'object' && item !== null && typeof (item as Run).text === 'string') {
      const run = item as Run;
      out.push(...pieces(run.text, run, coverage, faceStyle(run, style)));
    } else {
      setFonts(item, coverage, style);
      out.push(item);
    }
  }
  return out;
}

/** Arabic-Indic digits, which fontkit would turn around with the rest of a right-to-left word. */
const ARABIC_DIGITS = /[٠-٩۰-۹][٠-٩٫٬۰-۹]*/g;

/** `text` with the props of `run`, cut where the family or face changes. */
function pieces(text: string, run: Content, coverage: GlyphCoverage, style: FaceStyle): Run[] {
  const face = faceOf(style.bold, style.italics);
  const cut = coverage.split(text, face);
  if (cut.length === 1 && cut[0]?.family === 0 && cut[0].face === face) return [{ ...run, text }];
  return cut.map((piece) => {
    const out: Run = { ...run, text: piece.text };
    if (piece.family !== 0) {
      out.font = familyName(piece.family);
      // Numbers keep their order: fontkit lays out a word holding Arabic script right to left,
      // so digit runs are turned around first and come out as written.
      out.text = piece.text.replace(ARABIC_DIGITS, (digits) => [...digits].reverse().join(''));
    }
    if (piece.face !== face) {
      out.bold = piece.face === 'bold' || piece.face === 'bolditalics';
      out.italics = piece.face === 'italics' || piece.face === 'bolditalics';
    }
    return out;
  });
}

// ---------------------------------------------------------------------------------------------
// Right-to-left words in a line

/**
 * Puts the words of each right-to-left stretch of a set line (core/print/bidi) into visual order,
 * by mirroring their places within the stretch. Each word is already in visual order inside
 * (fontkit), and gaps (justification) are kept, mirrored.
 */
function reorderRightToLeft(line: LaidLine): void {
  const inlines = line.inlines;
  if (inlines.some((inline) => inline.dossier?.rtl === true)) {
    reorderRightToLeftLine(line);
    return;
  }
  if (!inlines.some((inline) => hasRightToLeft(inline.text))) return;
  for (const [first, last] of rightToLeftStretches(inlines.map((i) => strength(i.text))))
    if (last > first) mirror(inlines, first, last);
}

/**
 * A line of a paragraph that reads right to left, in visual order: the whole line mirrored, then
 * each left-to-right stretch mirrored back into its own order (rule L2). The last line of a
 * justified paragraph, which pdfmake leaves at the left, goes to the right.
 */
function reorderRightToLeftLine(line: LaidLine): void {
  const inlines = line.inlines;
  const count = inlines.length;
  if (count === 0) return;
  if (inlines[0]?.alignment === 'justify' && (line.lastLineInParagraph || line.newLineForced))
    line.x += line.maxWidth - line.getWidth();
  // A number after a left-to-right letter is read with it (rule W7).
  let previous: Strength = 'rtl';
  const kinds = inlines.map((inline): Strength => {
    const kind = strength(inline.text);
    if (kind === 'rtl' || kind === 'ltr') previous = kind;
    return kind === 'number' && previous === 'ltr' ? 'ltr' : kind;
  });
  mirror(inlines, 0, count - 1);
  for (const [first, last] of leftToRightStretches(kinds))
    if (last > first) mirror(inlines, count - 1 - last, count - 1 - first);
}

function mirror(inlines: LaidInline[], start: number, end: number): void {
  const span = inlines.slice(start, end + 1);
  const first = span[0];
  const last = span[span.length - 1];
  if (!first || !last) return;
  // Mirror what each word shows, not the spaces pdfmake keeps at its end: those stay after it.
  const ink = (inline: LaidInline) => inline.width - Number(inline.trailingCut ?? 0);
  const left = first.x;
  const right = last.x + ink(last);
  const shift = first.justifyShift;
  for (const inline of span) {
    inline.x = left + right - (inline.x + ink(inline));
    // Brackets between right-to-left words face the other way (a glyph of the same width).
    if (strength(inline.text) !== 'rtl') inline.text = mirrored(inline.text);
  }
  // In visual order, so that underlines (drawn from the first inline of a run of them) and
  // backgrounds (which take the gap before an inline) fall where the words are.
  span.reverse();
  inlines.splice(start, span.length, ...span);
  if (typeof shift !== 'number') return;
  span.forEach((inline, i) => {
    const before = span[i - 1];
    inline.justifyShift = before ? Math.max(0, inline.x - (before.x + before.width)) : shift;
  });
}

function plainText(inlines: PrintInline[]): string {
  return inlines
    .map((i) =>
      i.type === 'text'
        ? i.text
        : i.type === 'link'
          ? plainText(i.children)
          : i.type === 'lineBreak'
            ? ' '
            : '',
    )
    .join('');
}

// ---------------------------------------------------------------------------------------------
// Measuring notes (first layout)

interface NoteMeasure {
  runs: Run[];
  /** Height of each line, in points. */
  lines: number[];
  /** Offset in the note's text where each line starts. */
  starts: number[];
}

function measureNotes(
  pdf: PdfDocumentInstance,
  doc: PrintDocument,
  metrics: Metrics,
): Map<number, NoteMeasure> {
  const builder = new ContentBuilder(doc, metrics);
  const content = doc.notes.map((note) => ({
    text: builder.noteRuns(note),
    fontSize: NOTE_SIZE,
    lineHeight: metrics.noteLineHeight,
    alignment: 'left',
  }));
  setFonts(content, metrics.coverage, UPRIGHT);
  const layout = new LayoutBuilder(
    { width: A4.width, height: 1e7, orientation: 'portrait' },
    { left: MARGIN + metrics.noteIndent, right: MARGIN, top: 0, bottom: 0 },
    new SVGMeasure(),
  );
  const pages = layout.layoutDocument(content, pdf, {}, defaultStyle(metrics));
  const measures = new Map<number, NoteMeasure>();
  for (const note of doc.notes)
    measures.set(note.n, { runs: builder.noteRuns(note), lines: [], starts: [] });
  const offsets = new Map<number, number>();
  for (const page of pages)
    for (const item of page.items) {
      if (item.type !== 'line') continue;
      const line = item.item as LaidLine;
      const n = line.inlines[0]?.dossier?.note;
      const m = n === undefined ? undefined : measures.get(n);
      if (n === undefined || !m) continue;
      const start = offsets.get(n) ?? 0;
      m.lines.push(line.getHeight());
      m.starts.push(start);
      offsets.set(
        n,
        line.inlines.reduce(
          (s, inline) => s + inline.text.length + (inline.lineEnd ? 1 : 0),
          start,
        ),
      );
    }
  return measures;
}

/** The runs of a note from text offset `from` to `to`. */
function sliceRuns(runs: Run[], from: number, to: number): Run[] {
  const out: Run[] = [];
  let at = 0;
  for (const run of runs) {
    const end = at + run.text.length;
    if (end > from && at < to)
      out.push({ ...run, text: run.text.slice(Math.max(0, from - at), to - at) });
    at = end;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Placing footnotes (second layout)

/** The part of a note a page shows: lines `from` to `to` (exclusive). */
interface Slice {
  n: number;
  from: number;
  to: number;
  height: number;
}

interface PageNotes {
  slices: Slice[];
  /** Height taken from the body: rule, notes and the space between them. */
  reserved: number;
  /** The page starts with the rest of a note from the page before. */
  continued: boolean;
}

/**
 * Decides, line by line as pdfmake lays out the body, which notes go to the foot of which page,
 * and how much of each page the body may use.
 */
class FootnotePlanner {
  readonly pages: PageNotes[] = [];
  readonly placed = new Set<number>();
  /** The rest of a note that did not fit, waiting for the next page. */
  carry: { n: number; from: number; page: number }[] = [];

  /**
   * @param bodyPages pages that carry body text; past them (pages added only for the rest of a
   *   long note) notes may fill the whole text block.
   */
  constructor(
    private readonly measures: Map<number, NoteMeasure>,
    private readonly bodyPages = Infinity,
  ) {}

  page(index: number): PageNotes {
    let p = this.pages[index];
    if (!p) {
      p = { slices: [], reserved: 0, continued: false };
      this.pages[index] = p;
    }
    return p;
  }

  /** Where the body must end on a page. */
  limit(index: number): number {
    return BODY_BOTTOM - (this.pages[index]?.reserved ?? 0);
  }

  /** Space a line's new notes need below it: all of each, except the last needs two lines. */
  needed(index: number, refs: number[]): number {
    // A note split at the foot of this page: new notes could only start on the next one.
    if (this.carry.some((c) => c.page <= index)) return Infinity;
    const page = this.pages[index];
    let count = page?.slices.length ?? 0;
    let need = count === 0 ? RULE_ABOVE + RULE_BELOW : 0;
    refs.forEach((n, i) => {
      const lines = this.measures.get(n)?.lines ?? [];
      const take = i === refs.length - 1 ? Math.min(lines.length, 2) : lines.length;
      need += (count > 0 ? NOTE_GAP : 0) + sum(lines.slice(0, take));
      count++;
    });
    return need;
  }

  /** Puts notes at the foot of page `index`, in the `space` left under the body. */
  place(index: number, refs: number[], space: number): number {
    let used = 0;
    for (const n of refs) {
      const m = this.measures.get(n);
      this.placed.add(n);
      if (!m || m.lines.length === 0) continue;
      if (this.carry.length > 0) {
        // A note is already split on this page: later notes follow it on the next page.
        this.carry.push({ n, from: 0, page: index });
        continue;
      }
      used += this.fit(index, n, 0, space - used, false);
    }
    return used;
  }

  /** Starts page `index` with whatever notes the page before could not finish. */
  startPage(index: number, bodyHeight: number): void {
    const waiting = this.carry.filter((c) => c.page < index);
    if (waiting.length === 0) return;
    this.carry = this.carry.filter((c) => c.page >= index);
    let space = index >= this.bodyPages ? bodyHeight : bodyHeight * MAX_CARRIED_SHARE;
    for (const c of waiting) {
      if (this.carry.length > 0) {
        this.carry.push({ ...c, page: index });
        continue;
      }
      space -= this.fit(index, c.n, c.from, space, true);
    }
  }

  /** Places as many lines of note `n` from line `from` as fit; returns the height used. */
  private fit(index: number, n: number, from: number, space: number, continued: boolean): number {
    const m = this.measures.get(n);
    if (!m) return 0;
    const page = this.page(index);
    const first = page.slices.length === 0;
    const overhead = first ? RULE_ABOVE + RULE_BELOW : NOTE_GAP;
    let to = from;
    let height = 0;
    while (to < m.lines.length && overhead + height + (m.lines[to] ?? 0) <= space + 0.01) {
      height += m.lines[to] ?? 0;
      to++;
    }
    if (to === from) {
      this.carry.push({ n, from, page: index });
      return 0;
    }
    if (first && continued) page.continued = true;
    page.slices.push({ n, from, to, height });
    page.reserved += overhead + height;
    if (to < m.lines.length) this.carry.push({ n, from: to, page: index });
    return overhead + height;
  }
}

function sum(values: number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

/**
 * Lays out the body with footnotes. Returns null when a note could not be placed (a reference
 * somewhere the hooks do not see), and the caller falls back to endnotes rather than lose it.
 */
function layoutWithFootnotes(
  pdf: PdfDocumentInstance,
  doc: PrintDocument,
  metrics: Metrics,
  measures: Map<number, NoteMeasure>,
): Laid | null {
  const referenced = new Set<number>();
  collectRefs(doc.blocks, referenced);
  // A note continued past the last page needs pages of its own: add them and lay out again.
  let bodyPages = Infinity;
  for (let extraPages = 0; extraPages < 50; extraPages++) {
    const planner = new FootnotePlanner(measures, bodyPages);
    const result = layoutBody(pdf, doc, metrics, { planner, measures }, extraPages);
    if (extraPages === 0) bodyPages = result.pages.length;
    if (planner.carry.length > 0) continue;
    for (const n of referenced) if (measures.has(n) && !planner.placed.has(n)) return null;
    return result;
  }
  return null;
}

function collectRefs(blocks: PrintBlock[], into: Set<number>): void {
  const inlines = (list: PrintInline[]) => {
    for (const i of list) {
      if (i.type === 'noteRef') into.add(i.n);
      else if (i.type === 'link') inlines(i.children);
    }
  };
  const items = (list: PrintListItem[]) => {
    for (const item of list) {
      inlines(item.children);
      if (item.sublist) items(item.sublist.items);
    }
  };
  for (const b of blocks) {
    if (b.type === 'heading' || b.type === 'paragraph' || b.type === 'quote') inlines(b.children);
    else if (b.type === 'list') items(b.items);
    else if (b.type === 'table')
      for (const row of b.rows) for (const cell of row.cells) collectRefs(cell.children, into);
  }
}

// ---------------------------------------------------------------------------------------------
// Body layout, header and footer

interface FootnoteRun {
  planner: FootnotePlanner;
  measures: Map<number, NoteMeasure>;
}

const UPRIGHT: FaceStyle = { bold: false, italics: false };

/** Content built for a page (header, footer), with its fonts set. */
function withFonts<T extends Content | Content[]>(metrics: Metrics, content: T): T {
  setFonts(content, metrics.coverage, UPRIGHT);
  return content;
}

function defaultStyle(metrics: Metrics): Content {
  return { font: FAMILY, fontSize: BODY_SIZE, lineHeight: metrics.bodyLineHeight, color: INK };
}

function layoutBody(
  pdf: PdfDocumentInstance,
  doc: PrintDocument,
  metrics: Metrics,
  footnotes: FootnoteRun | null,
  extraPages: number,
): Laid {
  const builder = new ContentBuilder(doc, metrics);
  const content = builder.document();
  for (let i = 0; i < extraPages; i++) content.push({ text: '', pageBreak: 'before' });
  setFonts(content, metrics.coverage, UPRIGHT);
  const layout = new LayoutBuilder(
    { ...A4 },
    { left: MARGIN, right: MARGIN, top: MARGIN, bottom: MARGIN },
    new SVGMeasure(),
  );
  hookWriter(layout, metrics, builder.nodes, footnotes?.planner ?? null);
  const words = printLanguage(doc.meta.language);
  const header = (page: number, _count: number, size?: { width: number }): Content | null =>
    page === 1
      ? null
      : withFonts(metrics, {
          stack: [
            {
              text: [{ text: clean(doc.meta.shortTitle), dossier: PAGINATION }],
              fontSize: S.header.size,
              color: MUTED,
              alignment: 'left',
            },
            {
              canvas: [
                {
                  type: 'line',
                  x1: 0,
                  y1: S.header.ruleGap,
                  // As wide as the text, on landscape pages too.
                  x2: (size?.width ?? A4.width) - 2 * MARGIN,
                  y2: S.header.ruleGap,
                  lineWidth: S.header.rule,
                  lineColor: RULE,
                },
              ],
            },
          ],
          margin: [MARGIN, S.page.headerDistance, MARGIN, 0],
        });
  const footer = (page: number, pageCount: number): Content[] => {
    const out: Content[] = [];
    if (footnotes) out.push(...footnoteBand(footnotes, page - 1, metrics, builder));
    out.push({
      text: [{ text: words.page(page, pageCount), dossier: PAGINATION }],
      fontSize: S.footer.size,
      color: MUTED,
      alignment: 'center',
      // Its last line `footerDistance` above the page's foot, as Word places its footer.
      margin: [MARGIN, MARGIN - S.page.footerDistance - S.footer.size * 1.2, MARGIN, 0],
    });
    return withFonts(metrics, out);
  };
  const pages = layout.layoutDocument(
    content,
    pdf,
    {},
    defaultStyle(metrics),
    undefined,
    header,
    footer,
  );
  return { pages, structure: builder.structure };
}

/** Pages laid out, and the structure tree their lines are tagged with. */
interface Laid {
  pages: LaidPage[];
  structure: StructNode;
}

const PAGINATION: Tag = { artifact: 'Pagination' };

/** The notes of one page, drawn from the footer into the band reserved above it. */
function footnoteBand(
  footnotes: FootnoteRun,
  index: number,
  metrics: Metrics,
  builder: ContentBuilder,
): Content[] {
  const page = footnotes.planner.pages[index];
  if (!page || page.slices.length === 0) return [];
  // The footer box starts at the bottom margin; the band sits `reserved` points above it.
  const top = -page.reserved;
  const notes: Content[] = page.slices.map((slice, i) => {
    const m = footnotes.measures.get(slice.n);
    const runs = m
      ? sliceRuns(m.runs, m.starts[slice.from] ?? 0, m.starts[slice.to] ?? Infinity)
      : [];
    const first = slice.from === 0;
    const tag: BlockTag = {
      marker: first ? String(slice.n) : null,
      markerAlign: 'right',
      indent: metrics.noteIndent,
      fontSize: NOTE_SIZE,
      keepLines: false,
    };
    const dossier: Tag = { block: tag, struct: builder.note(slice.n) };
    return {
      text: runs.map((r) => ({ ...r, dossier })),
      fontSize: NOTE_SIZE,
      lineHeight: metrics.noteLineHeight,
      alignment: 'left',
      margin: [metrics.noteIndent, i === 0 ? 0 : NOTE_GAP, 0, 0],
      ...(first ? { id: `note-${slice.n}` } : {}),
    };
  });
  const ruleWidth = page.continued ? TEXT_WIDTH : TEXT_WIDTH / 3;
  return [
    {
      canvas: [
        { type: 'line', x1: 0, y1: 0, x2: ruleWidth, y2: 0, lineWidth: 0.5, lineColor: RULE },
      ],
      absolutePosition: { x: MARGIN, y: top + RULE_ABOVE },
    },
    {
      // Absolute blocks take no margins, so the width is set on the stack inside.
      stack: [{ stack: notes, margin: [0, 0, MARGIN, 0] }],
      absolutePosition: { x: MARGIN, y: top + RULE_ABOVE + RULE_BELOW },
    },
  ];
}

/**
 * Hooks the page writer of a layout: hanging markers for numbered paragraphs and notes, orphan
 * control and keep-with-next, and (with a planner) the footnotes.
 */
function hookWriter(
  layout: LayoutBuilderInstance,
  metrics: Metrics,
  nodes: WeakMap<BlockTag, Content>,
  planner: FootnotePlanner | null,
): void {
  let writer: Writer | undefined;
  Object.defineProperty(layout, 'writer', {
    configurable: true,
    get: () => writer,
    set: (w: Writer) => {
      writer = w;
      installHooks(w, metrics, nodes, planner);
    },
  });
}

function installHooks(
  writer: Writer,
  metrics: Metrics,
  nodes: WeakMap<BlockTag, Content>,
  planner: FootnotePlanner | null,
): void {
  const main = writer.context();
  const started = new Set<BlockTag>();
  const initializePage = main.initializePage.bind(main);
  const addFragment = writer.addFragment.bind(writer);
  const addVector = writer.addVector.bind(writer);
  const addOneLine = writer.addLine.bind(writer);

  // pdfmake draws a list item's marker (a number, or a bullet as a vector) when the item's first
  // line has been placed ('lineAdded'): what is added then is the label of that line's item.
  let placed: LaidLine | null = null;
  writer.addListener('lineAdded', (line: LaidLine) => {
    placed = line;
  });
  const label = (): StructNode | undefined => placed?.inlines[0]?.dossier?.struct?.label;
  const addLine: typeof addOneLine = (line, dontUpdateContextPosition, index) => {
    const struct = label();
    const first = line.inlines[0];
    if (struct && first) first.dossier = { ...first.dossier, struct };
    const outer = placed;
    try {
      return addOneLine(line, dontUpdateContextPosition, index);
    } finally {
      placed = outer;
    }
  };
  writer.addVector = (vector, ...rest) => {
    const struct = label();
    if (struct) vector.dossier = { struct };
    return addVector(vector, ...rest);
  };

  const clamp = () => {
    if (!planner) return;
    main.availableHeight = Math.min(main.availableHeight, planner.limit(main.page) - main.y);
  };
  const pageIsEmpty = () => main.y <= main.pageMargins.top + 0.5;
  const newRefs = (lines: LaidLine[]): number[] => {
    if (!planner) return [];
    const refs: number[] = [];
    for (const line of lines)
      for (const inline of line.inlines) {
        const n = inline.dossier?.ref;
        if (n !== undefined && !planner.placed.has(n) && !refs.includes(n)) refs.push(n);
      }
    return refs;
  };
  const placeNotes = (refs: number[]) => {
    if (!planner || refs.length === 0) return;
    clamp();
    main.availableHeight -= planner.place(main.page, refs, main.availableHeight);
  };

  main.initializePage = () => {
    initializePage();
    if (!planner) return;
    planner.startPage(main.page, A4.height - 2 * MARGIN);
    clamp();
  };

  writer.addLine = (line, dontUpdateContextPosition, index) => {
    // Headers, footers and unbreakable blocks write to contexts of their own; list markers are
    // placed beside a line already set.
    if (writer.context() !== main || dontUpdateContextPosition) {
      const position = addLine(line, dontUpdateContextPosition, index);
      justifyAtSpaces(line);
      drawMarker(writer.context(), line);
      reorderRightToLeft(line);
      return position;
    }
    clamp();
    const first = line.inlines[0]?.dossier;
    const block = first?.block;
    const height = line.getHeight();
    let need = height;
    if (block?.keepLines) {
      const after = linesAfter(line, nodes.get(block));
      // First line: keep two lines, or all three of a three-line block. Next to last: keep the last.
      if (!started.has(block)) need += after === 2 ? 2 * height : after > 0 ? height : 0;
      else if (after === 1) need += height;
    }
    if (first?.keepWithNext) need += first.keepWithNext;
    const refs = newRefs([line]);
    if (planner && refs.length > 0) need += planner.needed(main.page, refs);
    if (need > main.availableHeight + 0.01 && !pageIsEmpty()) writer.moveToNextPage();
    const position = addLine(line, dontUpdateContextPosition, index);
    justifyAtSpaces(line);
    drawMarker(main, line);
    reorderRightToLeft(line);
    placeNotes(refs);
    return position;
  };

  // Unbreakable blocks (table header rows) arrive as fragments of finished lines.
  writer.addFragment = (block, useBlockXOffset, useBlockYOffset, dontUpdateContextPosition) => {
    if (writer.context() !== main || !planner)
      return addFragment(block, useBlockXOffset, useBlockYOffset, dontUpdateContextPosition);
    clamp();
    const lines = block.items.filter((i) => i.type === 'line').map((i) => i.item as LaidLine);
    const refs = newRefs(lines);
    if (
      refs.length > 0 &&
      block.height + planner.needed(main.page, refs) > main.availableHeight &&
      !pageIsEmpty()
    )
      writer.moveToNextPage();
    const done = addFragment(block, useBlockXOffset, useBlockYOffset, dontUpdateContextPosition);
    placeNotes(refs);
    return done;
  };

  /** Draws a block's marker left of its first line, once. */
  function drawMarker(context: DocumentContext, line: LaidLine): void {
    const block = line.inlines[0]?.dossier?.block;
    if (!block || started.has(block)) return;
    started.add(block);
    if (!block.marker) return;
    const page = context.getCurrentPage();
    if (!page) return;
    const font = metrics.regular;
    const width = font.widthOfString(block.marker, block.fontSize);
    const marker = new Line(block.indent);
    const struct = line.inlines[0]?.dossier?.struct;
    marker.addInline({
      text: block.marker,
      ...(struct ? { dossier: { struct } } : {}),
      font,
      fontSize: block.fontSize,
      width,
      height: line.getHeight(),
      alignment: 'left',
      color: INK,
      opacity: 1,
      characterSpacing: 0,
      leadingCut: 0,
      trailingCut: 0,
      x: 0,
    });
    marker.x =
      block.markerSide === 'right'
        ? context.x + line.maxWidth + block.indent - width
        : block.markerAlign === 'right'
          ? context.x - width - MARKER_GAP * (block.fontSize / BODY_SIZE)
          : context.x - block.indent;
    marker.y = line.y + line.getAscenderHeight() - marker.getAscenderHeight();
    // Before the line, so that its element reads the number first.
    const at = page.items.findIndex((i) => i.item === line);
    page.items.splice(at < 0 ? page.items.length : at, 0, { type: 'line', item: marker });
  }
}

/**
 * About how many lines the rest of a block will take after `line`: 0, 1, 2, or 3 for more. Reads
 * the words pdfmake has not set yet, which it keeps on the block's node.
 */
function linesAfter(line: LaidLine, node: Content | undefined): number {
  if (line.lastLineInParagraph) return 0;
  const rest = (node?._inlines ?? []) as LaidInline[];
  if (rest.length === 0) return 0;
  let width = 0;
  for (let i = 0; i < rest.length; i++) {
    const inline = rest[i];
    if (!inline) continue;
    width += inline.width;
    if (inline.lineEnd && i < rest.length - 1) return 3;
  }
  width -= Number(rest[rest.length - 1]?.trailingCut ?? 0);
  if (width <= line.maxWidth) return 1;
  return width <= 1.85 * line.maxWidth ? 2 : 3;
}

/**
 * pdfmake justifies by widening the gap after every run, also where two runs touch inside a word
 * ("Azerbaijan" and its note reference, a bold word and its comma). Spread the same space over
 * the gaps that follow a space only.
 */
function justifyAtSpaces(line: LaidLine): void {
  const inlines = line.inlines;
  const shift = inlines[1]?.justifyShift;
  if (typeof shift !== 'number' || shift === 0) return;
  const atSpace = inlines.map((inline, i) => i > 0 && /\s$/.test(inlines[i - 1]?.text ?? ''));
  const gaps = atSpace.filter(Boolean).length;
  if (gaps === inlines.length - 1) return;
  const per = gaps > 0 ? (shift * (inlines.length - 1)) / gaps : 0;
  let seen = 0;
  inlines.forEach((inline, i) => {
    if (i === 0) return;
    if (atSpace[i]) seen++;
    inline.x = inline.x - i * shift + seen * per;
    inline.justifyShift = atSpace[i] ? per : 0;
  });
}

// ---------------------------------------------------------------------------------------------
// The structure tree: a tagged PDF

/** The standard structure types (PDF 1.7, 14.8.4) the export uses. */
type StructType =
  | 'Document'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'H4'
  | 'P'
  | 'BlockQuote'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Note';

/** What a reader skips: the running header and "Page X of Y", and rules, borders and fills. */
type ArtifactType = 'Pagination' | 'Layout';

interface CellSpan {
  colSpan: number;
  rowSpan: number;
}

/**
 * An element of the structure tree, made with the content in reading order. Drawing the pages
 * fills each element with the marked content of its lines; the PDF's elements are written after
 * (a PDFKit element takes no children once it has ended, and pruning needs the whole tree).
 */
class StructNode {
  readonly kids: StructNode[] = [];
  /** The marked content drawn for this element, in the order drawn. */
  readonly content: PdfStructureContent[] = [];
  /** An LBody's Lbl, which gets the marker pdfmake draws for the item. */
  label?: StructNode;

  constructor(
    readonly type: StructType,
    readonly span?: CellSpan,
  ) {}

  add(type: StructType, span?: CellSpan): StructNode {
    const node = new StructNode(type, span);
    this.kids.push(node);
    return node;
  }
}

/**
 * Draws the pages the way pdfmake's `Renderer#renderPages` does (its `renderLine` and
 * `renderVector` draw each item), with each item in a marked-content sequence: the content of
 * its line's element, or an artifact. Then writes the structure tree.
 */
function renderTagged(pdf: PdfDocumentInstance, laid: Laid): void {
  const renderer = new Renderer(pdf, undefined);
  // pdfmake repeats a table's header rows at the top of each page it runs onto; the copies share
  // the first one's words. The header is read once, so the copies are artifacts.
  const drawn = new WeakSet<LaidInline[]>();
  for (const page of laid.pages) {
    pdf.addPage({ size: [page.pageSize.width, page.pageSize.height] });
    let open: Mark | null = null;
    for (const { type, item } of page.items) {
      let mark: Mark;
      if (type === 'line') {
        const line = item as LaidLine;
        mark = drawn.has(line.inlines) ? 'Pagination' : markOfLine(line);
        drawn.add(line.inlines);
      } else if (type === 'vector') {
        mark = (item as LaidVector).dossier?.struct ?? 'Layout';
      } else {
        throw new Error(`renderPdf draws lines and vectors only, not a pdfmake "${type}".`);
      }
      // Items of one element in a row make one sequence.
      if (mark !== open) {
        if (open !== null) pdf.endMarkedContent();
        if (typeof mark === 'string') pdf.markContent('Artifact', { type: mark });
        else mark.content.push(pdf.markStructureContent(mark.type));
        open = mark;
      }
      if (type === 'line') {
        const line = item as LaidLine;
        renderer.renderLine(line, line.x, line.y);
      } else renderer.renderVector(item as LaidVector);
    }
    if (open !== null) pdf.endMarkedContent();
  }
  const root = writeStructure(pdf, laid.structure);
  if (root) pdf.addStructure(root);
}

/** An element whose content an item is, or the kind of artifact it is. */
type Mark = StructNode | ArtifactType;

function markOfLine(line: LaidLine): Mark {
  const tag = line.inlines.find(
    (inline) => inline.dossier?.struct ?? inline.dossier?.artifact,
  )?.dossier;
  const mark = tag?.struct ?? tag?.artifact;
  if (mark) return mark;
  const text = line.inlines.map((inline) => inline.text).join('');
  // The empty text of a page break or an empty table cell: nothing to read.
  if (text === '') return 'Layout';
  // Every run the content builder makes says what it is; text that does not would be unreadable.
  throw new Error(`renderPdf has no structure for the line "${text}".`);
}

/**
 * The PDF element of `node`, with its marked content first and then its child elements (the
 * nested list of an item, the footnotes of a paragraph); null for an element left empty (a note
 * never shown, a marker pdfmake did not draw), except a table cell, which keeps columns aligned.
 */
function writeStructure(pdf: PdfDocumentInstance, node: StructNode): PdfStructureElement | null {
  const kids = node.kids.flatMap((kid) => writeStructure(pdf, kid) ?? []);
  const cell = node.type === 'TD' || node.type === 'TH';
  if (kids.length === 0 && node.content.length === 0 && !cell) return null;
  const element = pdf.struct(node.type, {}, [...node.content, ...kids]);
  if (cell && node.span) {
    const { colSpan, rowSpan } = node.span;
    element.dictionary.data.A = {
      O: 'Table',
      ...(node.type === 'TH' ? { Scope: 'Column' } : {}),
      ...(colSpan > 1 ? { ColSpan: colSpan } : {}),
      ...(rowSpan > 1 ? { RowSpan: rowSpan } : {}),
    };
  }
  return element;
}

// ---------------------------------------------------------------------------------------------
// The PDF file

function createPdfDocument(
  doc: PrintDocument,
  chain: PdfFontChain,
  created: Date,
): PdfDocumentInstance {
  const { meta } = doc;
  const pdf = new PDFDocument(
    Object.fromEntries(chain.map((fonts, i) => [familyName(i), { ...fonts }])),
    {},
    {},
    {},
    {
      size: [A4.width, A4.height],
      pdfVersion: '1.7',
      compress: true,
      tagged: true,
      // PDFKit adds what PDF/A-2b asks beyond this (the XMP metadata, an sRGB output intent);
      // the fonts are embedded, and nothing here is encrypted or transparent.
      subset: 'PDF/A-2b',
      displayTitle: true,
      lang: meta.language,
      fontLayoutCache: true,
      bufferPages: false,
      autoFirstPage: false,
      // No default font: PDFKit would otherwise load Helvetica.
      font: null,
      info: {
        Title: meta.title,
        ...(meta.author === '' ? {} : { Author: meta.author }),
        Subject: meta.subject,
        Keywords: meta.keywords.join(', '),
        Creator: 'Dossier',
        Producer: 'Dossier (pdfmake, PDFKit)',
        // No ModDate: PDF/A wants each entry here in the XMP too, and PDFKit's has no
        // ModifyDate. A file made once needs none.
        CreationDate: created,
      },
    },
    null,
    undefined,
  );
  withFirstFamilyMetrics(pdf);
  return pdf;
}

/**
 * Makes pdfmake see every fallback face with the vertical metrics of the first family's face:
 * pdfmake sizes a line by its tallest font and sets the baseline by the highest ascender, and
 * Noto's (1.07 em above the baseline, Naskh 0.63 em below) would push a line holding one Ҹ or one
 * Arabic name off the grid of the paragraph. The face itself is unchanged: a proxy answers
 * `ascender`, `descender` and `lineGap` from the first family and forwards everything else, so
 * glyphs, widths and the embedded font are the fallback's, and PDFKit, which places the baseline
 * from the same `ascender`, draws on the line's baseline.
 */
function withFirstFamilyMetrics(pdf: PdfDocumentInstance): void {
  const provide = pdf.provideFont.bind(pdf);
  const shown = new Map<string, PdfFontHandle>();
  pdf.provideFont = (family, bold, italics) => {
    const font = provide(family, bold, italics);
    if (family === FAMILY) return font;
    const key = `${family}/${faceOf(bold, italics)}`;
    let handle = shown.get(key);
    if (handle === undefined) {
      const first = provide(FAMILY, bold, italics);
      const metrics: Record<string, number> = {
        ascender: first.ascender,
        descender: first.descender,
        lineGap: first.lineGap,
      };
      const encode = encodeWithOwnCharacters(font);
      handle = new Proxy(font, {
        get: (target, prop, receiver) =>
          prop === 'encode'
            ? encode
            : typeof prop === 'string' && prop in metrics
              ? metrics[prop]
              : Reflect.get(target, prop, receiver),
      });
      shown.set(key, handle);
    }
    return handle;
  };
}

const encoders = new WeakMap<PdfFontHandle, PdfFontHandle['encode']>();

/**
 * PDFKit's `encode`, except that a glyph drawn for different characters gets one character id
 * per meaning. PDFKit maps each glyph to the characters it was first drawn for (ToUnicode), which
 * is what text extraction, search and copy read; but Noto Naskh Arabic draws dotted letters as a
 * dotless shape plus dots (ج, ح and خ share one glyph), so "يجوز" would read back "يحور". A copy of
 * the glyph in the subset, under a character id of its own, keeps each letter. fontkit too keeps
 * one glyph object per glyph, with the characters of its first use: its `getGlyph` is made to
 * hand out a copy that carries the characters of this use.
 */
function encodeWithOwnCharacters(font: PdfFontHandle): PdfFontHandle['encode'] {
  const known = encoders.get(font);
  if (known) return known;
  const fontkit = font.font;
  const getGlyph = fontkit.getGlyph.bind(fontkit);
  fontkit.getGlyph = (id, codePoints = []) => {
    const glyph = getGlyph(id, codePoints);
    if (glyph === null || glyph.codePoints.join(',') === codePoints.join(',')) return glyph;
    return Object.create(glyph, { codePoints: { value: codePoints } }) as typeof glyph;
  };
  const ids = new Map<string, number>();
  const encode: PdfFontHandle['encode'] = (text, features) => {
    const { glyphs, positions } = font.layout(text, features);
    const out: string[] = [];
    for (const glyph of glyphs) {
      const key = `${glyph.id}:${glyph.codePoints.join(',')}`;
      let cid = ids.get(key);
      if (cid === undefined) {
        cid = font.subset.includeGlyph(glyph.id);
        const meant = font.unicode[cid];
        if (meant != null && meant.join(',') !== glyph.codePoints.join(',')) {
          font.subset.glyphs.push(glyph.id);
          cid = font.subset.glyphs.length - 1;
        }
        ids.set(key, cid);
      }
      out.push(cid.toString(16).padStart(4, '0'));
      font.widths[cid] ??= glyph.advanceWidth * font.scale;
      font.unicode[cid] ??= glyph.codePoints;
    }
    return [out, positions];
  };
  encoders.set(font, encode);
  return encode;
}

function readAll(pdf: PdfDocumentInstance): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    pdf.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    pdf.on('error', reject);
    pdf.on('end', () => {
      const out = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      resolve(out);
    });
    pdf.end();
  });
}

// ---------------------------------------------------------------------------------------------
// The parts of pdfmake's internals used here (0.3.11)

/** A PDFKit EmbeddedFont (pdfkit 0.19, as pdfmake 0.3.11 has it). */
interface PdfFontHandle {
  ascender: number;
  descender: number;
  lineGap: number;
  lineHeight(size: number, includeGap?: boolean): number;
  widthOfString(text: string, size: number): number;
  layout(
    text: string,
    features?: unknown,
  ): { glyphs: { id: number; codePoints: number[]; advanceWidth: number }[]; positions: unknown[] };
  encode(text: string, features?: unknown): [string[], unknown[]];
  /** PDFKit's glyph subset (fontkit's TTFSubset): glyph ids in order of character id. */
  subset: { glyphs: number[]; includeGlyph(glyph: number): number };
  /** By character id: the characters (ToUnicode) and the advance width, in 1/1000 em. */
  unicode: (number[] | undefined)[];
  widths: (number | undefined)[];
  /** 1000 / units per em. */
  scale: number;
  /** The fontkit font. */
  font: {
    getGlyph(id: number, codePoints?: number[]): { codePoints: number[] } | null;
  };
}

interface LaidInline {
  text: string;
  width: number;
  height: number;
  x: number;
  font: PdfFontHandle;
  fontSize: number;
  lineEnd?: boolean;
  justifyShift?: number;
  dossier?: Tag;
  [key: string]: unknown;
}

interface LaidLine {
  maxWidth: number;
  x: number;
  y: number;
  inlines: LaidInline[];
  lastLineInParagraph?: boolean;
  newLineForced?: boolean;
  getWidth(): number;
  getHeight(): number;
  getAscenderHeight(): number;
  addInline(inline: Omit<LaidInline, 'height'> & { height: number }): void;
}

interface PageItem {
  type: string;
  item: unknown;
}

interface LaidPage {
  items: PageItem[];
  pageSize: { width: number; height: number };
}

interface DocumentContext {
  page: number;
  x: number;
  y: number;
  availableHeight: number;
  pageMargins: { top: number; bottom: number; left: number; right: number };
  getCurrentPage(): LaidPage | null;
  initializePage(): void;
}

interface Fragment {
  items: PageItem[];
  height: number;
}

interface Writer {
  context(): DocumentContext;
  addLine(line: LaidLine, dontUpdateContextPosition?: boolean, index?: number): unknown;
  addFragment(
    block: Fragment,
    useBlockXOffset?: boolean,
    useBlockYOffset?: boolean,
    dontUpdateContextPosition?: boolean,
  ): boolean;
  moveToNextPage(pageOrientation?: string): void;
  addVector(vector: LaidVector, ...rest: unknown[]): unknown;
  addListener(event: 'lineAdded', listener: (line: LaidLine) => void): void;
}

/** A shape pdfmake draws: rules, table borders and fills, list bullets. */
interface LaidVector {
  type: string;
  dossier?: Tag;
  [key: string]: unknown;
}

type PageFunction = (
  page: number,
  pageCount: number,
  pageSize?: { width: number; height: number },
) => Content | Content[] | null;

interface LayoutBuilderInstance {
  layoutDocument(
    content: Content[],
    pdf: PdfDocumentInstance,
    styles: Record<string, Content>,
    defaultStyle: Content,
    background?: undefined,
    header?: PageFunction,
    footer?: PageFunction,
  ): LaidPage[];
}

/** PDFKit's marked content, as `markStructureContent` returns it. */
type PdfStructureContent = object;

/** A PDFKit structure element. */
interface PdfStructureElement {
  dictionary: { data: Record<string, unknown> };
}

interface PdfDocumentInstance {
  provideFont(family: string, bold: boolean, italics: boolean): PdfFontHandle;
  addPage(options: { size: [number, number] }): void;
  markContent(tag: 'Artifact', options: { type: ArtifactType }): void;
  markStructureContent(tag: StructType): PdfStructureContent;
  endMarkedContent(): void;
  struct(
    type: StructType,
    options: object,
    children: (PdfStructureContent | PdfStructureElement)[],
  ): PdfStructureElement;
  addStructure(element: PdfStructureElement): void;
  on(event: string, listener: (chunk: Uint8Array) => void): void;
  end(): void;
}

/** pdfmake's files are Babel-built CommonJS; Node hands over `module.exports`, bundlers the default. */
function cjsDefault<T>(module: unknown): T {
  const m = module as { __esModule?: boolean; default?: unknown };
  return (typeof m === 'object' && m !== null && 'default' in m ? m.default : module) as T;
}

const LayoutBuilder =
  cjsDefault<
    new (
      pageSize: { width: number; height: number; orientation: string },
      margins: { left: number; right: number; top: number; bottom: number },
      svgMeasure: unknown,
    ) => LayoutBuilderInstance
  >(layoutBuilderModule);
const PDFDocument =
  cjsDefault<
    new (
      fonts: Record<string, PdfFonts>,
      images: object,
      patterns: object,
      attachments: object,
      options: object,
      virtualfs: null,
      localAccessPolicy: undefined,
    ) => PdfDocumentInstance
  >(pdfDocumentModule);
const Renderer = cjsDefault<
  new (
    pdf: PdfDocumentInstance,
    progress: undefined,
  ) => {
    renderLine(line: LaidLine, x: number, y: number): void;
    renderVector(vector: LaidVector): void;
  }
>(rendererModule);
const SVGMeasure = cjsDefault<new () => unknown>(svgMeasureModule);
const Line = cjsDefault<new (maxWidth: number) => LaidLine>(lineModule);
