import { useEffect, useState } from 'react';
import { plainText } from '../../../core/document/content';
import type { DocumentRevision, RichContent } from '../../../shared/domain';
import { call, CallError, useCall } from '../app/api';
import { formatMoment } from '../app/format';
import { WordDiff } from '../snippets/WordDiff';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { ErrorNote } from '../ui/ErrorNote';

/**
 * The document's kept revisions, newest first: each compared word by word with the text now,
 * and restored (the current text is kept as a revision first, so nothing is lost).
 */
export function RevisionsPanel({
  documentId,
  current,
  revision,
  onRestore,
}: {
  documentId: string;
  /** The text as it is in the editor now. */
  current: () => RichContent;
  /** The revision the document is at (the list is asked again when it changes). */
  revision: number;
  onRestore: (kept: DocumentRevision) => Promise<void>;
}) {
  const list = useCall('documents.revisions', { id: documentId });
  const { refetch } = list;
  useEffect(() => void refetch(), [revision, refetch]);
  const [compared, setCompared] = useState<DocumentRevision | null>(null);
  const [restoring, setRestoring] = useState<DocumentRevision | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const [busy, setBusy] = useState(false);
  const open = async (n: number, then: (r: DocumentRevision) => void): Promise<void> => {
    try {
      then(await call('documents.revision', { id: documentId, revision: n }));
    } catch (e) {
      setError(
        e instanceof CallError ? e : new CallError({ code: 'internal', message: String(e) }),
      );
    }
  };
  const rows = [...(list.data ?? [])].reverse();
  return (
    <section aria-label="Revisions" className="doc-revisions">
      <ErrorNote error={list.error ?? error} />
      <p className="muted">
        A revision is kept at each Save, and every ten minutes while you type.
      </p>
      <ul className="doc-revision-list">
        {rows.map((r) => (
          <li key={r.revision}>
            <div>
              <strong>Revision {r.revision}</strong>
              {r.revision === revision && <span className="muted"> · the text now</span>}
            </div>
            <div className="muted">{formatMoment(r.savedAt)}</div>
            {r.revision !== revision && (
              <div className="doc-revision-actions">
                <Button
                  size="small"
                  aria-label={`Compare revision ${r.revision} with the text now`}
                  onPress={() => void open(r.revision, setCompared)}
                >
                  Compare
                </Button>
                <Button
                  size="small"
                  aria-label={`Restore revision ${r.revision}`}
                  onPress={() => void open(r.revision, setRestoring)}
                >
                  Restore
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <Dialog
        title={compared === null ? '' : `Revision ${compared.revision} and the text now`}
        isOpen={compared !== null}
        onClose={() => setCompared(null)}
        width="wide"
        footer={<Button onPress={() => setCompared(null)}>Close</Button>}
      >
        {compared !== null && (
          <>
            <p className="muted">
              Struck through: words of revision {compared.revision} (
              {formatMoment(compared.savedAt)}) that are gone now. Marked: words added since.
            </p>
            <div className="doc-diff">
              <WordDiff before={plainText(compared.content)} after={plainText(current())} />
            </div>
          </>
        )}
      </Dialog>
      <Dialog
        role="alertdialog"
        title={restoring === null ? '' : `Restore revision ${restoring.revision}?`}
        isOpen={restoring !== null}
        onClose={() => setRestoring(null)}
        isDismissable={!busy}
        footer={
          <>
            <Button onPress={() => setRestoring(null)} isDisabled={busy}>
              Cancel
            </Button>
            <Button
              variant="primary"
              isDisabled={busy}
              onPress={() => {
                if (restoring === null) return;
                setBusy(true);
                void onRestore(restoring).finally(() => {
                  setBusy(false);
                  setRestoring(null);
                });
              }}
            >
              Restore revision {restoring?.revision}
            </Button>
          </>
        }
      >
        {restoring !== null && (
          <p>
            The text goes back to revision {restoring.revision} of {formatMoment(restoring.savedAt)}
            , saved as a new revision. The text as it is now stays in the list of revisions, so you
            can come back to it.
          </p>
        )}
      </Dialog>
    </section>
  );
}
