import type Database from 'better-sqlite3-multiple-ciphers';
import type {
  DocumentRecord,
  DocumentRevision,
  DocumentRevisionSummary,
  DocumentSummary,
  RichContent,
} from '../../shared/domain';
import { canonical } from '../../core/canonicalJson';
import { json, stmt } from '../sql';

interface DocumentRow {
  id: string;
  title: string;
  short_title: string | null;
  subtitle: string | null;
  cover_lines: string;
  template_id: string | null;
  forum_key: string | null;
  language: string;
  as_of: string | null;
  status: DocumentRecord['status'];
  joint: number;
  audience: DocumentRecord['audience'];
  keywords: string;
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
    shortTitle: row.short_title,
    subtitle: row.subtitle,
    coverLines: json<string[]>(row.cover_lines),
    forumKey: row.forum_key,
    templateId: row.template_id,
    language: row.language,
    asOf: row.as_of,
    status: row.status,
    joint: row.joint === 1,
    audience: row.audience,
    keywords: json<string[]>(row.keywords),
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listDocuments(db: Database.Database): DocumentSummary[] {
  return stmt<DocumentRow>(db, `${SELECT} ORDER BY d.updated_at DESC, d.id`).all().map(summaryOf);
}

export function getDocument(db: Database.Database, id: string): DocumentRecord | null {
  const row = stmt<DocumentRow>(db, `${SELECT} WHERE d.id = ?`).get(id);
  if (row === undefined) return null;
  return {
    ...summaryOf(row),
    content: json<RichContent>(row.content),
    signatories: signatories(db, id),
  };
}

/** A document without its content (a preview of the content being edited has no use for it). */
export function getDocumentHead(
  db: Database.Database,
  id: string,
): Omit<DocumentRecord, 'content'> | null {
  const row = stmt<Omit<DocumentRow, 'content'>>(
    db,
    `SELECT d.id, d.title, d.short_title, d.subtitle, d.cover_lines, d.template_id, d.language,
       d.as_of, d.status, d.joint, d.audience, d.keywords, d.revision, d.created_at, d.updated_at,
       f.key AS forum_key
     FROM documents d LEFT JOIN forum_profiles f ON f.id = d.forum_id WHERE d.id = ?`,
  ).get(id);
  if (row === undefined) return null;
  return { ...summaryOf({ ...row, content: '' }), signatories: signatories(db, id) };
}

const signatories = (db: Database.Database, id: string): DocumentRecord['signatories'] =>
  stmt<DocumentRecord['signatories'][number]>(
    db,
    'SELECT organisation_id AS organisationId, status FROM document_signatories WHERE document_id = ? ORDER BY position',
  ).all(id);

/**
 * Inserts or replaces a document (its forum named by the forum profile's id); a new `revision`
 * number keeps a revision of its title and content.
 */
export function putDocument(
  db: Database.Database,
  d: Omit<DocumentRecord, 'forumKey'> & { forumId: string | null },
): void {
  const content = canonical(d.content);
  stmt(
    db,
    `INSERT INTO documents (id, title, short_title, subtitle, cover_lines, template_id, forum_id,
       language, as_of, status, joint, audience, keywords, content, revision, created_at, updated_at)
     VALUES (@id, @title, @shortTitle, @subtitle, @coverLines, @templateId, @forumId, @language,
       @asOf, @status, @joint, @audience, @keywords, @content, @revision, @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET
       title = excluded.title, short_title = excluded.short_title, subtitle = excluded.subtitle,
       cover_lines = excluded.cover_lines, template_id = excluded.template_id,
       forum_id = excluded.forum_id, language = excluded.language, as_of = excluded.as_of,
       status = excluded.status, joint = excluded.joint, audience = excluded.audience,
       keywords = excluded.keywords, content = excluded.content, revision = excluded.revision,
       updated_at = excluded.updated_at`,
  ).run({
    id: d.id,
    title: d.title,
    shortTitle: d.shortTitle,
    subtitle: d.subtitle,
    coverLines: JSON.stringify(d.coverLines),
    templateId: d.templateId,
    forumId: d.forumId,
    language: d.language,
    asOf: d.asOf,
    status: d.status,
    joint: d.joint ? 1 : 0,
    audience: d.audience,
    keywords: JSON.stringify(d.keywords),
    content,
    revision: d.revision,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  });
  stmt(
    db,
    `INSERT INTO document_revisions (document_id, revision, title, content, saved_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (document_id, revision) DO UPDATE SET
       title = excluded.title, content = excluded.content`,
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

/** A document's revisions, oldest first, without their content (see `documentRevision`). */
export function documentRevisions(db: Database.Database, id: string): DocumentRevisionSummary[] {
  return stmt<{ revision: number; title: string; saved_at: string; bytes: number }>(
    db,
    `SELECT revision, title, saved_at, length(content) AS bytes FROM document_revisions
     WHERE document_id = ? ORDER BY revision`,
  )
    .all(id)
    .map((r) => ({
      documentId: id,
      revision: r.revision,
      title: r.title,
      savedAt: r.saved_at,
      bytes: r.bytes,
    }));
}

/** One revision of a document, with its content as it was saved then. */
export function documentRevision(
  db: Database.Database,
  id: string,
  revision: number,
): DocumentRevision | null {
  const r = stmt<{ revision: number; title: string; saved_at: string; content: string }>(
    db,
    `SELECT revision, title, saved_at, content FROM document_revisions
     WHERE document_id = ? AND revision = ?`,
  ).get(id, revision);
  if (r === undefined) return null;
  return {
    documentId: id,
    revision: r.revision,
    title: r.title,
    savedAt: r.saved_at,
    bytes: r.content.length,
    content: json<RichContent>(r.content),
  };
}

export function deleteDocument(db: Database.Database, id: string): boolean {
  return stmt(db, 'DELETE FROM documents WHERE id = ?').run(id).changes > 0;
}

/** When a revision of a document was first saved (an autosave updates it, not its time). */
export function revisionSavedAt(
  db: Database.Database,
  id: string,
  revision: number,
): string | null {
  return (
    (stmt<string>(
      db,
      'SELECT saved_at FROM document_revisions WHERE document_id = ? AND revision = ?',
    )
      .pluck()
      .get(id, revision) as string | undefined) ?? null
  );
}

/** A document that puts a snippet in, and how (a document may do both: one row for each). */
export interface SnippetUse {
  documentId: string;
  title: string;
  mode: 'linked' | 'copied';
  /** The snippet's revision the embed was inserted at, or last accepted. */
  revision: number;
  status: DocumentRecord['status'];
  updatedAt: string;
}

/**
 * The documents that embed a snippet, most recently changed first. The content is walked as the
 * printer walks it, through `children` only: an embed nested in a table cell or in a copied
 * snippet is found; the id written as text, or in a field that is not a node, is not; nor is
 * anything inside a linked embed's own children, which never print. Documents whose JSON does
 * not contain the id at all are passed over before any walking.
 */
export function documentsEmbedding(db: Database.Database, snippetId: string): SnippetUse[] {
  return stmt<SnippetUse>(
    db,
    `WITH RECURSIVE node (document_id, value) AS (
       SELECT id, json_extract(content, '$.root') FROM documents
        WHERE instr(content, @snippetId) > 0
       UNION ALL
       SELECT node.document_id, child.value
         FROM node, json_each(node.value, '$.children') AS child
        WHERE json_type(node.value, '$.children') = 'array'
          AND child.type = 'object'
          AND NOT (node.value ->> '$.type' = 'snippet-embed'
                   AND node.value ->> '$.mode' = 'linked')
     ),
     uses AS (
       SELECT DISTINCT document_id, value ->> '$.mode' AS mode, value ->> '$.revision' AS revision
         FROM node
        WHERE value ->> '$.type' = 'snippet-embed'
          AND value ->> '$.snippetId' = @snippetId
     )
     SELECT d.id AS documentId, d.title, uses.mode, uses.revision, d.status,
            d.updated_at AS updatedAt
       FROM uses JOIN documents d ON d.id = uses.document_id
      ORDER BY d.updated_at DESC, d.title, d.id, uses.mode DESC, uses.revision`,
  ).all({ snippetId });
}
