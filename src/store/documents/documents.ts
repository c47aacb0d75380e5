import type Database from 'better-sqlite3';
import type { DocumentSummary, RichContent } from '../../shared/domain';
import { canonical } from '../../core/canonicalJson';
import { json, stmt } from '../sql';

export interface StoredDocument extends DocumentSummary {
  content: RichContent;
  signatories: { organisationId: string; status: 'invited' | 'confirmed' | 'declined' }[];
}

interface DocumentRow {
  id: string;
  title: string;
  template_id: string | null;
  forum_key: string | null;
  language: string;
  as_of: string | null;
  status: DocumentSummary['status'];
  content: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

const SELECT = `SELECT d.*, f.key AS forum_key FROM documents d
  LEFT JOIN forum_profiles f ON f.id = d.forum_id`;

function summaryOf(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    forumKey: row.forum_key,
    templateId: row.template_id,
    language: row.language,
    asOf: row.as_of,
    status: row.status,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listDocuments(db: Database.Database): DocumentSummary[] {
  return stmt<DocumentRow>(db, `${SELECT} ORDER BY d.updated_at DESC, d.id`).all().map(summaryOf);
}

export function getDocument(db: Database.Database, id: string): StoredDocument | null {
  const row = stmt<DocumentRow>(db, `${SELECT} WHERE d.id = ?`).get(id);
  if (row === undefined) return null;
  return {
    ...summaryOf(row),
    content: json<RichContent>(row.content),
    signatories: stmt<StoredDocument['signatories'][number]>(
      db,
      'SELECT organisation_id AS organisationId, status FROM document_signatories WHERE document_id = ? ORDER BY position',
    ).all(id),
  };
}

/** Inserts or replaces a document; a new `revision` number keeps a revision of its content. */
export function putDocument(
  db: Database.Database,
  d: Omit<StoredDocument, 'forumKey'> & { forumId: string | null },
): void {
  const content = canonical(d.content);
  stmt(
    db,
    `INSERT INTO documents (id, title, template_id, forum_id, language, as_of, status, content,
       revision, created_at, updated_at)
     VALUES (@id, @title, @templateId, @forumId, @language, @asOf, @status, @content, @revision,
       @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET
       title = excluded.title, template_id = excluded.template_id, forum_id = excluded.forum_id,
       language = excluded.language, as_of = excluded.as_of, status = excluded.status,
       content = excluded.content, revision = excluded.revision, updated_at = excluded.updated_at`,
  ).run({ ...d, content, signatories: undefined });
  stmt(
    db,
    `INSERT INTO document_revisions (document_id, revision, title, content, saved_at)
     VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  ).run(d.id, d.revision, d.title, content, d.updatedAt);
  stmt(db, 'DELETE FROM document_signatories WHERE document_id = ?').run(d.id);
  const insert = stmt(
    db,
    'INSERT INTO document_signatories (document_id, organisation_id, position, status) VALUES (?, ?, ?, ?)',
  );
  d.signatories.forEach((s, i) => insert.run(d.id, s.organisationId, i, s.status));
}

export function documentRevisionCount(db: Database.Database, id: string): number {
  return stmt<number>(db, 'SELECT count(*) FROM document_revisions WHERE document_id = ?')
    .pluck()
    .get(id) as number;
}
