import type { Migration } from './migration';

/**
 * Full-text search over persons, cases, snippets and sources. The index holds folded text
 * (core/text/fold) and is rebuilt from the library's rows after migrating, by the code that
 * knows the schema of the day (store/search/indexer).
 */
export const migration: Migration = {
  version: 2,
  name: 'search',
  up(db) {
    db.exec(`
      CREATE TABLE search_items (
        rowid INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('person', 'case', 'snippet', 'source')),
        item_id TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        UNIQUE (kind, item_id)
      ) STRICT;

      CREATE VIRTUAL TABLE search_fts USING fts5 (
        title, body, facets,
        content = '',
        contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );

      INSERT INTO meta (key, value) VALUES ('search_index_stale', '1')
        ON CONFLICT (key) DO UPDATE SET value = excluded.value;
    `);
  },
};
