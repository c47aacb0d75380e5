import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createTableNodeWithDimensions, $findTableNode } from '@lexical/table';
import { $insertNodeToNearestRoot } from '@lexical/utils';
import {
  $getPreviousSelection,
  $getSelection,
  $insertNodes,
  $isRangeSelection,
  type LexicalEditor,
} from 'lexical';
import { useState } from 'react';
import { LIVE_FIELDS, type LiveFieldName } from '../../../core/document/nodes';
import { useCall } from '../app/api';
import { formatDay } from '../app/format';
import { Button } from '../ui/Button';
import { Checkbox } from '../ui/Choice';
import { Dialog } from '../ui/Dialog';
import { TextField } from '../ui/Field';
import { Picker } from '../ui/Picker';
import { SelectField } from '../ui/SelectField';
import { FIELD_LABELS } from './fieldLabels';
import { $createCitationNode } from './nodes/CitationNode';
import { $createLiveFieldNode } from './nodes/LiveFieldNode';

/** What a field needs: a case, a person, or nothing. */
function needs(field: LiveFieldName): 'case' | 'person' | null {
  if (field === 'person.name') return 'person';
  if (field === 'document.date') return null;
  return 'case';
}

interface InsertProps {
  isOpen: boolean;
  onClose: () => void;
  /** The editor to insert into (a copied snippet's own, where the caret is); else the composer's. */
  editor?: LexicalEditor;
}

/** Insert → Field: choose the field, then the case or person by search (any spelling). */
export function FieldDialog({ isOpen, onClose, editor: into }: InsertProps) {
  const [composer] = useLexicalComposerContext();
  const editor = into ?? composer;
  const [field, setField] = useState<LiveFieldName>('case.status');
  const [target, setTarget] = useState<{ id: string; label: string } | null>(null);
  const cases = useCall('cases.summaries', {}, { enabled: isOpen && needs(field) === 'case' });
  const persons = useCall('persons.list', {}, { enabled: isOpen && needs(field) === 'person' });
  const need = needs(field);
  const close = (): void => {
    setTarget(null);
    onClose();
  };
  const insert = (): void => {
    if (need !== null && target === null) return;
    editor.update(() => {
      $insertNodes([
        $createLiveFieldNode({
          field,
          caseId: need === 'case' ? (target?.id ?? null) : null,
          personId: need === 'person' ? (target?.id ?? null) : null,
        }),
      ]);
    });
    close();
    editor.focus();
  };
  return (
    <Dialog
      title="Insert a live field"
      isOpen={isOpen}
      onClose={close}
      footer={
        <>
          <Button onPress={close}>Cancel</Button>
          <Button variant="primary" onPress={insert} isDisabled={need !== null && target === null}>
            Insert field
          </Button>
        </>
      }
    >
      <SelectField
        label="Field"
        value={field}
        onChange={(f) => {
          setField(f);
          if (needs(f) !== need) setTarget(null);
        }}
        options={LIVE_FIELDS.map((f) => ({ value: f, label: FIELD_LABELS[f] ?? f }))}
        description="Filled in from the case's events as of the document's date, whenever it is printed."
      />
      {need === 'case' && (
        <Picker
          label="Case"
          placeholder="A name or a case, any spelling"
          items={(cases.data ?? []).map((c) => ({
            id: c.id,
            label: c.title,
            also: c.persons.map((p) => p.name).join(' '),
          }))}
          onPick={(id) =>
            setTarget({ id, label: cases.data?.find((c) => c.id === id)?.title ?? id })
          }
        />
      )}
      {need === 'person' && (
        <Picker
          label="Person"
          placeholder="A name, any spelling"
          items={(persons.data ?? []).map((p) => ({
            id: p.id,
            label: p.name,
            also: p.aliases.map((a) => a.name).join(' '),
          }))}
          onPick={(id) =>
            setTarget({ id, label: persons.data?.find((p) => p.id === id)?.name ?? id })
          }
        />
      )}
      {target !== null && (
        <p role="status">
          For: <strong>{target.label}</strong>
        </p>
      )}
    </Dialog>
  );
}

/** Insert → Citation (Ctrl/Cmd+Shift+C): a library source by search, and where in it. */
export function CitationDialog({ isOpen, onClose, editor: into }: InsertProps) {
  const [composer] = useLexicalComposerContext();
  const editor = into ?? composer;
  const sources = useCall('sources.list', {}, { enabled: isOpen });
  const [sourceId, setSourceId] = useState<string | null>(null);
  const [pinpoint, setPinpoint] = useState('');
  const chosen = (sources.data ?? []).find((s) => s.id === sourceId) ?? null;
  const close = (): void => {
    setSourceId(null);
    setPinpoint('');
    onClose();
  };
  const insert = (): void => {
    if (sourceId === null) return;
    editor.update(() => {
      $insertNodes([
        $createCitationNode(sourceId, pinpoint.trim() === '' ? null : pinpoint.trim()),
      ]);
    });
    close();
    editor.focus();
  };
  return (
    <Dialog
      title="Cite a source"
      isOpen={isOpen}
      onClose={close}
      footer={
        <>
          <Button onPress={close}>Cancel</Button>
          <Button variant="primary" onPress={insert} isDisabled={sourceId === null}>
            Insert citation
          </Button>
        </>
      }
    >
      <Picker
        label="Source"
        placeholder="Title or publisher"
        items={(sources.data ?? []).map((s) => ({
          id: s.id,
          label: s.title,
          also: s.publisher ?? '',
          detail: [s.publisher, s.published && formatDay(s.published)].filter(Boolean).join(', '),
        }))}
        onPick={setSourceId}
      />
      {chosen !== null && (
        <p role="status">
          Citing: <strong>{chosen.title}</strong>
        </p>
      )}
      <TextField
        label="Pinpoint"
        value={pinpoint}
        onChange={setPinpoint}
        placeholder="§ 45, p. 12"
        description="Where in the source (optional)."
      />
    </Dialog>
  );
}

/** The largest table the dialog makes (more rows can be added by Tab in the last cell). */
const MAX_ROWS = 100;
const MAX_COLUMNS = 12;

/** A whole number from `min` to `max`, or what is wrong with the text. */
function count(text: string, what: string, min: number, max: number): number | string {
  const n = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || n < min || n > max) {
    return `${what}: a number from ${min} to ${max}.`;
  }
  return n;
}

/**
 * Table… : a table of the rows and columns asked for, the first row a header row unless turned
 * off (core's `headerState` 1 on each of its cells), the cursor in its first cell. Tab moves to
 * the next cell, Shift+Tab back (TablePlugin); Tab in the last cell adds a row.
 */
export function TableDialog({ isOpen, onClose, editor: into }: InsertProps) {
  const [composer] = useLexicalComposerContext();
  const editor = into ?? composer;
  const [rows, setRows] = useState('3');
  const [columns, setColumns] = useState('3');
  const [header, setHeader] = useState(true);
  const [problems, setProblems] = useState<{ rows?: string; columns?: string }>({});
  const [refused, setRefused] = useState<string | null>(null);
  const close = (): void => {
    setProblems({});
    setRefused(null);
    onClose();
  };
  const insert = (): void => {
    const r = count(rows, 'Rows', 1, MAX_ROWS);
    const c = count(columns, 'Columns', 1, MAX_COLUMNS);
    if (typeof r === 'string' || typeof c === 'string') {
      setProblems({
        ...(typeof r === 'string' ? { rows: r } : {}),
        ...(typeof c === 'string' ? { columns: c } : {}),
      });
      return;
    }
    let done = false;
    editor.update(() => {
      done = $insertTable(r, c, header);
    });
    if (!done) {
      setRefused('A table cannot go inside a table: put the cursor outside the table first.');
      return;
    }
    close();
    editor.focus();
  };
  return (
    <Dialog
      title="Insert a table"
      isOpen={isOpen}
      onClose={close}
      footer={
        <>
          <Button onPress={close}>Cancel</Button>
          <Button variant="primary" onPress={insert}>
            Insert table
          </Button>
        </>
      }
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          insert();
        }}
      >
        <div className="ed-table-size">
          <TextField
            label="Rows"
            value={rows}
            onChange={(v) => {
              setRows(v);
              setProblems((p) => ({ ...p, rows: undefined }));
            }}
            inputMode="numeric"
            width="short"
            error={problems.rows}
            autoFocus
          />
          <span className="ed-table-times" aria-hidden="true">
            ×
          </span>
          <TextField
            label="Columns"
            value={columns}
            onChange={(v) => {
              setColumns(v);
              setProblems((p) => ({ ...p, columns: undefined }));
            }}
            inputMode="numeric"
            width="short"
            error={problems.columns}
          />
        </div>
        <Checkbox isSelected={header} onChange={setHeader}>
          First row is a header row
        </Checkbox>
        {refused !== null && (
          <p className="field-error" role="alert">
            {refused}
          </p>
        )}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}

/** Inserts a table where the cursor is (between blocks), the cursor then in its first cell. */
function $insertTable(rows: number, columns: number, header: boolean): boolean {
  const selection = $getSelection() ?? $getPreviousSelection();
  if (!$isRangeSelection(selection)) return false;
  // No table within a table (TablePlugin's rule: its cells would not work).
  if ($findTableNode(selection.anchor.getNode()) !== null) return false;
  const table = $createTableNodeWithDimensions(rows, columns, { rows: header, columns: false });
  $insertNodeToNearestRoot(table);
  table.getFirstDescendant()?.selectStart();
  return true;
}
