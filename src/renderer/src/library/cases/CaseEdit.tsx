import { useEffect } from 'react';
import { Form } from 'react-aria-components';
import {
  caseInput,
  CHARGE_STATUSES,
  type CaseInput,
  type CaseRecord,
} from '../../../../shared/domain';
import { useCall, useSave } from '../../app/api';
import { refusalPlace, useDraft } from '../../app/forms';
import { navigate } from '../../app/location';
import { VisibilityBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ErrorNote } from '../../ui/ErrorNote';
import { TextField } from '../../ui/Field';
import { Page, Section } from '../../ui/Page';
import { LinkedRecords } from '../../ui/LinkedRecords';
import { Repeater } from '../../ui/Repeater';
import { SelectField } from '../../ui/SelectField';

interface Draft {
  title: string;
  country: string;
  personIds: string[];
  violations: string;
  charges: {
    code: string;
    article: string;
    label: string;
    status: (typeof CHARGE_STATUSES)[number];
  }[];
  applications: {
    number: string;
    name: string;
    judgmentDate: string;
    articles: string;
    notes: string;
  }[];
  summary: string;
  lastVerified: string | null;
}

const EMPTY: Draft = {
  title: '',
  country: '',
  personIds: [],
  violations: '',
  charges: [],
  applications: [],
  summary: '',
  lastVerified: null,
};

function toDraft(c: CaseRecord): Draft {
  return {
    title: c.title,
    country: c.country ?? '',
    personIds: c.personIds,
    violations: c.violations.join(', '),
    charges: c.charges.map((ch) => ({
      code: ch.code ?? '',
      article: ch.article ?? '',
      label: ch.label,
      status: ch.status,
    })),
    applications: c.applications.map((a) => ({
      number: a.number,
      name: a.name ?? '',
      judgmentDate: a.judgmentDate ?? '',
      articles: a.articles.join(', '),
      notes: a.notes,
    })),
    summary: c.summary,
    lastVerified: c.lastVerified,
  };
}

const list = (s: string): string[] =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

function toInput(d: Draft, id: string | null): CaseInput {
  return {
    ...(id === null ? {} : { id }),
    title: d.title,
    country: orNull(d.country),
    personIds: d.personIds,
    violations: list(d.violations),
    charges: d.charges.map((c) => ({
      code: orNull(c.code),
      article: orNull(c.article),
      label: c.label,
      status: c.status,
    })),
    applications: d.applications.map((a) => ({
      number: a.number,
      name: orNull(a.name),
      judgmentDate: orNull(a.judgmentDate),
      articles: list(a.articles),
      notes: a.notes,
    })),
    summary: d.summary,
    lastVerified: d.lastVerified,
  };
}

/** Add or correct a case: who, the charges, the applications to Strasbourg. Events are added on the case's page. */
export function CaseEdit({ id }: { id: string | null }) {
  const existing = useCall('cases.get', { id: id ?? '' }, { enabled: id !== null });
  const persons = useCall('persons.list', {});
  const save = useSave('cases.save');
  const draft = useDraft<Draft>(EMPTY, (d) => caseInput.safeParse(toInput(d, id)));
  useEffect(() => {
    if (existing.data !== undefined) draft.reset(toDraft(existing.data.case));
  }, [existing.data]);

  const d = draft.value;
  const problem = (path: string): string | undefined =>
    draft.problem(path) ??
    (refusalPlace(save.error, 'case') === path ? save.error?.message : undefined);
  const byId = new Map((persons.data ?? []).map((p) => [p.id, p]));
  const submit = (): void => {
    if (!draft.check()) return;
    save.mutate(
      { case: toInput(d, id) },
      {
        onSuccess: (saved) => {
          draft.saved(toDraft(saved));
          navigate(`/cases/${saved.id}`, { replace: id === null });
        },
      },
    );
  };

  return (
    <Page title={id === null ? 'New case' : `Edit ${existing.data?.case.title ?? 'case'}`}>
      <Form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        validationBehavior="aria"
      >
        <Section title="The case">
          <TextField
            label="Title"
            value={d.title}
            onChange={(v) => draft.update({ title: v })}
            error={problem('title')}
            autoFocus
            description="e.g. Khadija Ismayilova: prosecution and imprisonment (2014–2016)"
          />
          <TextField
            label="Country"
            width="tiny"
            value={d.country}
            placeholder="AZ"
            onChange={(v) => draft.update({ country: v })}
            error={problem('country')}
            description="Two letters"
          />
          <LinkedRecords
            label="Persons"
            layout="chips"
            records={d.personIds.map((pid) => {
              const p = byId.get(pid);
              return {
                id: pid,
                name: p?.name ?? 'person',
                shown: (
                  <>
                    {p?.name ?? pid} {p && <VisibilityBadge visibility={p.visibility} />}
                  </>
                ),
              };
            })}
            empty="Nobody yet."
            removeLabel={(name) => `Remove ${name} from the case`}
            onRemove={(pid) => draft.update({ personIds: d.personIds.filter((x) => x !== pid) })}
            pick={{
              label: 'Add a person',
              placeholder: 'Type a name, any spelling',
              items: (persons.data ?? []).map((p) => ({
                id: p.id,
                label: p.name,
                also: p.aliases.map((a) => a.name).join(' '),
                detail: p.roles.join(', '),
              })),
              onPick: (pid) => draft.update({ personIds: [...d.personIds, pid] }),
              description: 'Not in the library yet? Add the person first (Persons → New person).',
            }}
          />
          <TextField
            label="Violations"
            value={d.violations}
            onChange={(v) => draft.update({ violations: v })}
            description="Separated by commas, e.g. arbitrary detention, freedom of expression"
          />
        </Section>
        <Section title="Charges">
          <Repeater
            legend="Charges"
            items={d.charges}
            onChange={(charges) => draft.update({ charges })}
            make={() => ({ code: '', article: '', label: '', status: 'active' as const })}
            addLabel="Add a charge"
            itemLabel={(i) => `charge ${i + 1}`}
            empty="No charges recorded."
            render={(c, set, i) => (
              <>
                <TextField
                  label="Code"
                  width="short"
                  value={c.code}
                  placeholder="Criminal Code"
                  onChange={(v) => set({ ...c, code: v })}
                />
                <TextField
                  label="Article"
                  width="tiny"
                  value={c.article}
                  placeholder="213.1"
                  onChange={(v) => set({ ...c, article: v })}
                />
                <TextField
                  label={`Charge ${i + 1}`}
                  width="medium"
                  value={c.label}
                  onChange={(v) => set({ ...c, label: v })}
                  error={problem(`charges[${i}].label`)}
                />
                <SelectField
                  label="Status"
                  width="short"
                  value={c.status}
                  onChange={(status) => set({ ...c, status })}
                  options={CHARGE_STATUSES.map((s) => ({ value: s, label: s }))}
                />
              </>
            )}
          />
        </Section>
        <Section title="ECtHR applications">
          <Repeater
            legend="Applications"
            items={d.applications}
            onChange={(applications) => draft.update({ applications })}
            make={() => ({ number: '', name: '', judgmentDate: '', articles: '', notes: '' })}
            addLabel="Add an application"
            itemLabel={(i) => `application ${i + 1}`}
            empty="None recorded."
            render={(a, set, i) => (
              <>
                <TextField
                  label="Application no."
                  width="short"
                  value={a.number}
                  placeholder="15172/13"
                  onChange={(v) => set({ ...a, number: v })}
                  error={problem(`applications[${i}].number`)}
                />
                <TextField
                  label="Name"
                  width="medium"
                  value={a.name}
                  placeholder="Mammadov v. Azerbaijan"
                  onChange={(v) => set({ ...a, name: v })}
                />
                <TextField
                  label="Judgment date"
                  width="short"
                  value={a.judgmentDate}
                  placeholder="YYYY-MM-DD"
                  onChange={(v) => set({ ...a, judgmentDate: v })}
                  error={problem(`applications[${i}].judgmentDate`)}
                />
                <TextField
                  label="Articles violated"
                  width="short"
                  value={a.articles}
                  placeholder="5, 18"
                  onChange={(v) => set({ ...a, articles: v })}
                />
              </>
            )}
          />
        </Section>
        <Section title="Summary">
          <TextField
            label="Summary"
            multiline
            rows={6}
            serif
            value={d.summary}
            onChange={(v) => draft.update({ summary: v })}
          />
        </Section>
        <ErrorNote error={refusalPlace(save.error, 'case') === null ? save.error : null} />
        <div className="form-actions">
          <Button variant="primary" type="submit" isDisabled={save.isPending}>
            {save.isPending ? 'Saving…' : id === null ? 'Add case' : 'Save changes'}
          </Button>
          <Button onPress={() => navigate(id === null ? '/cases' : `/cases/${id}`)}>Cancel</Button>
          {draft.dirty && <span className="muted">Unsaved changes</span>}
        </div>
      </Form>
    </Page>
  );
}
