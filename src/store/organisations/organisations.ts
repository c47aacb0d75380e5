import type Database from 'better-sqlite3-multiple-ciphers';
import type { Organisation } from '../../shared/domain';
import { stmt } from '../sql';

interface OrganisationRow {
  id: string;
  name: string;
  short_name: string | null;
  country: string | null;
  website: string | null;
  contact: string | null;
  description: string;
  founded: number | null;
  created_at: string;
  updated_at: string;
}

function fromRow(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    country: row.country,
    website: row.website,
    contact: row.contact,
    description: row.description,
    founded: row.founded,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getOrganisation(db: Database.Database, id: string): Organisation | null {
  const row = stmt<OrganisationRow>(db, 'SELECT * FROM organisations WHERE id = ?').get(id);
  return row === undefined ? null : fromRow(row);
}

export function listOrganisations(db: Database.Database): Organisation[] {
  return stmt<OrganisationRow>(db, 'SELECT * FROM organisations ORDER BY name COLLATE NOCASE, id')
    .all()
    .map(fromRow);
}

export function putOrganisation(db: Database.Database, o: Organisation): void {
  stmt(
    db,
    `INSERT INTO organisations (id, name, short_name, country, website, contact, description, founded, created_at, updated_at)
     VALUES (@id, @name, @shortName, @country, @website, @contact, @description, @founded, @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET
       name = excluded.name, short_name = excluded.short_name, country = excluded.country,
       website = excluded.website, contact = excluded.contact, description = excluded.description,
       founded = excluded.founded, updated_at = excluded.updated_at`,
  ).run(o);
}

export function deleteOrganisation(db: Database.Database, id: string): boolean {
  return stmt(db, 'DELETE FROM organisations WHERE id = ?').run(id).changes > 0;
}
