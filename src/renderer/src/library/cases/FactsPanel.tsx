import type { CaseFactsResult } from '../../../../shared/api';
import { formatDay, formatSentence, inCustody, plural, statusLabel } from '../../app/format';
import { StatusBadge } from '../../ui/Badge';

/** What a submission would say about the case on a day: status, days deprived of liberty, sentence. */
export function FactsPanel({
  facts,
  asOf,
  today,
  onAsOf,
}: {
  facts: CaseFactsResult;
  asOf: string;
  today: string;
  onAsOf: (day: string) => void;
}) {
  const about = facts.approximate ? 'about ' : '';
  const d = facts.days;
  return (
    <section className="facts-panel" aria-labelledby="facts-title">
      <div className="facts-head">
        <h2 id="facts-title">
          {asOf === today ? 'Today' : `As of ${formatDay(asOf)}`}:{' '}
          <StatusBadge status={facts.status} />
        </h2>
        <label className="asof">
          <span>As of</span>
          <input
            type="date"
            value={asOf}
            max="2100-12-31"
            min="1800-01-01"
            onChange={(e) => onAsOf(e.target.value)}
            aria-label="As of"
          />
        </label>
      </div>
      <p className="facts-line">
        {statusLabel(facts.status).replace(/^./, (ch) => ch.toUpperCase())}
        {facts.statusSince !== null && ` since ${formatDay(facts.statusSince)}`}.
        {facts.approximate && (
          <span className="muted">
            {' '}
            Some dates are known only to the month or year, or uncertain: figures are approximate.
          </span>
        )}
      </p>
      <dl className="facts-grid">
        <div>
          <dt>Deprived of liberty</dt>
          <dd className="facts-big">
            {about}
            {plural(d.total, 'day')}
          </dd>
          <dd className="muted">
            {plural(d.pretrial, 'day')} pretrial, {plural(d.prison, 'day')} in prison
          </dd>
        </div>
        <div>
          <dt>House arrest</dt>
          <dd className="facts-big">{plural(d.houseArrest, 'day')}</dd>
          <dd className="muted">counted apart</dd>
        </div>
        <div>
          <dt>{inCustody(facts.status) ? 'In custody since' : 'Last arrested'}</dt>
          <dd className="facts-big">
            {facts.arrestDate === null ? '—' : formatDay(facts.arrestDate)}
          </dd>
        </div>
        <div>
          <dt>Current sentence</dt>
          <dd className="facts-big">
            {facts.sentence === null ? 'none' : formatSentence(facts.sentence.sentence)}
          </dd>
          {facts.sentence !== null && (
            <dd className="muted">
              {formatDay(facts.sentence.date)}
              {facts.sentence.pardoned && ', pardoned since'}
            </dd>
          )}
        </div>
      </dl>
    </section>
  );
}
