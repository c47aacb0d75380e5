import type Database from 'better-sqlite3-multiple-ciphers';
import type { ForumProfile, ForumSettings } from '../../shared/domain';
import { json, stmt } from '../sql';

interface ForumRow {
  id: string;
  key: string;
  name: string;
  body: string;
  document_type: string;
  settings: string;
  created_at: string;
  updated_at: string;
}

function fromRow(row: ForumRow): ForumProfile {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    body: row.body,
    documentType: row.document_type,
    settings: json<ForumSettings>(row.settings),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listForums(db: Database.Database): ForumProfile[] {
  return stmt<ForumRow>(db, 'SELECT * FROM forum_profiles ORDER BY name COLLATE NOCASE')
    .all()
    .map(fromRow);
}

/** A forum profile by id or by key. */
export function getForum(db: Database.Database, idOrKey: string): ForumProfile | null {
  const row = stmt<ForumRow>(db, 'SELECT * FROM forum_profiles WHERE id = ? OR key = ?').get(
    idOrKey,
    idOrKey,
  );
  return row === undefined ? null : fromRow(row);
}

export function putForum(db: Database.Database, f: ForumProfile): void {
  stmt(
    db,
    `INSERT INTO forum_profiles (id, key, name, body, document_type, settings, created_at, updated_at)
     VALUES (@id, @key, @name, @body, @documentType, @settings, @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET
       key = excluded.key, name = excluded.name, body = excluded.body,
       document_type = excluded.document_type, settings = excluded.settings,
       updated_at = excluded.updated_at`,
  ).run({ ...f, settings: JSON.stringify(f.settings) });
}
