import { ExternalLink, Pencil } from 'lucide-react';
import { useCall } from '../../app/api';
import { DeleteRecord } from '../../app/DeleteRecord';
import { formatDay } from '../../app/format';
import { navigate } from '../../app/location';
import { Button } from '../../ui/Button';
import { ErrorNote } from '../../ui/ErrorNote';
import { Page, Section } from '../../ui/Page';

/** One source: where it was published, and what cites it. */
export function SourcePage({ id }: { id: string }) {
  const source = useCall('sources.get', { id });
  const deps = useCall('records.dependents', { kind: 'source', id });
  if (source.error !== null)
    return (
      <Page title="Source">
        <ErrorNote error={source.error} />
      </Page>
    );
  const s = source.data;
  if (s === undefined)
    return (
      <Page title="Source">
        <p className="muted">Loading…</p>
      </Page>
    );
  return (
    <Page
      title={s.title}
      subtitle={[s.publisher, s.published && formatDay(s.published)].filter(Boolean).join(', ')}
      actions={
        <>
          <Button
            icon={<Pencil aria-hidden="true" />}
            onPress={() => navigate(`/sources/${id}/edit`)}
          >
            Edit
          </Button>
          <DeleteRecord kind="source" id={id} title={s.title} after="/sources" />
        </>
      }
    >
      <Section title="Details">
        <dl className="facts">
          <dt>Web address</dt>
          <dd>
            {s.url === null ? (
              <span className="muted">none recorded</span>
            ) : (
              <a href={s.url} target="_blank" rel="noreferrer noopener">
                {s.url} <ExternalLink size={12} aria-label="(opens in the browser)" />
              </a>
            )}
          </dd>
          <dt>Accessed</dt>
          <dd>
            {s.accessed === null ? (
              <span className="muted">not recorded</span>
            ) : (
              formatDay(s.accessed)
            )}
          </dd>
        </dl>
        {s.notes !== '' && <p>{s.notes}</p>}
      </Section>
      <Section title="Cited by">
        {(deps.data?.dependents ?? []).length === 0 ? (
          <p className="muted">Nothing cites this source yet.</p>
        ) : (
          <ul className="plain link-list">
            {deps.data?.dependents.map((d) => (
              <li key={`${d.kind}:${d.id}`}>
                {d.kind === 'document' ? <a href={`#/documents/${d.id}`}>{d.title}</a> : d.title}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </Page>
  );
}
