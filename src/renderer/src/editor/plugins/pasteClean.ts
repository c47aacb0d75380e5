import DOMPurify from 'dompurify';

/**
 * Clipboard HTML from Word, LibreOffice, Google Docs and web pages, made plain: parsed into an
 * inert document (DOMParser: no script runs, no image loads, nothing touches the live page),
 * their quirks turned into ordinary HTML (Word's list paragraphs into lists, Google's styled
 * spans into <b>/<i>/<u>), then cut down by DOMPurify to an allow-list of structural tags with
 * no attribute beyond href, colspan, rowspan and start. Styles, classes, fonts, colours, images,
 * comments and scripts do not survive. pasteConvert.ts turns what is left into the document
 * format.
 */

/** The block tags a paste keeps (pasteConvert reads them as blocks). */
export const BLOCK_TAGS = [
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'main',
  'nav',
  'address',
  'figure',
  'figcaption',
  'center',
  'details',
  'summary',
] as const;

/** The tags that carry structure; everything else is unwrapped (or dropped with its content). */
const ALLOWED_TAGS = [
  ...BLOCK_TAGS,
  'a',
  'b',
  'strong',
  'i',
  'em',
  'cite',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'sub',
  'sup',
  'code',
  'kbd',
  'samp',
  'tt',
  'br',
  'span',
];

const SANITISE = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ['href', 'colspan', 'rowspan', 'start'],
  // The format's links: anything else (javascript:, file:, data:, relative) loses its href.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  // DOMPurify tests every other attribute's value against that pattern too; these hold numbers.
  ADD_URI_SAFE_ATTR: ['colspan', 'rowspan', 'start'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  KEEP_CONTENT: true,
  // DOMPurify already drops these with their content: script, style, head, title, iframe,
  // noscript, template, svg, math, colgroup, audio, video. Add the rest that hold no prose.
  ADD_FORBID_CONTENTS: ['object', 'embed', 'canvas', 'button', 'select', 'textarea', 'xml', 'map'],
};

/** Parses HTML without a browsing context: scripts never run and images never load. */
function inert(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A CSS declaration of an inline style attribute, lower-cased (`font-weight` → `700`). */
function declared(el: Element, property: string): string | null {
  const style = el.getAttribute('style');
  if (style === null) return null;
  // Word writes style='…' with its own properties (mso-*) that CSSOM would drop; read the text.
  const re = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]*)`, 'i');
  const m = re.exec(style);
  return m?.[1] === undefined
    ? null
    : m[1]
        .trim()
        .toLowerCase()
        .replace(/\s*!important$/, '');
}

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

function wrapChildren(el: Element, tag: string): void {
  const wrapper = el.ownerDocument.createElement(tag);
  wrapper.append(...Array.from(el.childNodes));
  el.append(wrapper);
}

type ListKind = 'bullet' | 'number';

/** Word's list definitions in its <style>: `@list l0:level1 {mso-level-number-format:bullet;…}`. */
function wordListKinds(doc: Document): Map<string, ListKind> {
  const kinds = new Map<string, ListKind>();
  for (const style of Array.from(doc.querySelectorAll('style'))) {
    const css = style.textContent;
    for (const m of css.matchAll(/@list\s+(l\d+):level(\d+)\s*\{([^}]*)\}/gi)) {
      const format = /mso-level-number-format\s*:\s*([\w-]+)/i.exec(m[3] ?? '')?.[1];
      // Without a number format, Word numbers 1, 2, 3.
      const kind: ListKind = format === 'bullet' || format === 'image' ? 'bullet' : 'number';
      kinds.set(`${m[1]}:${m[2]}`, kind);
    }
  }
  return kinds;
}

/** The kind of a list from its marker when Word's style sheet is not on the clipboard. */
function markerKind(marker: string): ListKind {
  return /^\(?[0-9a-z]{1,7}[.)]/i.test(marker.replace(/[\s\u00a0]/g, '')) ? 'number' : 'bullet';
}

interface WordListParagraph {
  el: Element;
  list: string;
  level: number;
  kind: ListKind;
}

function wordListParagraph(el: Element, kinds: Map<string, ListKind>): WordListParagraph | null {
  const m = /(?:^|;)\s*mso-list\s*:\s*(l\d+)\s+level(\d+)\s+(lfo\d+)/i.exec(
    el.getAttribute('style') ?? '',
  );
  if (m === null) return null;
  const level = Number(m[2]);
  const marker = el.querySelector('[style*="mso-list"]');
  const kind =
    kinds.get(`${m[1]}:${level}`) ??
    markerKind(marker !== null && marker !== el ? (marker.textContent ?? '') : '');
  return { el, list: `${m[1]}/${m[3]}`, level, kind };
}

/** The element after `el` among its siblings, past white space and comments. */
function nextElement(el: Element): Element | null {
  let n = el.nextSibling;
  while (n !== null) {
    if (n.nodeType === Node.ELEMENT_NODE) return n as Element;
    if (n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '') return null;
    n = n.nextSibling;
  }
  return null;
}

/**
 * Word writes a list as paragraphs (`<p class=MsoListParagraph style='mso-list:l0 level2 lfo1'>`)
 * each with its marker typed out in a `mso-list:Ignore` span. Consecutive ones become one
 * <ul>/<ol>, nested by level; a new list id or kind at the same level starts a new list.
 */
function wordLists(doc: Document): void {
  const kinds = wordListKinds(doc);
  const done = new Set<Element>();
  for (const first of Array.from(doc.body.querySelectorAll('p[style*="mso-list"]'))) {
    if (done.has(first)) continue;
    const run: WordListParagraph[] = [];
    for (let el: Element | null = first; el !== null; el = nextElement(el)) {
      const item = el.localName === 'p' ? wordListParagraph(el, kinds) : null;
      if (item === null) break;
      run.push(item);
      done.add(el);
    }
    if (run.length === 0) continue;
    const anchor = doc.createComment('list');
    first.before(anchor);
    const stack: { level: number; list: string; kind: ListKind; el: Element }[] = [];
    for (const item of run) {
      while ((stack.at(-1)?.level ?? 0) > item.level) stack.pop();
      const top = stack.at(-1);
      if (
        top !== undefined &&
        top.level === item.level &&
        (top.kind !== item.kind || top.list !== item.list)
      ) {
        stack.pop();
      }
      const parent = stack.at(-1);
      if (parent === undefined || parent.level < item.level) {
        const list = doc.createElement(item.kind === 'bullet' ? 'ul' : 'ol');
        if (parent === undefined) anchor.before(list);
        else {
          let li = parent.el.lastElementChild;
          if (li === null) {
            li = doc.createElement('li');
            parent.el.append(li);
          }
          li.append(list);
        }
        stack.push({ level: item.level, list: item.list, kind: item.kind, el: list });
      }
      const li = doc.createElement('li');
      li.append(...Array.from(item.el.childNodes));
      stack.at(-1)?.el.append(li);
      item.el.remove();
    }
    anchor.remove();
  }
}

/** Word's typed-out list markers (`<span style='mso-list:Ignore'>1.&nbsp;</span>`). */
function dropWordMarkers(doc: Document): void {
  for (const el of Array.from(doc.body.querySelectorAll('[style*="mso-list"]'))) {
    if (/mso-list\s*:\s*ignore/i.test(el.getAttribute('style') ?? '')) el.remove();
  }
  // What Word shows only to programs without list support: `<![if !supportLists]>…<![endif]>`,
  // which HTML parsers read as two comments around the marker.
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT);
  const starts: Comment[] = [];
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    if (/^\[if !supportLists\]/i.test((n as Comment).data)) starts.push(n as Comment);
  }
  for (const start of starts) {
    let n = start.nextSibling;
    while (
      n !== null &&
      !(n.nodeType === Node.COMMENT_NODE && /^\[endif\]/i.test((n as Comment).data))
    ) {
      const next = n.nextSibling;
      n.remove();
      n = next;
    }
  }
}

const BOLD_TAGS = new Set(['b', 'strong']);
const ITALIC_TAGS = new Set(['i', 'em', 'cite']);
const UNDERLINE_TAGS = new Set(['u', 'ins']);

/**
 * Inline styles that mean structure, as tags (Google Docs writes all its formatting so:
 * `<span style="font-weight:700">`); hidden elements removed. The styles themselves go later.
 */
function stylesToTags(doc: Document): void {
  // Google Docs wraps the whole copy in <b style="font-weight:normal" id="docs-internal-guid-…">.
  for (const b of Array.from(doc.body.querySelectorAll('b[id^="docs-internal-guid"]'))) unwrap(b);
  for (const el of Array.from(doc.body.querySelectorAll('[style]'))) {
    const tag = el.localName;
    const display = declared(el, 'display');
    if (display === 'none' || declared(el, 'mso-hide') === 'all') {
      el.remove();
      continue;
    }
    if (declared(el, 'mso-tab-count') !== null) {
      el.replaceWith(doc.createTextNode(' '));
      continue;
    }
    const weight = declared(el, 'font-weight');
    const fontStyle = declared(el, 'font-style');
    const decoration = `${declared(el, 'text-decoration') ?? ''} ${declared(el, 'text-decoration-line') ?? ''}`;
    const align = declared(el, 'vertical-align');
    const wraps: string[] = [];
    if (weight !== null) {
      const bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
      if (bold && !BOLD_TAGS.has(tag)) wraps.push('b');
      if (!bold && BOLD_TAGS.has(tag)) {
        unwrap(el);
        continue;
      }
    }
    if (fontStyle === 'italic' || fontStyle === 'oblique') {
      if (!ITALIC_TAGS.has(tag)) wraps.push('i');
    }
    // A link's own underline and colour are how links look, not underlined words.
    if (/\bunderline\b/.test(decoration) && !UNDERLINE_TAGS.has(tag) && el.closest('a') === null) {
      wraps.push('u');
    }
    if (/\bline-through\b/.test(decoration)) wraps.push('s');
    if (align === 'super') wraps.push('sup');
    if (align === 'sub') wraps.push('sub');
    for (const w of wraps) wrapChildren(el, w);
  }
}

/**
 * Clipboard HTML as a clean, inert <body>: only ALLOWED_TAGS, only href (http, https, mailto),
 * colspan, rowspan and start.
 */
export function cleanClipboardHtml(html: string): HTMLElement {
  const doc = inert(html);
  wordLists(doc);
  dropWordMarkers(doc);
  stylesToTags(doc);
  const clean = DOMPurify.sanitize(doc.body.innerHTML, SANITISE);
  return inert(clean).body;
}
