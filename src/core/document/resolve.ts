import type {
  CaseRecord,
  DocumentData,
  ForumProfile,
  Organisation,
  Person,
  RichContent,
  SerializedNode,
  Snippet,
  Source,
} from '../../shared/domain';
import { pathText } from '../../shared/errors';
import type { FactEvent } from '../facts/caseFacts';
import { printLanguage } from '../i18n/printLanguage';
import type {
  PrintBlock,
  PrintInline,
  PrintNote,
  PrintDocument,
  PrintListItem,
  PrintTableRow,
} from '../print/tree';
import { NameMatcher, type NameMatch, type NamePartMatch, type ScanResult } from '../text/names';
import { printable } from '../text/printable';
import { citationNote } from './citationNote';
import { fieldText, personText } from './fieldText';
import { nodeFields, TEXT_FORMAT, textFields } from './nodes';

/** What a document draws on from the library. */
export interface LibraryView {
  snippets: ReadonlyMap<string, Snippet>;
  sources: ReadonlyMap<string, Source>;
  cases: ReadonlyMap<string, { record: CaseRecord; events: readonly FactEvent[] }>;
  persons: ReadonlyMap<string, Person>;
  organisations: ReadonlyMap<string, Organisation>;
  forums: ReadonlyMap<string, ForumProfile>;
}

export type ResolveProblemKind =
  | 'missing-snippet'
  | 'missing-source'
  | 'unresolved-field'
  | 'missing-organisation'
  | 'internal-person';

export interface ResolveProblem {
  kind: ResolveProblemKind;
  /** A path into the content (`root.children[3]`), or `signatories[1]`. */
  place: string;
  /** Where a reader finds it: `under "II. Background", paragraph 4`. */
  where: string;
  message: string;
  /** The id that could not be found, or the person concerned. */
  ref: string;
}

/** A use of a snippet in the document, for preflight. */
export interface EmbedUse {
  place: string;
  where: string;
  snippetId: string;
  revision: number;
  mode: 'linked' | 'copied';
  insertedAt: string;
  caseStatuses: Record<string, string>;
}

export interface Resolved {
  print: PrintDocument;
  /**
   * Where each of `print.blocks` comes from in the content (`root.children[3]`): the block
   * itself, or the snippet it is part of. For preflight findings about a place in the flow
   * (where the word limit is passed).
   */
  blockPlaces: string[];
  problems: ResolveProblem[];
  embeds: EmbedUse[];
  /** Heading texts, in order (for required sections). */
  headings: string[];
  /** Persons shown as a description instead of their name. */
  anonymised: { personId: string; description: string; where: string }[];
  /**
   * Words of hidden persons' names (a surname in "Ismayilova v. Azerbaijan", a first name, a name
   * in a web address) still in anything printed, the document's properties included: whole names
   * are replaced, parts are for a person to judge. One entry per person and word of the name.
   */
  nameParts: { personId: string; word: string; where: string }[];
  /** Fields whose facts rest on an imprecise or uncertain date. */
  approximate: { caseId: string; title: string; place: string; where: string }[];
}

/** Web addresses in a text: a name inside one cannot be replaced, only reported. */
function webAddresses(text: string): [number, number][] {
  return [...text.matchAll(/(?:https?:\/\/|www\.)[^\s]+/gi)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
}

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Whether a name at `start` of `text` begins a sentence (`startsBlock`: the text begins one). */
function atSentenceStart(text: string, start: number, startsBlock: boolean): boolean {
  const before = text.slice(0, start);
  return before.trim() === '' ? startsBlock : /[.!?]\s+$/.test(before);
}

type TextInline = Extract<PrintInline, { type: 'text' }>;

function textMarks(format: number): Omit<Extract<PrintInline, { type: 'text' }>, 'type' | 'text'> {
  const marks: Omit<Extract<PrintInline, { type: 'text' }>, 'type' | 'text'> = {};
  if (format & TEXT_FORMAT.bold) marks.bold = true;
  if (format & TEXT_FORMAT.italic) marks.italic = true;
  if (format & TEXT_FORMAT.underline) marks.underline = true;
  if (format & TEXT_FORMAT.strikethrough) marks.strike = true;
  if (format & TEXT_FORMAT.superscript) marks.superscript = true;
  if (format & TEXT_FORMAT.subscript) marks.subscript = true;
  if (format & TEXT_FORMAT.code) marks.code = true;
  return marks;
}

/** The plain text of a print block. */
export function blockText(b: PrintBlock): string {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
    case 'quote':
      return inlineText(b.children);
    case 'list':
      return b.items
        .map((i) => `${inlineText(i.children)} ${i.sublist === null ? '' : blockText(i.sublist)}`)
        .join(' ');
    case 'table':
      return b.rows
        .map((r) => r.cells.map((c) => c.children.map(blockText).join(' ')).join(' '))
        .join(' ');
    case 'signatories':
      return [b.heading ?? '', ...b.organisations.map((o) => o.name)].join(' ');
    case 'pageBreak':
      return '';
  }
}

/** A note reference; two in a row are kept apart ("3,4", not "34"). */
function pushNoteRef(out: PrintInline[], n: number): void {
  if (out.at(-1)?.type === 'noteRef') out.push({ type: 'text', text: ',', superscript: true });
  out.push({ type: 'noteRef', n });
}

/** The plain text of print inlines. */
export function inlineText(inlines: readonly PrintInline[]): string {
  return inlines
    .map((i) =>
      i.type === 'text'
        ? i.text
        : i.type === 'link'
          ? inlineText(i.children)
          : i.type === 'lineBreak'
            ? '\n'
            : '',
    )
    .join('');
}

/** Articles a role may follow in the text ("the journalist", "le journaliste", "una periodista"). */
const ARTICLES = ['the', 'a', 'an', 'le', 'la', 'les', 'un', 'une', 'el', 'los', 'las', 'una'];

/** The last matchers of hidden names built, by the names and whose they are. */
const matchers = new Map<string, NameMatcher<number>>();
const MATCHERS_KEPT = 4;

/**
 * A matcher of the names (and aliases) of `persons`, giving the persons as they are now. The
 * matcher itself is kept between calls for the same names, with what it has scanned: a document
 * resolved again after a pause in typing scans only the paragraphs that changed.
 */
function hiddenNames(persons: readonly Person[]): {
  scan: (text: string, skip: readonly (readonly [number, number])[]) => ScanResult<Person>;
  parts: (text: string) => readonly NamePartMatch<Person>[];
} {
  const entries = persons.flatMap((person) =>
    [person.name, ...person.aliases.map((a) => a.name)]
      .map((name) => printable(name).trim())
      .filter((name) => name.length >= 3)
      .map((name) => ({ name, person })),
  );
  const key = entries.map((e) => `${e.person.id}\u0001${e.name}`).join('\u0000');
  let matcher = matchers.get(key);
  if (matcher === undefined) {
    matcher = new NameMatcher(entries.map((e, i) => ({ name: e.name, value: i })));
    if (matchers.size >= MATCHERS_KEPT) matchers.clear();
    matchers.set(key, matcher);
  }
  const m = matcher;
  const person = (i: number): Person => entries[i]?.person as Person;
  const withPersons = <M extends { value: number }>(found: readonly M[]) =>
    found.map((f) => ({ ...f, value: person(f.value) }));
  return {
    scan: (text, skip) => {
      const found = m.scan(text, skip);
      return { names: withPersons(found.names), parts: withPersons(found.parts) };
    },
    parts: (text) => withPersons(m.parts(text)),
  };
}

/**
 * Hidden names found in `text`, each widened over the role the text gives the person just before
 * it: "the investigative journalist Khadija Ismayilova" is replaced whole by the description ("an
 * investigative journalist, name withheld"), not as "the investigative journalist an
 * investigative journalist, name withheld". The role is the person's first, as the description
 * has it, with any article before it; a match never reaches back into the one before.
 */
function overRoles(text: string, names: readonly NameMatch<Person>[]): NameMatch<Person>[] {
  let floor = 0;
  return names.map((m) => {
    const role = printable(m.value.roles[0] ?? '')
      .trim()
      .replace(new RegExp(`^(?:${ARTICLES.join('|')})\\s+`, 'iu'), '');
    let start = m.start;
    if (role !== '') {
      const words = role
        .split(/\s+/)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('\\s+');
      const before = new RegExp(
        `(?<![\\p{L}\\p{N}])(?:(?:${ARTICLES.join('|')})\\s+)?${words}\\s+$`,
        'iu',
      ).exec(text.slice(floor, m.start));
      if (before !== null) start = floor + before.index;
    }
    floor = m.end;
    return { ...m, start };
  });
}

/**
 * A document as of its date, ready to print: linked snippets take the library's latest revision,
 * live fields resolve from case facts as of the as-of date, citations and footnotes become notes
 * numbered in order, persons marked "anonymise in public documents" appear as a neutral
 * description everywhere (fields included), and persons marked "internal only" are reported (they
 * block a public document). Everything printed in words of Dossier's own (fields, dates, the
 * cover's "Submitted by" line, descriptions) is in the document's language (core/i18n; English
 * when it has no table); problems stay English, for the officer. Pure: everything comes from
 * `library`.
 */
export function resolveDocument(doc: DocumentData, library: LibraryView, asOf: string): Resolved {
  const forum = doc.forumKey === null ? null : (library.forums.get(doc.forumKey) ?? null);
  const numbered = forum?.settings.numberedParagraphs ?? false;
  const isPublic = doc.audience === 'public';
  const words = printLanguage(doc.language);
  const problems: ResolveProblem[] = [];
  const embeds: EmbedUse[] = [];
  const headings: string[] = [];
  const anonymised: Resolved['anonymised'] = [];
  const approximate: Resolved['approximate'] = [];
  const notes: PrintNote[] = [];
  const blockPlaces: string[] = [];
  let paragraphNumber = 0;
  let currentHeading: string | null = null;
  let blockInSection = 0;

  // Names to hide or to report (core/text/names: the spellings search finds, whole words).
  const hidden = hiddenNames(
    isPublic ? [...library.persons.values()].filter((p) => p.visibility !== 'public') : [],
  );

  const where = (): string =>
    currentHeading === null
      ? `paragraph ${blockInSection} of the opening`
      : `under "${currentHeading}", paragraph ${blockInSection}`;

  const reported = new Set<string>();
  const personShown = (person: Person, place: string, at: string = where()): string => {
    if (!isPublic || person.visibility === 'public')
      return personText(person, doc.audience, doc.language);
    if (person.visibility === 'internal') {
      const key = `${person.id}@${place}`;
      if (!reported.has(key)) {
        reported.add(key);
        problems.push({
          kind: 'internal-person',
          place,
          where: at,
          ref: person.id,
          message: `${person.name} is marked "internal only" and cannot appear in a public document.`,
        });
      }
    }
    const description = personText(person, doc.audience, doc.language);
    anonymised.push({ personId: person.id, description, where: at });
    return description;
  };

  // What is left of hidden names: any word of one, anywhere printed (see NameMatcher.parts).
  const nameParts: Resolved['nameParts'] = [];
  const seenParts = new Set<string>();
  const reportParts = (parts: readonly NamePartMatch<Person>[], at: string): void => {
    for (const part of parts) {
      const key = `${part.value.id}\u0000${part.nameWord}`;
      if (seenParts.has(key)) continue;
      seenParts.add(key);
      nameParts.push({ personId: part.value.id, word: part.word, where: at });
    }
  };

  /**
   * A text of the document's own (title, cover line, keyword…), printable, with the names of hidden
   * persons replaced by their description, capitalised where a sentence starts.
   */
  const hideText = (text: string, place: string, at: string, startsBlock: boolean): string => {
    const clean = printable(text);
    const found = hidden.scan(clean, webAddresses(clean));
    reportParts(found.parts, at);
    let out = '';
    let from = 0;
    for (const m of overRoles(clean, found.names)) {
      const shown = personShown(m.value, place, at);
      out += clean.slice(from, m.start);
      out += atSentenceStart(clean, m.start, startsBlock) ? capitalised(shown) : shown;
      from = m.end;
    }
    return out + clean.slice(from);
  };

  /** Where each text inline came from in the content (for problems), by identity. */
  const origin = new WeakMap<PrintInline, string>();

  /**
   * The inlines of a paragraph (or heading, list item, note), printable, with the names of hidden
   * persons replaced. Names are found in the text of all the runs together, links' text included,
   * so that a name with a bold part, or split by a link, is found: the description takes the marks
   * of the run where the name starts, and the rest of the name leaves the runs it was in. Note
   * references and line breaks stay where they are. Text outside names is kept as written. What
   * is left of names (and any name in a link's address) is reported as at `at`.
   */
  const hideInlines = (
    items: PrintInline[],
    startsBlock: boolean,
    at: string = where(),
  ): PrintInline[] => {
    const leaves: { inline: TextInline; start: number; end: number }[] = [];
    let text = '';
    const collect = (list: readonly PrintInline[]): void => {
      for (const i of list) {
        if (i.type === 'text') {
          i.text = printable(i.text);
          leaves.push({ inline: i, start: text.length, end: text.length + i.text.length });
          text += i.text;
        } else if (i.type === 'link') {
          i.url = printable(i.url);
          reportParts(hidden.parts(i.url), at);
          collect(i.children);
        } else {
          text += '\n';
        }
      }
    };
    collect(items);
    const found = hidden.scan(text, webAddresses(text));
    reportParts(found.parts, at);
    const matches = overRoles(text, found.names);
    if (matches.length === 0) return items;

    const changed = new Set<PrintInline>();
    let m = 0;
    for (const leaf of leaves) {
      while (m < matches.length && (matches[m]?.end ?? 0) <= leaf.start) m += 1;
      let out = '';
      let pos = leaf.start;
      for (let k = m; k < matches.length; k++) {
        const match = matches[k];
        if (match === undefined || match.start >= leaf.end) break;
        out += text.slice(pos, Math.max(match.start, leaf.start));
        if (match.start >= leaf.start) {
          const shown = personShown(match.value, origin.get(leaf.inline) ?? '');
          out += atSentenceStart(text, match.start, startsBlock) ? capitalised(shown) : shown;
        }
        pos = Math.min(match.end, leaf.end);
      }
      out += text.slice(pos, leaf.end);
      if (out !== leaf.inline.text) {
        leaf.inline.text = out;
        changed.add(leaf.inline);
      }
    }
    // Runs (and links) the names emptied go; nothing else changes.
    const prune = (list: PrintInline[]): PrintInline[] =>
      list.flatMap((i): PrintInline[] => {
        if (i.type === 'text') return i.text === '' && changed.has(i) ? [] : [i];
        if (i.type !== 'link') return [i];
        const children = prune(i.children);
        return children.length === 0 && i.children.length > 0 ? [] : [{ ...i, children }];
      });
    return prune(items);
  };

  /** A live field's text (fieldText), with what it means for preflight noted. */
  const field = (node: SerializedNode, place: string): string => {
    const fields = nodeFields('live-field', node);
    const value = fieldText(fields, {
      asOf,
      library,
      audience: doc.audience,
      language: doc.language,
    });
    if (!value.resolved) {
      const { message, ref } = value;
      problems.push({ kind: 'unresolved-field', place, where: where(), ref, message });
    } else if (value.person !== null) {
      personShown(value.person, place);
    } else if (value.approximate) {
      const caseId = fields.caseId ?? '';
      const title = library.cases.get(caseId)?.record.title ?? '';
      approximate.push({ caseId, title, place, where: where() });
    }
    return value.text;
  };

  /** The printed inlines of a paragraph, heading, list item or note (see `hideInlines`). */
  const inlines = (
    nodes: readonly SerializedNode[],
    path: (string | number)[],
    inNote: boolean,
    at: string = where(),
  ): PrintInline[] => hideInlines(rawInlines(nodes, path, inNote), true, at);

  const rawInlines = (
    nodes: readonly SerializedNode[],
    path: (string | number)[],
    inNote: boolean,
  ): PrintInline[] => {
    const out: PrintInline[] = [];
    const push = (inline: PrintInline, place: string): void => {
      origin.set(inline, place);
      out.push(inline);
    };
    nodes.forEach((node, i) => {
      const here = [...path, 'children', i];
      const place = pathText(here);
      switch (node.type) {
        case 'text': {
          const { text, format } = textFields(node);
          push({ type: 'text', text, ...textMarks(format) }, place);
          break;
        }
        case 'tab':
          push({ type: 'text', text: ' ' }, place);
          break;
        case 'linebreak':
          out.push({ type: 'lineBreak' });
          break;
        case 'link': {
          const { url } = nodeFields('link', node);
          out.push({ type: 'link', url, children: rawInlines(node.children ?? [], here, inNote) });
          break;
        }
        case 'live-field':
          push({ type: 'text', text: field(node, place) }, place);
          break;
        case 'citation': {
          if (inNote) break;
          const citation = nodeFields('citation', node);
          const cited = citationNote(citation, library.sources, doc.language);
          const n = notes.length + 1;
          if (!cited.found) {
            problems.push({
              kind: 'missing-source',
              place,
              where: where(),
              ref: citation.sourceId,
              message: `The citation points to a source that is not in the library (${citation.sourceId}).`,
            });
            notes.push({ n, children: cited.inlines });
          } else {
            for (const inline of cited.inlines) origin.set(inline, place);
            notes.push({ n, children: hideInlines(cited.inlines, true, `note ${n}`) });
          }
          pushNoteRef(out, n);
          break;
        }
        case 'footnote': {
          if (inNote) break;
          const n = notes.length + 1;
          // Reserve the number before the note's own content (which holds no notes).
          notes.push({ n, children: [] });
          const note = notes[n - 1];
          if (note !== undefined) {
            note.children = inlines(node.children ?? [], here, true, `note ${n}`);
          }
          pushNoteRef(out, n);
          break;
        }
        default:
          break;
      }
    });
    return out;
  };

  const hasText = (children: readonly PrintInline[]): boolean =>
    children.some(
      (c) => c.type === 'noteRef' || (c.type === 'text' ? c.text.trim() !== '' : c.type === 'link'),
    );

  const blocks = (
    nodes: readonly SerializedNode[],
    path: (string | number)[],
    top: boolean,
  ): PrintBlock[] => {
    const out: PrintBlock[] = [];
    const outermost = path.length === 1;
    nodes.forEach((node, i) => {
      const here = [...path, 'children', i];
      const place = pathText(here);
      const before = out.length;
      blockOf(node, here, place, top, out);
      if (outermost) for (let k = before; k < out.length; k++) blockPlaces.push(place);
    });
    return out;
  };

  const blockOf = (
    node: SerializedNode,
    here: (string | number)[],
    place: string,
    top: boolean,
    out: PrintBlock[],
  ): void => {
    switch (node.type) {
      case 'heading': {
        const { tag } = nodeFields('heading', node);
        const children = inlines(node.children ?? [], here, false);
        const text = inlineText(children).trim();
        if (top) {
          headings.push(text);
          currentHeading = text;
          blockInSection = 0;
        }
        out.push({
          type: 'heading',
          level: tag === 'h1' ? 1 : tag === 'h2' ? 2 : 3,
          children,
          ...rightToLeft(node),
        });
        break;
      }
      case 'paragraph': {
        if (top) blockInSection += 1;
        const children = inlines(node.children ?? [], here, false);
        if (!hasText(children)) break;
        const { format } = nodeFields('paragraph', node);
        const align =
          format === 'center' || format === 'right' || format === 'justify' ? format : undefined;
        out.push({
          type: 'paragraph',
          children,
          // Datelines and signature lines (centred, right-aligned) stand outside the numbering.
          number:
            top && numbered && align !== 'center' && align !== 'right' ? ++paragraphNumber : null,
          ...(align === undefined ? {} : { align }),
          ...rightToLeft(node),
        });
        break;
      }
      case 'quote':
        if (top) blockInSection += 1;
        out.push({ type: 'quote', children: inlines(node.children ?? [], here, false) });
        break;
      case 'list':
        if (top) blockInSection += 1;
        out.push(list(node, here));
        break;
      case 'table':
        if (top) blockInSection += 1;
        out.push({ type: 'table', rows: rows(node, here) });
        break;
      case 'page-break':
        out.push({ type: 'pageBreak' });
        break;
      case 'signatory-list':
        out.push(signatories());
        break;
      case 'snippet-embed': {
        const embed = nodeFields('snippet-embed', node);
        // The snippet's own paragraphs count; it is where its first one is.
        if (top) blockInSection += 1;
        embeds.push({ place, where: where(), ...embed });
        if (top) blockInSection -= 1;
        if (embed.mode === 'copied') {
          out.push(...blocks(node.children ?? [], here, top));
          break;
        }
        const snippet = library.snippets.get(embed.snippetId);
        if (snippet === undefined) {
          problems.push({
            kind: 'missing-snippet',
            place,
            where: where(),
            ref: embed.snippetId,
            message: `A linked snippet is not in the library (${embed.snippetId}).`,
          });
          break;
        }
        out.push(...blocks(snippet.content.root.children, here, top));
        break;
      }
      default:
        break;
    }
  };

  /** The one direction a block's `direction` says something about (core/document/meaning). */
  function rightToLeft(node: SerializedNode): { direction?: 'rtl' } {
    return node.direction === 'rtl' ? { direction: 'rtl' } : {};
  }

  function list(
    node: SerializedNode,
    path: (string | number)[],
  ): Extract<PrintBlock, { type: 'list' }> {
    const { listType, start } = nodeFields('list', node);
    const items: PrintListItem[] = [];
    (node.children ?? []).forEach((item, i) => {
      const here = [...path, 'children', i];
      const kids = item.children ?? [];
      const nested = kids.find((k) => k.type === 'list');
      const sublist =
        nested === undefined ? null : list(nested, [...here, 'children', kids.indexOf(nested)]);
      const before = items[items.length - 1];
      // The editor nests a list in an item of its own, with nothing else in it: in print the
      // list belongs to the item above (one marker, one number, as the editor shows it).
      if (
        kids.length === 1 &&
        sublist !== null &&
        before !== undefined &&
        before.sublist === null
      ) {
        before.sublist = sublist;
        return;
      }
      items.push({
        children: inlines(
          kids.filter((k) => k.type !== 'list'),
          here,
          false,
        ),
        sublist,
      });
    });
    return { type: 'list', ordered: listType === 'number', start, items };
  }

  function rows(node: SerializedNode, path: (string | number)[]): PrintTableRow[] {
    return (node.children ?? []).map((row, r) => {
      const rowPath = [...path, 'children', r];
      const cells = (row.children ?? []).map((cell, c) => ({
        cell,
        fields: nodeFields('tablecell', cell),
        path: [...rowPath, 'children', c],
      }));
      return {
        header: cells.length > 0 && cells.every((c) => (c.fields.headerState & 1) === 1),
        cells: cells.map((c) => ({
          colSpan: c.fields.colSpan,
          rowSpan: c.fields.rowSpan,
          children: blocks(c.cell.children ?? [], c.path, false),
        })),
      };
    });
  }

  function signatories(): PrintBlock {
    return {
      type: 'signatories',
      // The template's own heading introduces the list.
      heading: null,
      organisations: confirmed.map((o) => ({
        name: o.name,
        // "ARTICLE 19 (ARTICLE 19)" says nothing twice.
        shortName:
          o.shortName !== null && o.shortName.toLowerCase() !== o.name.toLowerCase()
            ? o.shortName
            : null,
        country: o.country,
      })),
    };
  }

  const confirmed: Organisation[] = [];
  doc.signatories.forEach((s, i) => {
    const stored = library.organisations.get(s.organisationId);
    const place = `signatories[${i}]`;
    const org =
      stored === undefined
        ? undefined
        : {
            ...stored,
            name: hideText(stored.name, place, 'the signatory list', true),
            shortName:
              stored.shortName === null
                ? null
                : hideText(stored.shortName, place, 'the signatory list', true),
            country: stored.country === null ? null : printable(stored.country),
          };
    if (org === undefined) {
      problems.push({
        kind: 'missing-organisation',
        place: `signatories[${i}]`,
        where: 'the signatory list',
        ref: s.organisationId,
        message: `A signatory is not in the library (${s.organisationId}).`,
      });
    } else if (s.status === 'confirmed') {
      confirmed.push(org);
    }
  });

  const content: RichContent = doc.content;
  const body = blocks(content.root.children, ['root'], true);
  const authors = confirmed.map((o) => o.name);
  const title = hideText(doc.title, 'title', 'the title', true);
  const submittedBy = authors.length === 0 ? null : words.submittedBy(authors);

  const meta = {
    title,
    shortTitle: hideText(doc.shortTitle ?? doc.title, 'shortTitle', 'the short title', true),
    keywords: doc.keywords.map((k) => hideText(k, 'keywords', 'the keywords', false)),
    subject:
      forum === null ? '' : hideText(forum.name, 'forumKey', 'the document properties', true),
    forum: forum === null ? '' : hideText(forum.body, 'forumKey', 'the document properties', true),
  };
  const cover = {
    title,
    subtitle:
      doc.subtitle === null ? null : hideText(doc.subtitle, 'subtitle', 'the subtitle', true),
    lines: [
      ...doc.coverLines.map((l, i) => hideText(l, `coverLines[${i}]`, 'the cover', true)),
      ...(submittedBy ? [submittedBy] : []),
      words.date(asOf),
    ],
  };

  return {
    print: {
      meta: {
        title,
        shortTitle: meta.shortTitle,
        // No confirmed signatory yet: no author (the app is not one; it is the Application).
        author: authors.join('; '),
        subject: meta.subject,
        keywords: meta.keywords,
        language: doc.language,
        date: asOf,
        forum: meta.forum,
      },
      cover,
      blocks: body,
      notes,
      noteStyle: forum?.settings.notes ?? 'footnotes',
      numberedParagraphs: numbered,
    },
    blockPlaces,
    problems,
    embeds,
    headings,
    anonymised,
    nameParts,
    approximate,
  };
}
