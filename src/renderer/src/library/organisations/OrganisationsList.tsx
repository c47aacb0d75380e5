import { Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import type { Organisation } from '../../../../shared/domain';
import { useCall } from '../../app/api';
import { foldRow, rowMatches } from '../../app/filterText';
import { plural } from '../../app/format';
import { navigate } from '../../app/location';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorNote } from '../../ui/ErrorNote';
import { TextField } from '../../ui/Field';
import { EmptyState, Page } from '../../ui/Page';

/** The organisations that sign documents. */
export function OrganisationsList() {
  const orgs = useCall('organisations.list', {});
  const [text, setText] = useState('');
  const rows = useMemo(
    () => (orgs.data ?? []).map((o) => ({ o, forms: foldRow(`${o.name} ${o.shortName ?? ''}`) })),
    [orgs.data],
  );
  const shown = useMemo(
    () => rows.filter((r) => text.trim() === '' || rowMatches(r.forms, text)),
    [rows, text],
  );
  const columns: Column<{ o: Organisation }>[] = [
    {
      key: 'name',
      label: 'Name',
      width: 'minmax(220px, 2.5fr)',
      sortValue: (r) => r.o.name,
      render: (r) => <span>{r.o.name}</span>,
    },
    {
      key: 'short',
      label: 'Short name',
      width: 'minmax(100px, 1fr)',
      sortValue: (r) => r.o.shortName ?? '',
      render: (r) => r.o.shortName ?? '',
    },
    {
      key: 'country',
      label: 'Country',
      width: '80px',
      sortValue: (r) => r.o.country ?? '',
      render: (r) => r.o.country ?? '',
    },
    {
      key: 'founded',
      label: 'Founded',
      width: '90px',
      sortValue: (r) => r.o.founded ?? 0,
      render: (r) => r.o.founded ?? '',
    },
  ];
  const total = orgs.data?.length ?? 0;
  return (
    <Page
      list
      title="Organisations"
      actions={
        <Button
          variant="primary"
          icon={<Plus aria-hidden="true" />}
          onPress={() => navigate('/organisations/new')}
        >
          New organisation
        </Button>
      }
    >
      <ErrorNote error={orgs.error} />
      {orgs.isSuccess && total === 0 ? (
        <EmptyState title="No organisations yet">
          Organisations sign joint statements and submissions:{' '}
          <a href="#/organisations/new">add your own first</a>, then your partners.
        </EmptyState>
      ) : (
        <>
          <div className="filters" role="search" aria-label="Filter organisations">
            <TextField label="Filter" value={text} onChange={setText} width="medium" />
            <span className="list-count" role="status">
              {plural(shown.length, 'organisation')}
            </span>
          </div>
          <DataTable
            label="Organisations"
            rows={shown}
            columns={columns}
            rowKey={(r) => r.o.id}
            rowHref={(r) => `#/organisations/${r.o.id}`}
            rowLabel={(r) => r.o.name}
            initialSort={{ key: 'name' }}
          />
        </>
      )}
    </Page>
  );
}
