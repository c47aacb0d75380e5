import { FileDown, FolderOpen } from 'lucide-react';
import { useState } from 'react';
import type { Saved } from '../../../shared/client';
import type { PreflightReport } from '../../../shared/preflight';
import { CallError, useCall } from '../app/api';
import { getFileDoor, inBrowser } from '../app/door/client';
import { formatDay } from '../app/format';
import { Button } from '../ui/Button';
import { Checkbox, RadioChoice } from '../ui/Choice';
import { Dialog } from '../ui/Dialog';
import { ErrorNote } from '../ui/ErrorNote';
import { Notice } from '../ui/Page';

type Format = 'docx' | 'pdf' | 'html';
const LABELS: Record<Format, string> = {
  docx: 'Word (.docx)',
  pdf: 'PDF',
  html: 'HTML (web page)',
};

/**
 * Export: the formats the forum accepts (the others marked), the as-of date, preflight's errors
 * first — the export waits until they are fixed, or goes ahead on an explicit "export anyway"
 * (never for a person marked internal only) — then where the file went.
 */
export function ExportDialog({
  isOpen,
  onClose,
  documentId,
  title,
  forumKey,
  asOf,
  report,
  beforeExport,
}: {
  isOpen: boolean;
  onClose: () => void;
  documentId: string;
  title: string;
  forumKey: string | null;
  asOf: string | null;
  report: PreflightReport | null;
  /** Saves what is on screen first. */
  beforeExport: () => Promise<void>;
}) {
  const forums = useCall('forums.list', {}, { enabled: isOpen });
  const forum = (forums.data ?? []).find((f) => f.key === forumKey) ?? null;
  const accepted = new Set<string>(forum?.settings.formats ?? ['docx', 'pdf', 'html']);
  const [format, setFormat] = useState<Format>('docx');
  const [force, setForce] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CallError | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  const errors = (report?.findings ?? []).filter((f) => f.severity === 'error');
  const internal = errors.some((f) => f.code === 'internal-person');
  const blocked = errors.length > 0 && (!force || internal);
  const door = getFileDoor();

  const close = (): void => {
    setSaved(null);
    setError(null);
    setForce(false);
    onClose();
  };
  const run = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      await beforeExport();
      const r = await door.save({
        method: 'documents.export',
        params: { id: documentId, format, force, ...(asOf === null ? {} : { asOf }) },
        suggestedName: `${title}.${format}`,
      });
      if (r === null) return;
      if (!r.ok) setError(new CallError(r.error));
      else setSaved(r.value);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title="Export the document"
      isOpen={isOpen}
      onClose={close}
      isDismissable={!busy}
      footer={
        <>
          <Button onPress={close} isDisabled={busy}>
            {saved === null ? 'Cancel' : 'Close'}
          </Button>
          <Button
            variant="primary"
            icon={<FileDown aria-hidden="true" />}
            onPress={() => void run()}
            isDisabled={busy || blocked}
          >
            {busy ? 'Exporting…' : inBrowser() ? 'Export and download' : 'Export…'}
          </Button>
        </>
      }
    >
      <p className="muted">
        As of <strong>{asOf === null ? 'today' : formatDay(asOf)}</strong>: every field is filled in
        for that day (change it under Details).
      </p>
      {errors.length > 0 && (
        <Notice tone="warn" role="alert">
          <strong>
            Preflight found {errors.length} error{errors.length === 1 ? '' : 's'}:
          </strong>
          <ul className="export-errors">
            {errors.map((f, i) => (
              <li key={i}>
                {f.message} <span className="muted">({f.where})</span>
              </li>
            ))}
          </ul>
          {internal ? (
            <p>
              A person marked “internal only” is named: this document cannot be exported until they
              are taken out or the audience is internal.
            </p>
          ) : (
            <Checkbox isSelected={force} onChange={setForce}>
              Export anyway: I have checked these and the document is right as it is
            </Checkbox>
          )}
        </Notice>
      )}
      <RadioChoice
        label="Format"
        value={format}
        onChange={setFormat}
        options={(['docx', 'pdf', 'html'] as const).map((f) => ({
          value: f,
          label: LABELS[f],
          description: accepted.has(f)
            ? forum === null
              ? undefined
              : `Accepted by ${forum.name}`
            : `Not accepted by ${forum?.name ?? 'this forum'}`,
        }))}
      />
      <ErrorNote error={error} />
      {saved !== null && (
        <Notice tone="ok" role="status">
          {saved.to === 'download'
            ? `Downloaded ${saved.fileName} (${Math.round(saved.bytes / 1024)} KB): it is in your browser's downloads.`
            : `Saved ${saved.fileName} (${Math.round(saved.bytes / 1024)} KB).`}{' '}
          {saved.path !== null && (
            <>
              <Button size="small" onPress={() => void door.openFile(saved.path ?? '')}>
                Open
              </Button>{' '}
              <Button
                size="small"
                icon={<FolderOpen aria-hidden="true" />}
                onPress={() => void door.showInFolder(saved.path ?? '')}
              >
                Show in folder
              </Button>
            </>
          )}
        </Notice>
      )}
    </Dialog>
  );
}
