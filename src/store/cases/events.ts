import type Database from 'better-sqlite3-multiple-ciphers';
import type { CaseEvent, CaseStatus, EventType, SentenceKind } from '../../shared/domain';
import { stmt } from '../sql';

interface EventRow {
  id: string;
  case_id: string;
  date: string;
  type: EventType;
  text: string;
  status_after: CaseStatus | null;
  sentence_years: number | null;
  sentence_months: number | null;
  sentence_kind: SentenceKind | null;
  probation_months: number | null;
  uncertain: number;
  created_at: string;
  updated_at: string;
}

function fromRow(db: Database.Database, row: EventRow): CaseEvent {
  return {
    id: row.id,
    caseId: row.case_id,
    date: row.date,
    type: row.type,
    text: row.text,
    statusAfter: row.status_after,
    sentence:
      row.sentence_kind === null
        ? null
        : {
            years: row.sentence_years ?? 0,
            months: row.sentence_months ?? 0,
            kind: row.sentence_kind,
            probationMonths: row.probation_months,
          },
    uncertain: row.uncertain === 1,
    sources: stmt<{ sourceId: string; pinpoint: string | null }>(
      db,
      'SELECT source_id AS sourceId, pinpoint FROM event_sources WHERE event_id = ? ORDER BY position',
    ).all(row.id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getEvent(db: Database.Database, id: string): CaseEvent | null {
  const row = stmt<EventRow>(db, 'SELECT * FROM events WHERE id = ?').get(id);
  return row === undefined ? null : fromRow(db, row);
}

/** A case's events, oldest first. */
export function eventsOfCase(db: Database.Database, caseId: string): CaseEvent[] {
  return stmt<EventRow>(db, 'SELECT * FROM events WHERE case_id = ? ORDER BY date, created_at, id')
    .all(caseId)
    .map((row) => fromRow(db, row));
}

export function listEvents(db: Database.Database): CaseEvent[] {
  return stmt<EventRow>(db, 'SELECT * FROM events ORDER BY case_id, date, created_at, id')
    .all()
    .map((row) => fromRow(db, row));
}

/** Inserts or replaces an event with its sources. */
export function putEvent(db: Database.Database, e: CaseEvent): void {
  stmt(
    db,
    `INSERT INTO events (id, case_id, date, type, text, status_after, sentence_years, sentence_months,
       sentence_kind, probation_months, uncertain, created_at, updated_at)
     VALUES (@id, @caseId, @date, @type, @text, @statusAfter, @years, @months, @kind, @probationMonths,
       @uncertain, @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET
       case_id = excluded.case_id, date = excluded.date, type = excluded.type, text = excluded.text,
       status_after = excluded.status_after, sentence_years = excluded.sentence_years,
       sentence_months = excluded.sentence_months, sentence_kind = excluded.sentence_kind,
       probation_months = excluded.probation_months, uncertain = excluded.uncertain,
       updated_at = excluded.updated_at`,
  ).run({
    id: e.id,
    caseId: e.caseId,
    date: e.date,
    type: e.type,
    text: e.text,
    statusAfter: e.statusAfter,
    years: e.sentence?.years ?? null,
    months: e.sentence?.months ?? null,
    kind: e.sentence?.kind ?? null,
    probationMonths: e.sentence?.probationMonths ?? null,
    uncertain: e.uncertain ? 1 : 0,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  });
  stmt(db, 'DELETE FROM event_sources WHERE event_id = ?').run(e.id);
  const insertSource = stmt(
    db,
    'INSERT INTO event_sources (event_id, position, source_id, pinpoint) VALUES (?, ?, ?, ?)',
  );
  e.sources.forEach((s, i) => insertSource.run(e.id, i, s.sourceId, s.pinpoint));
}

export function deleteEvent(db: Database.Database, id: string): boolean {
  return stmt(db, 'DELETE FROM events WHERE id = ?').run(id).changes > 0;
}
