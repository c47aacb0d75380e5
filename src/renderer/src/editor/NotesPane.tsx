import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $dfs } from '@lexical/utils';
import type { EditorState, LexicalEditor } from 'lexical';
import { useContext, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { noteKey, NoteNumbersContext, useEditorData } from './EditorData';
import { jumpToNode } from './jumpTo';
import { $isCitationNode } from './nodes/CitationNode';
import { $isFootnoteNode } from './nodes/FootnoteNode';
import { NoteText } from './nodes/NoteText';
import { NotesSurfaceContext } from './notesSurface';
import './NotesPane.css';

type Entry =
  | { key: string; kind: 'footnote'; note: LexicalEditor }
  | { key: string; kind: 'citation'; sourceId: string; pinpoint: string | null };

/** The notes of the text, in order: footnotes (their editors) and citations. */
function notesOf(state: EditorState): Entry[] {
  return state.read(() => {
    const out: Entry[] = [];
    for (const { node } of $dfs()) {
      if ($isFootnoteNode(node))
        out.push({ key: node.getKey(), kind: 'footnote', note: node.note() });
      else if ($isCitationNode(node)) {
        const { sourceId, pinpoint } = node.exportJSON();
        out.push({ key: node.getKey(), kind: 'citation', sourceId, pinpoint: pinpoint ?? null });
      }
    }
    return out;
  });
}

const sameNotes = (a: Entry[], b: Entry[]): boolean =>
  a.length === b.length &&
  a.every((e, i) => {
    const f = b[i];
    if (f === undefined || f.key !== e.key || f.kind !== e.kind) return false;
    if (e.kind === 'footnote' && f.kind === 'footnote') return e.note === f.note;
    if (e.kind === 'citation' && f.kind === 'citation') {
      return e.sourceId === f.sourceId && e.pinpoint === f.pinpoint;
    }
    return false;
  });

/**
 * The notes pane: every note of the text in order, numbered as they print, so that a writer can
 * go through them in one place. A footnote's text is edited here as in its popover (text, links,
 * fields); a citation shows the note its source makes. A note's number goes to its marker in the
 * text, and a click on a marker in the text comes to its note here. Mounted inside the editor
 * (among its `plugins`), drawn in `container` (the document screen's "Notes" tab).
 */
export function NotesPane({ container }: { container: HTMLElement | null }) {
  if (container === null) return null;
  return createPortal(<NotesList />, container);
}

function NotesList() {
  const [editor] = useLexicalComposerContext();
  const numbers = useContext(NoteNumbersContext);
  const data = useEditorData();
  const { setSurface } = useContext(NotesSurfaceContext);
  const [notes, setNotes] = useState<Entry[]>(() => notesOf(editor.getEditorState()));
  // The notes' editors appear once the popovers know to stay closed (one place for each).
  const [ready, setReady] = useState(false);
  const items = useRef(new Map<string, HTMLLIElement>());
  const latest = useRef(notes);
  latest.current = notes;

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        const next = notesOf(editorState);
        setNotes((prev) => (sameNotes(prev, next) ? prev : next));
      }),
    [editor],
  );
  useEffect(() => {
    setSurface({
      reveal: (key) => {
        const item = items.current.get(key);
        item?.scrollIntoView({ block: 'nearest' });
        const entry = latest.current.find((e) => e.key === key);
        if (entry?.kind === 'footnote')
          entry.note.focus(undefined, { defaultSelection: 'rootEnd' });
      },
    });
    setReady(true);
    return () => setSurface(null);
  }, [setSurface]);

  if (notes.length === 0) {
    return (
      <div className="notes-empty">
        <p className="empty-title">No notes yet</p>
        <p className="muted">
          Footnotes and citations are listed here in the order they print. Put the cursor where a
          note belongs and choose Footnote or Citation… in the toolbar.
        </p>
      </div>
    );
  }
  const footnotes = notes.filter((n) => n.kind === 'footnote').length;
  return (
    <section aria-label="Notes" className="notes-pane">
      <p className="notes-count muted">
        {notes.length} note{notes.length === 1 ? '' : 's'}
        {footnotes !== notes.length &&
          ` (${footnotes} footnote${footnotes === 1 ? '' : 's'}, ${notes.length - footnotes} citation${notes.length - footnotes === 1 ? '' : 's'})`}
      </p>
      <ol className="notes-list">
        {notes.map((entry) => {
          const n = numbers.get(noteKey(editor, entry.key)) ?? null;
          return (
            <li
              key={entry.key}
              className={`notes-item notes-${entry.kind}`}
              ref={(el) => {
                if (el === null) items.current.delete(entry.key);
                else items.current.set(entry.key, el);
              }}
            >
              <button
                type="button"
                className="notes-number"
                aria-label={`Go to note ${n ?? ''} in the text`}
                title="Go to its place in the text"
                onClick={() => jumpToNode(editor, entry.key)}
              >
                {n ?? '•'}
              </button>
              {entry.kind === 'footnote' ? (
                ready ? (
                  <NoteText note={entry.note} label={`Text of footnote ${n ?? ''}`} />
                ) : (
                  <div className="ed-note-text" />
                )
              ) : (
                <p className="notes-citation">
                  <span className="notes-kind">Citation: </span>
                  {data.sourceNote(entry.sourceId, entry.pinpoint) ?? 'a library source'}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
