import type Database from 'better-sqlite3-multiple-ciphers';
import type { RichContent, Snippet, SnippetKind, SnippetRevision } from '../../shared/domain';
import { canonical } from '../../core/canonicalJson';
import { json, stmt } from '../sql';

interface SnippetRow {
  id: string;
  title: string;
  kind: SnippetKind;
  language: string;
  content: string;
  text: string;
  reviewed_at: string | null;
  translation_group: string | null;
  revision: number;
  created_at: string;
  updated_at: string;
}

const pluckAll = (db: Database.Database, sql: string, id: string): string[] =>
  stmt<string>(db, sql).pluck().all(id) as string[];

function fromRow(db: Database.Database, row: SnippetRow): Snippet {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    language: row.language,
    content: json<RichContent>(row.content),
    text: row.text,
    caseIds: pluckAll(
      db,
      'SELECT case_id FROM snippet_cases WHERE snippet_id = ? ORDER BY position',
      row.id,
    ),
    tags: pluckAll(
      db,
      'SELECT tag FROM snippet_tags WHERE snippet_id = ? ORDER BY position',
      row.id,
    ),
    forums: pluckAll(
      db,
      'SELECT forum_key FROM snippet_forums WHERE snippet_id = ? ORDER BY position',
      row.id,
    ),
    reviewedAt: row.reviewed_at,
    translationGroup: row.translation_group,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getSnippet(db: Database.Database, id: string): Snippet | null {
  const row = stmt<SnippetRow>(db, 'SELECT * FROM snippets WHERE id = ?').get(id);
  return row === undefined ? null : fromRow(db, row);
}

export function listSnippets(db: Database.Database): Snippet[] {
  return stmt<SnippetRow>(db, 'SELECT * FROM snippets ORDER BY title COLLATE NOCASE, id')
    .all()
    .map((row) => fromRow(db, row));
}

/**
 * Inserts or replaces a snippet. When `s.revision` is new for this snippet, its title and
 * content are kept as that revision.
 */
export function putSnippet(db: Database.Database, s: Snippet): void {
  const content = canonical(s.content);
  stmt(
    db,
    `INSERT INTO snippets (id, title, kind, language, content, text, reviewed_at, translation_group,
       revision, created_at, updated_at)
     VALUES (@id, @title, @kind, @language, @content, @text, @reviewedAt, @translationGroup,
       @revision, @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET
       title = excluded.title, kind = excluded.kind, language = excluded.language,
       content = excluded.content, text = excluded.text, reviewed_at = excluded.reviewed_at,
       translation_group = excluded.translation_group, revision = excluded.revision,
       updated_at = excluded.updated_at`,
  ).run({ ...s, content });
  stmt(
    db,
    `INSERT INTO snippet_revisions (snippet_id, revision, title, content, saved_at)
     VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  ).run(s.id, s.revision, s.title, content, s.updatedAt);

  const replace = (table: string, column: string, values: string[]): void => {
    stmt(db, `DELETE FROM ${table} WHERE snippet_id = ?`).run(s.id);
    const insert = stmt(
      db,
      `INSERT INTO ${table} (snippet_id, ${column}, position) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`,
    );
    values.forEach((v, i) => insert.run(s.id, v, i));
  };
  replace('snippet_cases', 'case_id', s.caseIds);
  replace('snippet_tags', 'tag', s.tags);
  replace('snippet_forums', 'forum_key', s.forums);
}

interface RevisionRow {
  revision: number;
  title: string;
  content: string;
  saved_at: string;
}

export function snippetRevisions(db: Database.Database, id: string): SnippetRevision[] {
  return stmt<RevisionRow>(
    db,
    'SELECT revision, title, content, saved_at FROM snippet_revisions WHERE snippet_id = ? ORDER BY revision',
  )
    .all(id)
    .map((r) => ({
      snippetId: id,
      revision: r.revision,
      title: r.title,
      content: json<RichContent>(r.content),
      savedAt: r.saved_at,
    }));
}

export function deleteSnippet(db: Database.Database, id: string): boolean {
  return stmt(db, 'DELETE FROM snippets WHERE id = ?').run(id).changes > 0;
}
