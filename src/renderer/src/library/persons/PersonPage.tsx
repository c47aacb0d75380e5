import { Pencil } from 'lucide-react';
import { useCall } from '../../app/api';
import { DeleteRecord } from '../../app/DeleteRecord';
import { formatTime, scriptLabel } from '../../app/format';
import { navigate } from '../../app/location';
import { StatusBadge, VisibilityBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ErrorNote } from '../../ui/ErrorNote';
import { EmptyState, Notice, Page, Section } from '../../ui/Page';

/** One person: who they are, how they may appear in documents, their cases, what mentions them. */
export function PersonPage({ id }: { id: string }) {
  const person = useCall('persons.get', { id });
  const related = useCall('persons.related', { id });
  const cases = useCall('cases.summaries', { personId: id });
  const snippets = useCall('snippets.list', {});
  const documents = useCall('documents.list', {});

  if (person.error !== null)
    return (
      <Page title="Person">
        <ErrorNote error={person.error} />
      </Page>
    );
  const p = person.data;
  if (p === undefined)
    return (
      <Page title="Person">
        <p className="muted">Loading…</p>
      </Page>
    );
  const snippetIds = new Set(related.data?.snippetIds ?? []);
  const documentIds = new Set(related.data?.documentIds ?? []);
  const theirSnippets = (snippets.data ?? []).filter((s) => snippetIds.has(s.id));
  const theirDocuments = (documents.data ?? []).filter((d) => documentIds.has(d.id));

  return (
    <Page
      title={p.name}
      subtitle={
        <>
          <VisibilityBadge visibility={p.visibility} />
          {p.roles.length > 0 && <span>{p.roles.join(', ')}</span>}
          {p.country !== null && <span>· {p.country}</span>}
        </>
      }
      actions={
        <>
          <Button
            icon={<Pencil aria-hidden="true" />}
            onPress={() => navigate(`/persons/${id}/edit`)}
          >
            Edit
          </Button>
          <DeleteRecord kind="person" id={id} title={p.name} after="/persons" />
        </>
      }
    >
      {p.visibility === 'anonymise' && (
        <Notice tone="warn">
          In public documents {p.name} appears as a description (“a {p.roles[0] ?? 'person'}, name
          withheld”), however the name is spelled. Internal documents show the name.
        </Notice>
      )}
      {p.visibility === 'internal' && (
        <Notice tone="danger">
          {p.name} is internal only: a public document that names them cannot be exported.
        </Notice>
      )}
      <Section title="Details">
        <dl className="facts">
          <dt>Also written</dt>
          <dd>
            {p.aliases.length === 0 ? (
              <span className="muted">no other spellings</span>
            ) : (
              <ul className="plain">
                {p.aliases.map((a, i) => (
                  <li key={i}>
                    {a.name}{' '}
                    {a.script && (
                      <span className="muted">
                        ({scriptLabel(a.script)}
                        {a.language ? `, ${a.language}` : ''})
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt>Affiliations</dt>
          <dd>
            {p.affiliations.length === 0 ? (
              <span className="muted">none recorded</span>
            ) : (
              <ul className="plain">
                {p.affiliations.map((a, i) => (
                  <li key={i}>
                    {a.name}
                    {a.position ? `, ${a.position}` : ''}
                  </li>
                ))}
              </ul>
            )}
          </dd>
          {p.gender !== null && (
            <>
              <dt>Gender</dt>
              <dd>{p.gender}</dd>
            </>
          )}
          {p.birthYear !== null && (
            <>
              <dt>Born</dt>
              <dd>{p.birthYear}</dd>
            </>
          )}
          <dt>Changed</dt>
          <dd>{formatTime(p.updatedAt)}</dd>
        </dl>
        {p.notes !== '' && <p className="person-notes">{p.notes}</p>}
      </Section>
      <Section title="Cases">
        {(cases.data ?? []).length === 0 ? (
          <EmptyState title="Not part of any case yet">
            <a href="#/cases/new">Add a case</a> and name {p.name} in it.
          </EmptyState>
        ) : (
          <ul className="plain link-list">
            {cases.data?.map((c) => (
              <li key={c.id}>
                <a href={`#/cases/${c.id}`}>{c.title}</a> <StatusBadge status={c.status} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Snippets about them">
        {theirSnippets.length === 0 ? (
          <p className="muted">No snippet is linked to their cases or names them.</p>
        ) : (
          <ul className="plain link-list">
            {theirSnippets.map((s) => (
              <li key={s.id}>
                <a href={`#/snippets/${s.id}`}>{s.title}</a>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Documents that mention them">
        {theirDocuments.length === 0 ? (
          <p className="muted">No document names them or uses their snippets.</p>
        ) : (
          <ul className="plain link-list">
            {theirDocuments.map((d) => (
              <li key={d.id}>
                <a href={`#/documents/${d.id}`}>{d.title}</a>{' '}
                <span className="muted">({d.status})</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </Page>
  );
}
