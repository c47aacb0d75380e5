import type { Migration } from './migration';
import { APPLICATION_ID } from '../applicationId';
import { CASE_STATUSES, EVENT_TYPES, SENTENCE_KINDS, SNIPPET_KINDS } from '../../shared/domain';

const list = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

/** The domain model of DESIGN.md. */
export const migration: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE persons (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) > 0),
        roles TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(roles)),
        affiliations TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(affiliations)),
        country TEXT,
        visibility TEXT NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'anonymise', 'internal')),
        gender TEXT CHECK (gender IN ('female', 'male', 'other')),
        birth_year INTEGER,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE person_aliases (
        person_id TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        script TEXT,
        language TEXT,
        PRIMARY KEY (person_id, position)
      ) STRICT;

      CREATE TABLE organisations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) > 0),
        short_name TEXT,
        country TEXT,
        website TEXT,
        contact TEXT,
        description TEXT NOT NULL DEFAULT '',
        founded INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(title) > 0),
        country TEXT,
        status TEXT NOT NULL DEFAULT 'unknown' CHECK (status IN (${list(CASE_STATUSES)})),
        violations TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(violations)),
        summary TEXT NOT NULL DEFAULT '',
        last_verified TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX cases_status ON cases (status);

      CREATE TABLE case_persons (
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES persons (id) ON DELETE RESTRICT,
        position INTEGER NOT NULL,
        PRIMARY KEY (case_id, person_id)
      ) STRICT;
      CREATE INDEX case_persons_person ON case_persons (person_id);

      CREATE TABLE case_charges (
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        code TEXT,
        article TEXT,
        label TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'dropped', 'acquitted')),
        PRIMARY KEY (case_id, position)
      ) STRICT;

      CREATE TABLE case_applications (
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        number TEXT NOT NULL,
        name TEXT,
        judgment_date TEXT,
        articles TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(articles)),
        notes TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (case_id, position)
      ) STRICT;
      CREATE INDEX case_applications_number ON case_applications (number);

      CREATE TABLE sources (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(title) > 0),
        publisher TEXT,
        url TEXT,
        published TEXT,
        accessed TEXT,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN (${list(EVENT_TYPES)})),
        text TEXT NOT NULL DEFAULT '',
        status_after TEXT CHECK (status_after IN (${list(CASE_STATUSES)})),
        sentence_years INTEGER,
        sentence_months INTEGER,
        sentence_kind TEXT CHECK (sentence_kind IN (${list(SENTENCE_KINDS)})),
        probation_months INTEGER,
        uncertain INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX events_case ON events (case_id, date);

      CREATE TABLE event_sources (
        event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        source_id TEXT NOT NULL REFERENCES sources (id) ON DELETE RESTRICT,
        pinpoint TEXT,
        PRIMARY KEY (event_id, position)
      ) STRICT;
      CREATE INDEX event_sources_source ON event_sources (source_id);

      CREATE TABLE snippets (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(title) > 0),
        kind TEXT NOT NULL CHECK (kind IN (${list(SNIPPET_KINDS)})),
        language TEXT NOT NULL DEFAULT 'en',
        content TEXT NOT NULL CHECK (json_valid(content)),
        text TEXT NOT NULL,
        reviewed_at TEXT,
        translation_group TEXT,
        revision INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX snippets_translation_group ON snippets (translation_group);

      CREATE TABLE snippet_revisions (
        snippet_id TEXT NOT NULL REFERENCES snippets (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        title TEXT NOT NULL,
        content TEXT NOT NULL CHECK (json_valid(content)),
        saved_at TEXT NOT NULL,
        PRIMARY KEY (snippet_id, revision)
      ) STRICT;

      CREATE TABLE snippet_cases (
        snippet_id TEXT NOT NULL REFERENCES snippets (id) ON DELETE CASCADE,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (snippet_id, case_id)
      ) STRICT;
      CREATE INDEX snippet_cases_case ON snippet_cases (case_id);

      CREATE TABLE snippet_tags (
        snippet_id TEXT NOT NULL REFERENCES snippets (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (snippet_id, tag)
      ) STRICT;
      CREATE INDEX snippet_tags_tag ON snippet_tags (tag);

      CREATE TABLE snippet_forums (
        snippet_id TEXT NOT NULL REFERENCES snippets (id) ON DELETE CASCADE,
        forum_key TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (snippet_id, forum_key)
      ) STRICT;

      CREATE TABLE forum_profiles (
        id TEXT PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        body TEXT NOT NULL,
        document_type TEXT NOT NULL,
        settings TEXT NOT NULL CHECK (json_valid(settings)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE templates (
        id TEXT PRIMARY KEY,
        forum_id TEXT REFERENCES forum_profiles (id) ON DELETE SET NULL,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        content TEXT NOT NULL CHECK (json_valid(content)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        template_id TEXT REFERENCES templates (id) ON DELETE SET NULL,
        forum_id TEXT REFERENCES forum_profiles (id) ON DELETE SET NULL,
        language TEXT NOT NULL DEFAULT 'en',
        as_of TEXT,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'review', 'final', 'submitted')),
        content TEXT NOT NULL CHECK (json_valid(content)),
        revision INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE document_revisions (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        title TEXT NOT NULL,
        content TEXT NOT NULL CHECK (json_valid(content)),
        saved_at TEXT NOT NULL,
        PRIMARY KEY (document_id, revision)
      ) STRICT;

      CREATE TABLE document_signatories (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
        position INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'confirmed', 'declined')),
        PRIMARY KEY (document_id, organisation_id)
      ) STRICT;
      CREATE INDEX document_signatories_organisation ON document_signatories (organisation_id);
    `);
  },
};
