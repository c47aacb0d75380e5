import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { $insertNodeToNearestRoot } from '@lexical/utils';
import { $getRoot, $getSelection, type LexicalEditor } from 'lexical';
import { Tab, TabList, TabPanel, Tabs, ToggleButton } from 'react-aria-components';
import { Eye, FileDown, Save } from 'lucide-react';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type {
  CaseStatus,
  DocumentRecord,
  DocumentRevision,
  RichContent,
} from '../../../shared/domain';
import type { PrintDocument } from '../../../shared/printed';
import type { Finding } from '../../../shared/preflight';
import { call, CallError, useCall } from '../app/api';
import { formatDay, formatTime } from '../app/format';
import { useLeaveGuard } from '../app/useLeaveGuard';
import { useSaveShortcut } from '../app/useSaveShortcut';
import { contentOf, DossierEditor } from '../editor/Editor';
import type { EditorData, SnippetView } from '../editor/EditorData';
import { $createSnippetEmbedNode } from '../editor/nodes/SnippetEmbedNode';
import { jumpTo } from '../editor/jumpTo';
import { NotesPane } from '../editor/NotesPane';
import { Toolbar } from '../editor/Toolbar';
import { ExportDialog } from './ExportDialog';
import { DetailsPanel, detailsOf, type Details } from './DetailsPanel';
import { LibraryPanel, type Embedding } from './LibraryPanel';
import {
  baseOf,
  knownSnippets,
  previewContent,
  withSnippetTexts,
  type Preview,
  type PreviewBase,
} from './previewChanges';
import { PrintedView } from './PrintedView';
import { ReviewUpdates } from './ReviewUpdates';
import { RevisionsPanel } from './RevisionsPanel';
import { SignatoriesPanel } from './SignatoriesPanel';
import { SnippetDropPlugin } from './SnippetDropPlugin';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { ErrorNote } from '../ui/ErrorNote';
import { Notice, Page } from '../ui/Page';
import './DocumentPage.css';

/** How long the preview waits after the last change before asking the backend again. */
const PREVIEW_DELAY_MS = 400;
/** How long after the last keystroke the document saves itself (at most this much typing is at risk, plus the save). */
const AUTOSAVE_DELAY_MS = 1000;

/**
 * A document: the editor with its toolbar, live preflight beside it (checked as you write),
 * Save (Ctrl/Cmd+S) and export to Word, PDF and HTML.
 */
export function DocumentPage({ id }: { id: string }) {
  const stored = useCall('documents.get', { id }, { staleTime: Infinity });
  // A restored revision opens the editor again on its text.
  const [restored, setRestored] = useState<DocumentRecord | null>(null);
  if (stored.error !== null) {
    return (
      <Page title="Document">
        <ErrorNote error={stored.error} />
      </Page>
    );
  }
  if (stored.data === undefined) return <Page title="Document">{null}</Page>;
  const shown = restored !== null && restored.id === id ? restored : stored.data;
  return <DocumentScreen key={`${id}:${shown.revision}`} record={shown} onRestored={setRestored} />;
}

function DocumentScreen({
  record,
  onRestored,
}: {
  record: DocumentRecord;
  onRestored: (d: DocumentRecord) => void;
}) {
  const editorRef = useRef<LexicalEditor | null>(null);
  // Changes are counted, not compared: a keystroke must not serialise (or re-render around) a
  // text of 3,000 paragraphs. The text is serialised once per pause, for preview and autosave.
  const edits = useRef(0);
  /** The edits the last save took in. */
  const savedEdits = useRef(0);
  const [dirty, setDirty] = useState(false);
  /** The text as of the last pause in typing: what the "As printed" view and Review updates read. */
  const [content, setContent] = useState<RichContent>(record.content);
  const [revision, setRevision] = useState(record.revision);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [details, setDetails] = useState<Details>(() => detailsOf(record));
  /** Counts saves of the details, so that the preview is asked again after each. */
  const [detailsSaved, setDetailsSaved] = useState(0);
  const release = useLeaveGuard(dirty);
  const detailsRef = useRef(details);

  // Live preview and preflight of what is on screen, a moment after the last change. Only the
  // latest request counts: a change, or another request, makes the answers before it stale.
  const previewTimer = useRef<number | undefined>(undefined);
  const previewAsked = useRef(0);
  // The text the backend holds from the last preview (only the blocks changed since go next
  // time), and the preview the window holds (the snippets' texts it need not be sent again).
  const previewBase = useRef<{ asked: number; base: PreviewBase } | null>(null);
  const heldPreview = useRef<Preview | null>(null);
  /** Whether the text as loaded is on its way to the backend (see `holdBase`). */
  const holding = useRef(false);
  const askPreview = (delay: number): void => {
    window.clearTimeout(previewTimer.current);
    const asked = ++previewAsked.current;
    previewTimer.current = window.setTimeout(() => {
      const editor = editorRef.current;
      const asOf = detailsRef.current.asOf;
      // Unchanged, the text is the stored one: the backend reads it itself.
      const now =
        edits.current === 0 || editor === null ? null : contentOf(editor.getEditorState());
      if (now !== null) setContent(now);
      const ask = (full: boolean): void => {
        const from = full ? null : previewBase.current;
        const sent = now === null ? null : previewContent(now, from?.base ?? null);
        call('documents.preview', {
          id: record.id,
          ...(sent?.params ?? {}),
          ...(asOf === null ? {} : { asOf }),
          ...(full ? {} : { known: knownSnippets(heldPreview.current) }),
        })
          .then((answer) => {
            if (sent !== null) keepBase(asked, answer.base, sent.texts);
            // A later pause has asked already: its answer is the one to show.
            if (asked !== previewAsked.current) return;
            const p = withSnippetTexts(answer, heldPreview.current);
            if (p === null) return ask(true);
            heldPreview.current = p;
            setPreview(p);
            if (previewBase.current === null) holdBase();
          })
          .catch((e: unknown) => {
            // The backend no longer holds the text the changes were made to (it started again).
            if (!full && e instanceof CallError && e.code === 'conflict') {
              // A base a later answer gave is still good.
              if (previewBase.current === from) previewBase.current = null;
              if (asked === previewAsked.current) ask(true);
            }
          });
      };
      ask(false);
    }, delay);
  };
  /** The base an answer names, unless one from a later request is held already. */
  const keepBase = (asked: number, base: string | null, texts: readonly string[]): void => {
    if (base !== null && asked > (previewBase.current?.asked ?? 0))
      previewBase.current = { asked, base: baseOf(base, texts) };
  };
  /**
   * The text as loaded, given to the backend once while the person reads (the first preview
   * read the stored one), so that the first pause in typing sends only what it changed.
   */
  const holdBase = (): void => {
    // Within 2 s even on a page that is never idle.
    const idle = (f: () => void): void =>
      void (window.requestIdleCallback?.(f, { timeout: 2000 }) ?? window.setTimeout(f, 200));
    if (holding.current) return;
    holding.current = true;
    idle(() => {
      const editor = editorRef.current;
      if (editor === null || previewBase.current !== null) {
        holding.current = false;
        return;
      }
      // Ranks after the requests sent before it, and before one still waiting on its timer.
      const asked = previewAsked.current - 0.5;
      const sent = previewContent(contentOf(editor.getEditorState()), null);
      call('documents.preview', { id: record.id, ...sent.params })
        .then((answer) => keepBase(asked, answer.base, sent.texts))
        .catch(() => undefined)
        .finally(() => (holding.current = false));
    });
  };
  useEffect(() => {
    askPreview(preview === null ? 0 : PREVIEW_DELAY_MS);
    return () => window.clearTimeout(previewTimer.current);
  }, [record.id, details.asOf, detailsSaved]);

  // What the chips and frames show of the library: a new object, which draws every field, note
  // and snippet in the text again, only when those values change; a preview after typing
  // usually brings new counts and nothing else.
  const libraryValues =
    preview === null
      ? ''
      : JSON.stringify([
          preview.asOf,
          preview.fields,
          preview.notes,
          preview.snippets.map((s) => [s.id, s.revision, s.updatedAt]),
          preview.signatories,
        ]);
  // Snippets put in since the last preview: a new frame shows the text fetched to insert it, at
  // once (the next preview brings the same, and redraws the units then).
  const inserted = useRef(new Map<string, SnippetView>());
  const data = useMemo<EditorData>(() => {
    const fields = new Map(
      (preview?.fields ?? []).map((f) => [`${f.field}|${f.caseId ?? ''}|${f.personId ?? ''}`, f]),
    );
    const notes = new Map(
      (preview?.notes ?? []).map((n) => [`${n.sourceId}|${n.pinpoint ?? ''}`, n.text]),
    );
    const snippets = new Map((preview?.snippets ?? []).map((s) => [s.id, s]));
    return {
      asOf: preview === null ? null : formatDay(preview.asOf),
      fieldText: (field, caseId, personId) =>
        fields.get(`${field}|${caseId ?? ''}|${personId ?? ''}`) ?? null,
      sourceNote: (sourceId, pinpoint) => notes.get(`${sourceId}|${pinpoint ?? ''}`) ?? null,
      snippet: (snippetId) => snippets.get(snippetId) ?? inserted.current.get(snippetId) ?? null,
      signatories: preview?.signatories ?? [],
    };
  }, [libraryValues]);

  const inFlight = useRef<Promise<void> | null>(null);
  const save = async (
    autosave = false,
    nextDetails: Details = detailsRef.current,
  ): Promise<void> => {
    // One save at a time; a save asked for meanwhile runs after it, with the text as it is then.
    while (inFlight.current !== null) await inFlight.current;
    const upTo = edits.current;
    if (autosave && upTo === savedEdits.current) return;
    const editor = editorRef.current;
    const now = editor === null ? record.content : contentOf(editor.getEditorState());
    detailsRef.current = nextDetails;
    const run = (async () => {
      setSaving(true);
      try {
        const { id, revision: _r, createdAt: _c, updatedAt: _u, ...fields } = record;
        const saved = await call('documents.save', {
          document: { id, ...fields, ...nextDetails, content: now },
          autosave,
        });
        setError(null);
        savedEdits.current = upTo;
        setRevision(saved.revision);
        setSavedAt(saved.updatedAt);
        // Saved: leaving no longer asks, unless more was typed meanwhile.
        if (edits.current === upTo) {
          setDirty(false);
          release();
        }
      } catch (e) {
        // The text stays in the editor; the next change (or Save) tries again.
        setError(
          e instanceof CallError
            ? new CallError({
                ...e.info,
                message: `Not saved: ${e.message} Your text is still here.`,
              })
            : new CallError({ code: 'internal', message: `Not saved: ${String(e)}` }),
        );
      } finally {
        setSaving(false);
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
  };
  const saveRef = useRef(save);
  saveRef.current = save;
  const changeDetails = useCallback((patch: Partial<Details>): void => {
    const next = { ...detailsRef.current, ...patch };
    setDetails(next);
    // Preflight and the signatory list read the saved details: ask again once saved.
    void saveRef.current(false, next).then(() => setDetailsSaved((n) => n + 1));
  }, []);

  const dropSnippet = useCallback((snippetId: string) => {
    void Promise.all([
      call('snippets.embedding', { id: snippetId }),
      call('snippets.get', { id: snippetId }),
    ])
      .then(([e, sn]) =>
        insertRef.current({
          ...e,
          mode: 'linked',
          title: sn.title,
          updatedAt: sn.updatedAt,
          content: sn.content.root.children,
        }),
      )
      .catch((err: unknown) => setError(err instanceof CallError ? err : null));
  }, []);
  const insertRef = useRef<(e: Embedding) => void>(() => undefined);
  const insertSnippet = (e: Embedding): void => {
    const editor = editorRef.current;
    if (editor === null) return;
    inserted.current.set(e.snippetId, {
      title: e.title,
      revision: e.revision,
      updatedAt: e.updatedAt,
      content: { root: { children: e.content } },
    });
    editor.update(() => {
      const node = $createSnippetEmbedNode(
        {
          snippetId: e.snippetId,
          revision: e.revision,
          mode: e.mode,
          insertedAt: e.insertedAt,
          caseStatuses: e.caseStatuses as Record<string, CaseStatus>,
        },
        e.content,
      );
      if ($getSelection() === null) $getRoot().append(node);
      else $insertNodeToNearestRoot(node);
    });
    editor.focus();
  };
  insertRef.current = insertSnippet;
  // Stable, so that the panels beside the text (the library's list, hundreds of findings) do not
  // render again with the page, which an edit or a save makes render.
  const onInsert = useCallback((e: Embedding) => insertRef.current(e), []);
  const onJump = useCallback((place: string) => {
    if (editorRef.current !== null) jumpTo(editorRef.current, place);
  }, []);

  // A change to the text: "Unsaved changes" (one render, on the first), preflight and the
  // autosave a moment after the last one.
  const autosaveTimer = useRef<number | undefined>(undefined);
  const askPreviewRef = useRef(askPreview);
  askPreviewRef.current = askPreview;
  // Edits count once the editor has shown the text: nested editors (notes, copied snippets)
  // settle theirs in the first moments, which is no change of the person's.
  const ready = useRef(false);
  useEffect(() => {
    const t = window.setTimeout(() => (ready.current = true), 0);
    return () => window.clearTimeout(t);
  }, []);
  const onEdit = useCallback(() => {
    if (!ready.current) return;
    edits.current += 1;
    setDirty(true);
    askPreviewRef.current(PREVIEW_DELAY_MS);
    window.clearTimeout(autosaveTimer.current);
    autosaveTimer.current = window.setTimeout(() => void saveRef.current(true), AUTOSAVE_DELAY_MS);
  }, []);
  useEffect(() => () => window.clearTimeout(autosaveTimer.current), []);

  useSaveShortcut(() => save());

  // A kept revision back in the editor: the text now is saved first (so it stays a revision),
  // then the old text is saved as a new revision and the editor opens on it.
  const restore = useCallback(
    async (kept: DocumentRevision): Promise<void> => {
      await saveRef.current();
      try {
        const { id, revision: _r, createdAt: _c, updatedAt: _u, ...fields } = record;
        const saved = await call('documents.save', {
          document: { id, ...fields, ...detailsRef.current, content: kept.content },
        });
        release();
        onRestored(saved);
      } catch (e) {
        setError(
          e instanceof CallError ? e : new CallError({ code: 'internal', message: String(e) }),
        );
      }
    },
    [record, release, onRestored],
  );
  const currentText = useCallback(
    () =>
      editorRef.current === null ? record.content : contentOf(editorRef.current.getEditorState()),
    [record.content],
  );

  // "As printed": the print tree for the text on screen, asked again a moment after changes.
  const [asPrinted, setAsPrinted] = useState(false);
  const [printed, setPrinted] = useState<PrintDocument | null>(null);
  useEffect(() => {
    if (!asPrinted) return;
    let stale = false;
    const editor = editorRef.current;
    const now = editor === null ? content : contentOf(editor.getEditorState());
    const timer = window.setTimeout(() => {
      call('documents.printed', {
        id: record.id,
        content: now,
        ...(details.asOf === null ? {} : { asOf: details.asOf }),
      })
        .then((p) => {
          if (!stale) setPrinted(p);
        })
        .catch((e: unknown) => {
          if (!stale) setError(e instanceof CallError ? e : null);
        });
    }, 0);
    return () => {
      stale = true;
      window.clearTimeout(timer);
    };
  }, [asPrinted, content, record.id, details.asOf, detailsSaved]);

  /** The problem the last save found with a detail, at its field. */
  const errorAt = useCallback(
    (field: keyof Details): string | null =>
      error !== null && error.info.place === `document.${field}` ? error.message : null,
    [error],
  );

  const [exporting, setExporting] = useState(false);
  // Where the notes pane draws itself (it lives inside the editor, for the notes' own editors).
  const [notesHost, setNotesHost] = useState<HTMLElement | null>(null);
  const report = preview?.report ?? null;

  // The text and the panels beside it, the same elements while what they show is the same: the
  // page renders for its status line ("Unsaved changes", "Saving…") without rendering them
  // (a render of the tab panel makes react-aria look through it, which makes Chromium restyle
  // the whole text first after an edit).
  const editorElement = useMemo(
    () => (
      <DossierEditor
        content={record.content}
        label="Text of the document"
        data={data}
        editorRef={editorRef}
        toolbar={<Toolbar />}
        plugins={
          <>
            <SnippetDropPlugin onDrop={dropSnippet} />
            <NotesPane container={notesHost} />
            <OnChangePlugin ignoreSelectionChange onChange={onEdit} />
          </>
        }
      />
    ),
    [data, record.content, dropSnippet, notesHost, onEdit],
  );
  const side = useMemo(
    () => (
      <aside className="doc-side" aria-label="Beside the text">
        <Tabs defaultSelectedKey="preflight">
          <TabList className="doc-tabs-list" aria-label="Beside the text">
            <Tab id="preflight" className="doc-tab">
              Preflight{report !== null && report.errors > 0 ? ` (${report.errors})` : ''}
            </Tab>
            <Tab id="notes" className="doc-tab">
              Notes
            </Tab>
            <Tab id="library" className="doc-tab">
              Library
            </Tab>
            <Tab id="details" className="doc-tab">
              Details
            </Tab>
            <Tab id="signatories" className="doc-tab">
              Signatories
            </Tab>
            <Tab id="history" className="doc-tab">
              History
            </Tab>
          </TabList>
          <TabPanel id="preflight" aria-label="Preflight">
            <PreflightPanel report={report} onJump={onJump} />
          </TabPanel>
          <TabPanel id="notes">
            <div ref={setNotesHost} />
          </TabPanel>
          <TabPanel id="library">
            <LibraryPanel onInsert={onInsert} />
          </TabPanel>
          <TabPanel id="details">
            <DetailsPanel details={details} onChange={changeDetails} errorAt={errorAt} />
          </TabPanel>
          <TabPanel id="signatories">
            <SignatoriesPanel
              signatories={details.signatories}
              onChange={(signatories) => changeDetails({ signatories })}
            />
          </TabPanel>
          <TabPanel id="history">
            <RevisionsPanel
              documentId={record.id}
              revision={revision}
              current={currentText}
              onRestore={restore}
            />
          </TabPanel>
        </Tabs>
      </aside>
    ),
    [
      report,
      onJump,
      onInsert,
      details,
      changeDetails,
      errorAt,
      record.id,
      revision,
      currentText,
      restore,
    ],
  );

  return (
    <Page
      wide
      title={details.title}
      subtitle={
        <>
          <Badge>{details.status}</Badge>{' '}
          {preview !== null && <span>as of {formatDay(preview.asOf)}</span>}
        </>
      }
      actions={
        <>
          <ToggleButton
            className="btn btn-secondary btn-normal"
            isSelected={asPrinted}
            onChange={setAsPrinted}
          >
            <Eye aria-hidden="true" /> As printed
          </ToggleButton>
          <Button
            variant="primary"
            icon={<Save aria-hidden="true" />}
            onPress={() => void save()}
            isDisabled={saving}
          >
            Save
          </Button>
          <Button icon={<FileDown aria-hidden="true" />} onPress={() => setExporting(true)}>
            Export…
          </Button>
        </>
      }
    >
      <ErrorNote error={error} />
      <ExportDialog
        isOpen={exporting}
        onClose={() => setExporting(false)}
        documentId={record.id}
        title={details.title}
        forumKey={details.forumKey}
        asOf={details.asOf}
        report={report}
        beforeExport={() => save()}
      />
      <div className="doc-layout">
        <div className="doc-editor">
          <ReviewUpdates
            content={content}
            snippet={data.snippet}
            editor={() => editorRef.current}
          />
          {asPrinted && (
            <>
              <Notice>
                The document as it will print as of {formatDay(printed?.meta.date ?? details.asOf)}
                {details.audience === 'public'
                  ? ': persons who must not be named appear as their description.'
                  : '.'}{' '}
                <Button size="small" onPress={() => setAsPrinted(false)}>
                  Back to the text
                </Button>
              </Notice>
              {printed === null ? (
                <p className="muted">Preparing…</p>
              ) : (
                <PrintedView printed={printed} />
              )}
            </>
          )}
          <div hidden={asPrinted}>{editorElement}</div>
          <footer className="doc-statusbar" aria-label="Status of the document">
            {report !== null && (
              <span>
                <span
                  className={
                    report.words.limit !== null && report.words.counted > report.words.limit
                      ? 'doc-over'
                      : undefined
                  }
                >
                  {report.words.counted.toLocaleString('en')} words
                </span>
                {report.words.limit !== null &&
                  ` of ${report.words.limit.toLocaleString('en')} (${details.joint ? 'joint' : 'single'})`}
                {` · about ${report.pages.estimate}${report.pages.limit === null ? '' : ` of ${report.pages.limit}`} ${report.pages.estimate === 1 && report.pages.limit === null ? 'page' : 'pages'}`}
                {' · '}
                {Math.max(1, Math.round(report.words.body / 200))} min to read
                {' · '}
              </span>
            )}
            <span role="status">
              {saving
                ? 'Saving…'
                : dirty
                  ? 'Unsaved changes'
                  : savedAt !== null
                    ? `Saved ${formatTime(savedAt)} (revision ${revision})`
                    : `Revision ${revision}`}
            </span>
          </footer>
        </div>
        {side}
      </div>
    </Page>
  );
}

const PreflightPanel = memo(function PreflightPanel({
  report,
  onJump,
}: {
  report: Preview['report'] | null;
  onJump: (place: string) => void;
}) {
  if (report === null) return <p className="muted">Checking…</p>;
  const groups = (['error', 'warning', 'info'] as const)
    .map((severity) => ({
      severity,
      findings: report.findings.filter((f) => f.severity === severity),
    }))
    .filter((g) => g.findings.length > 0);
  return (
    <section aria-label="Preflight">
      <p className="doc-counts" role="status">
        {report.words.counted} words
        {report.words.limit !== null && ` of ${report.words.limit}`}
        {' · '}about {report.pages.estimate} page{report.pages.estimate === 1 ? '' : 's'}
        {report.pages.limit !== null && ` of ${report.pages.limit}`}
        {' · '}about {Math.max(1, Math.round(report.words.body / 200))} min to read
      </p>
      {groups.length === 0 ? (
        <Notice tone="ok">Nothing to fix: the document is ready to export.</Notice>
      ) : (
        groups.map((g) => (
          <div key={g.severity}>
            <h3 className="doc-group">
              {g.severity === 'error' ? 'Errors' : g.severity === 'warning' ? 'Warnings' : 'Notes'}{' '}
              ({g.findings.length})
            </h3>
            <ul className="doc-findings">
              {g.findings.map((f, i) => (
                <FindingItem key={`${f.code}-${i}`} finding={f} onJump={onJump} />
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
});

function FindingItem({ finding, onJump }: { finding: Finding; onJump: (place: string) => void }) {
  const label =
    finding.severity === 'error' ? 'Error' : finding.severity === 'warning' ? 'Warning' : 'Note';
  const place = finding.place;
  return (
    <li className={`doc-finding doc-finding-${finding.severity}`}>
      <strong>{label}:</strong> {finding.message}
      {finding.where !== '' &&
        (place !== null && place.startsWith('root') ? (
          <>
            {' '}
            <button
              type="button"
              className="doc-jump"
              onClick={() => onJump(place)}
              aria-label={`Go to ${finding.where}: ${finding.message}`}
            >
              {finding.where}
            </button>
          </>
        ) : (
          <span className="muted"> ({finding.where})</span>
        ))}
      {finding.fix !== '' && <div className="doc-fix">{finding.fix}</div>}
    </li>
  );
}
