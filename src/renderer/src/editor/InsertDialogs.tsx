import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertNodes } from 'lexical';
import { useState } from 'react';
import { LIVE_FIELDS, type LiveFieldName } from '../../../core/document/nodes';
import { useCall } from '../app/api';
import { formatDay } from '../app/format';
import { Button } from '../ui/Button';
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

/** Insert → Field: choose the field, then the case or person by search (any spelling). */
export function FieldDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const [editor] = useLexicalComposerContext();
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
export function CitationDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const [editor] = useLexicalComposerContext();
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
