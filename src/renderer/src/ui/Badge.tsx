import type { ReactNode } from 'react';
import { EyeOff, Lock } from 'lucide-react';
import type { CaseStatus, Visibility } from '../../../shared/domain';
import { inCustody, statusLabel } from '../app/format';
import './Badge.css';

export function Badge({
  tone = 'neutral',
  children,
  title,
}: {
  tone?: 'neutral' | 'danger' | 'warn' | 'ok' | 'accent';
  children: ReactNode;
  title?: string;
}) {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  );
}

/** How a person may appear in documents, where it matters: never for a public person. */
export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  if (visibility === 'public') return null;
  return visibility === 'internal' ? (
    <Badge tone="danger" title="Never printed in a public document">
      <Lock aria-hidden="true" size={12} /> internal only
    </Badge>
  ) : (
    <Badge tone="warn" title="Shown as a description in public documents">
      <EyeOff aria-hidden="true" size={12} /> anonymised in public documents
    </Badge>
  );
}

export function StatusBadge({ status }: { status: CaseStatus }) {
  const tone = inCustody(status) ? 'danger' : status === 'unknown' ? 'neutral' : 'ok';
  return <Badge tone={tone}>{statusLabel(status)}</Badge>;
}
