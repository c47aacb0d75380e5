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
import { formatDate } from '../dates';
import { caseFacts, formatSentence, statusLabel, type FactEvent } from '../facts/caseFacts';
import type { Block, Inline, Note, PrintDocument, TableRow } from '../print/tree';
import { nodeFields, TEXT_FORMAT, type LiveFieldName } from './nodes';

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
  problems: ResolveProblem[];
  embeds: EmbedUse[];
  /** Heading texts, in order (for required sections). */
  headings: string[];
  /** Persons shown as a description instead of their name. */
  anonymised: { personId: string; description: string; where: string }[];
  /**
   * Parts of hidden persons' names (a surname in "Ismayilova v. Azerbaijan") still in the
   * printed text: whole names are replaced, parts are for a person to judge.
   */
  nameParts: { personId: string; word: string; where: string }[];
  /** Fields whose facts rest on an imprecise or uncertain date. */
  approximate: { caseId: string; title: string; place: string; where: string }[];
}

/** How an anonymised person appears: "a journalist, name withheld". */
export function neutralDescription(person: Person): string {
  const role = person.roles[0]?.trim() || 'person';
  const article = /^[aeiou]/i.test(role) ? 'an' : 'a';
  return `${article} ${role}, name withheld`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function textMarks(format: number): Omit<Extract<Inline, { type: 'text' }>, 'type' | 'text'> {
  const marks: Omit<Extract<Inline, { type: 'text' }>, 'type' | 'text'> = {};
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
export function blockText(b: Block): string {
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
function pushNoteRef(out: Inline[], n: number): void {
  if (out.at(-1)?.type === 'noteRef') out.push({ type: 'text', text: ',', superscript: true });
  out.push({ type: 'noteRef', n });
}

/** The plain text of print inlines. */
export function inlineText(inlines: readonly Inline[]): string {
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

/** A source as a note cites it: "Title, Publisher, 5 December 2014, para. 3. https://…". */
export function sourceNote(source: Source, pinpoint: string | null): Inline[] {
  const parts = [
    source.title,
    source.publisher,
    source.published && formatDate(source.published),
    pinpoint,
  ].filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  const out: Inline[] = [{ type: 'text', text: `${parts.join(', ')}.` }];
  if (source.url !== null) {
    out.push(
      { type: 'text', text: ' ' },
      { type: 'link', url: source.url, children: [{ type: 'text', text: source.url }] },
    );
  }
  return out;
}

/**
 * A document as of its date, ready to print: linked snippets take the library's latest revision,
 * live fields resolve from case facts as of the as-of date, citations and footnotes become notes
 * numbered in order, persons marked "anonymise in public documents" appear as a neutral
 * description everywhere (fields included), and persons marked "internal only" are reported (they
 * block a public document). Pure: everything comes from `library`.
 */
export function resolveDocument(doc: DocumentData, library: LibraryView, asOf: string): Resolved {
  const forum = doc.forumKey === null ? null : (library.forums.get(doc.forumKey) ?? null);
  const numbered = forum?.settings.numberedParagraphs ?? false;
  const isPublic = doc.audience === 'public';
  const problems: ResolveProblem[] = [];
  const embeds: EmbedUse[] = [];
  const headings: string[] = [];
  const anonymised: Resolved['anonymised'] = [];
  const approximate: Resolved['approximate'] = [];
  const notes: Note[] = [];
  let paragraphNumber = 0;
  let currentHeading: string | null = null;
  let blockInSection = 0;

  // Names to hide or to report, longest first so that "Leyla Yunus" goes before "Leyla".
  const hidden: { pattern: RegExp; person: Person; internal: boolean }[] = [];
  if (isPublic) {
    for (const person of library.persons.values()) {
      if (person.visibility === 'public') continue;
      for (const name of [person.name, ...person.aliases.map((a) => a.name)]) {
        if (name.trim().length < 3) continue;
        hidden.push({
          pattern: new RegExp(
            `(?<![\\p{L}\\p{N}])${escapeRegExp(name.trim())}(?![\\p{L}\\p{N}])`,
            'giu',
          ),
          person,
          internal: person.visibility === 'internal',
        });
      }
    }
    hidden.sort((a, b) => b.pattern.source.length - a.pattern.source.length);
  }

  const where = (): string =>
    currentHeading === null
      ? `paragraph ${blockInSection} of the opening`
      : `under "${currentHeading}", paragraph ${blockInSection}`;

  const reported = new Set<string>();
  const personShown = (person: Person, place: string): string => {
    if (!isPublic || person.visibility === 'public') return person.name;
    if (person.visibility === 'internal') {
      const key = `${person.id}@${place}`;
      if (!reported.has(key)) {
        reported.add(key);
        problems.push({
          kind: 'internal-person',
          place,
          where: where(),
          ref: person.id,
          message: `${person.name} is marked "internal only" and cannot appear in a public document.`,
        });
      }
    }
    const description = neutralDescription(person);
    anonymised.push({ personId: person.id, description, where: where() });
    return description;
  };

  /** Names of hidden persons replaced by their description, capitalised where a sentence starts. */
  const hideNames = (text: string, place: string, startsBlock = false): string => {
    let out = text;
    for (const h of hidden) {
      if (!h.pattern.test(out)) continue;
      h.pattern.lastIndex = 0;
      const shown = personShown(h.person, place);
      out = out.replace(h.pattern, (_m, offset: number, whole: string) => {
        const before = whole.slice(0, offset);
        const sentenceStart = before.trim() === '' ? startsBlock : /[.!?]\s+$/.test(before);
        return sentenceStart ? shown.charAt(0).toUpperCase() + shown.slice(1) : shown;
      });
    }
    return out;
  };

  const fieldText = (
    field: LiveFieldName,
    caseId: string | null,
    personId: string | null,
    place: string,
  ): string | null => {
    const unresolved = (message: string, ref: string): null => {
      problems.push({ kind: 'unresolved-field', place, where: where(), ref, message });
      return null;
    };
    if (field === 'document.date') return formatDate(asOf);
    if (field === 'person.name') {
      if (personId === null) return unresolved('A person field names no person.', '');
      const person = library.persons.get(personId);
      if (person === undefined)
        return unresolved(`No person with id ${personId} in the library.`, personId);
      return personShown(person, place);
    }
    if (caseId === null) return unresolved(`A ${field} field names no case.`, '');
    const c = library.cases.get(caseId);
    if (c === undefined) return unresolved(`No case with id ${caseId} in the library.`, caseId);
    const facts = caseFacts(c.events, asOf);
    if (facts.approximate && field === 'case.daysDeprived') {
      approximate.push({ caseId, title: c.record.title, place, where: where() });
    }
    const about = facts.approximate ? 'about ' : '';
    switch (field) {
      case 'case.status':
        return facts.status === 'unknown'
          ? unresolved(
              `The status of "${c.record.title}" as of ${formatDate(asOf)} is unknown (no events up to then).`,
              caseId,
            )
          : statusLabel(facts.status);
      case 'case.daysDeprived':
        return `${about}${facts.days.total} ${facts.days.total === 1 ? 'day' : 'days'}`;
      case 'case.sentence':
        return facts.sentence === null
          ? unresolved(`"${c.record.title}" has no sentence as of ${formatDate(asOf)}.`, caseId)
          : formatSentence(facts.sentence.sentence);
      case 'case.arrestDate':
        return facts.arrestDate === null
          ? unresolved(`"${c.record.title}" has no arrest as of ${formatDate(asOf)}.`, caseId)
          : formatDate(facts.arrestDate);
      case 'case.latestEvent': {
        const latest = facts.latestEvent;
        if (latest === null)
          return unresolved(`"${c.record.title}" has no events as of ${formatDate(asOf)}.`, caseId);
        return formatDate(latest.date);
      }
    }
  };

  const inlines = (
    nodes: readonly SerializedNode[],
    path: (string | number)[],
    inNote: boolean,
  ): Inline[] => {
    const out: Inline[] = [];
    nodes.forEach((node, i) => {
      const here = [...path, 'children', i];
      const place = pathText(here);
      switch (node.type) {
        case 'text': {
          const { text, format } = nodeFields('text', node);
          out.push({
            type: 'text',
            text: hideNames(text, place, out.length === 0 && !inNote),
            ...textMarks(format),
          });
          break;
        }
        case 'tab':
          out.push({ type: 'text', text: ' ' });
          break;
        case 'linebreak':
          out.push({ type: 'lineBreak' });
          break;
        case 'link': {
          const { url } = nodeFields('link', node);
          out.push({ type: 'link', url, children: inlines(node.children ?? [], here, inNote) });
          break;
        }
        case 'live-field': {
          const { field, caseId, personId } = nodeFields('live-field', node);
          const value = fieldText(field, caseId, personId, place);
          out.push({ type: 'text', text: value ?? `[${field}: unresolved]` });
          break;
        }
        case 'citation': {
          if (inNote) break;
          const { sourceId, pinpoint } = nodeFields('citation', node);
          const source = library.sources.get(sourceId);
          const n = notes.length + 1;
          if (source === undefined) {
            problems.push({
              kind: 'missing-source',
              place,
              where: where(),
              ref: sourceId,
              message: `The citation points to a source that is not in the library (${sourceId}).`,
            });
            notes.push({ n, children: [{ type: 'text', text: '[source missing]' }] });
          } else {
            notes.push({
              n,
              children: sourceNote(source, pinpoint).map((inline) =>
                inline.type === 'text'
                  ? { ...inline, text: hideNames(inline.text, place) }
                  : inline,
              ),
            });
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
          if (note !== undefined) note.children = inlines(node.children ?? [], here, true);
          pushNoteRef(out, n);
          break;
        }
        default:
          break;
      }
    });
    return out;
  };

  const hasText = (children: readonly Inline[]): boolean =>
    children.some(
      (c) => c.type === 'noteRef' || (c.type === 'text' ? c.text.trim() !== '' : c.type === 'link'),
    );

  const blocks = (
    nodes: readonly SerializedNode[],
    path: (string | number)[],
    top: boolean,
  ): Block[] => {
    const out: Block[] = [];
    nodes.forEach((node, i) => {
      const here = [...path, 'children', i];
      const place = pathText(here);
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
          out.push({ type: 'heading', level: tag === 'h1' ? 1 : tag === 'h2' ? 2 : 3, children });
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
    });
    return out;
  };

  function list(node: SerializedNode, path: (string | number)[]): Extract<Block, { type: 'list' }> {
    const { listType, start } = nodeFields('list', node);
    return {
      type: 'list',
      ordered: listType === 'number',
      start,
      items: (node.children ?? []).map((item, i) => {
        const here = [...path, 'children', i];
        const kids = item.children ?? [];
        const nested = kids.find((k) => k.type === 'list');
        return {
          children: inlines(
            kids.filter((k) => k.type !== 'list'),
            here,
            false,
          ),
          sublist:
            nested === undefined ? null : list(nested, [...here, 'children', kids.indexOf(nested)]),
        };
      }),
    };
  }

  function rows(node: SerializedNode, path: (string | number)[]): TableRow[] {
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
          children: blocks(c.cell.children ?? [], c.path, false),
        })),
      };
    });
  }

  function signatories(): Block {
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
    const org = library.organisations.get(s.organisationId);
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
  const title = hideNames(doc.title, 'title');
  const submittedBy =
    authors.length === 0
      ? null
      : `Submitted by ${authors.length === 1 ? authors[0] : `${authors.slice(0, -1).join(', ')} and ${authors.at(-1)}`}`;

  const meta = {
    title,
    shortTitle: hideNames(doc.shortTitle ?? doc.title, 'shortTitle'),
    keywords: doc.keywords.map((k) => hideNames(k, 'keywords')),
  };
  const printed = [
    meta.title,
    meta.shortTitle,
    ...meta.keywords,
    ...body.map(blockText),
    ...notes.map((n) => inlineText(n.children)),
  ].join('\n');
  const nameParts: Resolved['nameParts'] = [];
  const seenParts = new Set<string>();
  for (const h of hidden) {
    for (const name of [h.person.name, ...h.person.aliases.map((a) => a.name)]) {
      const word = name.trim().split(/\s+/).at(-1) ?? '';
      if (word.length < 4 || seenParts.has(`${h.person.id}:${word}`)) continue;
      const found = new RegExp(
        `(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`,
        'iu',
      ).exec(printed);
      if (found === null) continue;
      seenParts.add(`${h.person.id}:${word}`);
      const line = printed.slice(0, found.index).split('\n').length - 1;
      const bodyLine = line - 2 - meta.keywords.length;
      nameParts.push({
        personId: h.person.id,
        word: found[0],
        where:
          bodyLine < 0
            ? 'the title or keywords'
            : bodyLine < body.length
              ? `block ${bodyLine + 1} of the text`
              : 'the notes',
      });
    }
  }

  return {
    print: {
      meta: {
        title,
        shortTitle: meta.shortTitle,
        author: authors.join('; ') || 'Dossier',
        subject: forum?.name ?? '',
        keywords: meta.keywords,
        language: doc.language,
        date: asOf,
        forum: forum?.body ?? '',
      },
      cover: {
        title,
        subtitle: doc.subtitle === null ? null : hideNames(doc.subtitle, 'subtitle'),
        lines: [
          ...doc.coverLines.map((l) => hideNames(l, 'coverLines')),
          ...(submittedBy ? [submittedBy] : []),
          formatDate(asOf),
        ],
      },
      blocks: body,
      notes,
      noteStyle: forum?.settings.notes ?? 'footnotes',
      numberedParagraphs: numbered,
    },
    problems,
    embeds,
    headings,
    anonymised,
    nameParts,
    approximate,
  };
}
