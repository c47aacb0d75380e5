import { useQueryClient } from '@tanstack/react-query';
import { Archive, KeyRound, ShieldAlert } from 'lucide-react';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/api';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { ErrorNote } from '../ui/ErrorNote';
import { TextField } from '../ui/Field';
import { Notice } from '../ui/Page';
import { call, CallError, useCall, useSave } from './api';
import { getFileDoor } from './door/client';
import { formatTime } from './format';
import './Gates.css';

function Gate({
  icon,
  title,
  children,
}: {
  icon: React.ReactNode;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <main className="gate">
      <div className="gate-panel">
        <div className="gate-icon" aria-hidden="true">
          {icon}
        </div>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}

/** A new passphrase, typed twice, with what is wrong with it said at the field. */
export function NewPassphraseFields({
  value,
  again,
  onChange,
  onAgain,
  showErrors,
}: {
  value: string;
  again: string;
  onChange: (v: string) => void;
  onAgain: (v: string) => void;
  showErrors: boolean;
}) {
  const short = [...value].length < MIN_PASSPHRASE_LENGTH;
  return (
    <>
      <TextField
        label="Passphrase"
        type="password"
        value={value}
        onChange={onChange}
        autoFocus
        description="A few words are easier to remember and harder to guess. There is no way to recover a lost passphrase."
        error={showErrors && short ? `At least ${MIN_PASSPHRASE_LENGTH} characters.` : null}
      />
      <TextField
        label="The same passphrase again"
        type="password"
        value={again}
        onChange={onAgain}
        error={showErrors && value !== again ? 'The two passphrases differ.' : null}
      />
    </>
  );
}

/** First start: no library yet. */
export function Welcome() {
  const client = useQueryClient();
  const init = useSave('library.init');
  const [encrypting, setEncrypting] = useState(false);
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [tried, setTried] = useState(false);
  const door = getFileDoor();

  const start = (params: Parameters<typeof init.mutate>[0]): void =>
    init.mutate(params, { onSuccess: () => void client.invalidateQueries() });
  const encrypted = (): void => {
    setTried(true);
    if ([...pass].length < MIN_PASSPHRASE_LENGTH || pass !== again) return;
    start({ demo: false, encrypted: true, passphrase: pass });
  };

  return (
    <Gate icon={<Archive size={28} />} title="Welcome to Dossier">
      <p>
        Dossier keeps your case library — people, their cases and what happened to them, with
        sources — and the statements and submissions you write from it. There is no library on this
        computer yet.
      </p>
      <div className="gate-actions">
        <Button variant="primary" onPress={() => start({ demo: true })} isDisabled={init.isPending}>
          Open the demo library
        </Button>
        <p className="gate-hint">
          Seven real cases from Azerbaijan, with snippets and documents, to try things out.
        </p>
        <Button onPress={() => start({ demo: false })} isDisabled={init.isPending}>
          Start an empty library
        </Button>
        <Button onPress={() => setEncrypting(true)} isDisabled={init.isPending}>
          Start an encrypted library
        </Button>
        <p className="gate-hint">
          Protected by a passphrase: a lost or seized laptop gives nothing away.
        </p>
        {door.openLibrary !== undefined ? (
          <Button onPress={() => void door.openLibrary?.()}>Open a library file…</Button>
        ) : (
          <p className="gate-hint">
            To open a library file you already have, start Dossier with it:{' '}
            <code>npm run web -- --library FILE</code>.
          </p>
        )}
      </div>
      <ErrorNote error={init.error} />
      <Dialog
        title="Start an encrypted library"
        isOpen={encrypting}
        onClose={() => setEncrypting(false)}
        footer={
          <>
            <Button onPress={() => setEncrypting(false)}>Cancel</Button>
            <Button variant="primary" onPress={encrypted} isDisabled={init.isPending}>
              Create encrypted library
            </Button>
          </>
        }
      >
        <Form
          onSubmit={(e) => {
            e.preventDefault();
            encrypted();
          }}
        >
          <NewPassphraseFields
            value={pass}
            again={again}
            onChange={setPass}
            onAgain={setAgain}
            showErrors={tried}
          />
          <Notice tone="warn">
            Keep the passphrase in a password manager or written down somewhere safe. Without it
            nobody can open this library, not even you.
          </Notice>
        </Form>
      </Dialog>
    </Gate>
  );
}

/** A locked encrypted library: nothing of it is on the page until the passphrase is given. */
export function Unlock() {
  const client = useQueryClient();
  const [pass, setPass] = useState('');
  const [error, setError] = useState<CallError | null>(null);
  const [busy, setBusy] = useState(false);
  const unlock = (): void => {
    if (pass === '') return;
    setBusy(true);
    call('library.unlock', { passphrase: pass })
      .then(() => {
        setPass('');
        void client.invalidateQueries();
      })
      .catch((e: unknown) => setError(e instanceof CallError ? e : null))
      .finally(() => setBusy(false));
  };
  return (
    <Gate icon={<KeyRound size={28} />} title="The library is locked">
      <p>Give the passphrase to open it.</p>
      <Form
        onSubmit={(e) => {
          e.preventDefault();
          unlock();
        }}
      >
        <TextField
          label="Passphrase"
          type="password"
          value={pass}
          onChange={(v) => {
            setPass(v);
            setError(null);
          }}
          autoFocus
          error={error?.code === 'wrong_passphrase' ? error.message : null}
        />
        <Button variant="primary" type="submit" isDisabled={busy || pass === ''}>
          {busy ? 'Unlocking…' : 'Unlock'}
        </Button>
      </Form>
      {error !== null && error.code !== 'wrong_passphrase' && <ErrorNote error={error} />}
    </Gate>
  );
}

/** The library cannot be opened (damaged, from a newer Dossier…): what happened, and its backups. */
export function LibraryProblem({ error }: { error: CallError }) {
  const client = useQueryClient();
  const backups = useCall('backups.list', {});
  const restore = useSave('backups.restore');
  return (
    <Gate icon={<ShieldAlert size={28} />} title="The library cannot be opened">
      <ErrorNote error={error} />
      {(backups.data?.length ?? 0) > 0 && (
        <>
          <h2>Restore a backup</h2>
          <p>
            The library as it is now is kept beside the backups, whole, before anything is replaced.
          </p>
          <ul className="plain gate-backups">
            {backups.data?.slice(0, 8).map((b) => (
              <li key={b.name}>
                <span>
                  {formatTime(b.createdAt)}{' '}
                  <span className="muted">({b.reason.replace(/-/g, ' ')})</span>
                </span>
                <Button
                  size="small"
                  onPress={() =>
                    restore.mutate(
                      { name: b.name },
                      { onSuccess: () => void client.invalidateQueries() },
                    )
                  }
                  isDisabled={restore.isPending}
                >
                  Restore this one
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      <ErrorNote error={restore.error} />
    </Gate>
  );
}
