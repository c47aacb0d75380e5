import {
  cell,
  h1,
  h2,
  h3,
  lineBreak,
  link,
  p,
  quote,
  row,
  table,
  tab,
  text,
  type Block,
  type DocNode,
  type Inline,
} from '../../../../core/document/build';
import { MAX_COLSPAN, TEXT_FORMAT } from '../../../../core/document/nodes';
import type {
  SerializedListItemNode,
  SerializedListNode,
  SerializedTableCellNode,
} from '../../../../core/document/serialized';
import { flattenDeepLists } from './listDepth';
import { BLOCK_TAGS, cleanClipboardHtml } from './pasteClean';

/**
 * Pasted HTML and plain text as blocks of the document format (docs/document-format.md,
 * sections 4 and 5): paragraphs, headings h1–h3 (deeper ones become h3), quotes, bullet and
 * numbered lists (nested), tables, links (http, https, mailto; others keep their words), line
 * breaks and text with its format bits. Nothing else can come out: the result is built with
 * core's builders, and the plugin checks it with `contentProblems` before inserting it.
 */

/** The format's links (the same rule as core's validation and the editor's LinkPlugin). */
export const LINK_URL = /^(?:https?:|mailto:)/i;

/** Characters no text should carry: C0 controls other than tab and newline, and DEL. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

type Container = 'paragraph' | 'h1' | 'h2' | 'h3' | 'quote';

interface LinkRef {
  url: string;
}

interface Ctx {
  format: number;
  link: LinkRef | null;
  pre: boolean;
}

type Piece =
  | { kind: 'text'; text: string; format: number; link: LinkRef | null }
  | { kind: 'br'; link: LinkRef | null };

const BLOCK_SET = new Set<string>([...BLOCK_TAGS, 'hr']);

const HEADING: Record<string, Container> = {
  h1: 'h1',
  h2: 'h2',
  h3: 'h3',
  h4: 'h3',
  h5: 'h3',
  h6: 'h3',
};

const isElement = (n: Node): n is Element => n.nodeType === Node.ELEMENT_NODE;

/** The formatting an inline element adds to its words. */
function inlineCtx(el: Element, ctx: Ctx): Ctx {
  const f = TEXT_FORMAT;
  switch (el.localName) {
    case 'b':
    case 'strong':
      return { ...ctx, format: ctx.format | f.bold };
    case 'i':
    case 'em':
    case 'cite':
      return { ...ctx, format: ctx.format | f.italic };
    case 'u':
    case 'ins':
      return { ...ctx, format: ctx.format | f.underline };
    case 's':
    case 'strike':
    case 'del':
      return { ...ctx, format: ctx.format | f.strikethrough };
    case 'sub':
      return { ...ctx, format: (ctx.format & ~f.superscript) | f.subscript };
    case 'sup':
      return { ...ctx, format: (ctx.format & ~f.subscript) | f.superscript };
    case 'code':
    case 'kbd':
    case 'samp':
    case 'tt':
      return { ...ctx, format: ctx.format | f.code };
    case 'a': {
      const url = (el.getAttribute('href') ?? '').trim();
      // A link inside a link keeps its words in the outer one.
      if (ctx.link !== null || !LINK_URL.test(url)) return ctx;
      return { ...ctx, link: { url } };
    }
    default:
      return ctx;
  }
}

const blank = (s: string) => s.replace(/[\s\u00a0\u200b\ufeff]/g, '') === '';

/** A run of pieces as the inline nodes of one block, white space collapsed as a browser would. */
function inlines(pieces: Piece[], pre: boolean): Inline[] | null {
  const out: Piece[] = [];
  let space = true; // at the start of a line, leading spaces go
  for (const piece of pieces) {
    if (piece.kind === 'br') {
      const last = out.at(-1);
      if (!pre && last?.kind === 'text') last.text = last.text.replace(/[ \u00a0]+$/, '');
      out.push(piece);
      space = true;
      continue;
    }
    let t = piece.text;
    if (!pre && space) t = t.replace(/^[ \u00a0]+/, '');
    if (t === '') continue;
    space = t.endsWith(' ');
    out.push({ ...piece, text: t });
  }
  while (out[0]?.kind === 'br') out.shift();
  while (out.at(-1)?.kind === 'br') out.pop();
  const last = out.at(-1);
  if (!pre && last?.kind === 'text') last.text = last.text.replace(/[ \u00a0]+$/, '');
  if (out.every((piece) => piece.kind === 'br' || blank(piece.text))) return null;

  // Adjacent words of the same format in the same link make one text node.
  const merged: Piece[] = [];
  for (const piece of out) {
    const prev = merged.at(-1);
    if (
      piece.kind === 'text' &&
      prev?.kind === 'text' &&
      prev.format === piece.format &&
      prev.link === piece.link
    ) {
      prev.text += piece.text;
    } else merged.push({ ...piece });
  }
  const nodes: Inline[] = [];
  let i = 0;
  while (i < merged.length) {
    const ref = merged[i]?.link ?? null;
    const group: Piece[] = [];
    while (i < merged.length && (merged[i]?.link ?? null) === ref) group.push(merged[i++] as Piece);
    const leaves = group.flatMap(leaf);
    if (ref === null) nodes.push(...leaves);
    else nodes.push(link(ref.url, ...(leaves as Parameters<typeof link>[1][])));
  }
  return nodes;
}

/** One piece as text, tab and line break nodes. */
function leaf(piece: Piece): Inline[] {
  if (piece.kind === 'br') return [lineBreak()];
  const out: Inline[] = [];
  piece.text.split('\t').forEach((part, i) => {
    if (i > 0) out.push(tab());
    if (part !== '') out.push({ ...text(part), format: piece.format });
  });
  return out;
}

function textBlock(as: Container, children: Inline[]): Block {
  switch (as) {
    case 'paragraph':
      return p(...children);
    case 'quote':
      return quote(...children);
    case 'h1':
      return h1(...children);
    case 'h2':
      return h2(...children);
    case 'h3':
      return h3(...children);
  }
}

/** The blocks of a sequence of nodes, inline runs becoming `as` blocks (paragraphs, headings…). */
function blocksOf(nodes: Iterable<Node>, ctx: Ctx, as: Container): Block[] {
  const out: Block[] = [];
  let run: Piece[] = [];
  const flush = (): void => {
    const children = inlines(run, ctx.pre);
    if (children !== null) out.push(textBlock(as, children));
    run = [];
  };
  const visit = (node: Node, c: Ctx): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      let t = (node.textContent ?? '').replace(CONTROL, '');
      if (!c.pre) t = t.replace(/[ \t\n\r]+/g, ' ');
      else t = t.replace(/\r\n?/g, '\n');
      t.split('\n').forEach((line, i) => {
        if (i > 0) run.push({ kind: 'br', link: c.link });
        if (line !== '') run.push({ kind: 'text', text: line, format: c.format, link: c.link });
      });
      return;
    }
    if (!isElement(node)) return;
    const tag = node.localName;
    if (tag === 'br') {
      run.push({ kind: 'br', link: c.link });
      return;
    }
    if (BLOCK_SET.has(tag)) {
      flush();
      out.push(...blockOf(node, c, as));
      return;
    }
    const inner = inlineCtx(node, c);
    for (const child of Array.from(node.childNodes)) visit(child, inner);
  };
  for (const node of nodes) visit(node, ctx);
  flush();
  return out;
}

function blockOf(el: Element, ctx: Ctx, as: Container): Block[] {
  const tag = el.localName;
  const heading = HEADING[tag];
  if (heading !== undefined) return blocksOf(el.childNodes, ctx, heading);
  switch (tag) {
    case 'blockquote':
      return blocksOf(el.childNodes, ctx, 'quote');
    case 'pre':
      return blocksOf(el.childNodes, { ...ctx, pre: true }, as);
    case 'ul':
    case 'ol': {
      const list = listOf(el, ctx);
      return list === null ? [] : [list];
    }
    case 'table': {
      const t = tableOf(el, ctx);
      return t === null ? [] : [t];
    }
    case 'hr':
      return [];
    default:
      // Paragraphs, and every other block (div, section, li outside a list…): their words.
      return blocksOf(el.childNodes, ctx, as);
  }
}

/** Lines of words of a block, for places that hold only inlines (a list item, a footnote). */
export function lines(block: Block): Inline[][] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
      return [block.children as Inline[]];
    case 'list':
      return block.children.flatMap((item) =>
        (item.children as DocNode[]).every((c) => c.type === 'list')
          ? (item.children as Block[]).flatMap(lines)
          : [item.children as Inline[]],
      );
    case 'table':
      return block.children.flatMap((r) =>
        (r.children ?? []).flatMap((c) => ((c.children ?? []) as Block[]).flatMap(lines)),
      );
    default:
      return [];
  }
}

function listItem(
  children: (Inline | SerializedListNode)[],
  value: number,
): SerializedListItemNode {
  return {
    type: 'listitem',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    value,
    children,
  } as SerializedListItemNode;
}

/**
 * A list: each <li>'s words become one item (its paragraphs joined by line breaks); a nested
 * list becomes, as Lexical holds it, an item of its own holding only that list, after its parent.
 */
function listOf(el: Element, ctx: Ctx): SerializedListNode | null {
  const listType = el.localName === 'ol' ? 'number' : 'bullet';
  const startAttr = Number.parseInt(el.getAttribute('start') ?? '', 10);
  const start =
    listType === 'number' && Number.isFinite(startAttr) && startAttr >= 0 ? startAttr : 1;
  const items: SerializedListItemNode[] = [];
  let value = start;
  const add = (blocks: Block[]): void => {
    const words: Inline[] = [];
    const nested: SerializedListNode[] = [];
    for (const block of blocks) {
      if (block.type === 'list') nested.push(block);
      else
        for (const line of lines(block)) {
          if (words.length > 0) words.push(lineBreak());
          words.push(...line);
        }
    }
    if (words.length > 0) items.push(listItem(words, value++));
    for (const list of nested) items.push(listItem([list], value));
  };
  let loose: Node[] = [];
  const flushLoose = (): void => {
    if (loose.length > 0) add(blocksOf(loose, ctx, 'paragraph'));
    loose = [];
  };
  for (const child of Array.from(el.childNodes)) {
    if (isElement(child) && child.localName === 'li') {
      flushLoose();
      add(blocksOf(child.childNodes, ctx, 'paragraph'));
    } else if (isElement(child) && (child.localName === 'ul' || child.localName === 'ol')) {
      // Google Docs nests a list directly in its parent list, beside the items.
      flushLoose();
      add(blockOf(child, ctx, 'paragraph'));
    } else loose.push(child);
  }
  flushLoose();
  if (items.length === 0) return null;
  return {
    type: 'list',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    listType,
    start,
    tag: listType === 'bullet' ? 'ul' : 'ol',
    children: items,
  } as SerializedListNode;
}

function span(el: Element, name: string, max: number): number {
  const n = Number.parseInt(el.getAttribute(name) ?? '1', 10);
  return Number.isFinite(n) ? Math.min(Math.max(n, 1), max) : 1;
}

const emptyCell = (): SerializedTableCellNode => cell(p());

/**
 * A table as rows of cells. The format spans columns but not rows: a cell spanning rows keeps
 * its place in the first and leaves empty cells below it, so the columns stay aligned; short rows
 * are filled with empty cells.
 */
function tableOf(el: Element, ctx: Ctx): Block | null {
  const trs: Element[] = [];
  for (const child of Array.from(el.children)) {
    if (child.localName === 'tr') trs.push(child);
    else if (['thead', 'tbody', 'tfoot'].includes(child.localName)) {
      trs.push(...Array.from(child.children).filter((c) => c.localName === 'tr'));
    }
  }
  const taken = new Map<number, Set<number>>(); // row → columns taken by a cell above
  const isTaken = (r: number, c: number) => taken.get(r)?.has(c) === true;
  const rows: SerializedTableCellNode[][] = [];
  trs.forEach((tr, r) => {
    const cells: SerializedTableCellNode[] = [];
    let col = 0;
    const fill = (): void => {
      while (isTaken(r, col)) {
        cells.push(emptyCell());
        col++;
      }
    };
    for (const td of Array.from(tr.children)) {
      if (td.localName !== 'td' && td.localName !== 'th') continue;
      fill();
      const colSpan = span(td, 'colspan', MAX_COLSPAN);
      const rowSpan = span(td, 'rowspan', trs.length - r);
      const blocks = blocksOf(td.childNodes, ctx, 'paragraph');
      const c = cell(p(), { header: td.localName === 'th', colSpan });
      c.children = blocks.length > 0 ? blocks : [p()];
      cells.push(c);
      for (let below = r + 1; below < r + rowSpan; below++) {
        const set = taken.get(below) ?? new Set<number>();
        for (let k = col; k < col + colSpan; k++) set.add(k);
        taken.set(below, set);
      }
      col += colSpan;
    }
    const max = Math.max(-1, ...(taken.get(r) ?? []));
    while (col <= max) {
      fill();
      if (col <= max) {
        // A column no cell covers in this row, before one a cell above covers.
        cells.push(emptyCell());
        col++;
      }
    }
    if (cells.length > 0) rows.push(cells);
  });
  if (rows.length === 0) return null;
  const widthOf = (cells: SerializedTableCellNode[]) =>
    cells.reduce((n, c) => n + (c.colSpan ?? 1), 0);
  const width = Math.max(...rows.map(widthOf));
  return table(
    ...rows.map((cells) => {
      const missing = width - widthOf(cells);
      return row(...cells, ...Array.from({ length: missing }, emptyCell));
    }),
  );
}

/**
 * Clipboard HTML (Word, LibreOffice, Google Docs, the web) as blocks of the format, lists nested
 * at most 9 levels deep (Word's limit; deeper items stand at level 9).
 */
export function htmlToBlocks(html: string): Block[] {
  const body = cleanClipboardHtml(html);
  return flattenDeepLists(
    blocksOf(body.childNodes, { format: 0, link: null, pre: false }, 'paragraph'),
  );
}

/**
 * Plain text as blocks: a blank line (or several) ends a paragraph; a single line break stays a
 * line break within it, as addresses, verse and e-mail signatures need; tabs become tabs.
 */
export function textToBlocks(plain: string): Block[] {
  const normal = plain.replace(/\r\n?/g, '\n').replace(CONTROL, '');
  return normal
    .split(/\n(?:[ \t\u00a0]*\n)+/)
    .map((para) => para.replace(/^\n+|\n+$/g, ''))
    .filter((para) => !blank(para))
    .map((para) => {
      const children: Inline[] = [];
      para.split('\n').forEach((line, i) => {
        if (i > 0) children.push(lineBreak());
        children.push(
          ...leaf({ kind: 'text', text: line.replace(/[ \u00a0]+$/, ''), format: 0, link: null }),
        );
      });
      return p(...children);
    });
}
