import { printLanguage } from '../i18n/printLanguage';
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

function block(b: PrintBlock): string {
  switch (b.type) {
    case 'heading': {
      // The title is h1; the document's headings 1–3 are h2–h4.
      const tag = `h${b.level + 1}`;
      return `<${tag}>${inlines(b.children)}</${tag}>`;
    }
    case 'paragraph': {
      const align = b.align && b.align !== 'left' ? ` style="text-align:${b.align}"` : '';
      return b.number === null
        ? `<p${align}>${inlines(b.children)}</p>`
        : `<p class="numbered" id="para-${b.number}"${align}><span class="para-number">${b.number}.</span> ${inlines(b.children)}</p>`;
    }
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const start = b.ordered && b.start !== 1 ? ` start="${b.start}"` : '';
      const items = b.items
        .map(
          (item) =>
            `<li>${inlines(item.children)}${item.sublist === null ? '' : block(item.sublist)}</li>`,
        )
        .join('');
      return `<${tag}${start}>${items}</${tag}>`;
    }
    case 'quote':
      return `<blockquote><p>${inlines(b.children)}</p></blockquote>`;
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
      // In a wrapper that scrolls sideways, so a wide table never pushes the page wider.
      return `<div class="table-wrap" role="region" aria-label="Table" tabindex="0"><table>${head.length > 0 ? `<thead>${head.join('')}</thead>` : ''}<tbody>${rows
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

const STYLE = `body{font-family:Georgia,"DejaVu Serif",serif;line-height:1.6;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
article{overflow-wrap:break-word;hyphens:auto}h1,h2,h3{overflow-wrap:anywhere}
header .meta{color:#555}p.numbered .para-number{font-weight:bold;margin-right:.25rem}
blockquote{margin:1rem 2rem;font-style:italic}
.table-wrap{overflow-x:auto;margin:1rem 0}table{border-collapse:collapse;min-width:100%}
th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word;min-width:6em}
th>:first-child,td>:first-child{margin-top:0}th>:last-child,td>:last-child{margin-bottom:0}
.note-ref{font-size:.75em}section.notes{border-top:1px solid #ccc;margin-top:2rem;font-size:.9em}
section.notes li{overflow-wrap:anywhere}a[role=doc-backlink]{white-space:nowrap}
@media print{body{max-width:none;margin:0;padding:0;font-size:11pt;color:#000}
a{color:inherit;text-decoration:none}a[role=doc-backlink]{display:none}
.table-wrap{overflow:visible}table{page-break-inside:auto}tr,li{page-break-inside:avoid}
h1,h2,h3{page-break-after:avoid}hr.page-break{page-break-after:always;border:0;margin:0}
section.notes{page-break-before:auto}}`;

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
              `<li id="note-${n.n}">${inlines(n.children)}\u00a0<a href="#ref-${n.n}" role="doc-backlink" aria-label="${escape(words.backToText)}">↩</a></li>`,
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
<style>${STYLE}</style>
</head>
<body>
<article>
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
