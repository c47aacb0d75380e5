import type { ReactNode } from 'react';
import { useLocation } from 'wouter';
import type { ErrorInfo } from '../../../shared/errors';
import { CallError } from '../app/api';
import { Button } from './Button';
import { Notice } from './Page';

/** The action the app offers for an error's next step (the CLI names a command instead). */
function NextStepAction({ info }: { info: ErrorInfo }) {
  const [, navigate] = useLocation();
  const next = info.next;
  if (next === undefined) return null;
  switch (next.do) {
    case 'restore-backup':
    case 'list-backups':
      return (
        <Button size="small" onPress={() => navigate('/settings')}>
          Go to backups
        </Button>
      );
    case 'list-templates':
      return (
        <Button size="small" onPress={() => navigate('/forums')}>
          See the templates
        </Button>
      );
    case 'encrypt-library':
    case 'change-passphrase':
      return (
        <Button size="small" onPress={() => navigate('/settings')}>
          Open encryption settings
        </Button>
      );
    default:
      return null;
  }
}

/** A refusal shown as the backend put it, with the action for its next step. */
export function ErrorNote({ error, children }: { error: unknown; children?: ReactNode }) {
  if (error === null || error === undefined) return null;
  const info: ErrorInfo =
    error instanceof CallError
      ? error.info
      : { code: 'internal', message: error instanceof Error ? error.message : String(error) };
  return (
    <Notice tone="danger" role="alert">
      <div>{info.message}</div>
      {info.problems !== undefined && info.problems.length > 0 && (
        <ul className="error-problems" aria-label="Every problem found">
          {info.problems.map((p, i) => (
            <li key={i}>
              <code>{p.place}</code>: {p.message}
            </li>
          ))}
        </ul>
      )}
      {children}
      <NextStepAction info={info} />
    </Notice>
  );
}
