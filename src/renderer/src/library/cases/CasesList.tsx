import { Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import { CASE_STATUSES, type CaseStatus, type CaseSummary } from '../../../../shared/domain';
import { lazyForms, rowMatches } from '../../app/filterText';
import { formatShortDay, formatChanged, plural, statusLabel } from '../../app/format';
import { navigate } from '../../app/location';
import { StatusBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorNote } from '../../ui/ErrorNote';
import { TextField } from '../../ui/Field';
import { EmptyState, Page } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { useFirstRows, useLibraryCount } from '../firstRows';

interface Row {
  c: CaseSummary;
  persons: string;
}

const formsOf = lazyForms<Row>((r) => `${r.c.title} ${r.persons}`);

const COLUMNS: Column<Row>[] = [
  {
    key: 'title',
    label: 'Case',
    width: 'minmax(160px, 2.4fr)',
    sortValue: (r) => r.c.title,
    render: (r) => <span>{r.c.title}</span>,
  },
  {
    key: 'persons',
    label: 'Persons',
    width: 'minmax(110px, 1.3fr)',
    sortValue: (r) => r.persons,
    render: (r) => r.persons,
  },
  {
    key: 'status',
    label: 'Status today',
    width: 'minmax(210px, 1.2fr)',
    sortValue: (r) => statusLabel(r.c.status),
    render: (r) => <StatusBadge status={r.c.status} />,
  },
  {
    key: 'country',
    label: 'Country',
    width: '64px',
    sortValue: (r) => r.c.country ?? '',
    render: (r) => r.c.country ?? '',
  },
  {
    key: 'verified',
    label: 'Last verified',
    width: '104px',
    sortValue: (r) => r.c.lastVerified ?? '',
    render: (r) =>
      r.c.lastVerified ? formatShortDay(r.c.lastVerified) : <span className="muted">never</span>,
  },
  {
    key: 'updated',
    label: 'Changed',
    width: '96px',
    sortValue: (r) => r.c.updatedAt,
    render: (r) => formatChanged(r.c.updatedAt),
  },
];

const rowKey = (r: Row): string => r.c.id;
const rowHref = (r: Row): string => `#/cases/${r.c.id}`;
const rowLabel = (r: Row): string => r.c.title;

/** Every case, with its status as of today. */
export function CasesList() {
  // The list's columns only, with the persons' names: not every case in full nor every person;
  // the first screen of rows first, then every row.
  const cases = useFirstRows('cases.summaries');
  const libraryCount = useLibraryCount('cases');
  const [text, setText] = useState('');
  const [status, setStatus] = useState<'' | CaseStatus>('');
  const [country, setCountry] = useState('');

  const rows = useMemo<Row[]>(
    () =>
      (cases.data ?? []).map((c) => ({
        c,
        persons: c.persons
          .map((p) => p.name)
          .filter(Boolean)
          .join(', '),
      })),
    [cases.data],
  );
  const countries = useMemo(
    () => [...new Set(rows.map((r) => r.c.country).filter((x): x is string => x !== null))].sort(),
    [rows],
  );
  const shown = useMemo(
    () =>
      rows.filter(
        (r) =>
          (status === '' || r.c.status === status) &&
          (country === '' || r.c.country === country) &&
          (text.trim() === '' || rowMatches(formsOf(r), text)),
      ),
    [rows, status, country, text],
  );

  const total = cases.complete
    ? (cases.data?.length ?? 0)
    : Math.max(libraryCount ?? 0, cases.data?.length ?? 0);

  return (
    <Page
      list
      title="Cases"
      actions={
        <Button
          variant="primary"
          icon={<Plus aria-hidden="true" />}
          onPress={() => navigate('/cases/new')}
        >
          New case
        </Button>
      }
    >
      <ErrorNote error={cases.error} />
      {cases.isSuccess && total === 0 ? (
        <EmptyState title="No cases yet">
          Add one — <a href="#/cases/new">new case</a> — or{' '}
          <a href="#/settings?do=import">import a spreadsheet or exchange file</a>.
        </EmptyState>
      ) : (
        <>
          <div className="filters" role="search" aria-label="Filter cases">
            <TextField
              label="Filter"
              value={text}
              onChange={setText}
              width="medium"
              placeholder="Title or person, any spelling"
            />
            <SelectField
              label="Status"
              width="medium"
              value={status}
              onChange={setStatus}
              options={[
                { value: '', label: 'Any' },
                ...CASE_STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
              ]}
            />
            <SelectField
              label="Country"
              width="tiny"
              value={country}
              onChange={setCountry}
              options={[
                { value: '', label: 'Any' },
                ...countries.map((x) => ({ value: x, label: x })),
              ]}
            />
            <span className="list-count" role="status">
              {!cases.complete
                ? `first ${shown.length.toLocaleString('en')} of ${plural(total, 'case')}`
                : shown.length === total
                  ? plural(total, 'case')
                  : `${shown.length.toLocaleString('en')} of ${plural(total, 'case')}`}
            </span>
          </div>
          <DataTable
            label="Cases"
            rows={shown}
            columns={COLUMNS}
            rowKey={rowKey}
            rowHref={rowHref}
            rowLabel={rowLabel}
            initialSort={{ key: 'title' }}
          />
        </>
      )}
    </Page>
  );
}
