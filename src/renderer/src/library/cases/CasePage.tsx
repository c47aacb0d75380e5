import { useQueryClient } from '@tanstack/react-query';
import { CalendarCheck, Pencil, Plus } from 'lucide-react';
import { memo, useMemo } from 'react';
import { useSearch } from 'wouter';
import { statusAfterEach } from '../../../../core/facts/caseFacts';
import type { CaseEvent, CaseRecord, CaseStatus, Source } from '../../../../shared/domain';
import { call, useCall } from '../../app/api';
import { DeleteRecord } from '../../app/DeleteRecord';
import {
  EVENT_TYPE_LABELS,
  formatDay,
  formatSentence,
  localToday,
  plural,
  statusLabel,
} from '../../app/format';
import { navigate } from '../../app/location';
import { Badge, VisibilityBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ErrorNote } from '../../ui/ErrorNote';
import { EmptyState, Notice, Page, Section } from '../../ui/Page';
import { FactsPanel } from './FactsPanel';
import './CasePage.css';

function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

/**
 * One case: its status and days deprived of liberty as of a day (today unless chosen), the
 * sentence, charges, ECtHR applications, the timeline of events with their sources, and the
 * snippets about it, each flagged when the case changed after the snippet was last reviewed.
 */
export function CasePage({ id }: { id: string }) {
  const params = new URLSearchParams(useSearch());
  const today = localToday();
  const asOf = params.get('asOf') ?? today;
  const detail = useCall('cases.get', { id, asOf });
  const snippets = useCall('snippets.list', { caseId: id });
  const client = useQueryClient();

  const setAsOf = (day: string): void =>
    navigate(day === '' || day === today ? `/cases/${id}` : `/cases/${id}?asOf=${day}`, {
      replace: true,
    });

  // Memoised on the answer, so that another answer (the snippets) does not redo the timeline.
  const timeline = useMemo(() => {
    const events = detail.data?.events ?? [];
    return {
      events: [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
      statusAfter: statusAfterEach(events),
      sources: new Map((detail.data?.sources ?? []).map((s) => [s.id, s])),
    };
  }, [detail.data?.events, detail.data?.sources]);

  if (detail.error !== null)
    return (
      <Page title="Case">
        <ErrorNote error={detail.error} />
      </Page>
    );
  const d = detail.data;
  if (d === undefined)
    return (
      <Page title="Case">
        <p className="muted">Loading…</p>
      </Page>
    );
  const c: CaseRecord = d.case;
  const events = timeline.events;

  const markVerified = (): void => {
    void call('cases.save', { case: { ...c, lastVerified: today } }).then(() =>
      client.invalidateQueries(),
    );
  };

  return (
    <Page
      title={c.title}
      subtitle={
        <>
          {d.persons.map((p) => (
            <span key={p.id}>
              <a href={`#/persons/${p.id}`}>{p.name}</a>{' '}
              <VisibilityBadge visibility={p.visibility} />
            </span>
          ))}
          {c.country !== null && <span>· {c.country}</span>}
        </>
      }
      actions={
        <>
          <Button
            variant="primary"
            icon={<Plus aria-hidden="true" />}
            onPress={() => navigate(`/cases/${id}/events/new`)}
          >
            Add event
          </Button>
          <Button
            icon={<Pencil aria-hidden="true" />}
            onPress={() => navigate(`/cases/${id}/edit`)}
          >
            Edit case
          </Button>
          <DeleteRecord kind="case" id={id} title={c.title} after="/cases" />
        </>
      }
      banner={
        asOf !== today ? (
          <Notice tone="warn" role="status">
            These facts are as of <strong>{formatDay(asOf)}</strong>, not today.{' '}
            <Button size="small" onPress={() => setAsOf(today)}>
              Show today
            </Button>
          </Notice>
        ) : undefined
      }
    >
      <FactsPanel facts={d.facts} asOf={asOf} today={today} onAsOf={setAsOf} />
      <div className="verified">
        <span>
          Last verified:{' '}
          {c.lastVerified === null ? (
            <strong>never</strong>
          ) : (
            <strong>{formatDay(c.lastVerified)}</strong>
          )}
        </span>
        {c.lastVerified !== today && (
          <Button size="small" icon={<CalendarCheck aria-hidden="true" />} onPress={markVerified}>
            Mark verified today
          </Button>
        )}
      </div>

      <Section title="Timeline">
        {events.length === 0 ? (
          <EmptyState title="No events yet">
            The status and days in detention come from events:{' '}
            <a href={`#/cases/${id}/events/new`}>add the arrest</a>.
          </EmptyState>
        ) : (
          <Timeline
            caseId={id}
            events={events}
            statusAfter={timeline.statusAfter}
            sources={timeline.sources}
            asOf={asOf}
          />
        )}
      </Section>

      <div className="case-columns">
        <Section title="Charges">
          {c.charges.length === 0 ? (
            <p className="muted">No charges recorded.</p>
          ) : (
            <ul className="plain link-list">
              {c.charges.map((ch, i) => (
                <li key={i}>
                  {ch.article && (
                    <strong>
                      {ch.code ? `${ch.code} ` : ''}Art. {ch.article}:{' '}
                    </strong>
                  )}
                  {ch.label} {ch.status !== 'active' && <Badge>{ch.status}</Badge>}
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title="ECtHR applications">
          {c.applications.length === 0 ? (
            <p className="muted">None recorded.</p>
          ) : (
            <ul className="plain link-list">
              {c.applications.map((a) => (
                <li key={a.number}>
                  <strong>{a.number}</strong> {a.name}
                  {a.judgmentDate && (
                    <span className="muted"> — judgment {formatDay(a.judgmentDate)}</span>
                  )}
                  {a.articles.length > 0 && (
                    <span className="muted"> (Art. {a.articles.join(', ')})</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>

      <Section title="Snippets about this case">
        {(snippets.data ?? []).length === 0 ? (
          <p className="muted">No snippet is linked to this case.</p>
        ) : (
          <ul className="plain link-list">
            {snippets.data?.map((s) => {
              const stale = s.reviewedAt === null || s.reviewedAt < dayOf(c.updatedAt);
              return (
                <li key={s.id}>
                  <a href={`#/snippets/${s.id}`}>{s.title}</a>{' '}
                  {stale ? (
                    <Badge tone="warn">
                      {s.reviewedAt === null
                        ? 'never reviewed'
                        : `case changed ${formatDay(dayOf(c.updatedAt))}, after this was reviewed (${formatDay(s.reviewedAt)})`}
                    </Badge>
                  ) : (
                    <span className="muted">reviewed {formatDay(s.reviewedAt)}</span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Section>

      {c.summary !== '' && (
        <Section title="Summary">
          <p className="serif case-summary">{c.summary}</p>
        </Section>
      )}
      <p className="muted case-foot">
        {plural(events.length, 'event')}, {plural(d.sources.length, 'source')} cited.
      </p>
    </Page>
  );
}

/** The case's events in date order; memoised, as is each event, since a case may have hundreds. */
const Timeline = memo(function Timeline({
  caseId,
  events,
  statusAfter,
  sources,
  asOf,
}: {
  caseId: string;
  events: readonly CaseEvent[];
  statusAfter: ReadonlyMap<string, CaseStatus>;
  sources: ReadonlyMap<string, Source>;
  asOf: string;
}) {
  return (
    <ol className="timeline">
      {events.map((e) => (
        <TimelineEvent
          key={e.id}
          caseId={caseId}
          event={e}
          after={statusAfter.get(e.id)}
          future={e.date > asOf}
          asOf={asOf}
          sources={sources}
        />
      ))}
    </ol>
  );
});

const TimelineEvent = memo(function TimelineEvent({
  caseId,
  event: e,
  after,
  future,
  asOf,
  sources,
}: {
  caseId: string;
  event: CaseEvent;
  /** The case's status at the end of the event's day. */
  after: CaseStatus | undefined;
  future: boolean;
  asOf: string;
  sources: ReadonlyMap<string, Source>;
}) {
  return (
    <li className={`timeline-event${future ? ' timeline-future' : ''}`}>
      <div className="timeline-date">
        {formatDay(e.date)}
        {e.uncertain && (
          <Badge tone="warn" title="The date or the fact is not confirmed">
            uncertain
          </Badge>
        )}
      </div>
      <div className="timeline-body">
        <div className="timeline-head">
          <a
            href={`#/cases/${caseId}/events/${e.id}`}
            className="timeline-type"
            aria-label={`${EVENT_TYPE_LABELS[e.type] ?? e.type}, ${formatDay(e.date)}: edit`}
          >
            {EVENT_TYPE_LABELS[e.type] ?? e.type}
          </a>
          {after !== undefined && <span className="muted">→ {statusLabel(after)}</span>}
          {future && <span className="muted">(after {formatDay(asOf)})</span>}
        </div>
        {e.text !== '' && <p className="timeline-text">{e.text}</p>}
        {e.sentence !== null && (
          <p className="timeline-text">Sentence: {formatSentence(e.sentence)}</p>
        )}
        {e.sources.length > 0 && (
          <ul className="plain timeline-sources">
            {e.sources.map((s) => (
              <li key={s.sourceId}>
                <a href={`#/sources/${s.sourceId}`}>{sources.get(s.sourceId)?.title ?? 'source'}</a>
                {s.pinpoint ? <span className="muted">, {s.pinpoint}</span> : null}
              </li>
            ))}
          </ul>
        )}
        {e.sources.length === 0 && <p className="timeline-nosource">No source cited.</p>}
      </div>
    </li>
  );
});
