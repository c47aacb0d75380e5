import {
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $findCellNode,
  $findTableNode,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
  $isTableSelection,
} from '@lexical/table';
import {
  $getSelection,
  $isRangeSelection,
  $setSelection,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { TableProperties } from 'lucide-react';
import {
  Button,
  Menu,
  MenuItem,
  MenuTrigger,
  Popover,
  Separator,
  type Key,
} from 'react-aria-components';

/** The cell the selection starts in, when it is in a table of the text. */
export function $selectedCell(): LexicalNode | null {
  const s = $getSelection();
  if ($isTableSelection(s)) return s.anchor.getNode();
  if (!$isRangeSelection(s)) return null;
  return $findCellNode(s.anchor.getNode()) === null ? null : s.anchor.getNode();
}

type Action =
  | 'row-above'
  | 'row-below'
  | 'column-left'
  | 'column-right'
  | 'delete-row'
  | 'delete-column'
  | 'delete-table';

const INSERTS: [Action, string][] = [
  ['row-above', 'Insert row above'],
  ['row-below', 'Insert row below'],
  ['column-left', 'Insert column left'],
  ['column-right', 'Insert column right'],
];
const DELETES: [Action, string][] = [
  ['delete-row', 'Delete row'],
  ['delete-column', 'Delete column'],
  ['delete-table', 'Delete table'],
];

/** What each action does, on the table the selection is in. */
function $apply(action: Action): void {
  const at = $selectedCell();
  if (at === null) return;
  if (action.startsWith('row-') || action.startsWith('column-')) {
    // Lexical moves the caret into what it put in; Word leaves it where it was.
    const before = $getSelection()?.clone() ?? null;
    $insert(action);
    if (before !== null && before.getNodes().every((n) => n.isAttached())) $setSelection(before);
    return;
  }
  switch (action) {
    case 'delete-row':
      return $deleteTableRowAtSelection();
    case 'delete-column':
      return $deleteTableColumnAtSelection();
    case 'delete-table': {
      const table = $findTableNode(at);
      if (table === null) return;
      // The caret goes to the block after the table (or before it), never nowhere.
      const next = table.getNextSibling() ?? table.getPreviousSibling();
      table.remove();
      if (next !== null) next.selectStart();
      return;
    }
  }
}

function $insert(action: Action): void {
  if (action === 'row-above') $insertTableRowAtSelection(false);
  else if (action === 'row-below') $insertTableRowAtSelection(true);
  else if (action === 'column-left') $insertTableColumnAtSelection(false);
  else if (action === 'column-right') $insertTableColumnAtSelection(true);
}

/**
 * Table layout: rows and columns put in or taken out where the caret is, as Word's Layout tab
 * does. Enabled while the caret is in a table; the text keeps its selection and gets the focus
 * back after each action.
 */
export function TableMenu({ inTable, editor }: { inTable: boolean; editor: LexicalEditor }) {
  const run = (key: Key): void => {
    editor.update(() => $apply(key as Action), { tag: 'table-layout' });
    // The menu gives the focus back to its button when it closes; the text takes it after.
    window.setTimeout(() => editor.focus(), 0);
  };
  return (
    <MenuTrigger>
      <Button className="ed-tool" aria-label="Table layout" isDisabled={!inTable}>
        <TableProperties size={16} />
      </Button>
      <Popover className="ed-menu-popover" placement="bottom start">
        <Menu className="ed-menu" aria-label="Table layout" onAction={run}>
          {INSERTS.map(([id, label]) => (
            <MenuItem key={id} className="ed-menu-item" id={id}>
              {label}
            </MenuItem>
          ))}
          <Separator className="ed-menu-separator" />
          {DELETES.map(([id, label]) => (
            <MenuItem
              key={id}
              className={`ed-menu-item${id === 'delete-table' ? ' ed-menu-danger' : ''}`}
              id={id}
            >
              {label}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
