import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { $createParagraphNode, $getRoot, type EditorState, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useState, type ReactNode, type RefObject } from 'react';
import type { RichContent } from '../../../shared/domain';
import { EditorDataContext, NoteNumbersContext, type EditorData } from './EditorData';
import { EditorNoticeContext, NoticeLine, useNoticeState } from './EditorNotice';
import { isLinkUrl, LinkRulesPlugin } from './LinkDialog';
import { editorNodes } from './nodes/all';
import { NotesSurfaceContext, type NotesSurface } from './notesSurface';
import { FollowCaretPlugin } from './plugins/FollowCaretPlugin';
import { ListDepthPlugin } from './plugins/ListDepthPlugin';
import { NoteNumbersPlugin } from './plugins/NoteNumbersPlugin';
import { PastePlugin } from './plugins/PastePlugin';
import { RichTextUnitsPlugin } from './plugins/RichTextUnitsPlugin';
import { TableTabPlugin } from './plugins/TableTabPlugin';
import { theme } from './theme';
import './Editor.css';

function onError(error: Error): void {
  throw error;
}

/** The content as the document format stores it: the editor state's JSON. */
export function contentOf(state: EditorState): RichContent {
  return state.toJSON() as unknown as RichContent;
}

function ReadyPlugin({ onReady }: { onReady: (content: RichContent) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    // After the first paint, once nested editors (notes, copied snippets) have their text.
    const t = window.setTimeout(() => onReady(contentOf(editor.getEditorState())), 0);
    return () => window.clearTimeout(t);
  }, [editor]);
  return null;
}

/**
 * The one editor of snippet and document text (Lexical 0.52), with a node class for every node
 * of the document format: what it saves is exactly docs/document-format.md's JSON.
 */
export function DossierEditor({
  content,
  label,
  data,
  onChange,
  onReady,
  editorRef,
  toolbar,
  plugins,
  readOnly = false,
}: {
  content: RichContent;
  /** The editable area's accessible name ("Text of the document"). */
  label: string;
  data: EditorData;
  onChange?: (content: RichContent) => void;
  /** The content as the editor holds it once loaded (the baseline for "unsaved changes"). */
  onReady?: (content: RichContent) => void;
  editorRef?: RefObject<LexicalEditor | null>;
  toolbar?: ReactNode;
  /** Plugins of the screen that hosts the editor (inside its composer). */
  plugins?: ReactNode;
  readOnly?: boolean;
}) {
  const initial = useMemo<InitialConfigType>(
    () => ({
      namespace: 'dossier',
      theme,
      nodes: editorNodes(),
      onError,
      editable: !readOnly,
      // Lexical refuses an empty root: an empty document starts with one empty paragraph.
      editorState:
        content.root.children.length === 0
          ? () => $getRoot().append($createParagraphNode())
          : JSON.stringify(content),
    }),
    // The editor takes its content once; later changes come from the person.
    [],
  );
  const [numbers, setNumbers] = useState<Map<string, number>>(new Map());
  const onNumbers = useCallback((n: Map<string, number>) => setNumbers(n), []);
  const [notice, say] = useNoticeState();
  const [surface, setSurface] = useState<NotesSurface | null>(null);
  const notes = useMemo(() => ({ surface, setSurface }), [surface]);
  return (
    <EditorDataContext.Provider value={data}>
      <NoteNumbersContext.Provider value={numbers}>
        <EditorNoticeContext.Provider value={say}>
          <NotesSurfaceContext.Provider value={notes}>
            <LexicalComposer initialConfig={initial}>
              <div className="ed-top">
                {toolbar}
                <NoticeLine text={notice} />
              </div>
              <div className="ed-page">
                <RichTextUnitsPlugin
                  contentEditable={<ContentEditable className="ed-content" aria-label={label} />}
                />
              </div>
              <HistoryPlugin />
              <ListPlugin />
              <ListDepthPlugin />
              <LinkPlugin validateUrl={isLinkUrl} />
              <LinkRulesPlugin />
              <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} />
              <TableTabPlugin />
              <NoteNumbersPlugin onNumbers={onNumbers} />
              <PastePlugin />
              <FollowCaretPlugin />
              {plugins}
              {editorRef !== undefined && <EditorRefPlugin editorRef={editorRef} />}
              {onReady !== undefined && <ReadyPlugin onReady={onReady} />}
              {onChange !== undefined && (
                <OnChangePlugin
                  ignoreSelectionChange
                  onChange={(state) => onChange(contentOf(state))}
                />
              )}
            </LexicalComposer>
          </NotesSurfaceContext.Provider>
        </EditorNoticeContext.Provider>
      </NoteNumbersContext.Provider>
    </EditorDataContext.Provider>
  );
}
