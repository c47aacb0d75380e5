import type { LexicalEditor } from 'lexical';
import { CalendarCheck, History, Save } from 'lucide-react';
import { useRef, useState } from 'react';
import { plainText } from '../../../core/document/content';
import type { RichContent, Snippet } from '../../../shared/domain';
import { call, CallError, useCall } from '../app/api';
import { formatDay, formatMoment, formatTime, localToday } from '../app/format';
import { useLeaveGuard } from '../app/useLeaveGuard';
import { useSaveShortcut } from '../app/useSaveShortcut';
import { contentOf, DossierEditor } from '../editor/Editor';
import { NO_EDITOR_DATA } from '../editor/EditorData';
import { Toolbar } from '../editor/Toolbar';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { ErrorNote } from '../ui/ErrorNote';
import { Page, Section } from '../ui/Page';
import { SNIPPET_KIND_LABELS } from './SnippetsList';
import { WordDiff } from './WordDiff';
import './SnippetPage.css';

/**
 * A snippet: its text in the editor (each save a new revision), the cases it is about, "mark
 * reviewed today", and its revision history with a word-level diff against the text now and
 * restore (as a new revision).
 */
export function SnippetPage({ id }: { id: string }) {
  const snippet = useCall('snippets.get', { id }, { staleTime: Infinity });
  // A restored revision opens the editor again on its text.
  const [restored, setRestored] = useState<Snippet | null>(null);
  if (snippet.error !== null)
    return (
      <Page title="Snippet">
        <ErrorNote error={snippet.error} />
      </Page>
    );
  if (snippet.data === undefined)
    return (
      <Page title="Snippet">
        <p className="muted">Loading…</p>
      </Page>
    );
  const shown = restored !== null && restored.id === id ? restored : snippet.data;
  return <SnippetScreen key={`${id}:${shown.revision}`} initial={shown} onRestored={setRestored} />;
}

function SnippetScreen({
  initial,
  onRestored,
}: {
  initial: Snippet;
  onRestored: (s: Snippet) => void;
}) {
  const [s, setS] = useState(initial);
  const editorRef = useRef<LexicalEditor | null>(null);
  const [content, setContent] = useState<RichContent>(initial.content);
  const [baseline, setBaseline] = useState<string | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const [saving, setSaving] = useState(false);
  const [comparing, setComparing] = useState<number | null>(null);
  const cases = useCall('cases.summaries', {});
  const revisions = useCall('snippets.revisions', { id: s.id });
  const dirty = baseline !== null && JSON.stringify(content) !== baseline;
  const release = useLeaveGuard(dirty);

  const save = async (
    patch: Partial<Snippet> = {},
    text?: RichContent,
  ): Promise<Snippet | null> => {
    const now =
      text ??
      (editorRef.current === null ? content : contentOf(editorRef.current.getEditorState()));
    setSaving(true);
    setError(null);
    try {
      const { revision: _r, createdAt: _c, updatedAt: _u, text: _t, ...fields } = s;
      const saved = await call('snippets.save', { snippet: { ...fields, ...patch, content: now } });
      release();
      setS(saved);
      setBaseline(JSON.stringify(now));
      void revisions.refetch();
      return saved;
    } catch (e) {
      setError(
        e instanceof CallError ? e : new CallError({ code: 'internal', message: String(e) }),
      );
      return null;
    } finally {
      setSaving(false);
    }
  };
  useSaveShortcut(() => save());

  const linked = (cases.data ?? []).filter((c) => s.caseIds.includes(c.id));
  const today = localToday();
  const compared = (revisions.data ?? []).find((r) => r.revision === comparing) ?? null;
  return (
    <Page
      title={s.title}
      subtitle={
        <>
          <Badge tone="accent">{SNIPPET_KIND_LABELS[s.kind]}</Badge>
          <span role="status">
            revision {s.revision}
            {saving
              ? ' · saving…'
              : dirty
                ? ' · unsaved changes'
                : ` · changed ${formatTime(s.updatedAt)}`}
          </span>
          <span>· {s.reviewedAt ? `reviewed ${formatDay(s.reviewedAt)}` : 'never reviewed'}</span>
        </>
      }
      actions={
        <>
          <Button
            variant="primary"
            icon={<Save aria-hidden="true" />}
            onPress={() => void save()}
            isDisabled={saving}
          >
            Save
          </Button>
          {s.reviewedAt !== today && (
            <Button
              icon={<CalendarCheck aria-hidden="true" />}
              onPress={() => void save({ reviewedAt: today })}
            >
              Mark reviewed today
            </Button>
          )}
        </>
      }
    >
      <ErrorNote error={error} />
      <div className="snippet-layout">
        <div>
          <DossierEditor
            content={initial.content}
            label="Text of the snippet"
            data={NO_EDITOR_DATA}
            editorRef={editorRef}
            onChange={setContent}
            onReady={(c) => {
              setContent(c);
              setBaseline(JSON.stringify(c));
            }}
            toolbar={<Toolbar />}
          />
        </div>
        <div className="snippet-side">
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
          <Section title="Revisions">
            <ul className="plain revisions" aria-label="Revisions">
              {[...(revisions.data ?? [])]
                .sort((a, b) => b.revision - a.revision)
                .map((r) => (
                  <li key={r.revision}>
                    <span>
                      <strong>{r.revision}</strong> · {formatMoment(r.savedAt)}
                    </span>
                    {r.revision !== s.revision && (
                      <Button
                        size="small"
                        icon={<History aria-hidden="true" />}
                        onPress={() => setComparing(comparing === r.revision ? null : r.revision)}
                        aria-label={`Compare revision ${r.revision} with the text now`}
                      >
                        Compare
                      </Button>
                    )}
                  </li>
                ))}
            </ul>
          </Section>
        </div>
      </div>
      {compared !== null && (
        <Section
          title={`Revision ${compared.revision} → the text now`}
          actions={
            <Button
              size="small"
              onPress={() => {
                // Saved as a new revision; the editor opens again on the restored text.
                void save({ title: compared.title }, compared.content).then((saved) => {
                  if (saved !== null) onRestored(saved);
                });
              }}
            >
              Restore revision {compared.revision}
            </Button>
          }
        >
          <p className="muted">
            Struck through: only in revision {compared.revision}. Marked: added since.
          </p>
          <WordDiff before={plainText(compared.content)} after={plainText(content)} />
        </Section>
      )}
    </Page>
  );
}
