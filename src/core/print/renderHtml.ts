import { printLanguage } from '../i18n/printLanguage';
import { blockDirection, hasRightToLeft } from './bidi';
import { HOUSE_STYLE, orderedFormats } from './houseStyle';
import { tableFit } from './tableFit';
import { tableGrid, type GridEntry } from './tableGrid';
import type { PrintBlock, PrintInline, PrintDocument } from './tree';

/** Words a minute for "N min read". */
export const READING_WORDS_PER_MINUTE = 200;

function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Only web and mail links; anything else (javascript:, data:) is dropped to its text. */
function safeUrl(url: string): string | null {
  return /^(https?:\/\/|mailto:)/i.test(url.trim()) ? url.trim() : null;
}

function inlines(items: readonly PrintInline[]): string {
  return items
    .map((i) => {
      switch (i.type) {
        case 'text': {
          let s = escape(i.text);
          if (i.code) s = `<code>${s}</code>`;
          if (i.bold) s = `<strong>${s}</strong>`;
          if (i.italic) s = `<em>${s}</em>`;
          if (i.underline) s = `<u>${s}</u>`;
          if (i.strike) s = `<s>${s}</s>`;
          if (i.superscript) s = `<sup>${s}</sup>`;
          if (i.subscript) s = `<sub>${s}</sub>`;
          return s;
        }
        case 'link': {
          const url = safeUrl(i.url);
          const body = inlines(i.children);
          return url === null
            ? body
            : `<a href="${escape(url)}" rel="noopener noreferrer">${body}</a>`;
        }
        case 'noteRef':
          return `<sup class="note-ref"><a href="#note-${i.n}" id="ref-${i.n}" role="doc-noteref">${i.n}</a></sup>`;
        case 'lineBreak':
          return '<br>';
      }
    })
    .join('');
}

/**
 * The `dir` of a paragraph or heading: `rtl` where it reads right to left (core/print/bidi), as
 * in Word and the PDF. Elsewhere, text holding Arabic or Hebrew gets `auto` (list items, cells,
 * quotes, notes), so the browser finds its direction from its first strong letter.
 */
function dir(b: Extract<PrintBlock, { type: 'paragraph' | 'heading' }>): string {
  return blockDirection(b) === 'rtl' ? ' dir="rtl"' : '';
}

function autoDir(items: readonly PrintInline[]): string {
  return hasRightToLeft(plainText(items)) ? ' dir="auto"' : '';
}

function plainText(items: readonly PrintInline[]): string {
  return items
    .map((i) => (i.type === 'text' ? i.text : i.type === 'link' ? plainText(i.children) : ''))
    .join('');
}

/** A list and its sublists; ordered lists carry their depth, which sets how they count. */
function list(b: Extract<PrintBlock, { type: 'list' }>, depth: number): string {
  const tag = b.ordered ? 'ol' : 'ul';
  const start = b.ordered && b.start !== 1 ? ` start="${b.start}"` : '';
  const depthClass = b.ordered ? ` class="depth-${depth % 3}"` : '';
  const items = b.items
    .map(
      (item) =>
        `<li${autoDir(item.children)}>${inlines(item.children)}${item.sublist === null ? '' : list(item.sublist, depth + 1)}</li>`,
    )
    .join('');
  return `<${tag}${depthClass}${start}>${items}</${tag}>`;
}

function block(b: PrintBlock): string {
  switch (b.type) {
    case 'heading': {
      // The title is h1; the document's headings 1–3 are h2–h4.
      const tag = `h${b.level + 1}`;
      return `<${tag}${dir(b)}>${inlines(b.children)}</${tag}>`;
    }
    case 'paragraph': {
      const align = b.align && b.align !== 'left' ? ` style="text-align:${b.align}"` : '';
      return b.number === null
        ? `<p${dir(b)}${align}>${inlines(b.children)}</p>`
        : `<p class="numbered" id="para-${b.number}"${dir(b)}${align}><span class="para-number">${b.number}.</span> ${inlines(b.children)}</p>`;
    }
    case 'list':
      return list(b, 0);
    case 'quote':
      return `<blockquote${autoDir(b.children)}><p>${inlines(b.children)}</p></blockquote>`;
    case 'table': {
      // Only the leading header rows go in <thead>: rows keep their order, and a cell spanning
      // rows stays within one row group (HTML cuts a rowspan at the group's end).
      const grid = tableGrid(b.rows);
      const row = (entries: GridEntry[], r: number): string => {
        const cell = b.rows[r]?.header === true ? 'th' : 'td';
        return `<tr>${entries
          .map((e) => {
            if (e.kind === 'covered') return '';
            const span = e.colSpan > 1 ? ` colspan="${e.colSpan}"` : '';
            if (e.kind === 'empty') return `<${cell}${span}></${cell}>`;
            const rows = e.rowSpan > 1 ? ` rowspan="${e.rowSpan}"` : '';
            return `<${cell}${span}${rows}>${e.cell.children.map(block).join('')}</${cell}>`;
          })
          .join('')}</tr>`;
      };
      const rows = grid.rows.map(row);
      const head = rows.slice(0, grid.headerRows);
      // In a wrapper that scrolls sideways, so a wide table never pushes the page wider; smaller
      // and printed on a landscape page as in Word and the PDF (core/print/tableFit).
      const fit = tableFit(grid.columns);
      const size = fit.size === S.table.size ? '' : ` class="size-${fit.size}"`;
      return `<div class="table-wrap${fit.landscape ? ' landscape' : ''}" role="region" aria-label="Table" tabindex="0"><table${size}>${head.length > 0 ? `<thead>${head.join('')}</thead>` : ''}<tbody>${rows
        .slice(grid.headerRows)
        .join('')}</tbody></table></div>`;
    }
    case 'signatories':
      return `<section class="signatories">${b.heading === null ? '' : `<h2>${escape(b.heading)}</h2>`}<ul>${b.organisations
        .map((o) => `<li>${escape(o.name)}${o.shortName ? ` (${escape(o.shortName)})` : ''}</li>`)
        .join('')}</ul></section>`;
    case 'pageBreak':
      return '<hr class="page-break">';
  }
}

function textOf(b: PrintBlock): string {
  const of = (items: readonly PrintInline[]): string =>
    items
      .map((i) => (i.type === 'text' ? i.text : i.type === 'link' ? of(i.children) : ' '))
      .join('');
  switch (b.type) {
    case 'heading':
    case 'paragraph':
    case 'quote':
      return of(b.children);
    case 'list':
      return b.items
        .map((i) => `${of(i.children)} ${i.sublist ? textOf(i.sublist) : ''}`)
        .join(' ');
    case 'table':
      return b.rows
        .map((r) => r.cells.map((c) => c.children.map(textOf).join(' ')).join(' '))
        .join(' ');
    case 'signatories':
      return b.organisations.map((o) => o.name).join(' ');
    case 'pageBreak':
      return '';
  }
}

/** "4 min read", at about 200 words a minute (at least one minute), in the document's language. */
export function readingTime(doc: PrintDocument): string {
  const words =
    doc.blocks
      .map(textOf)
      .join(' ')
      .match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  const minutes = Math.max(1, Math.round(words / READING_WORDS_PER_MINUTE));
  return printLanguage(doc.meta.language).readingTime(minutes);
}

const S = HOUSE_STYLE;
const pt = (n: number) => `${n}pt`;
const hex = (c: string) => `#${c}`;
const family = (name: string) => (/^[a-z-]+$/.test(name) ? name : `"${name}"`);

/** A CSS string: quotes and backslashes escaped, and no "<" that could end the style element. */
function cssString(text: string): string {
  return `"${text
    .replace(/[\\"]/g, '\\$&')
    .replace(/</g, '\\3c ')
    .replace(/[\r\n]/g, '\\a ')}"`;
}

/** Ordered lists count as in Word and the PDF: (a), (b) under numbered paragraphs. */
function listStyles(): string {
  const name = (f: { counter: string; before: string; after: string }) =>
    f.before === '' ? `dossier-${f.counter}` : `dossier-paren-${f.counter}`;
  const defined = new Map<string, string>();
  const rules: string[] = [];
  for (const numbered of [false, true]) {
    const scope = numbered ? 'article.numbered ' : '';
    orderedFormats(numbered).forEach((f, depth) => {
      defined.set(
        name(f),
        `@counter-style ${name(f)}{system:extends ${f.counter};prefix:${cssString(f.before)};suffix:${cssString(`${f.after} `)}}`,
      );
      rules.push(`${scope}ol.depth-${depth}{list-style-type:${name(f)}}`);
    });
  }
  return [...defined.values(), ...rules].join('\n');
}

/** The smaller text (and padding) of tables with many columns (core/print/tableFit). */
function tableSizes(): string {
  return S.table.smaller
    .map((size) => {
      const scale = size / S.table.size;
      const padding = `${pt(S.table.cellPadding.y * scale)} ${pt(S.table.cellPadding.x * scale)}`;
      return `table.size-${size}{font-size:${pt(size)}}table.size-${size} :is(th,td){padding:${padding}}`;
    })
    .join('');
}

/** The house style (core/print/houseStyle) as CSS: the same page as the Word and PDF exports. */
function style(doc: PrintDocument): string {
  const fonts = [S.font.text, ...S.font.webFallbacks].map(family).join(',');
  const code = [S.font.code, ...S.font.codeFallbacks].map(family).join(',');
  const [h1, h2, h3] = S.headings;
  const indent = pt(S.body.numberIndent);
  const pageParts = printLanguage(doc.meta.language)
    .pageParts()
    .map((p) =>
      typeof p === 'string'
        ? cssString(p)
        : p.field === 'page'
          ? 'counter(page)'
          : 'counter(pages)',
    )
    .join(' ');
  return `body{font-family:${fonts};font-size:${pt(S.screen.size)};line-height:${S.screen.leading};max-width:${S.screen.measure};margin:2rem auto;padding:0 1rem;color:${hex(S.colour.ink)}}
article{overflow-wrap:break-word}h1,h2,h3,h4{overflow-wrap:anywhere;color:${hex(S.colour.accent)};line-height:${S.headingLeading}}
p,ul,ol{margin:0 0 ${pt(S.body.after)}}
header{border-bottom:${pt(S.coverRule.weight)} solid ${hex(S.colour.accent)};padding-bottom:${pt(S.coverRule.above)};margin-bottom:${pt(S.coverRule.below)}}
header h1{font-size:${pt(S.title.size)};line-height:${S.title.leading};font-weight:${S.title.bold ? 'bold' : 'normal'};margin:0 0 ${pt(S.title.after)}}
header .subtitle{font-size:${pt(S.subtitle.size)};line-height:${S.subtitle.leading};color:${hex(S.colour.accent)};margin:0 0 ${pt(S.subtitle.after)}}
header .cover-line,header .meta{margin:0 0 ${pt(S.coverLine.after)}}header .meta{color:${hex(S.colour.muted)}}
h2{font-size:${pt(h1.size)};margin:${pt(h1.before)} 0 ${pt(h1.after)}}
h3{font-size:${pt(h2.size)};margin:${pt(h2.before)} 0 ${pt(h2.after)}}
h4{font-size:${pt(h3.size)};margin:${pt(h3.before)} 0 ${pt(h3.after)};font-style:${h3.italic ? 'italic' : 'normal'}}
p.numbered{position:relative;padding-left:${indent}}p.numbered .para-number{position:absolute;left:0}
p.numbered[dir=rtl]{padding-left:0;padding-right:${indent}}p.numbered[dir=rtl] .para-number{left:auto;right:0}
article.numbered>ul,article.numbered>ol,article.numbered>blockquote,article.numbered>.signatories ul{margin-left:${indent}}
ul,ol{padding-left:${pt(S.list.hang)}}li{margin-bottom:${pt(S.list.itemAfter)}}
${listStyles()}
blockquote{margin:${pt(S.quote.before)} ${pt(S.quote.indent)} ${pt(S.quote.after)};font-style:italic;color:${hex(S.colour.quote)}}
blockquote p{margin:0}article.numbered>blockquote{margin-left:calc(${indent} + ${pt(S.quote.indent)})}
a{color:${hex(S.colour.link)}}code{font-family:${code};background:${hex(S.colour.codeFill)}}
.signatories ul{list-style:none;padding-left:0;margin-top:${pt(S.signatories.before)}}.signatories h2+ul,:is(h2,h3,h4)+.signatories ul{margin-top:0}
.signatories li{margin-bottom:${pt(S.signatories.after)}}
.table-wrap{overflow-x:auto;margin:${pt(S.table.before)} 0 ${pt(S.body.after + 6)}}table{border-collapse:collapse;min-width:100%;font-size:${pt(S.table.size)};line-height:${S.table.leading}}
th,td{border:${pt(S.table.rule)} solid ${hex(S.colour.rule)};padding:${pt(S.table.cellPadding.y)} ${pt(S.table.cellPadding.x)};text-align:start;vertical-align:top;overflow-wrap:anywhere;min-width:${S.table.minColumn}em}
${tableSizes()}
th{background:${hex(S.colour.tableHeaderFill)};color:${hex(S.colour.accent)}}
th>:first-child,td>:first-child{margin-top:0}th>:last-child,td>:last-child{margin-bottom:0}
.note-ref{font-size:.75em;line-height:0}section.notes{border-top:${pt(S.header.rule)} solid ${hex(S.colour.rule)};margin-top:2rem;font-size:${pt(S.notes.size)};line-height:${S.notes.leading}}
section.notes h2{font-size:${pt(h1.size)}}section.notes li{overflow-wrap:anywhere;margin-bottom:${pt(S.notes.after)}}a[role=doc-backlink]{white-space:nowrap}
@page{size:A4;margin:${pt(S.page.margin)};@top-left{content:${cssString(doc.meta.shortTitle)};font-family:${fonts};font-size:${pt(S.header.size)};color:${hex(S.colour.muted)};vertical-align:bottom;border-bottom:${pt(S.header.rule)} solid ${hex(S.colour.rule)};margin-bottom:${pt(S.page.margin - S.page.headerDistance - S.header.size * 1.6)}}
@bottom-center{content:${pageParts};font-family:${fonts};font-size:${pt(S.footer.size)};color:${hex(S.colour.muted)}}}
@page:first{@top-left{content:none;border:0}}
@page landscape{size:A4 landscape}
@media print{body{max-width:none;margin:0;padding:0;font-size:${pt(S.body.size)};line-height:${S.body.leading};color:#000}
a{color:inherit;text-decoration:none}a[role=doc-backlink]{display:none}
.table-wrap{overflow:visible}table{page-break-inside:auto}.table-wrap.landscape{page:landscape}
.table-wrap.landscape th,.table-wrap.landscape td{min-width:0}tr,li{page-break-inside:avoid}
h1,h2,h3,h4{page-break-after:avoid}hr.page-break{page-break-after:always;border:0;margin:0}
section.notes{page-break-before:auto}}`;
}

/**
 * Semantic HTML5 for the organisation's website: title, date, reading time, the body, notes as
 * endnotes with links both ways. Nothing executable: no scripts, every text escaped, only web and
 * mail links, and a Content-Security-Policy that allows no script at all. Its own texts (the date,
 * the reading time, the notes' heading) are in the document's language (core/i18n).
 */
export function renderHtml(doc: PrintDocument): string {
  const { meta, cover } = doc;
  const words = printLanguage(meta.language);
  const date = words.date(meta.date);
  const notes =
    doc.notes.length === 0
      ? ''
      : `<section class="notes" role="doc-endnotes"><h2>${escape(words.notesHeading)}</h2><ol>${doc.notes
          .map(
            (n) =>
              `<li id="note-${n.n}"${autoDir(n.children)}>${inlines(n.children)}\u00a0<a href="#ref-${n.n}" role="doc-backlink" aria-label="${escape(words.backToText)}">↩</a></li>`,
          )
          .join('')}</ol></section>`;
  const lines = cover.lines.filter((l) => l !== date);
  return `<!doctype html>
<html lang="${escape(meta.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self'">
<title>${escape(meta.title)}</title>
${meta.author === '' ? '' : `<meta name="author" content="${escape(meta.author)}">\n`}<meta name="generator" content="Dossier">
<meta name="description" content="${escape(cover.subtitle ?? meta.subject)}">
<meta name="keywords" content="${escape(meta.keywords.join(', '))}">
<style>${style(doc)}</style>
</head>
<body>
<article${doc.numberedParagraphs ? ' class="numbered"' : ''}>
<header>
<h1>${escape(cover.title)}</h1>
${cover.subtitle === null ? '' : `<p class="subtitle">${escape(cover.subtitle)}</p>\n`}${lines.map((l) => `<p class="cover-line">${escape(l)}</p>`).join('\n')}
<p class="meta"><time datetime="${escape(meta.date)}">${escape(date)}</time> · <span class="reading-time">${escape(readingTime(doc))}</span></p>
</header>
${doc.blocks.map(block).join('\n')}
${notes}
</article>
</body>
</html>
`;
}
