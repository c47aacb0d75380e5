import { useCall } from '../app/api';
import { plural } from '../app/format';
import { Badge } from '../ui/Badge';
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
        const words = [
          s.wordLimit.single && `${s.wordLimit.single.toLocaleString('en')} words`,
          s.wordLimit.joint && `${s.wordLimit.joint.toLocaleString('en')} joint`,
        ]
          .filter(Boolean)
          .join(', ');
        const ts = (templates.data ?? []).filter((t) => t.forumKey === f.key);
        return (
          <Section key={f.id} title={f.name}>
            <p className="muted">
              {f.body} · {f.documentType}
            </p>
            <dl className="facts">
              <dt>Length</dt>
              <dd>
                {words || 'no word limit'}
                {s.pageLimit !== null && `, ${plural(s.pageLimit, 'page')}`}
                {words && (s.wordLimit.notesCount ? ' (notes count)' : ' (notes do not count)')}
                {s.unverified.length > 0 && (
                  <>
                    {' '}
                    <Badge tone="warn" title={s.unverified.join('; ')}>
                      unverified
                    </Badge>
                  </>
                )}
              </dd>
              <dt>Format</dt>
              <dd>
                {s.formats.join(', ')}; {s.notes}
                {s.numberedParagraphs && '; numbered paragraphs'}
              </dd>
              {s.requiredSections.length > 0 && (
                <>
                  <dt>Required sections</dt>
                  <dd>{s.requiredSections.join(' · ')}</dd>
                </>
              )}
              <dt>Templates</dt>
              <dd>
                {ts.length === 0 ? (
                  <span className="muted">none</span>
                ) : (
                  ts.map((t) => t.name).join(', ')
                )}
              </dd>
            </dl>
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
