import type { LexicalEditor } from 'lexical';
import { CalendarCheck, History, Save } from 'lucide-react';
import { useRef, useState } from 'react';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { plainText } from '../../../core/document/content';
import type { RichContent, Snippet } from '../../../shared/domain';
import { call, CallError, queryClient, useCall } from '../app/api';
import { refusalPlace } from '../app/forms';
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
import {
  atField,
  detailAt,
  detailFields,
  detailsOf,
  sameDetails,
  SnippetDetails,
  type DetailField,
  type Details,
} from './SnippetDetails';
import { SNIPPET_KIND_LABELS } from './SnippetsList';
import { UsedIn } from './UsedIn';
import { WordDiff } from './WordDiff';
import './SnippetPage.css';

/**
 * A snippet: its text in the editor (each save a new revision), beside it its details (title,
 * kind, language, tags, forums, the cases it is about; saved with the text), the documents that
 * use it, and its revision history with a word-level diff against the text now and restore (as a
 * new revision).
 */
export function SnippetPage({ id }: { id: string }) {
  const snippet = useCall('snippets.get', { id }, { staleTime: Infinity });
  // A restored revision opens the editor again on its text.
  const [opened, setOpened] = useState(0);
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
  return (
    <SnippetScreen
      key={`${id}:${opened}`}
      initial={snippet.data}
      onRestored={() => setOpened((n) => n + 1)}
    />
  );
}

/**
 * After a save: the cached snippet is the saved one (coming back to it shows what was saved,
 * without opening the editor again now), and every other answer is asked again (the snippets
 * list, search, documents' previews).
 */
function remember(saved: Snippet): void {
  const key = ['snippets.get', { id: saved.id }];
  queryClient.setQueryData(key, saved);
  void queryClient.invalidateQueries({
    predicate: (q) => JSON.stringify(q.queryKey) !== JSON.stringify(key),
  });
}

function SnippetScreen({ initial, onRestored }: { initial: Snippet; onRestored: () => void }) {
  const [s, setS] = useState(initial);
  const editorRef = useRef<LexicalEditor | null>(null);
  const [content, setContent] = useState<RichContent>(initial.content);
  const [baseline, setBaseline] = useState<string | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const [saving, setSaving] = useState(false);
  const [comparing, setComparing] = useState<number | null>(null);
  const [details, setDetails] = useState<Details>(() => detailsOf(initial));
  const [problems, setProblems] = useState<Partial<Record<DetailField, string>>>({});
  const [tab, setTab] = useState<Key>('details');
  const revisions = useCall('snippets.revisions', { id: s.id });
  const dirty =
    (baseline !== null && JSON.stringify(content) !== baseline) ||
    !sameDetails(details, detailsOf(s));
  const release = useLeaveGuard(dirty);
  const changeDetails = (patch: Partial<Details>): void => {
    setDetails((d) => ({ ...d, ...patch }));
    // A problem goes once its field is changed; the next save says again if it is still there.
    setProblems((p) => {
      const next = { ...p };
      for (const k of Object.keys(patch) as DetailField[]) delete next[k];
      return next;
    });
  };

  const save = async (
    patch: Partial<Snippet> = {},
    text?: RichContent,
  ): Promise<Snippet | null> => {
    const edited =
      editorRef.current === null ? content : contentOf(editorRef.current.getEditorState());
    // The text as stored while it is as the editor loaded it: a text imported or written by
    // the command may lack fields the editor adds, and a change of tags alone must be no new
    // revision (every document that links the snippet would say it changed).
    const now = text ?? (JSON.stringify(edited) === baseline ? s.content : edited);
    setSaving(true);
    setError(null);
    setProblems({});
    try {
      const { revision: _r, createdAt: _c, updatedAt: _u, text: _t, ...fields } = s;
      const saved = await call('snippets.save', {
        snippet: { ...fields, ...detailFields(details), ...patch, content: now },
      });
      release();
      setS(saved);
      setDetails(detailsOf(saved));
      setBaseline(JSON.stringify(text ?? edited));
      remember(saved);
      return saved;
    } catch (e) {
      const refusal =
        e instanceof CallError ? e : new CallError({ code: 'internal', message: String(e) });
      // A detail's problem is shown at its field (the Details tab opens on it); any other above.
      const field = detailAt(refusalPlace(refusal, 'snippet'));
      if (field === null) setError(refusal);
      else {
        setProblems({ [field]: atField(field, refusal.message) });
        setTab('details');
      }
      return null;
    } finally {
      setSaving(false);
    }
  };
  useSaveShortcut(() => save());

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
              : Object.keys(problems).length > 0
                ? ' · not saved: see the details beside the text'
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
        <aside className="snippet-side" aria-label="Beside the text">
          <Tabs className="side-tabs-root" selectedKey={tab} onSelectionChange={setTab}>
            <TabList className="side-tabs" aria-label="Beside the text">
              <Tab id="details" className="side-tab">
                Details
              </Tab>
              <Tab id="used" className="side-tab">
                Used in
              </Tab>
              <Tab id="revisions" className="side-tab">
                Revisions
              </Tab>
            </TabList>
            <TabPanel id="details">
              <SnippetDetails details={details} onChange={changeDetails} problems={problems} />
            </TabPanel>
            <TabPanel id="used">
              <UsedIn snippetId={s.id} revision={s.revision} />
            </TabPanel>
            <TabPanel id="revisions">
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
            </TabPanel>
          </Tabs>
        </aside>
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
                  if (saved !== null) onRestored();
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
