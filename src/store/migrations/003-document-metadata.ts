import type { Migration } from './migration';

/** What a submission's cover and properties need, and a template's defaults for new documents. */
export const migration: Migration = {
  version: 3,
  name: 'document-metadata',
  up(db) {
    db.exec(`
      ALTER TABLE documents ADD COLUMN short_title TEXT;
      ALTER TABLE documents ADD COLUMN subtitle TEXT;
      ALTER TABLE documents ADD COLUMN cover_lines TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(cover_lines));
      ALTER TABLE documents ADD COLUMN joint INTEGER NOT NULL DEFAULT 0 CHECK (joint IN (0, 1));
      ALTER TABLE documents ADD COLUMN audience TEXT NOT NULL DEFAULT 'public' CHECK (audience IN ('public', 'internal'));
      ALTER TABLE documents ADD COLUMN keywords TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(keywords));
      ALTER TABLE templates ADD COLUMN defaults TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(defaults));
    `);
  },
};
