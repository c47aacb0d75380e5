import { useCall } from '../app/api';
import { formatDay, formatTime } from '../app/format';
import { Badge } from '../ui/Badge';
import { ErrorNote } from '../ui/ErrorNote';
import { Page, Section } from '../ui/Page';
import { SNIPPET_KIND_LABELS } from './SnippetsList';

/** A snippet as it reads, with the cases it is about (editing comes with the writing screens). */
export function SnippetPage({ id }: { id: string }) {
  const snippet = useCall('snippets.get', { id });
  const cases = useCall('cases.list', {});
  if (snippet.error !== null)
    return (
      <Page title="Snippet">
        <ErrorNote error={snippet.error} />
      </Page>
    );
  const s = snippet.data;
  if (s === undefined)
    return (
      <Page title="Snippet">
        <p className="muted">Loading…</p>
      </Page>
    );
  const linked = (cases.data ?? []).filter((c) => s.caseIds.includes(c.id));
  return (
    <Page
      title={s.title}
      subtitle={
        <>
          <Badge tone="accent">{SNIPPET_KIND_LABELS[s.kind]}</Badge>
          <span>revision {s.revision}</span>
          <span>· changed {formatTime(s.updatedAt)}</span>
          <span>· {s.reviewedAt ? `reviewed ${formatDay(s.reviewedAt)}` : 'never reviewed'}</span>
        </>
      }
    >
      <Section title="Text">
        <div className="serif snippet-text">{s.text}</div>
      </Section>
      <Section title="About">
        <dl className="facts">
          <dt>Cases</dt>
          <dd>
            {linked.length === 0 ? (
              <span className="muted">none</span>
            ) : (
              linked.map((c, i) => (
                <span key={c.id}>
                  {i > 0 && ', '}
                  <a href={`#/cases/${c.id}`}>{c.title}</a>
                </span>
              ))
            )}
          </dd>
          <dt>Tags</dt>
          <dd>{s.tags.join(', ') || <span className="muted">none</span>}</dd>
          <dt>Forums</dt>
          <dd>{s.forums.join(', ') || <span className="muted">any</span>}</dd>
          <dt>Language</dt>
          <dd>{s.language}</dd>
        </dl>
      </Section>
    </Page>
  );
}
