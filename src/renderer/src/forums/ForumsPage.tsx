import { useCall } from '../app/api';
import { ForumRules } from './ForumRules';
import { ErrorNote } from '../ui/ErrorNote';
import { Page, Section } from '../ui/Page';

/** The forums documents go to, their rules (each with where it came from), and their templates. */
export function ForumsPage() {
  const forums = useCall('forums.list', {});
  const templates = useCall('templates.list', {});
  return (
    <Page title="Forums & templates">
      <ErrorNote error={forums.error} />
      {(forums.data ?? []).map((f) => {
        const s = f.settings;
        const ts = (templates.data ?? []).filter((t) => t.forumKey === f.key);
        return (
          <Section key={f.id} title={f.name}>
            <p className="muted">
              {f.body} · {f.documentType}
            </p>
            <ForumRules forum={f}>
              <dt>Templates</dt>
              <dd>
                {ts.length === 0 ? (
                  <span className="muted">none</span>
                ) : (
                  ts.map((t) => t.name).join(', ')
                )}
              </dd>
            </ForumRules>
            {s.rules.length > 0 && (
              <ul className="rules">
                {s.rules.map((r, i) => (
                  <li key={i}>{r}</li>
                ))}
              </ul>
            )}
            {s.source !== '' && <p className="muted rules-source">Source: {s.source}</p>}
          </Section>
        );
      })}
    </Page>
  );
}
