import { nodeFields, walk } from '../../core/document/nodes';
import { citationNote } from '../../core/document/citationNote';
import { fieldText } from '../../core/document/fieldText';
import { resolveDocument } from '../../core/document/resolve';
import type { SerializedLiveFieldNode } from '../../core/document/serialized';
import { preflight } from '../../core/preflight/preflight';
import type { DocumentRecord, RichContent, SerializedNode } from '../../shared/domain';
import type { ResultOf } from '../../shared/api';
import type { Db } from '../../store/sql';
import { assertValidContent } from './documents';
import { loadLibraryView } from './libraryView';
import { glyphsFor } from './publish';

type Preview = ResultOf<'documents.preview'>;

/**
 * What the editor shows of the library (see `documents.preview` in the contract). Field and
 * note texts come from core's `fieldText` and `citationNote`, the functions the exports print
 * with (same as-of day, audience, language, library): a chip says exactly what the export will print,
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
  return {
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
      content: s.content,
    })),
    signatories: doc.signatories
      .filter((s) => s.status === 'confirmed')
      .map((s) => view.organisations.get(s.organisationId)?.name ?? '')
      .filter((n) => n !== ''),
    report,
  };
}
