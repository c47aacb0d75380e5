import { useQueryClient } from '@tanstack/react-query';
import { Download, FolderOpen, History, Lock, Upload } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Form } from 'react-aria-components';
import { useSearch } from 'wouter';
import { MIN_PASSPHRASE_LENGTH, type ImportReport } from '../../../shared/api';
import type { Saved } from '../../../shared/client';
import { call, CallError, useCall, useSave } from '../app/api';
import { useCommands } from '../app/commands';
import { getFileDoor } from '../app/door/client';
import { formatMoment, formatTime, plural } from '../app/format';
import { NewPassphraseFields } from '../app/Gates';
import { navigate } from '../app/location';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { ErrorNote } from '../ui/ErrorNote';
import { TextField } from '../ui/Field';
import { Notice, Page, Section } from '../ui/Page';
import { SelectField } from '../ui/SelectField';

const REASONS: Record<string, string> = {
  scheduled: 'hourly',
  manual: 'made by you',
  'before-import': 'before an import',
  'before-restore': 'before a restore',
  'before-migration': 'before an update',
};

function kb(bytes: number): string {
  return bytes > 1_048_576
    ? `${(bytes / 1_048_576).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

function ReportTable({ report }: { report: ImportReport }) {
  const rows = Object.entries(report).filter(([, t]) => t.created + t.updated + t.unchanged > 0);
  if (rows.length === 0) return <p>The file held nothing to import.</p>;
  return (
    <table className="report">
      <caption className="visually-hidden">What the import did</caption>
      <thead>
        <tr>
          <th scope="col">Records</th>
          <th scope="col">New</th>
          <th scope="col">Updated</th>
          <th scope="col">Unchanged</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([k, t]) => (
          <tr key={k}>
            <th scope="row">{k}</th>
            <td>{t.created}</td>
            <td>{t.updated}</td>
            <td>{t.unchanged}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type Outcome =
  | { kind: 'import'; file: string; report: ImportReport }
  | { kind: 'document'; title: string; outcome: string; id: string }
  | { kind: 'saved'; saved: Saved }
  | { kind: 'backup'; createdAt: string };

/** Backups, import and export, encryption and auto-lock: the library's care in one place. */
export function SettingsPage() {
  const client = useQueryClient();
  const door = getFileDoor();
  const info = useCall('library.info', {});
  const backups = useCall('backups.list', {});
  const settings = useCall('settings.get', {});
  const updateSettings = useSave('settings.update');
  const restore = useSave('backups.restore');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const [restoring, setRestoring] = useState<{ name: string; createdAt: string } | null>(null);
  const [passDialog, setPassDialog] = useState<'change' | 'encrypt' | null>(null);
  const { run } = useCommands();

  const act = async (what: () => Promise<Outcome | null>): Promise<void> => {
    setError(null);
    setOutcome(null);
    try {
      const r = await what();
      if (r !== null) setOutcome(r);
      void client.invalidateQueries();
    } catch (e) {
      setError(
        e instanceof CallError ? e : new CallError({ code: 'internal', message: String(e) }),
      );
    }
  };
  const unwrap = <T,>(
    r: { ok: true; value: T } | { ok: false; error: CallError['info'] } | null,
  ): T | null => {
    if (r === null) return null;
    if (!r.ok) throw new CallError(r.error);
    return r.value;
  };

  const importLibrary = (): Promise<void> =>
    act(async () => {
      const r = unwrap(await door.open({ method: 'library.import', params: {} }));
      return r === null ? null : { kind: 'import', file: 'the exchange file', report: r };
    });
  const importDocument = (): Promise<void> =>
    act(async () => {
      const r = unwrap(await door.open({ method: 'documents.import', params: {} }));
      return r === null
        ? null
        : { kind: 'document', title: r.document.title, outcome: r.outcome, id: r.document.id };
    });
  const exportLibrary = (): Promise<void> =>
    act(async () => {
      const r = unwrap(
        await door.save({
          method: 'library.export',
          params: {},
          suggestedName: 'dossier-library.json',
        }),
      );
      return r === null ? null : { kind: 'saved', saved: r };
    });
  const backupNow = (): Promise<void> =>
    act(async () => {
      const b = await call('library.backupNow', {});
      return { kind: 'backup', createdAt: b.createdAt };
    });

  // The File menu's commands land here: run them once.
  const search = new URLSearchParams(useSearch());
  const todo = search.get('do');
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (todo === null || done.current === todo) return;
    done.current = todo;
    navigate('/settings', { replace: true });
    if (todo === 'import') void importLibrary();
    else if (todo === 'export') void exportLibrary();
    else if (todo === 'backup') void backupNow();
  }, [todo]);

  const lib = info.data;
  return (
    <Page title="Backups & settings">
      <ErrorNote error={error} />
      {outcome?.kind === 'import' && (
        <Notice tone="ok" role="status">
          <strong>Imported {outcome.file}.</strong> A backup of the library as it was is kept first.
          <ReportTable report={outcome.report} />
        </Notice>
      )}
      {outcome?.kind === 'document' && (
        <Notice tone="ok" role="status">
          <strong>
            {outcome.outcome === 'unchanged'
              ? 'Already in the library: '
              : outcome.outcome === 'updated'
                ? 'Updated: '
                : 'Imported: '}
          </strong>
          <a href={`#/documents/${outcome.id}`}>{outcome.title}</a>
        </Notice>
      )}
      {outcome?.kind === 'saved' && (
        <Notice tone="ok" role="status">
          Saved <strong>{outcome.saved.fileName}</strong> ({kb(outcome.saved.bytes)}).{' '}
          {outcome.saved.path !== null && (
            <Button
              size="small"
              icon={<FolderOpen aria-hidden="true" />}
              onPress={() => void door.showInFolder(outcome.saved.path ?? '')}
            >
              Show in folder
            </Button>
          )}
        </Notice>
      )}
      {outcome?.kind === 'backup' && (
        <Notice tone="ok" role="status">
          Backed up at {formatTime(outcome.createdAt)}. It is kept for a month, in the backups
          below.
        </Notice>
      )}

      <Section
        title="Backups"
        actions={
          <Button icon={<History aria-hidden="true" />} onPress={() => void backupNow()}>
            Back up now
          </Button>
        }
      >
        <p className="muted">
          Dossier keeps a copy every hour while you work, the newest of each day for a month, and
          one before every import and restore{lib?.encrypted ? ', encrypted like the library' : ''}.
        </p>
        {(backups.data ?? []).length === 0 ? (
          <p>No backups yet: one is made within the hour after the library changes.</p>
        ) : (
          <table className="report backups">
            <caption className="visually-hidden">Backups, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Made</th>
                <th scope="col">Why</th>
                <th scope="col">Size</th>
                <th scope="col">
                  <span className="visually-hidden">Restore</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.data?.map((b) => (
                <tr key={b.name}>
                  <td>{formatMoment(b.createdAt)}</td>
                  <td>{REASONS[b.reason] ?? b.reason}</td>
                  <td>{kb(b.bytes)}</td>
                  <td>
                    <Button
                      size="small"
                      aria-label={`Restore the backup of ${formatMoment(b.createdAt)}`}
                      onPress={() => setRestoring({ name: b.name, createdAt: b.createdAt })}
                    >
                      Restore…
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section title="Import and export">
        <div className="button-row">
          <Button icon={<Upload aria-hidden="true" />} onPress={() => void importLibrary()}>
            Import an exchange file…
          </Button>
          <Button icon={<Upload aria-hidden="true" />} onPress={() => void importDocument()}>
            Import a document file…
          </Button>
          <Button icon={<Download aria-hidden="true" />} onPress={() => void exportLibrary()}>
            Export the library…
          </Button>
        </div>
        <p className="muted">
          An exchange file (.json) carries persons, cases, events, sources and snippets between
          libraries; a document file (.dossier.json) carries one document with what it cites.
          Imports are all or nothing. An exported file is not encrypted: keep it somewhere safe.
        </p>
      </Section>

      <Section title="Encryption and locking">
        {lib?.encrypted ? (
          <>
            <p>
              <Lock size={14} aria-hidden="true" /> This library is encrypted with a passphrase
              (AEGIS-256). Locked, it shows nothing until the passphrase is given again.
            </p>
            <div className="button-row">
              <Button icon={<Lock aria-hidden="true" />} onPress={() => run('library.lock')}>
                Lock now
              </Button>
              <Button onPress={() => setPassDialog('change')}>Change passphrase…</Button>
            </div>
            <SelectField
              label="Lock automatically after"
              width="medium"
              value={String(settings.data?.autoLockMinutes ?? 'never')}
              onChange={(v) =>
                updateSettings.mutate({
                  settings: { autoLockMinutes: v === 'never' ? null : Number(v) },
                })
              }
              options={[
                { value: 'never', label: 'Never' },
                ...[1, 5, 10, 15, 30, 60].map((m) => ({
                  value: String(m),
                  label: `${plural(m, 'minute')} without use`,
                })),
              ]}
            />
          </>
        ) : (
          <>
            <Notice tone="warn">
              This library is not encrypted: anyone with the laptop can read it. Encrypt it before
              you travel.
            </Notice>
            <Button onPress={() => setPassDialog('encrypt')}>Encrypt the library…</Button>
          </>
        )}
      </Section>

      {lib !== undefined && (
        <Section title="Library file">
          <dl className="facts">
            <dt>File</dt>
            <dd className="path">{lib.path}</dd>
            <dt>Version</dt>
            <dd>{lib.version}</dd>
            <dt>Holds</dt>
            <dd>
              {plural(lib.counts.persons, 'person')}, {plural(lib.counts.cases, 'case')},{' '}
              {plural(lib.counts.events, 'event')}, {plural(lib.counts.sources, 'source')},{' '}
              {plural(lib.counts.snippets, 'snippet')}, {plural(lib.counts.documents, 'document')}
            </dd>
          </dl>
        </Section>
      )}

      <Dialog
        title="Restore this backup?"
        role="alertdialog"
        isOpen={restoring !== null}
        onClose={() => setRestoring(null)}
        footer={
          <>
            <Button onPress={() => setRestoring(null)} autoFocus>
              Cancel
            </Button>
            <Button
              variant="danger"
              isDisabled={restore.isPending}
              onPress={() =>
                restoring &&
                restore.mutate(
                  { name: restoring.name },
                  {
                    onSuccess: () => {
                      setRestoring(null);
                      client.clear();
                      void client.invalidateQueries();
                      setOutcome({ kind: 'backup', createdAt: new Date().toISOString() });
                    },
                  },
                )
              }
            >
              Restore
            </Button>
          </>
        }
      >
        <p>
          The library goes back to how it was on{' '}
          <strong>{restoring ? formatMoment(restoring.createdAt) : ''}</strong>. The library as it
          is now is kept as a backup first, so this can be undone.
        </p>
        <ErrorNote error={restore.error} />
      </Dialog>
      <PassphraseDialog mode={passDialog} onClose={() => setPassDialog(null)} />
    </Page>
  );
}

function PassphraseDialog({
  mode,
  onClose,
}: {
  mode: 'change' | 'encrypt' | null;
  onClose: () => void;
}) {
  const client = useQueryClient();
  const [current, setCurrent] = useState('');
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<CallError | null>(null);
  const [busy, setBusy] = useState(false);
  const close = (): void => {
    setCurrent('');
    setPass('');
    setAgain('');
    setTried(false);
    setError(null);
    onClose();
  };
  const submit = async (): Promise<void> => {
    setTried(true);
    if ([...pass].length < MIN_PASSPHRASE_LENGTH || pass !== again) return;
    setBusy(true);
    try {
      if (mode === 'change')
        await call('library.changePassphrase', { passphrase: current, newPassphrase: pass });
      else await call('library.encrypt', { passphrase: pass });
      client.clear();
      void client.invalidateQueries();
      close();
    } catch (e) {
      setError(e instanceof CallError ? e : null);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={mode === 'change' ? 'Change the passphrase' : 'Encrypt the library'}
      isOpen={mode !== null}
      onClose={close}
      isDismissable={!busy}
      footer={
        <>
          <Button onPress={close} isDisabled={busy}>
            Cancel
          </Button>
          <Button variant="primary" onPress={() => void submit()} isDisabled={busy}>
            {busy ? 'Working…' : mode === 'change' ? 'Change passphrase' : 'Encrypt'}
          </Button>
        </>
      }
    >
      <Form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {mode === 'change' && (
          <TextField
            label="Current passphrase"
            type="password"
            value={current}
            onChange={setCurrent}
            autoFocus
            error={error?.code === 'wrong_passphrase' ? error.message : null}
          />
        )}
        <NewPassphraseFields
          value={pass}
          again={again}
          onChange={setPass}
          onAgain={setAgain}
          showErrors={tried}
        />
        {mode === 'encrypt' && (
          <Notice tone="warn">
            The library and its backups are encrypted; the unencrypted file is overwritten. Without
            the passphrase nobody can open the library again, not even you.
          </Notice>
        )}
        {error !== null && error.code !== 'wrong_passphrase' && <ErrorNote error={error} />}
      </Form>
    </Dialog>
  );
}
