import type { ResultOf } from '../../../shared/api';
import { useCall } from '../app/api';
import { formatMoment } from '../app/format';
import { DOCUMENT_STATUS_LABELS } from '../documents/DetailsPanel';
import { ErrorNote } from '../ui/ErrorNote';

type Use = ResultOf<'snippets.usedIn'>[number];

/** A document's uses, together: a document may link the snippet and hold a copy of it too. */
function byDocument(uses: readonly Use[]): Use[][] {
  const groups = new Map<string, Use[]>();
  for (const u of uses) groups.set(u.documentId, [...(groups.get(u.documentId) ?? []), u]);
  return [...groups.values()];
}

/**
 * The documents that put this snippet in, linked (they print its text as the library has it
 * now) or copied (they keep their own), each a link to the document.
 */
export function UsedIn({ snippetId, revision }: { snippetId: string; revision: number }) {
  const uses = useCall('snippets.usedIn', { id: snippetId });
  if (uses.error !== null) return <ErrorNote error={uses.error} />;
  if (uses.data === undefined) return <p className="muted">Looking through the documents…</p>;
  if (uses.data.length === 0) {
    return (
      <p className="muted">
        No document uses this snippet yet. To put it in one, open the document and find the snippet
        under Library beside its text.
      </p>
    );
  }
  return (
    <ul className="plain used-in" aria-label="Documents that use this snippet">
      {byDocument(uses.data).map((group) => {
        const [d] = group;
        if (d === undefined) return null;
        return (
          <li key={d.documentId}>
            <a href={`#/documents/${d.documentId}`}>{d.title}</a>
            {group.map((u) => (
              <div key={`${u.mode}-${u.revision}`} className="used-in-mode">
                {u.mode === 'linked' ? `linked · revision ${u.revision}` : 'copied'}
                {u.mode === 'linked' && u.revision < revision && (
                  <span className="used-in-behind">
                    {' '}
                    — prints revision {revision} now, not yet accepted there
                  </span>
                )}
              </div>
            ))}
            <div className="muted">
              {DOCUMENT_STATUS_LABELS[d.status]} · changed {formatMoment(d.updatedAt)}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
