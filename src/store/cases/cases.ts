import type Database from 'better-sqlite3-multiple-ciphers';
import type {
  CaseRecord,
  CaseStatus,
  CaseSummary,
  Charge,
  EchrApplication,
} from '../../shared/domain';
import { json, stmt } from '../sql';

interface CaseRow {
  id: string;
  title: string;
  country: string | null;
  status: CaseStatus;
  violations: string;
  summary: string;
  last_verified: string | null;
  created_at: string;
  updated_at: string;
}

interface ApplicationRow {
  number: string;
  name: string | null;
  judgment_date: string | null;
  articles: string;
  notes: string;
}

function fromRow(db: Database.Database, row: CaseRow): CaseRecord {
  return {
    id: row.id,
    title: row.title,
    country: row.country,
    personIds: stmt<string>(
      db,
      'SELECT person_id FROM case_persons WHERE case_id = ? ORDER BY position',
    )
      .pluck()
      .all(row.id) as string[],
    status: row.status,
    violations: json<string[]>(row.violations),
    charges: stmt<Charge>(
      db,
      'SELECT code, article, label, status FROM case_charges WHERE case_id = ? ORDER BY position',
    ).all(row.id),
    applications: stmt<ApplicationRow>(
      db,
      'SELECT number, name, judgment_date, articles, notes FROM case_applications WHERE case_id = ? ORDER BY position',
    )
      .all(row.id)
      .map((a): EchrApplication => ({
        number: a.number,
        name: a.name,
        judgmentDate: a.judgment_date,
        articles: json<string[]>(a.articles),
        notes: a.notes,
      })),
    summary: row.summary,
    lastVerified: row.last_verified,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getCase(db: Database.Database, id: string): CaseRecord | null {
  const row = stmt<CaseRow>(db, 'SELECT * FROM cases WHERE id = ?').get(id);
  return row === undefined ? null : fromRow(db, row);
}

export function listCases(db: Database.Database): CaseRecord[] {
  return stmt<CaseRow>(db, 'SELECT * FROM cases ORDER BY title COLLATE NOCASE, id')
    .all()
    .map((row) => fromRow(db, row));
}

/**
 * The cases as the list screens show them (see `CaseSummary`), in the order of `listCases`; with
 * `status`, only cases in one of them; with `personId`, only that person's cases; `limit` and
 * `offset` give a page of that order. One query: SQLite writes each row as JSON, its persons
 * gathered through the indexes, and the rows are parsed as one array.
 */
export function listCaseSummaries(
  db: Database.Database,
  filter: {
    status?: readonly CaseStatus[] | undefined;
    personId?: string | undefined;
    limit?: number | undefined;
    offset?: number | undefined;
  } = {},
): CaseSummary[] {
  const rows = stmt(
    db,
    `SELECT json_object(
         'id', c.id, 'title', c.title, 'status', c.status, 'country', c.country,
         'persons', (SELECT json_group_array(json_object('id', p.id, 'name', p.name) ORDER BY cp.position)
                     FROM case_persons cp JOIN persons p ON p.id = cp.person_id
                     WHERE cp.case_id = c.id),
         'lastVerified', c.last_verified, 'updatedAt', c.updated_at)
     FROM cases c
     WHERE (@status IS NULL OR c.status IN (SELECT value FROM json_each(@status)))
       AND (@personId IS NULL OR EXISTS
             (SELECT 1 FROM case_persons WHERE case_id = c.id AND person_id = @personId))
     ORDER BY c.title COLLATE NOCASE, c.id LIMIT @limit OFFSET @offset`,
  )
    .pluck()
    .all({
      status: filter.status === undefined ? null : JSON.stringify(filter.status),
      personId: filter.personId ?? null,
      limit: filter.limit ?? -1,
      offset: filter.offset ?? 0,
    }) as string[];
  return json<CaseSummary[]>(`[${rows.join(',')}]`);
}

/** Inserts or replaces a case with its persons, charges and applications. */
export function putCase(db: Database.Database, c: CaseRecord): void {
  stmt(
    db,
    `INSERT INTO cases (id, title, country, status, violations, summary, last_verified, created_at, updated_at)
     VALUES (@id, @title, @country, @status, @violations, @summary, @lastVerified, @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET
       title = excluded.title, country = excluded.country, status = excluded.status,
       violations = excluded.violations, summary = excluded.summary,
       last_verified = excluded.last_verified, updated_at = excluded.updated_at`,
  ).run({ ...c, violations: JSON.stringify(c.violations) });

  stmt(db, 'DELETE FROM case_persons WHERE case_id = ?').run(c.id);
  const insertPerson = stmt(
    db,
    'INSERT INTO case_persons (case_id, person_id, position) VALUES (?, ?, ?)',
  );
  c.personIds.forEach((personId, i) => insertPerson.run(c.id, personId, i));

  stmt(db, 'DELETE FROM case_charges WHERE case_id = ?').run(c.id);
  const insertCharge = stmt(
    db,
    'INSERT INTO case_charges (case_id, position, code, article, label, status) VALUES (?, ?, ?, ?, ?, ?)',
  );
  c.charges.forEach((ch, i) => insertCharge.run(c.id, i, ch.code, ch.article, ch.label, ch.status));

  stmt(db, 'DELETE FROM case_applications WHERE case_id = ?').run(c.id);
  const insertApplication = stmt(
    db,
    'INSERT INTO case_applications (case_id, position, number, name, judgment_date, articles, notes) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  c.applications.forEach((a, i) =>
    insertApplication.run(
      c.id,
      i,
      a.number,
      a.name,
      a.judgmentDate,
      JSON.stringify(a.articles),
      a.notes,
    ),
  );
}

/** Records the status derived from the case's events. */
export function setCaseStatus(db: Database.Database, id: string, status: CaseStatus): void {
  stmt(db, 'UPDATE cases SET status = ? WHERE id = ?').run(status, id);
}

/** Marks a case as changed (its events changed). */
export function touchCase(db: Database.Database, id: string, updatedAt: string): void {
  stmt(db, 'UPDATE cases SET updated_at = ? WHERE id = ?').run(updatedAt, id);
}

export function deleteCase(db: Database.Database, id: string): boolean {
  return stmt(db, 'DELETE FROM cases WHERE id = ?').run(id).changes > 0;
}

/** Ids of the snippets linked to a case. */
export function snippetsOfCase(db: Database.Database, caseId: string): string[] {
  return stmt<string>(db, 'SELECT snippet_id FROM snippet_cases WHERE case_id = ?')
    .pluck()
    .all(caseId) as string[];
}
