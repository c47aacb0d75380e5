import { getForum } from '../../store/forums/forums';
import { getTemplate, putTemplate } from '../../store/templates/templates';
import type { Db } from '../../store/sql';
import { derivedId } from '../ids';
import { defaultTemplates } from './defaultTemplates';

/** The id of a template every library starts with, from its key. */
export function templateId(key: string): string {
  return derivedId('template', key);
}

/** Adds the templates every library starts with (those it lacks), one or more per forum. */
export function seedTemplates(db: Db, now: string): void {
  for (const seed of defaultTemplates) {
    const id = templateId(seed.key);
    if (getTemplate(db, id) !== null) continue;
    putTemplate(db, {
      id,
      forumId: getForum(db, seed.forumKey)?.id ?? null,
      name: seed.name,
      description: seed.description,
      document: { ...seed.document, forumKey: seed.forumKey },
      content: seed.content,
      createdAt: now,
      updatedAt: now,
    });
  }
}
