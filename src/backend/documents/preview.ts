import { nodeFields, walk } from '../../core/document/nodes';
import { citationNote } from '../../core/document/citationNote';
import { fieldText } from '../../core/document/fieldText';
import { resolveDocument } from '../../core/document/resolve';
import type { SerializedLiveFieldNode } from '../../core/document/serialized';
import { preflight } from '../../core/preflight/preflight';
import type { DocumentRecord, RichContent, SerializedNode } from '../../shared/domain';
import { randomUUID } from 'node:crypto';
import { MAX_CONTENT_BYTES, type ParsedParams, type ResultOf } from '../../shared/api';
import { DossierError } from '../../shared/errors';
import { getDocument, getDocumentHead } from '../../store/documents/documents';
import { found } from '../found';
import type { Db } from '../../store/sql';
import { assertValidContent } from './documents';
import { loadLibraryView } from './libraryView';
import { glyphsFor } from './publish';

type Preview = ResultOf<'documents.preview'>;
type PreviewChanges = NonNullable<ParsedParams<'documents.preview'>['changes']>;

/**
 * The contents previewed lately, by the base each answer named: a typing pause sends its
 * changes against the latest. A few are kept, for the answers still on their way; a new
 * library (another Db) starts with none.
 */
const BASES_KEPT = 4;
const bases = new WeakMap<Db, Map<string, { documentId: string; content: RichContent }>>();

function keepBase(db: Db, documentId: string, content: RichContent): string {
  let kept = bases.get(db);
  if (kept === undefined) bases.set(db, (kept = new Map()));
  const base = randomUUID();
  kept.set(base, { documentId, content });
  for (const old of kept.keys()) {
    if (kept.size <= BASES_KEPT) break;
    kept.delete(old);
  }
  return base;
}

/**
 * The largest text `changes` may rebuild from their base: as large as a whole text the web
 * door lets in. Without it a few bytes of repeated indexes could name one large block a
 * million times over.
 */
const MAX_REBUILT_BYTES = 2 * MAX_CONTENT_BYTES;
const blockBytes = new WeakMap<object, number>();

/** The size of a block of a base as JSON, worked out once per block. */
function sizeOf(block: SerializedNode): number {
  let size = blockBytes.get(block);
  if (size === undefined) blockBytes.set(block, (size = JSON.stringify(block).length));
  return size;
}

/** Refuses `changes` that name blocks of the base again and again into too large a text. */
function assertRebuiltSize(blocks: PreviewChanges['blocks'], before: readonly SerializedNode[]) {
  let total = 0;
  for (const [i, block] of blocks.entries()) {
    if (typeof block !== 'number') continue;
    total += sizeOf(before[block]!);
    if (total > MAX_REBUILT_BYTES)
      throw new DossierError(
        'invalid_input',
        `changes.blocks make a text larger than ${MAX_REBUILT_BYTES / 1_048_576} MB out of the base's blocks by block ${i} (a block named again and again?): send the whole text (content) instead.`,
        `changes.blocks.${i}`,
      );
  }
}

/** The content that `changes` make of their base, and which of its blocks are new. */
function changed(
  db: Db,
  documentId: string,
  changes: PreviewChanges,
): { content: RichContent; fresh: Set<number> } {
  const base = bases.get(db)?.get(changes.base);
  if (base === undefined || base.documentId !== documentId)
    throw new DossierError(
      'conflict',
      'The text this preview was asked against is no longer held: ask again with the whole text (content).',
      'changes.base',
    );
  const before = base.content.root.children;
  const fresh = new Set<number>();
  // A base block named twice is fine (empty paragraphs alike); the size is checked then.
  const named = new Uint8Array(before.length);
  let again = false;
  const children = changes.blocks.map((block, i) => {
    if (typeof block !== 'number') {
      fresh.add(i);
      return block;
    }
    const kept = before[block];
    if (kept === undefined)
      throw new DossierError(
        'invalid_input',
        `changes.blocks[${i}] names block ${block} of the base, which has ${before.length}.`,
        `changes.blocks.${i}`,
      );
    if (named[block] === 1) again = true;
    named[block] = 1;
    return kept;
  });
  if (again) assertRebuiltSize(changes.blocks, before);
  return { content: { root: { ...changes.root, type: 'root', children } }, fresh };
}

/**
 * What the editor shows of the library (see `documents.preview` in the contract). Field and
 * note texts come from core's `fieldText` and `citationNote`, the functions the exports print
 * with (same as-of day, audience, language, library): a chip says exactly what the export will print,
 * anonymisation included.
 */
export function previewDocument(
  db: Db,
  id: string,
  day: string | undefined,
  edited: { content?: RichContent; changes?: PreviewChanges; known?: Record<string, number> },
  today: () => string,
): Preview {
  let doc: DocumentRecord;
  let base: string | null = null;
  if (edited.content === undefined && edited.changes === undefined) {
    doc = found(getDocument(db, id), 'document', id);
  } else {
    const head = found(getDocumentHead(db, id), 'document', id);
    const { content, fresh } =
      edited.changes === undefined
        ? { content: edited.content as RichContent, fresh: undefined }
        : changed(db, id, edited.changes);
    assertValidContent({ content }, 'document', fresh);
    doc = { ...head, content };
    base = keepBase(db, id, content);
  }
  day ??= doc.asOf ?? today();
  const view = loadLibraryView(db, doc);
  const resolved = resolveDocument(doc, view, day);
  const report = preflight(doc, resolved, view, day, null, glyphsFor(null));

  const fields = new Map<string, SerializedNode>();
  const citations = new Map<string, { sourceId: string; pinpoint: string | null }>();
  const scan = (c: RichContent): void => {
    for (const { node } of walk(c)) {
      if (node.type === 'live-field') {
        const f = nodeFields('live-field', node);
        const key = `${f.field}|${f.caseId ?? ''}|${f.personId ?? ''}`;
        fields.set(key, {
          type: 'live-field',
          version: 1,
          field: f.field,
          caseId: f.caseId,
          personId: f.personId,
        });
      } else if (node.type === 'citation') {
        const c2 = nodeFields('citation', node);
        citations.set(`${c2.sourceId}|${c2.pinpoint ?? ''}`, c2);
      }
    }
  };
  scan(doc.content);
  for (const s of view.snippets.values()) scan(s.content);

  const context = { asOf: day, library: view, audience: doc.audience, language: doc.language };
  const known = edited.known ?? {};
  return {
    base,
    asOf: day,
    fields: [...fields.values()].map((f) => {
      const node = {
        field: f.field as SerializedLiveFieldNode['field'],
        caseId: (f.caseId as string | null) ?? null,
        personId: (f.personId as string | null) ?? null,
      };
      const printed = fieldText(node, context);
      return { ...node, text: printed.text, resolved: printed.resolved };
    }),
    notes: [...citations.values()].map((c) => ({
      ...c,
      text: citationNote(c, view.sources, doc.language).text,
    })),
    snippets: [...view.snippets.values()].map((s) => ({
      id: s.id,
      title: s.title,
      revision: s.revision,
      updatedAt: s.updatedAt,
      ...(known[s.id] === s.revision ? {} : { content: s.content }),
    })),
    signatories: doc.signatories
      .filter((s) => s.status === 'confirmed')
      .map((s) => view.organisations.get(s.organisationId)?.name ?? '')
      .filter((n) => n !== ''),
    report,
  };
}
