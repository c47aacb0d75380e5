import { X } from 'lucide-react';
import { useEffect, useMemo } from 'react';
import { Form } from 'react-aria-components';
import { caseFacts, type FactEvent } from '../../../../core/facts/caseFacts';
import {
  CASE_STATUSES,
  eventInput,
  EVENT_TYPES,
  SENTENCE_KINDS,
  type CaseEvent,
  type CaseStatus,
  type EventInput,
  type EventType,
  type SentenceKind,
} from '../../../../shared/domain';
import { useCall, useSave } from '../../app/api';
import { DeleteRecord } from '../../app/DeleteRecord';
import {
  EVENT_TYPE_LABELS,
  formatDay,
  localToday,
  MONTH_NAMES,
  plural,
  statusLabel,
} from '../../app/format';
import { numberOrNull, refusalPlace, useDraft } from '../../app/forms';
import { navigate } from '../../app/location';
import { StatusBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Choice';
import { ErrorNote } from '../../ui/ErrorNote';
import { FieldSet, TextField } from '../../ui/Field';
import { Notice, Page, Section } from '../../ui/Page';
import { Picker } from '../../ui/Picker';
import { SelectField } from '../../ui/SelectField';
import './CasePage.css';

interface Draft {
  type: EventType;
  year: string;
  month: string;
  day: string;
  uncertain: boolean;
  text: string;
  statusAfter: '' | CaseStatus;
  hasSentence: boolean;
  years: string;
  months: string;
  kind: SentenceKind;
  probation: string;
  sources: { sourceId: string; pinpoint: string }[];
}

const SENTENCE_TYPES: readonly EventType[] = ['verdict', 'appeal', 'cassation', 'pardon', 'other'];
const KIND_LABELS: Record<SentenceKind, string> = {
  custodial: 'in prison',
  suspended: 'suspended',
  restricted_freedom: 'restricted freedom',
  fine: 'fine',
  none: 'no penalty',
};

function emptyDraft(): Draft {
  const [y, m, d] = localToday().split('-');
  return {
    type: 'arrest',
    year: y ?? '',
    month: String(Number(m)),
    day: String(Number(d)),
    uncertain: false,
    text: '',
    statusAfter: '',
    hasSentence: false,
    years: '',
    months: '',
    kind: 'custodial',
    probation: '',
    sources: [],
  };
}

function toDraft(e: CaseEvent): Draft {
  const [y, m, d] = e.date.split('-');
  return {
    type: e.type,
    year: y ?? '',
    month: m === undefined ? '' : String(Number(m)),
    day: d === undefined ? '' : String(Number(d)),
    uncertain: e.uncertain,
    text: e.text,
    statusAfter: e.statusAfter ?? '',
    hasSentence: e.sentence !== null,
    years: e.sentence ? String(e.sentence.years) : '',
    months: e.sentence ? String(e.sentence.months) : '',
    kind: e.sentence?.kind ?? 'custodial',
    probation: e.sentence?.probationMonths ? String(e.sentence.probationMonths) : '',
    sources: e.sources.map((s) => ({ sourceId: s.sourceId, pinpoint: s.pinpoint ?? '' })),
  };
}

/** The date as the contract writes it, to the precision given: 2014-12-05, 2014-12 or 2014. */
function dateOf(d: Draft): string {
  const y = d.year.trim().padStart(4, '0');
  if (d.month === '') return y;
  const m = d.month.padStart(2, '0');
  return d.day.trim() === '' ? `${y}-${m}` : `${y}-${m}-${d.day.trim().padStart(2, '0')}`;
}

function toInput(d: Draft, caseId: string, id: string | null): EventInput {
  return {
    ...(id === null ? {} : { id }),
    caseId,
    date: dateOf(d),
    type: d.type,
    text: d.text,
    statusAfter: d.statusAfter === '' ? null : d.statusAfter,
    uncertain: d.uncertain,
    sentence: d.hasSentence
      ? {
          years: numberOrNull(d.years) ?? 0,
          months: numberOrNull(d.months) ?? 0,
          kind: d.kind,
          probationMonths: numberOrNull(d.probation),
        }
      : null,
    sources: d.sources.map((s) => ({
      sourceId: s.sourceId,
      pinpoint: s.pinpoint.trim() === '' ? null : s.pinpoint,
    })),
  };
}

/** An event of a case (an arrest, a verdict, a release), with the status change it makes shown before saving. */
export function EventEdit({ caseId, id }: { caseId: string; id: string | null }) {
  const detail = useCall('cases.get', { id: caseId });
  const sources = useCall('sources.list', {});
  const save = useSave('events.save');
  const draft = useDraft<Draft>(emptyDraft(), (d) => eventInput.safeParse(toInput(d, caseId, id)));
  const existing = id === null ? undefined : detail.data?.events.find((e) => e.id === id);
  useEffect(() => {
    if (existing !== undefined) draft.reset(toDraft(existing));
  }, [existing?.id, existing?.updatedAt]);

  const d = draft.value;
  const problem = (path: string): string | undefined =>
    draft.problem(path) ??
    (refusalPlace(save.error, 'event') === path ? save.error?.message : undefined);

  // What the case will say today, with this event as it stands in the form.
  const today = localToday();
  const preview = useMemo(() => {
    const events: FactEvent[] = (detail.data?.events ?? []).filter((e) => e.id !== id);
    const parsed = eventInput.safeParse(toInput(d, caseId, id));
    if (!parsed.success) return null;
    const mine: FactEvent = {
      id: id ?? 'new',
      date: parsed.data.date,
      type: parsed.data.type,
      statusAfter: parsed.data.statusAfter,
      sentence: parsed.data.sentence,
      uncertain: parsed.data.uncertain,
    };
    return { before: caseFacts(events, today), after: caseFacts([...events, mine], today) };
  }, [detail.data?.events, d, caseId, id, today]);

  const sourceById = new Map((sources.data ?? []).map((s) => [s.id, s]));
  const submit = (): void => {
    if (!draft.check()) return;
    save.mutate(
      { event: toInput(d, caseId, id) },
      {
        onSuccess: (saved) => {
          draft.saved(toDraft(saved));
          navigate(`/cases/${caseId}`, { replace: true });
        },
      },
    );
  };
  const c = detail.data?.case;
  const dateProblem = problem('date');

  return (
    <Page
      title={id === null ? 'New event' : `Edit event`}
      subtitle={c && <a href={`#/cases/${caseId}`}>{c.title}</a>}
      actions={
        id !== null && existing !== undefined ? (
          <DeleteRecord
            kind="event"
            id={id}
            title={`${EVENT_TYPE_LABELS[existing.type] ?? existing.type}, ${formatDay(existing.date)}`}
            after={`/cases/${caseId}`}
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
        <Section title="What happened">
          <SelectField
            label="Type of event"
            value={d.type}
            onChange={(type) =>
              draft.update({
                type,
                hasSentence: d.hasSentence || (type === 'verdict' && d.years === ''),
              })
            }
            options={EVENT_TYPES.map((t) => ({ value: t, label: EVENT_TYPE_LABELS[t] ?? t }))}
          />
          <FieldSet
            legend="Date"
            error={dateProblem}
            description="Leave the day (or the month) empty when only the month (or the year) is known."
          >
            <TextField
              label="Day"
              width="tiny"
              value={d.day}
              isDisabled={d.month === ''}
              inputMode="numeric"
              onChange={(v) => draft.update({ day: v })}
            />
            <SelectField
              label="Month"
              width="short"
              value={d.month}
              onChange={(month) => draft.update({ month, day: month === '' ? '' : d.day })}
              options={[
                { value: '', label: '— not known —' },
                ...MONTH_NAMES.map((name, i) => ({ value: String(i + 1), label: name })),
              ]}
            />
            <TextField
              label="Year"
              width="tiny"
              value={d.year}
              inputMode="numeric"
              onChange={(v) => draft.update({ year: v })}
            />
          </FieldSet>
          <Checkbox isSelected={d.uncertain} onChange={(uncertain) => draft.update({ uncertain })}>
            The date or the fact is not confirmed
          </Checkbox>
          <TextField
            label="Details"
            multiline
            rows={3}
            value={d.text}
            onChange={(v) => draft.update({ text: v })}
            error={problem('text')}
            description="What a colleague would need to know: court, judge, what was decided."
          />
          <SelectField
            label="Status after this event"
            width="medium"
            value={d.statusAfter}
            onChange={(statusAfter) => draft.update({ statusAfter })}
            options={[
              { value: '', label: 'As the type of event implies' },
              ...CASE_STATUSES.filter((s) => s !== 'unknown').map((s) => ({
                value: s,
                label: statusLabel(s),
              })),
            ]}
            description="Only for an unusual outcome (a verdict that frees, an “other” event)."
          />
        </Section>
        {(d.hasSentence || SENTENCE_TYPES.includes(d.type)) && (
          <Section title="Sentence">
            <Checkbox
              isSelected={d.hasSentence}
              onChange={(hasSentence) => draft.update({ hasSentence })}
            >
              This event imposes or changes a sentence
            </Checkbox>
            {d.hasSentence && (
              <FieldSet legend="Sentence" error={problem('sentence')}>
                <TextField
                  label="Years"
                  width="tiny"
                  value={d.years}
                  inputMode="numeric"
                  onChange={(v) => draft.update({ years: v })}
                  error={problem('sentence.years')}
                />
                <TextField
                  label="Months"
                  width="tiny"
                  value={d.months}
                  inputMode="numeric"
                  onChange={(v) => draft.update({ months: v })}
                  error={problem('sentence.months')}
                />
                <SelectField
                  label="Kind"
                  width="short"
                  value={d.kind}
                  onChange={(kind) => draft.update({ kind })}
                  options={SENTENCE_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
                />
                <TextField
                  label="Probation (months)"
                  width="short"
                  value={d.probation}
                  inputMode="numeric"
                  onChange={(v) => draft.update({ probation: v })}
                  error={problem('sentence.probationMonths')}
                />
              </FieldSet>
            )}
          </Section>
        )}
        <Section title="Sources">
          {d.sources.length === 0 ? (
            <p className="timeline-nosource">
              No source cited yet: a fact in a submission needs one.
            </p>
          ) : (
            <ul className="plain">
              {d.sources.map((s, i) => (
                <li key={s.sourceId} className="source-row">
                  <span className="source-title">
                    {sourceById.get(s.sourceId)?.title ?? s.sourceId}
                  </span>
                  <TextField
                    label="Pinpoint"
                    width="short"
                    value={s.pinpoint}
                    placeholder="para. 12"
                    onChange={(v) =>
                      draft.update({
                        sources: d.sources.map((x, j) => (j === i ? { ...x, pinpoint: v } : x)),
                      })
                    }
                  />
                  <Button
                    variant="quiet"
                    size="small"
                    aria-label={`Remove source ${sourceById.get(s.sourceId)?.title ?? ''}`}
                    icon={<X aria-hidden="true" />}
                    onPress={() => draft.update({ sources: d.sources.filter((_, j) => j !== i) })}
                  />
                </li>
              ))}
            </ul>
          )}
          <Picker
            label="Cite a source"
            placeholder="Title or publisher"
            items={(sources.data ?? []).map((s) => ({
              id: s.id,
              label: s.title,
              also: s.publisher ?? '',
              detail: [s.publisher, s.published && formatDay(s.published)]
                .filter(Boolean)
                .join(', '),
            }))}
            exclude={d.sources.map((s) => s.sourceId)}
            onPick={(sourceId) =>
              draft.update({ sources: [...d.sources, { sourceId, pinpoint: '' }] })
            }
            description="Not in the library yet? Add it under Sources → New source first."
          />
        </Section>
        {preview !== null && (
          <Notice
            tone={preview.before.status !== preview.after.status ? 'warn' : 'info'}
            role="status"
          >
            <strong>After saving, as of today:</strong>{' '}
            {preview.before.status === preview.after.status ? (
              <>
                the status stays <StatusBadge status={preview.after.status} />
              </>
            ) : (
              <>
                <StatusBadge status={preview.before.status} /> becomes{' '}
                <StatusBadge status={preview.after.status} />
                {preview.after.statusSince && ` (since ${formatDay(preview.after.statusSince)})`}
              </>
            )}
            ; deprived of liberty {plural(preview.before.days.total, 'day')}
            {preview.after.days.total !== preview.before.days.total && (
              <>
                {' '}
                → <strong>{plural(preview.after.days.total, 'day')}</strong>
              </>
            )}
            .
          </Notice>
        )}
        <ErrorNote error={refusalPlace(save.error, 'event') === null ? save.error : null} />
        <div className="form-actions">
          <Button variant="primary" type="submit" isDisabled={save.isPending}>
            {save.isPending ? 'Saving…' : id === null ? 'Add event' : 'Save changes'}
          </Button>
          <Button onPress={() => navigate(`/cases/${caseId}`)}>Cancel</Button>
          {draft.dirty && <span className="muted">Unsaved changes</span>}
        </div>
      </Form>
    </Page>
  );
}
