import { useEffect } from 'react';
import { Form } from 'react-aria-components';
import { sourceInput, type Source, type SourceInput } from '../../../../shared/domain';
import { useCall, useSave } from '../../app/api';
import { refusalPlace, useDraft } from '../../app/forms';
import { navigate } from '../../app/location';
import { Button } from '../../ui/Button';
import { ErrorNote } from '../../ui/ErrorNote';
import { TextField } from '../../ui/Field';
import { Page, Section } from '../../ui/Page';

interface Draft {
  title: string;
  publisher: string;
  url: string;
  published: string;
  accessed: string;
  notes: string;
}
const EMPTY: Draft = { title: '', publisher: '', url: '', published: '', accessed: '', notes: '' };
const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

function toDraft(s: Source): Draft {
  return {
    title: s.title,
    publisher: s.publisher ?? '',
    url: s.url ?? '',
    published: s.published ?? '',
    accessed: s.accessed ?? '',
    notes: s.notes,
  };
}
function toInput(d: Draft, id: string | null): SourceInput {
  return {
    ...(id === null ? {} : { id }),
    title: d.title,
    publisher: orNull(d.publisher),
    url: orNull(d.url),
    published: orNull(d.published),
    accessed: orNull(d.accessed),
    notes: d.notes,
  };
}

export function SourceEdit({ id }: { id: string | null }) {
  const existing = useCall('sources.get', { id: id ?? '' }, { enabled: id !== null });
  const save = useSave('sources.save');
  const draft = useDraft<Draft>(EMPTY, (d) => sourceInput.safeParse(toInput(d, id)));
  useEffect(() => {
    if (existing.data !== undefined) draft.reset(toDraft(existing.data));
  }, [existing.data]);
  const d = draft.value;
  const problem = (path: string): string | undefined =>
    draft.problem(path) ??
    (refusalPlace(save.error, 'source') === path ? save.error?.message : undefined);
  const submit = (): void => {
    if (!draft.check()) return;
    save.mutate(
      { source: toInput(d, id) },
      {
        onSuccess: (saved) => {
          draft.saved(toDraft(saved));
          navigate(`/sources/${saved.id}`, { replace: id === null });
        },
      },
    );
  };
  return (
    <Page title={id === null ? 'New source' : `Edit source`}>
      <Form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        validationBehavior="aria"
      >
        <Section title="The source">
          <TextField
            label="Title"
            value={d.title}
            onChange={(v) => draft.update({ title: v })}
            error={problem('title')}
            autoFocus
          />
          <TextField
            label="Publisher"
            value={d.publisher}
            onChange={(v) => draft.update({ publisher: v })}
            error={problem('publisher')}
            description="e.g. RFE/RL, Amnesty International, HUDOC"
          />
          <TextField
            label="Web address"
            type="url"
            value={d.url}
            onChange={(v) => draft.update({ url: v })}
            error={problem('url')}
            placeholder="https://"
          />
          <div className="form-grid">
            <TextField
              label="Published"
              width="short"
              value={d.published}
              placeholder="YYYY-MM-DD"
              onChange={(v) => draft.update({ published: v })}
              error={problem('published')}
              description="Or YYYY-MM, or YYYY"
            />
            <TextField
              label="Accessed"
              width="short"
              value={d.accessed}
              placeholder="YYYY-MM-DD"
              onChange={(v) => draft.update({ accessed: v })}
              error={problem('accessed')}
            />
          </div>
          <TextField
            label="Notes"
            multiline
            rows={3}
            value={d.notes}
            onChange={(v) => draft.update({ notes: v })}
          />
        </Section>
        <ErrorNote error={refusalPlace(save.error, 'source') === null ? save.error : null} />
        <div className="form-actions">
          <Button variant="primary" type="submit" isDisabled={save.isPending}>
            {save.isPending ? 'Saving…' : id === null ? 'Add source' : 'Save changes'}
          </Button>
          <Button onPress={() => navigate(id === null ? '/sources' : `/sources/${id}`)}>
            Cancel
          </Button>
          {draft.dirty && <span className="muted">Unsaved changes</span>}
        </div>
      </Form>
    </Page>
  );
}
