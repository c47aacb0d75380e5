import type Database from 'better-sqlite3-multiple-ciphers';
import type { Source } from '../../shared/domain';
import { stmt } from '../sql';

interface SourceRow {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  published: string | null;
  accessed: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

function fromRow(row: SourceRow): Source {
  return {
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    url: row.url,
    published: row.published,
    accessed: row.accessed,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getSource(db: Database.Database, id: string): Source | null {
  const row = stmt<SourceRow>(db, 'SELECT * FROM sources WHERE id = ?').get(id);
  return row === undefined ? null : fromRow(row);
}

export function listSources(db: Database.Database): Source[] {
  return stmt<SourceRow>(db, 'SELECT * FROM sources ORDER BY title COLLATE NOCASE, id')
    .all()
    .map(fromRow);
}

export function putSource(db: Database.Database, s: Source): void {
  stmt(
    db,
    `INSERT INTO sources (id, title, publisher, url, published, accessed, notes, created_at, updated_at)
     VALUES (@id, @title, @publisher, @url, @published, @accessed, @notes, @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET
       title = excluded.title, publisher = excluded.publisher, url = excluded.url,
       published = excluded.published, accessed = excluded.accessed, notes = excluded.notes,
       updated_at = excluded.updated_at`,
  ).run(s);
}

/** How many events cite the source. */
export function sourceUseCount(db: Database.Database, id: string): number {
  return stmt<number>(db, 'SELECT count(*) FROM event_sources WHERE source_id = ?')
    .pluck()
    .get(id) as number;
}

export function deleteSource(db: Database.Database, id: string): boolean {
  return stmt(db, 'DELETE FROM sources WHERE id = ?').run(id).changes > 0;
}
