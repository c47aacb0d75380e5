import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode, type HeadingTagType } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $isTableSelection } from '@lexical/table';
import { $insertNodeToNearestRoot, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $insertNodes,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  INDENT_CONTENT_COMMAND,
  KEY_DOWN_COMMAND,
  OUTDENT_CONTENT_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
  type TextFormatType,
} from 'lexical';
import {
  Bold,
  BookMarked,
  Braces,
  Heading1,
  Heading2,
  Heading3,
  Italic,
  Link,
  List,
  ListIndentDecrease,
  ListIndentIncrease,
  ListOrdered,
  Pilcrow,
  Quote,
  Redo2,
  Scissors,
  StickyNote,
  Table,
  Underline,
  Undo2,
} from 'lucide-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { shortcutLabel } from '../../../shared/commands';
import { isMac } from '../app/commands';
import { CitationDialog, FieldDialog, TableDialog } from './InsertDialogs';
import { LinkDialog, registerLinkShortcut } from './LinkDialog';
import { LINK_SHORTCUT } from './shortcuts';
import { $createFootnoteNode } from './nodes/FootnoteNode';
import { isNoteEditor } from './nodes/nested';
import { $createPageBreakNode } from './nodes/PageBreakNode';
import { $isInList } from './plugins/ListDepthPlugin';
import { $selectedCell, TableMenu } from './TableMenu';

/** A toolbar button that keeps the text's selection (it never takes focus from the editor). */
function Tool({
  label,
  shortcut,
  icon,
  active,
  disabled,
  onPress,
}: {
  label: string;
  shortcut?: string;
  icon: ReactNode;
  active?: boolean;
  disabled?: boolean;
  onPress: () => void;
}) {
  return (
    <button
      type="button"
      className={`ed-tool${active ? ' ed-tool-on' : ''}`}
      aria-label={label}
      aria-pressed={active}
      title={shortcut === undefined ? label : `${label} (${shortcut})`}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onPress}
    >
      {icon}
    </button>
  );
}

const mod = isMac ? '⌘' : 'Ctrl+';

interface Marks {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** The cursor is in a list (indent and outdent apply). */
  list: boolean;
  /** The cursor is in a table (its layout menu applies). */
  table: boolean;
}

/** What the toolbar shows as on, for the selection as it is. */
function $marks(): Marks | null {
  const s = $getSelection();
  if ($isTableSelection(s))
    return { bold: false, italic: false, underline: false, list: false, table: true };
  if (!$isRangeSelection(s)) return null;
  return {
    bold: s.hasFormat('bold'),
    italic: s.hasFormat('italic'),
    underline: s.hasFormat('underline'),
    list: $isInList(),
    table: $selectedCell() !== null,
  };
}

/**
 * A state update to these marks that keeps the state when they are the same: no render of the
 * toolbar on a keystroke (each render costs a walk of the whole text, which React makes on every
 * commit while the editor has focus).
 */
function same(next: Marks): (m: Marks) => Marks {
  return (m) =>
    m.bold === next.bold &&
    m.italic === next.italic &&
    m.underline === next.underline &&
    m.list === next.list &&
    m.table === next.table
      ? m
      : next;
}

/** Paragraph styles, marks, lists, links, tables, notes and breaks: the writing toolbar. */
export function Toolbar() {
  const [editor] = useLexicalComposerContext();
  const [marks, setMarks] = useState<Marks>({
    bold: false,
    italic: false,
    underline: false,
    list: false,
    table: false,
  });
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [dialog, setDialog] = useState<'field' | 'citation' | 'link' | 'table' | null>(null);
  // The editor the caret is in: the text's, a copied snippet's own, or a footnote's. The tools
  // act there (a nested editor's selection changes reach the text's editor's listeners).
  const [active, setActive] = useState<LexicalEditor>(editor);
  useEffect(() => setActive(editor), [editor]);
  const activeRef = useRef(active);
  activeRef.current = active;
  // A footnote's text holds text, links and fields only.
  const inNote = isNoteEditor(active);
  // A nested editor taken off the screen (a footnote's popover closed) hands the tools back.
  useEffect(
    () =>
      active === editor
        ? undefined
        : active.registerRootListener((root) => {
            if (root === null) setActive(editor);
          }),
    [active, editor],
  );
  useEffect(
    () =>
      active.registerUpdateListener(({ editorState }) =>
        editorState.read(() => {
          const m = $marks();
          if (m !== null) setMarks(same(m));
        }),
      ),
    [active],
  );

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          SELECTION_CHANGE_COMMAND,
          (_payload, here) => {
            // Only a move to another editor renders the toolbar (not every caret move).
            if (activeRef.current !== here) setActive(here);
            const m = $marks();
            if (m !== null) setMarks(same(m));
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        registerLinkShortcut(editor, () => setDialog('link')),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (e) => {
            // Ctrl/Cmd+Shift+C: cite a source (not in a footnote: no notes within notes).
            if (
              (e.ctrlKey || e.metaKey) &&
              e.shiftKey &&
              e.key.toLowerCase() === 'c' &&
              !isNoteEditor(activeRef.current)
            ) {
              e.preventDefault();
              setDialog('citation');
              return true;
            }
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (v) => (setCanUndo(v), false),
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (v) => (setCanRedo(v), false),
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );

  const format = (f: TextFormatType) => active.dispatchCommand(FORMAT_TEXT_COMMAND, f);
  const blocks = (make: () => ReturnType<typeof $createParagraphNode>) =>
    active.update(() => {
      const s = $getSelection();
      if ($isRangeSelection(s)) $setBlocksType(s, make);
    });
  const heading = (tag: HeadingTagType) => blocks(() => $createHeadingNode(tag) as never);

  return (
    <div className="ed-toolbar" role="toolbar" aria-label="Formatting">
      <Tool
        label="Undo"
        shortcut={`${mod}Z`}
        icon={<Undo2 size={16} />}
        disabled={!canUndo}
        onPress={() => active.dispatchCommand(UNDO_COMMAND, undefined)}
      />
      <Tool
        label="Redo"
        shortcut={`${mod}Shift+Z`}
        icon={<Redo2 size={16} />}
        disabled={!canRedo}
        onPress={() => active.dispatchCommand(REDO_COMMAND, undefined)}
      />
      <span className="ed-tool-gap" />
      <Tool
        label="Paragraph"
        icon={<Pilcrow size={16} />}
        onPress={() => blocks(() => $createParagraphNode())}
      />
      <Tool
        label="Heading 1"
        icon={<Heading1 size={16} />}
        disabled={inNote}
        onPress={() => heading('h1')}
      />
      <Tool
        label="Heading 2"
        icon={<Heading2 size={16} />}
        disabled={inNote}
        onPress={() => heading('h2')}
      />
      <Tool
        label="Heading 3"
        icon={<Heading3 size={16} />}
        disabled={inNote}
        onPress={() => heading('h3')}
      />
      <Tool
        label="Quote"
        icon={<Quote size={16} />}
        disabled={inNote}
        onPress={() => blocks(() => $createQuoteNode() as never)}
      />
      <span className="ed-tool-gap" />
      <Tool
        label="Bold"
        shortcut={`${mod}B`}
        icon={<Bold size={16} />}
        active={marks.bold}
        onPress={() => format('bold')}
      />
      <Tool
        label="Italic"
        shortcut={`${mod}I`}
        icon={<Italic size={16} />}
        active={marks.italic}
        onPress={() => format('italic')}
      />
      <Tool
        label="Underline"
        shortcut={`${mod}U`}
        icon={<Underline size={16} />}
        active={marks.underline}
        onPress={() => format('underline')}
      />
      <span className="ed-tool-gap" />
      <Tool
        label="Bulleted list"
        icon={<List size={16} />}
        disabled={inNote}
        onPress={() => active.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)}
      />
      <Tool
        label="Numbered list"
        icon={<ListOrdered size={16} />}
        disabled={inNote}
        onPress={() => active.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)}
      />
      <Tool
        label="Indent list item"
        shortcut="Tab"
        icon={<ListIndentIncrease size={16} />}
        disabled={!marks.list}
        onPress={() => active.dispatchCommand(INDENT_CONTENT_COMMAND, undefined)}
      />
      <Tool
        label="Outdent list item"
        shortcut="Shift+Tab"
        icon={<ListIndentDecrease size={16} />}
        disabled={!marks.list}
        onPress={() => active.dispatchCommand(OUTDENT_CONTENT_COMMAND, undefined)}
      />
      <span className="ed-tool-gap" />
      <Tool
        label="Link…"
        shortcut={shortcutLabel(LINK_SHORTCUT, isMac)}
        icon={<Link size={16} />}
        onPress={() => setDialog('link')}
      />
      <Tool
        label="Table…"
        icon={<Table size={16} />}
        disabled={inNote}
        onPress={() => setDialog('table')}
      />
      <TableMenu editor={active} inTable={marks.table} />
      <span className="ed-tool-gap" />
      <Tool label="Field…" icon={<Braces size={16} />} onPress={() => setDialog('field')} />
      <Tool
        label="Citation…"
        shortcut={`${mod}Shift+C`}
        icon={<BookMarked size={16} />}
        disabled={inNote}
        onPress={() => setDialog('citation')}
      />
      <Tool
        label="Footnote"
        icon={<StickyNote size={16} />}
        disabled={inNote}
        onPress={() => active.update(() => $insertNodes([$createFootnoteNode()]))}
      />
      <Tool
        label="Page break"
        icon={<Scissors size={16} />}
        disabled={inNote}
        onPress={() => active.update(() => void $insertNodeToNearestRoot($createPageBreakNode()))}
      />
      <FieldDialog editor={active} isOpen={dialog === 'field'} onClose={() => setDialog(null)} />
      <CitationDialog
        editor={active}
        isOpen={dialog === 'citation'}
        onClose={() => setDialog(null)}
      />
      <LinkDialog editor={active} isOpen={dialog === 'link'} onClose={() => setDialog(null)} />
      <TableDialog editor={active} isOpen={dialog === 'table'} onClose={() => setDialog(null)} />
    </div>
  );
}
