import type { CaseStatus, DocumentData, ForumProfile } from '../../shared/domain';
import type { Finding, PreflightReport } from '../../shared/preflight';
import { formatDate } from '../dates';
import { caseFacts, statusLabel } from '../facts/caseFacts';
import { blockText, inlineText, type LibraryView, type Resolved } from '../document/resolve';
import { describeCodePoint } from '../print/glyphs';
import { maxLegibleColumns, tableFit } from '../print/tableFit';
import { tableGrid } from '../print/tableGrid';
import { HOUSE_STYLE } from '../print/houseStyle';
import type { PrintBlock, PrintInline } from '../print/tree';
import { plainFold } from '../text/fold';

/** About how many words an A4 page of 11 pt text holds, notes and headings included. */
export const WORDS_PER_PAGE = 500;

function words(text: string): number {
  let n = counted.get(text);
  if (n === undefined) {
    n = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
    if (counted.size >= COUNTS_KEPT) counted.clear();
    counted.set(text, n);
  }
  return n;
}

// Preflight runs again after every pause in typing, over a text that is all as it was but a
// paragraph: each block's count is kept.
const counted = new Map<string, number>();
const COUNTS_KEPT = 20_000;

/** The notes a block refers to, in order. */
function noteRefs(block: PrintBlock): number[] {
  const out: number[] = [];
  const inl = (xs: readonly PrintInline[]): void => {
    for (const x of xs) {
      if (x.type === 'noteRef') out.push(x.n);
      else if (x.type === 'link') inl(x.children);
    }
  };
  const item = (l: Extract<PrintBlock, { type: 'list' }>): void => {
    for (const it of l.items) {
      inl(it.children);
      if (it.sublist !== null) item(it.sublist);
    }
  };
  const blk = (b: PrintBlock): void => {
    if (b.type === 'heading' || b.type === 'paragraph' || b.type === 'quote') inl(b.children);
    else if (b.type === 'list') item(b);
    else if (b.type === 'table')
      for (const r of b.rows) for (const c of r.cells) c.children.forEach(blk);
  };
  blk(block);
  return out;
}

/**
 * Where the word limit is passed: the block in which the running count (notes counted at their
 * first reference, when they count) goes over `limit`, with the heading it is under.
 */
function limitPassedAt(
  resolved: Resolved,
  limit: number,
  notesCount: boolean,
): { place: string; where: string } | null {
  const noteWords = new Map(
    resolved.print.notes.map((n) => [n.n, words(inlineText(n.children as PrintInline[]))]),
  );
  const counted = new Set<number>();
  let total = 0;
  let heading: string | null = null;
  let inSection = 0;
  for (const [i, block] of resolved.print.blocks.entries()) {
    if (block.type === 'heading') {
      heading = blockText(block).trim();
      inSection = 0;
    } else inSection += 1;
    total += words(blockText(block));
    if (notesCount) {
      for (const n of noteRefs(block)) {
        if (counted.has(n)) continue;
        counted.add(n);
        total += noteWords.get(n) ?? 0;
      }
    }
    const place = resolved.blockPlaces[i];
    if (total > limit && place !== undefined) {
      const at = `word ${limit + 1}`;
      return {
        place,
        where:
          heading === null
            ? `${at}, paragraph ${inSection} of the opening`
            : `${at}, under "${heading}", paragraph ${inSection}`,
      };
    }
  }
  return null;
}

/** What preflight needs to know of the PDF's fonts (core/print/glyphs' GlyphCoverage). */
export interface GlyphCheck {
  /** The distinct characters of `text` that no embedded font has a glyph for. */
  missing(text: string): number[];
}

/** Most findings one check adds: past this, one more says how many other places there are. */
const MAX_GLYPH_FINDINGS = 10;

/** The places of the printed text that hold characters no font has, with those characters. */
function missingGlyphs(
  resolved: Resolved,
  glyphs: GlyphCheck,
): { place: string | null; where: string; missing: number[] }[] {
  const out: { place: string | null; where: string; missing: number[] }[] = [];
  const check = (text: string, place: string | null, where: string): void => {
    const missing = glyphs.missing(text);
    if (missing.length > 0) out.push({ place, where, missing });
  };
  const { print } = resolved;
  check(print.cover.title, 'title', 'the title');
  if (print.cover.subtitle !== null) check(print.cover.subtitle, 'subtitle', 'the subtitle');
  // The cover's own lines, then "Submitted by…" and the date, which come from elsewhere.
  check(print.cover.lines.join('\n'), null, 'the cover');
  check(print.meta.shortTitle, 'shortTitle', 'the running header');

  const notePlaces = new Map<number, string>();
  let heading: string | null = null;
  let inSection = 0;
  for (const [i, block] of print.blocks.entries()) {
    const place = resolved.blockPlaces[i] ?? null;
    for (const n of noteRefs(block))
      if (place !== null && !notePlaces.has(n)) notePlaces.set(n, place);
    if (block.type === 'heading') {
      heading = blockText(block).trim();
      inSection = 0;
      check(heading, place, `the heading "${heading}"`);
      continue;
    }
    inSection += 1;
    if (block.type === 'signatories') {
      const names = block.organisations.map((o) => `${o.name} ${o.shortName ?? ''}`);
      check([block.heading ?? '', ...names].join('\n'), place, 'the signatory list');
      continue;
    }
    check(
      blockText(block),
      place,
      heading === null
        ? `paragraph ${inSection} of the opening`
        : `under "${heading}", paragraph ${inSection}`,
    );
  }
  for (const note of print.notes)
    check(inlineText(note.children), notePlaces.get(note.n) ?? null, `note ${note.n}`);
  return out;
}

/**
 * Tables with more columns than a landscape page holds at the smallest table text (core/print/
 * tableFit): they print, every cell in, but in columns too narrow to read.
 */
function tooWideTables(
  resolved: Resolved,
): { place: string | null; where: string; columns: number }[] {
  const out: { place: string | null; where: string; columns: number }[] = [];
  let heading: string | null = null;
  let inSection = 0;
  for (const [i, block] of resolved.print.blocks.entries()) {
    if (block.type === 'heading') {
      heading = blockText(block).trim();
      inSection = 0;
      continue;
    }
    inSection += 1;
    if (block.type !== 'table') continue;
    const { columns } = tableGrid(block.rows);
    if (tableFit(columns).legible) continue;
    out.push({
      place: resolved.blockPlaces[i] ?? null,
      where:
        heading === null
          ? `paragraph ${inSection} of the opening`
          : `under "${heading}", paragraph ${inSection}`,
      columns,
    });
  }
  return out;
}

function inCustody(status: string): boolean {
  return status === 'detained_pretrial' || status === 'imprisoned' || status === 'house_arrest';
}

/**
 * Preflight: what stands between a document and its forum. Counts words by the forum's rule,
 * estimates pages, and finds missing sections, stale or contradicted facts, unresolved fields,
 * missing sources, confidential persons, signatories, and formats the forum does not take.
 * Pure and fast: it runs whenever typing pauses. With `glyphs` (the PDF's fonts), it also finds
 * characters the PDF would print as empty boxes, unless the export is to .docx or HTML, which the
 * reader's own fonts show.
 */
export function preflight(
  doc: DocumentData,
  resolved: Resolved,
  library: LibraryView,
  asOf: string,
  format: 'docx' | 'pdf' | 'html' | null = null,
  glyphs: GlyphCheck | null = null,
): PreflightReport {
  const forum: ForumProfile | null =
    doc.forumKey === null ? null : (library.forums.get(doc.forumKey) ?? null);
  const findings: Finding[] = [];
  const add = (f: Finding): void => {
    findings.push(f);
  };

  // Words and pages.
  const bodyWords = resolved.print.blocks.reduce((n, b) => n + words(blockText(b)), 0);
  const noteWords = resolved.print.notes.reduce(
    (n, note) => n + words(inlineText(note.children as PrintInline[])),
    0,
  );
  const notesCount = forum?.settings.wordLimit.notesCount ?? true;
  const counted = bodyWords + (notesCount ? noteWords : 0);
  const limit =
    forum === null
      ? null
      : doc.joint
        ? forum.settings.wordLimit.joint
        : forum.settings.wordLimit.single;
  const pages = Math.max(1, Math.ceil((bodyWords + noteWords + 60) / WORDS_PER_PAGE));
  if (limit !== null && counted > limit) {
    const past = limitPassedAt(resolved, limit, notesCount);
    add({
      severity: 'error',
      code: 'word-limit',
      place: past?.place ?? null,
      where: past?.where ?? 'the whole document',
      message: `${counted} words, over the limit of ${limit} for ${doc.joint ? 'a joint' : 'a single-organisation'} ${forum?.name ?? 'document'} (${notesCount ? 'notes count' : 'notes do not count'}).`,
      fix: `Cut ${counted - limit} words${notesCount ? ', notes included' : ''}, or move material to an annex if the forum allows one.`,
    });
  }
  const pageLimit = forum?.settings.pageLimit ?? null;
  if (pageLimit !== null && pages > pageLimit) {
    const unverified = forum?.settings.unverified.some((u) => /page/i.test(u)) ?? false;
    add({
      severity: unverified ? 'warning' : 'error',
      code: 'page-limit',
      place: null,
      where: 'the whole document',
      message: `About ${pages} pages, over the ${pageLimit}-page limit${unverified ? ' (a limit not confirmed from the primary text)' : ''}.`,
      fix: `Shorten the text by about ${(pages - pageLimit) * WORDS_PER_PAGE} words.`,
    });
  }

  // Required sections.
  const headings = resolved.headings.map((h) => plainFold(h).replace(/^[\divxlc]+[.)]\s*/i, ''));
  for (const section of forum?.settings.requiredSections ?? []) {
    const wanted = plainFold(section);
    if (!headings.some((h) => h.includes(wanted))) {
      add({
        severity: 'error',
        code: 'missing-section',
        place: null,
        where: 'the whole document',
        message: `The ${forum?.name ?? 'forum'} expects a section "${section}"; there is no heading for it.`,
        fix: `Add a heading "${section}" with its content.`,
      });
    }
  }

  // Snippets: changed since inserted, facts changed since reviewed, statuses contradicted.
  for (const e of resolved.embeds) {
    const snippet = library.snippets.get(e.snippetId);
    if (snippet === undefined) continue;
    if (e.mode === 'linked' && snippet.revision > e.revision) {
      add({
        severity: 'warning',
        code: 'snippet-changed',
        place: e.place,
        where: e.where,
        message: `The linked snippet "${snippet.title}" changed since it was inserted (revision ${e.revision} → ${snippet.revision}).`,
        fix: 'Read the new text; accept it (update the link to the new revision) or copy the old one.',
      });
    }
    for (const caseId of snippet.caseIds) {
      const c = library.cases.get(caseId);
      if (c === undefined) continue;
      const updated = c.record.updatedAt.slice(0, 10);
      if (snippet.reviewedAt === null || updated > snippet.reviewedAt) {
        add({
          severity: 'warning',
          code: 'stale-facts',
          place: e.place,
          where: e.where,
          message:
            snippet.reviewedAt === null
              ? `The snippet "${snippet.title}" has never been reviewed against its case "${c.record.title}".`
              : `The case "${c.record.title}" changed on ${formatDate(updated)}, after the snippet "${snippet.title}" was last reviewed (${formatDate(snippet.reviewedAt)}).`,
          fix: 'Check the snippet against the case, then mark it reviewed.',
        });
      }
    }
    for (const [caseId, then] of Object.entries(e.caseStatuses)) {
      const c = library.cases.get(caseId);
      if (c === undefined) continue;
      const now = caseFacts(c.events, asOf).status;
      if (now === then) continue;
      const contradicts = inCustody(now) !== inCustody(then);
      add({
        severity: contradicts ? 'error' : 'warning',
        code: 'status-changed',
        place: e.place,
        where: e.where,
        message: `"${c.record.title}": ${statusLabel(then as CaseStatus)} when the snippet was inserted (${formatDate(e.insertedAt)}), ${statusLabel(now)} as of ${formatDate(asOf)}.`,
        fix: contradicts
          ? 'The text may now say the opposite of the facts: rewrite it, or use live fields for the status.'
          : 'Check that the text still holds.',
      });
    }
  }

  // Fields, sources, snippets, organisations, internal persons.
  for (const p of resolved.problems) {
    add({
      severity: 'error',
      code: p.kind,
      place: p.place,
      where: p.where,
      message: p.message,
      fix:
        p.kind === 'missing-source'
          ? 'Import the source into the library, or remove the citation.'
          : p.kind === 'missing-snippet'
            ? 'Import the snippet, or remove it from the document.'
            : p.kind === 'unresolved-field'
              ? 'Point the field at a case or person of the library, or add the events it needs.'
              : p.kind === 'internal-person'
                ? 'Remove the name, or make the document internal; changing the person to "anonymise in public documents" also works.'
                : 'Import the organisation, or remove it from the signatories.',
    });
  }
  const shown = new Map<string, Resolved['anonymised'][number]>();
  for (const a of resolved.anonymised) if (!shown.has(a.personId)) shown.set(a.personId, a);
  for (const a of shown.values()) {
    const person = library.persons.get(a.personId);
    if (person?.visibility !== 'anonymise') continue;
    add({
      severity: 'info',
      code: 'anonymised',
      place: null,
      where: a.where,
      message: `${person.name} is marked "anonymise in public documents" and appears as "${a.description}".`,
      fix: 'Nothing to do, unless the person agreed to be named: then change their visibility.',
    });
  }

  for (const a of resolved.approximate) {
    add({
      severity: 'warning',
      code: 'approximate-fact',
      place: a.place,
      where: a.where,
      message: `The days deprived of liberty in "${a.title}" rest on a date known only to the month or year, or marked uncertain; the field reads "about N days".`,
      fix: 'Find the exact date and correct the event, or rephrase.',
    });
  }

  // Placeholders a template left.
  const placeholder = [
    ...[
      resolved.print.cover.title,
      resolved.print.cover.subtitle ?? '',
      ...resolved.print.cover.lines,
      ...resolved.print.blocks.map(blockText),
    ]
      .join('\n')
      .matchAll(/\[[^\]\n]{2,80}\]/g),
  ].find((m) => !m[0].endsWith(': unresolved]'));
  if (placeholder !== undefined) {
    add({
      severity: 'warning',
      code: 'placeholder',
      place: null,
      where: 'the whole document',
      message: `Template text is still there, such as "${placeholder[0]}".`,
      fix: 'Replace every bracketed placeholder with the real text, or delete it.',
    });
  }

  for (const part of resolved.nameParts) {
    const person = library.persons.get(part.personId);
    const internal = person?.visibility === 'internal';
    add({
      severity: internal ? 'error' : 'warning',
      code: internal ? 'internal-person' : 'name-part',
      place: null,
      where: part.where,
      message: `"${part.word}", part of the name of a person marked ${internal ? '"internal only"' : '"anonymise in public documents"'}, still appears (a case name or a source title, say).`,
      fix: internal
        ? 'Remove it, or make the document internal.'
        : 'Check that it does not identify them; reword or drop the reference if it does.',
    });
  }

  // Signatories.
  const confirmed = doc.signatories.filter((s) => s.status === 'confirmed').length;
  if (doc.joint && confirmed === 0) {
    add({
      severity: 'error',
      code: 'no-signatories',
      place: null,
      where: 'the signatory list',
      message: 'A joint document with no confirmed signatory.',
      fix: 'Add the co-signing organisations and mark those who confirmed.',
    });
  }
  const pending = doc.signatories.filter((s) => s.status === 'invited').length;
  if (pending > 0) {
    add({
      severity: 'warning',
      code: 'unconfirmed-signatories',
      place: null,
      where: 'the signatory list',
      message: `${pending} invited organisation(s) have not confirmed; only confirmed ones are printed.`,
      fix: 'Chase the confirmations, or remove the organisations.',
    });
  }

  // Characters no embedded font can show.
  if (glyphs !== null && (format === null || format === 'pdf')) {
    const spots = missingGlyphs(resolved, glyphs);
    for (const spot of spots.slice(0, MAX_GLYPH_FINDINGS)) {
      const chars = spot.missing.map(describeCodePoint).join(', ');
      add({
        severity: 'warning',
        code: 'missing-glyph',
        place: spot.place,
        where: spot.where,
        message:
          spot.missing.length === 1
            ? `${chars} has no glyph in the fonts the PDF embeds: it prints as an empty box.`
            : `${spot.missing.length} characters have no glyph in the fonts the PDF embeds and print as empty boxes: ${chars}.`,
        fix: "Replace or remove the character (an emoji with words, say), or send a .docx, which the reader's own fonts show.",
      });
    }
    const more = spots.slice(MAX_GLYPH_FINDINGS);
    if (more.length > 0) {
      const chars = [...new Set(more.flatMap((s) => s.missing))];
      add({
        severity: 'warning',
        code: 'missing-glyph',
        place: null,
        where: `${more.length} more places`,
        message: `Characters with no glyph in the PDF's fonts appear in ${more.length} more places: ${chars.slice(0, 10).map(describeCodePoint).join(', ')}${chars.length > 10 ? '…' : ''}.`,
        fix: "Replace or remove them, or send a .docx, which the reader's own fonts show.",
      });
    }
  }

  // Tables too wide to read even on a landscape page.
  for (const table of tooWideTables(resolved)) {
    const smallest = HOUSE_STYLE.table.smaller.at(-1) ?? HOUSE_STYLE.table.size;
    add({
      severity: 'warning',
      code: 'table-too-wide',
      place: table.place,
      where: table.where,
      message: `A table of ${table.columns} columns: even on a landscape page, in ${smallest} pt text, its columns are narrower than a reader can follow (at most ${maxLegibleColumns()} fit). Every cell prints, but words break inside them.`,
      fix: `Split the table or turn it (rows as columns), to ${maxLegibleColumns()} columns or fewer; or move some columns to a second table or an annex.`,
    });
  }

  // Format.
  const formats = forum?.settings.formats ?? null;
  if (format !== null && formats !== null && !formats.includes(format)) {
    add({
      severity: 'error',
      code: 'format-not-accepted',
      place: null,
      where: 'the export',
      message: `The ${forum?.name ?? 'forum'} accepts ${formats.map((f) => f.toUpperCase()).join(' or ')}, not ${format.toUpperCase()}.`,
      fix: `Export as ${formats.map((f) => f.toUpperCase()).join(' or ')}.`,
    });
  }

  const order = { error: 0, warning: 1, info: 2 } as const;
  findings.sort((a, b) => order[a.severity] - order[b.severity]);
  return {
    asOf,
    words: { counted, body: bodyWords, notes: noteWords, notesCount, limit },
    pages: { estimate: pages, limit: pageLimit },
    findings,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  };
}
