import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { Params } from '../../../shared/api';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { ErrorNote } from '../ui/ErrorNote';
import { Notice } from '../ui/Page';
import { call, CallError, useCall } from './api';
import { navigate } from './location';
import { useQueryClient } from '@tanstack/react-query';

type Kind = Params<'records.dependents'>['kind'];

const METHOD = {
  person: 'persons.delete',
  case: 'cases.delete',
  event: 'events.delete',
  source: 'sources.delete',
  organisation: 'organisations.delete',
  snippet: 'snippets.delete',
} as const;

const NOUN: Record<Kind, string> = {
  person: 'person',
  case: 'case',
  event: 'event',
  source: 'source',
  organisation: 'organisation',
  snippet: 'snippet',
};

const PATH = { case: 'cases', snippet: 'snippets', document: 'documents' } as const;

function Dependents({
  kind,
  id,
  onDone,
  title,
  after,
}: {
  kind: Kind;
  id: string;
  title: string;
  onDone: () => void;
  after: string;
}) {
  const client = useQueryClient();
  const deps = useCall('records.dependents', { kind, id }, { staleTime: 0 });
  const [error, setError] = useState<CallError | null>(null);
  const [busy, setBusy] = useState(false);
  const remove = async (detach: boolean): Promise<void> => {
    setBusy(true);
    try {
      if (kind === 'source') await call('sources.delete', { id, detach });
      else await call(METHOD[kind], { id });
      onDone();
      navigate(after, { replace: true });
      client.removeQueries();
      void client.invalidateQueries();
    } catch (e) {
      setError(e instanceof CallError ? e : null);
    } finally {
      setBusy(false);
    }
  };
  const list = deps.data?.dependents ?? [];
  const blocks = deps.data?.blocks ?? false;
  const detachable = kind === 'source' && blocks;
  return (
    <>
      <div>
        {deps.isPending ? (
          <p>Looking for what depends on it…</p>
        ) : list.length === 0 ? (
          <p>
            Nothing else in the library refers to “{title}”. Deleting it cannot be undone (the
            rolling backups keep it for a month).
          </p>
        ) : (
          <>
            <Notice tone={blocks ? 'warn' : 'info'}>
              {blocks
                ? kind === 'source'
                  ? `Events cite this source. Deleting it takes it off them.`
                  : `“${title}” cannot be deleted while these depend on it.`
                : `Deleting “${title}” affects:`}
            </Notice>
            <ul className="dependents">
              {list.map((d) => (
                <li key={`${d.kind}:${d.id}`}>
                  {d.kind === 'event' ? (
                    d.title
                  ) : (
                    <a href={`#/${PATH[d.kind]}/${d.id}`}>{d.title}</a>
                  )}
                  <span className="muted"> — {d.effect}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        <ErrorNote error={error} />
      </div>
      <div className="dialog-footer">
        <Button onPress={onDone} autoFocus>
          Keep it
        </Button>
        {detachable ? (
          <Button variant="danger" onPress={() => void remove(true)} isDisabled={busy}>
            Take it off those events and delete
          </Button>
        ) : (
          <Button
            variant="danger"
            onPress={() => void remove(false)}
            isDisabled={busy || blocks || deps.isPending}
          >
            Delete {NOUN[kind]}
          </Button>
        )}
      </div>
    </>
  );
}

/** Delete, after saying what depends on the record and asking. */
export function DeleteRecord({
  kind,
  id,
  title,
  after,
}: {
  kind: Kind;
  id: string;
  title: string;
  after: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="danger" icon={<Trash2 aria-hidden="true" />} onPress={() => setOpen(true)}>
        Delete
      </Button>
      <Dialog
        title={`Delete ${NOUN[kind]} “${title}”?`}
        role="alertdialog"
        isOpen={open}
        onClose={() => setOpen(false)}
      >
        {open && (
          <Dependents
            kind={kind}
            id={id}
            title={title}
            onDone={() => setOpen(false)}
            after={after}
          />
        )}
      </Dialog>
    </>
  );
}
