import { useEffect } from 'react';
import { Form } from 'react-aria-components';
import {
  personInput,
  SUGGESTED_ROLES,
  type Person,
  type PersonInput,
} from '../../../../shared/domain';
import { useCall, useSave } from '../../app/api';
import { guessScript, SCRIPTS, VISIBILITY_LABELS } from '../../app/format';
import { numberOrNull, refusalPlace, useDraft } from '../../app/forms';
import { navigate } from '../../app/location';
import { Button } from '../../ui/Button';
import { RadioChoice } from '../../ui/Choice';
import { ErrorNote } from '../../ui/ErrorNote';
import { TextField } from '../../ui/Field';
import { Page, Section } from '../../ui/Page';
import { Repeater } from '../../ui/Repeater';
import { SelectField } from '../../ui/SelectField';

interface Draft {
  name: string;
  aliases: { name: string; script: string; language: string }[];
  roles: string;
  affiliations: { name: string; position: string }[];
  country: string;
  visibility: Person['visibility'];
  gender: '' | 'female' | 'male' | 'other';
  birthYear: string;
  notes: string;
}

const EMPTY: Draft = {
  name: '',
  aliases: [],
  roles: '',
  affiliations: [],
  country: '',
  visibility: 'public',
  gender: '',
  birthYear: '',
  notes: '',
};

function toDraft(p: Person): Draft {
  return {
    name: p.name,
    aliases: p.aliases.map((a) => ({
      name: a.name,
      script: a.script ?? '',
      language: a.language ?? '',
    })),
    roles: p.roles.join(', '),
    affiliations: p.affiliations.map((a) => ({ name: a.name, position: a.position ?? '' })),
    country: p.country ?? '',
    visibility: p.visibility,
    gender: p.gender ?? '',
    birthYear: p.birthYear === null ? '' : String(p.birthYear),
    notes: p.notes,
  };
}

/** The draft as the contract takes it (its schema checks it, as the backend will). */
function toInput(d: Draft, id: string | null): PersonInput {
  return {
    ...(id === null ? {} : { id }),
    name: d.name,
    aliases: d.aliases.map((a) => ({
      name: a.name,
      ...(a.script ? { script: a.script } : {}),
      ...(a.language.trim() ? { language: a.language.trim() } : {}),
    })),
    roles: d.roles
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean),
    affiliations: d.affiliations.map((a) => ({
      name: a.name,
      ...(a.position.trim() ? { position: a.position } : {}),
    })),
    country: d.country.trim() === '' ? null : d.country.trim(),
    visibility: d.visibility,
    gender: d.gender === '' ? null : d.gender,
    birthYear: numberOrNull(d.birthYear),
    notes: d.notes,
  };
}

/** Add or correct a person: name, the other ways it is written, roles, how they may appear. */
export function PersonEdit({ id }: { id: string | null }) {
  const existing = useCall('persons.get', { id: id ?? '' }, { enabled: id !== null });
  const save = useSave('persons.save');
  const draft = useDraft<Draft>(EMPTY, (d) => personInput.safeParse(toInput(d, id)));

  useEffect(() => {
    if (existing.data !== undefined) draft.reset(toDraft(existing.data));
  }, [existing.data]);

  const d = draft.value;
  const problem = (path: string): string | undefined =>
    draft.problem(path) ??
    (refusalPlace(save.error, 'person') === path ? save.error?.message : undefined);

  const submit = (): void => {
    if (!draft.check()) return;
    save.mutate(
      { person: toInput(d, id) },
      {
        onSuccess: (saved) => {
          draft.saved(toDraft(saved));
          navigate(`/persons/${saved.id}`, { replace: id === null });
        },
      },
    );
  };
  const name = existing.data?.name;

  return (
    <Page title={id === null ? 'New person' : `Edit ${name ?? 'person'}`}>
      <Form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        validationBehavior="aria"
      >
        <Section title="Who">
          <TextField
            label="Name"
            value={d.name}
            onChange={(v) => draft.update({ name: v })}
            description="As your documents should print it, e.g. Xədicə İsmayılova or Khadija Ismayilova."
            error={problem('name')}
            autoFocus
          />
          <Repeater
            legend="Other spellings (aliases)"
            items={d.aliases}
            onChange={(aliases) => draft.update({ aliases })}
            make={() => ({ name: '', script: '', language: '' })}
            addLabel="Add a spelling"
            itemLabel={(i) => `spelling ${i + 1}`}
            empty="Add the spellings others use (Cyrillic, English transliteration): search and anonymisation find them all."
            render={(a, set, i) => (
              <>
                <TextField
                  label={`Spelling ${i + 1}`}
                  value={a.name}
                  width="medium"
                  onChange={(v) =>
                    set({ ...a, name: v, script: a.script || (guessScript(v) ?? '') })
                  }
                  error={problem(`aliases[${i}].name`)}
                />
                <SelectField
                  label="Script"
                  width="short"
                  value={a.script}
                  onChange={(script) => set({ ...a, script })}
                  options={[
                    { value: '', label: '—' },
                    ...SCRIPTS.map((s) => ({ value: s.code, label: s.label })),
                  ]}
                />
                <TextField
                  label="Language"
                  width="tiny"
                  value={a.language}
                  placeholder="ru"
                  onChange={(v) => set({ ...a, language: v })}
                  error={problem(`aliases[${i}].language`)}
                />
              </>
            )}
          />
          <TextField
            label="Roles"
            value={d.roles}
            onChange={(v) => draft.update({ roles: v })}
            description={`Separated by commas, e.g. ${SUGGESTED_ROLES.slice(0, 3).join(', ')}. The first is used in "a journalist, name withheld".`}
            error={problem('roles')}
          />
          <Repeater
            legend="Affiliations"
            items={d.affiliations}
            onChange={(affiliations) => draft.update({ affiliations })}
            make={() => ({ name: '', position: '' })}
            addLabel="Add an affiliation"
            itemLabel={(i) => `affiliation ${i + 1}`}
            render={(a, set, i) => (
              <>
                <TextField
                  label="Organisation"
                  width="medium"
                  value={a.name}
                  onChange={(v) => set({ ...a, name: v })}
                  error={problem(`affiliations[${i}].name`)}
                />
                <TextField
                  label="Position"
                  width="medium"
                  value={a.position}
                  onChange={(v) => set({ ...a, position: v })}
                />
              </>
            )}
          />
          <div className="form-grid">
            <TextField
              label="Country"
              width="tiny"
              value={d.country}
              placeholder="AZ"
              onChange={(v) => draft.update({ country: v })}
              error={problem('country')}
              description="Two letters"
            />
            <SelectField
              label="Gender"
              width="short"
              value={d.gender}
              onChange={(gender) => draft.update({ gender })}
              options={[
                { value: '', label: '—' },
                { value: 'female', label: 'female' },
                { value: 'male', label: 'male' },
                { value: 'other', label: 'other' },
              ]}
            />
            <TextField
              label="Year of birth"
              width="tiny"
              value={d.birthYear}
              onChange={(v) => draft.update({ birthYear: v })}
              error={problem('birthYear')}
              inputMode="numeric"
            />
          </div>
        </Section>
        <Section title="In documents">
          <RadioChoice
            label="Visibility"
            value={d.visibility}
            onChange={(visibility) => draft.update({ visibility })}
            options={[
              {
                value: 'public',
                label: VISIBILITY_LABELS.public,
                description: 'Named in every document.',
              },
              {
                value: 'anonymise',
                label: VISIBILITY_LABELS.anonymise,
                description:
                  'Public documents show a description instead of the name, however it is spelled.',
              },
              {
                value: 'internal',
                label: VISIBILITY_LABELS.internal,
                description: 'Never in a public document: one that names them cannot be exported.',
              },
            ]}
          />
          <TextField
            label="Notes"
            multiline
            rows={4}
            value={d.notes}
            onChange={(v) => draft.update({ notes: v })}
            error={problem('notes')}
          />
        </Section>
        <ErrorNote error={refusalPlace(save.error, 'person') === null ? save.error : null} />
        <div className="form-actions">
          <Button variant="primary" type="submit" isDisabled={save.isPending}>
            {save.isPending ? 'Saving…' : id === null ? 'Add person' : 'Save changes'}
          </Button>
          <Button onPress={() => navigate(id === null ? '/persons' : `/persons/${id}`)}>
            Cancel
          </Button>
          {draft.dirty && <span className="muted">Unsaved changes</span>}
        </div>
      </Form>
    </Page>
  );
}
