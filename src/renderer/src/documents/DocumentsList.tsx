import { Plus } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useSearch } from 'wouter';
import type { DocumentSummary } from '../../../shared/domain';
import { useCall } from '../app/api';
import { navigate } from '../app/location';
import { formatShortDay, formatChanged, plural } from '../app/format';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { NewDocumentDialog } from './NewDocumentDialog';
import './DocumentPage.css';
import { DataTable, type Column } from '../ui/DataTable';
import { ErrorNote } from '../ui/ErrorNote';
import { EmptyState, Page } from '../ui/Page';

/** The statements and submissions in the library. */
export function DocumentsList() {
  const docs = useCall('documents.list', {});
  const forums = useCall('forums.list', {});
  const forumName = useMemo(
    () => new Map((forums.data ?? []).map((f) => [f.key, f.name])),
    [forums.data],
  );
  const columns: Column<DocumentSummary>[] = [
    {
      key: 'title',
      label: 'Title',
      width: 'minmax(240px, 3fr)',
      sortValue: (d) => d.title,
      render: (d) => <span>{d.title}</span>,
    },
    {
      key: 'forum',
      label: 'Forum',
      width: 'minmax(140px, 1.4fr)',
      sortValue: (d) => forumName.get(d.forumKey ?? '') ?? '',
      render: (d) => forumName.get(d.forumKey ?? '') ?? <span className="muted">none</span>,
    },
    {
      key: 'status',
      label: 'Status',
      width: '100px',
      sortValue: (d) => d.status,
      render: (d) => <Badge>{d.status}</Badge>,
    },
    {
      key: 'asOf',
      label: 'As of',
      width: '140px',
      sortValue: (d) => d.asOf ?? '',
      render: (d) =>
        d.asOf ? formatShortDay(d.asOf) : <span className="muted">the day viewed</span>,
    },
    {
      key: 'changed',
      label: 'Changed',
      width: '130px',
      sortValue: (d) => d.updatedAt,
      render: (d) => formatChanged(d.updatedAt),
    },
  ];
  const total = docs.data?.length ?? 0;
  const [creating, setCreating] = useState(false);
  // File → New document… (Ctrl/Cmd+N) lands here with ?new=1.
  const wantsNew = new URLSearchParams(useSearch()).get('new') === '1';
  useEffect(() => {
    if (!wantsNew) return;
    setCreating(true);
    navigate('/documents', { replace: true });
  }, [wantsNew]);
  return (
    <Page
      list
      title="Documents"
      actions={
        <Button
          variant="primary"
          icon={<Plus aria-hidden="true" />}
          onPress={() => setCreating(true)}
        >
          New document…
        </Button>
      }
    >
      <NewDocumentDialog isOpen={creating} onClose={() => setCreating(false)} />
      <ErrorNote error={docs.error} />
      {docs.isSuccess && total === 0 ? (
        <EmptyState title="No documents yet">
          Statements and submissions you write from the library appear here: start one with New
          document…, from a forum’s template.
        </EmptyState>
      ) : (
        <>
          <div className="filters">
            <span className="list-count" role="status">
              {plural(total, 'document')}
            </span>
          </div>
          <DataTable
            label="Documents"
            rows={docs.data ?? []}
            columns={columns}
            rowKey={(d) => d.id}
            rowHref={(d) => `#/documents/${d.id}`}
            rowLabel={(d) => d.title}
            initialSort={{ key: 'changed', descending: true }}
          />
        </>
      )}
    </Page>
  );
}
