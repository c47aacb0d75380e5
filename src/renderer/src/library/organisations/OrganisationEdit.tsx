import { useEffect } from 'react';
import { Form } from 'react-aria-components';
import {
  organisationInput,
  type Organisation,
  type OrganisationInput,
} from '../../../../shared/domain';
import { useCall, useSave } from '../../app/api';
import { DeleteRecord } from '../../app/DeleteRecord';
import { numberOrNull, refusalPlace, useDraft } from '../../app/forms';
import { navigate } from '../../app/location';
import { Button } from '../../ui/Button';
import { ErrorNote } from '../../ui/ErrorNote';
import { TextField } from '../../ui/Field';
import { Page, Section } from '../../ui/Page';

interface Draft {
  name: string;
  shortName: string;
  country: string;
  website: string;
  contact: string;
  description: string;
  founded: string;
}
const EMPTY: Draft = {
  name: '',
  shortName: '',
  country: '',
  website: '',
  contact: '',
  description: '',
  founded: '',
};
const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());
function toDraft(o: Organisation): Draft {
  return {
    name: o.name,
    shortName: o.shortName ?? '',
    country: o.country ?? '',
    website: o.website ?? '',
    contact: o.contact ?? '',
    description: o.description,
    founded: o.founded === null ? '' : String(o.founded),
  };
}
function toInput(d: Draft, id: string | null): OrganisationInput {
  return {
    ...(id === null ? {} : { id }),
    name: d.name,
    shortName: orNull(d.shortName),
    country: orNull(d.country),
    website: orNull(d.website),
    contact: orNull(d.contact),
    description: d.description,
    founded: numberOrNull(d.founded),
  };
}

/** An organisation that signs documents: its name as printed, and a paragraph about it. */
export function OrganisationEdit({ id }: { id: string | null }) {
  const existing = useCall('organisations.get', { id: id ?? '' }, { enabled: id !== null });
  const save = useSave('organisations.save');
  const draft = useDraft<Draft>(EMPTY, (d) => organisationInput.safeParse(toInput(d, id)));
  useEffect(() => {
    if (existing.data !== undefined) draft.reset(toDraft(existing.data));
  }, [existing.data]);
  const d = draft.value;
  const problem = (path: string): string | undefined =>
    draft.problem(path) ??
    (refusalPlace(save.error, 'organisation') === path ? save.error?.message : undefined);
  const submit = (): void => {
    if (!draft.check()) return;
    save.mutate(
      { organisation: toInput(d, id) },
      {
        onSuccess: (saved) => {
          draft.saved(toDraft(saved));
          navigate('/organisations', { replace: id === null });
        },
      },
    );
  };
  return (
    <Page
      title={id === null ? 'New organisation' : (existing.data?.name ?? 'Organisation')}
      actions={
        id !== null && existing.data ? (
          <DeleteRecord
            kind="organisation"
            id={id}
            title={existing.data.name}
            after="/organisations"
          />
        ) : undefined
      }
    >
      <Form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        validationBehavior="aria"
      >
        <Section title="The organisation">
          <TextField
            label="Name"
            value={d.name}
            onChange={(v) => draft.update({ name: v })}
            error={problem('name')}
            autoFocus
            description="As signatory lists print it."
          />
          <div className="form-grid">
            <TextField
              label="Short name"
              width="short"
              value={d.shortName}
              onChange={(v) => draft.update({ shortName: v })}
              error={problem('shortName')}
              placeholder="IPHR"
            />
            <TextField
              label="Country"
              width="tiny"
              value={d.country}
              onChange={(v) => draft.update({ country: v })}
              error={problem('country')}
              placeholder="GB"
            />
            <TextField
              label="Founded"
              width="tiny"
              value={d.founded}
              inputMode="numeric"
              onChange={(v) => draft.update({ founded: v })}
              error={problem('founded')}
            />
          </div>
          <TextField
            label="Website"
            type="url"
            value={d.website}
            onChange={(v) => draft.update({ website: v })}
            error={problem('website')}
            placeholder="https://"
          />
          <TextField
            label="Contact"
            value={d.contact}
            onChange={(v) => draft.update({ contact: v })}
            error={problem('contact')}
            description="The contact person a UPR submission names."
          />
          <TextField
            label="About the organisation"
            multiline
            rows={4}
            serif
            value={d.description}
            onChange={(v) => draft.update({ description: v })}
            description="Mandate and founding year, for the paragraph on each submitting organisation."
          />
        </Section>
        <ErrorNote error={refusalPlace(save.error, 'organisation') === null ? save.error : null} />
        <div className="form-actions">
          <Button variant="primary" type="submit" isDisabled={save.isPending}>
            {save.isPending ? 'Saving…' : id === null ? 'Add organisation' : 'Save changes'}
          </Button>
          <Button onPress={() => navigate('/organisations')}>Cancel</Button>
          {draft.dirty && <span className="muted">Unsaved changes</span>}
        </div>
      </Form>
    </Page>
  );
}
