import type Database from 'better-sqlite3-multiple-ciphers';
import type { RichContent, TemplateRecord } from '../../shared/domain';
import { canonical } from '../../core/canonicalJson';
import { json, stmt } from '../sql';

interface TemplateRow {
  id: string;
  forum_key: string | null;
  name: string;
  description: string;
  defaults: string;
  content: string;
  created_at: string;
  updated_at: string;
}

const SELECT = `SELECT t.*, f.key AS forum_key FROM templates t
  LEFT JOIN forum_profiles f ON f.id = t.forum_id`;

function fromRow(row: TemplateRow): TemplateRecord {
  return {
    id: row.id,
    forumKey: row.forum_key,
    name: row.name,
    description: row.description,
    document: json<TemplateRecord['document']>(row.defaults),
    content: json<RichContent>(row.content),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listTemplates(db: Database.Database): TemplateRecord[] {
  return stmt<TemplateRow>(db, `${SELECT} ORDER BY t.name COLLATE NOCASE, t.id`).all().map(fromRow);
}

export function getTemplate(db: Database.Database, id: string): TemplateRecord | null {
  const row = stmt<TemplateRow>(db, `${SELECT} WHERE t.id = ?`).get(id);
  return row === undefined ? null : fromRow(row);
}

export function putTemplate(
  db: Database.Database,
  t: Omit<TemplateRecord, 'forumKey'> & { forumId: string | null },
): void {
  stmt(
    db,
    `INSERT INTO templates (id, forum_id, name, description, defaults, content, created_at, updated_at)
     VALUES (@id, @forumId, @name, @description, @defaults, @content, @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET
       forum_id = excluded.forum_id, name = excluded.name, description = excluded.description,
       defaults = excluded.defaults, content = excluded.content, updated_at = excluded.updated_at`,
  ).run({
    id: t.id,
    forumId: t.forumId,
    name: t.name,
    description: t.description,
    defaults: JSON.stringify(t.document),
    content: canonical(t.content),
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  });
}
