import { ArrowDown, ArrowUp, X } from 'lucide-react';
import { SIGNATORY_STATUSES, type DocumentSignatory } from '../../../shared/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { call, CallError, useCall } from '../app/api';
import { ErrorNote } from '../ui/ErrorNote';
import { Button } from '../ui/Button';
import { Picker } from '../ui/Picker';
import { SelectField } from '../ui/SelectField';

const STATUS_LABELS: Record<DocumentSignatory['status'], string> = {
  invited: 'Invited',
  confirmed: 'Confirmed',
  declined: 'Declined',
};

/**
 * The organisations that sign, in print order (the first is the lead): added from the library
 * (or made there by name), invited → confirmed or declined; only confirmed ones print.
 */
export function SignatoriesPanel({
  signatories,
  onChange,
}: {
  signatories: readonly DocumentSignatory[];
  onChange: (next: DocumentSignatory[]) => void;
}) {
  const organisations = useCall('organisations.list', {});
  const client = useQueryClient();
  const [error, setError] = useState<CallError | null>(null);
  const name = (id: string): string =>
    organisations.data?.find((o) => o.id === id)?.name ?? 'an organisation not in the library';
  const move = (i: number, by: number): void => {
    const next = [...signatories];
    const [item] = next.splice(i, 1);
    if (item === undefined) return;
    next.splice(i + by, 0, item);
    onChange(next);
  };
  return (
    <div className="signatories-panel">
      {signatories.length === 0 ? (
        <p className="muted">No signatories yet. The first one added is the lead organisation.</p>
      ) : (
        <ol className="signatories" aria-label="Signatories">
          {signatories.map((s, i) => (
            <li key={s.organisationId}>
              <div className="signatory-name">
                <span>
                  {name(s.organisationId)}
                  {i === 0 && <span className="muted"> · lead</span>}
                </span>
                <span className="signatory-moves">
                  <Button
                    size="small"
                    variant="quiet"
                    aria-label={`Move ${name(s.organisationId)} up`}
                    icon={<ArrowUp aria-hidden="true" />}
                    isDisabled={i === 0}
                    onPress={() => move(i, -1)}
                  />
                  <Button
                    size="small"
                    variant="quiet"
                    aria-label={`Move ${name(s.organisationId)} down`}
                    icon={<ArrowDown aria-hidden="true" />}
                    isDisabled={i === signatories.length - 1}
                    onPress={() => move(i, 1)}
                  />
                  <Button
                    size="small"
                    variant="quiet"
                    aria-label={`Remove ${name(s.organisationId)}`}
                    icon={<X aria-hidden="true" />}
                    onPress={() => onChange(signatories.filter((_, j) => j !== i))}
                  />
                </span>
              </div>
              <SelectField
                label={`Status of ${name(s.organisationId)}`}
                value={s.status}
                onChange={(status) =>
                  onChange(signatories.map((x, j) => (j === i ? { ...x, status } : x)))
                }
                options={SIGNATORY_STATUSES.map((v) => ({ value: v, label: STATUS_LABELS[v] }))}
              />
            </li>
          ))}
        </ol>
      )}
      <Picker
        label="Add an organisation"
        placeholder="Its name"
        items={(organisations.data ?? []).map((o) => ({ id: o.id, label: o.name }))}
        exclude={signatories.map((s) => s.organisationId)}
        onPick={(organisationId) =>
          onChange([...signatories, { organisationId, status: 'invited' }])
        }
        onCreate={(name) => {
          setError(null);
          call('organisations.save', { organisation: { name } })
            .then((o) => {
              void client.invalidateQueries({ queryKey: ['organisations.list'] });
              onChange([...signatories, { organisationId: o.id, status: 'invited' }]);
            })
            .catch((e: unknown) =>
              setError(
                e instanceof CallError
                  ? e
                  : new CallError({ code: 'internal', message: String(e) }),
              ),
            );
        }}
        createLabel={(name) => `Add “${name}” to the library as a new organisation`}
        description="Not in the library yet? Type its name and add it; fill in its details later under Organisations."
      />
      <ErrorNote error={error} />
    </div>
  );
}
