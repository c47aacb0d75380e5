import { Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import type { Source } from '../../../../shared/domain';
import { useCall } from '../../app/api';
import { foldRow, rowMatches } from '../../app/filterText';
import { formatDay, plural } from '../../app/format';
import { navigate } from '../../app/location';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorNote } from '../../ui/ErrorNote';
import { TextField } from '../../ui/Field';
import { EmptyState, Page } from '../../ui/Page';

/** The sources events and documents cite. */
export function SourcesList() {
  const sources = useCall('sources.list', {});
  const [text, setText] = useState('');
  const rows = useMemo(
    () =>
      (sources.data ?? []).map((s) => ({ s, forms: foldRow(`${s.title} ${s.publisher ?? ''}`) })),
    [sources.data],
  );
  const shown = useMemo(
    () => rows.filter((r) => text.trim() === '' || rowMatches(r.forms, text)),
    [rows, text],
  );
  const columns: Column<{ s: Source }>[] = [
    {
      key: 'title',
      label: 'Title',
      width: 'minmax(240px, 3fr)',
      sortValue: (r) => r.s.title,
      render: (r) => <span>{r.s.title}</span>,
    },
    {
      key: 'publisher',
      label: 'Publisher',
      width: 'minmax(120px, 1.2fr)',
      sortValue: (r) => r.s.publisher ?? '',
      render: (r) => r.s.publisher ?? '',
    },
    {
      key: 'published',
      label: 'Published',
      width: '170px',
      sortValue: (r) => r.s.published ?? '',
      render: (r) => formatDay(r.s.published),
    },
    {
      key: 'url',
      label: 'Web address',
      width: '110px',
      sortValue: (r) => (r.s.url ? 1 : 0),
      render: (r) => (r.s.url ? 'yes' : <span className="muted">none</span>),
    },
  ];
  const total = sources.data?.length ?? 0;
  return (
    <Page
      list
      title="Sources"
      actions={
        <Button
          variant="primary"
          icon={<Plus aria-hidden="true" />}
          onPress={() => navigate('/sources/new')}
        >
          New source
        </Button>
      }
    >
      <ErrorNote error={sources.error} />
      {sources.isSuccess && total === 0 ? (
        <EmptyState title="No sources yet">
          Sources back the events of a case and the citations of a document:{' '}
          <a href="#/sources/new">add a source</a>.
        </EmptyState>
      ) : (
        <>
          <div className="filters" role="search" aria-label="Filter sources">
            <TextField
              label="Filter"
              value={text}
              onChange={setText}
              width="medium"
              placeholder="Title or publisher"
            />
            <span className="list-count" role="status">
              {shown.length === total
                ? plural(total, 'source')
                : `${shown.length.toLocaleString('en')} of ${plural(total, 'source')}`}
            </span>
          </div>
          <DataTable
            label="Sources"
            rows={shown}
            columns={columns}
            rowKey={(r) => r.s.id}
            rowHref={(r) => `#/sources/${r.s.id}`}
            rowLabel={(r) => r.s.title}
            initialSort={{ key: 'title' }}
          />
        </>
      )}
    </Page>
  );
}
