import { nodeFields, walk } from '../../core/document/nodes';
import { blockText, inlineText, resolveDocument, sourceNote } from '../../core/document/resolve';
import { preflight } from '../../core/preflight/preflight';
import type { DocumentRecord, RichContent, SerializedNode } from '../../shared/domain';
import type { ResultOf } from '../../shared/api';
import type { Db } from '../../store/sql';
import { assertValidContent } from './documents';
import { loadLibraryView } from './libraryView';

type Preview = ResultOf<'documents.preview'>;

/** Between the fields of the probe paragraph: a character no field prints. */
const SEPARATOR = '\u241e';

/**
 * What the editor shows of the library (see `documents.preview` in the contract). Field texts
 * come from the printing itself: the fields are resolved in a probe document like the real one
 * (same as-of day, audience, library), so a chip says exactly what the export will print,
 * anonymisation included.
 */
export function previewDocument(
  db: Db,
  stored: DocumentRecord,
  day: string,
  content: RichContent | undefined,
): Preview {
  if (content !== undefined) assertValidContent({ content }, 'document');
  const doc = content === undefined ? stored : { ...stored, content };
  const view = loadLibraryView(db, doc);
  const resolved = resolveDocument(doc, view, day);
  const report = preflight(doc, resolved, view, day, null);

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

  const probeFields = [...fields.values()];
  const probe = {
    ...doc,
    content: {
      root: {
        type: 'root' as const,
        children: [
          {
            type: 'paragraph',
            children: probeFields.flatMap((f, i) => [
              ...(i > 0 ? [{ type: 'text', text: SEPARATOR }] : []),
              f,
            ]),
          },
        ],
      },
    },
  };
  const printed =
    probeFields.length === 0
      ? []
      : (() => {
          const block = resolveDocument(probe, view, day).print.blocks[0];
          return block === undefined ? [] : blockText(block).split(SEPARATOR);
        })();

  return {
    asOf: day,
    fields: probeFields.map((f, i) => {
      const text = printed[i] ?? '';
      return {
        field: String(f.field),
        caseId: (f.caseId as string | null) ?? null,
        personId: (f.personId as string | null) ?? null,
        text,
        resolved: !text.endsWith(': unresolved]'),
      };
    }),
    notes: [...citations.values()].map((c) => {
      const source = view.sources.get(c.sourceId);
      return {
        ...c,
        text:
          source === undefined ? '[source missing]' : inlineText(sourceNote(source, c.pinpoint)),
      };
    }),
    snippets: [...view.snippets.values()].map((s) => ({
      id: s.id,
      title: s.title,
      revision: s.revision,
      updatedAt: s.updatedAt,
      content: s.content,
    })),
    signatories: doc.signatories
      .filter((s) => s.status === 'confirmed')
      .map((s) => view.organisations.get(s.organisationId)?.name ?? '')
      .filter((n) => n !== ''),
    report,
  };
}
