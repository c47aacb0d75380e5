import type { Db } from '../../store/sql';
import { forumSettings } from '../../shared/domain';
import { putForum, getForum } from '../../store/forums/forums';
import { derivedId } from '../ids';
import { defaultForums } from './defaultForums';

/**
 * Adds the forum profiles every library starts with (those it lacks). Their ids derive from
 * their keys, so documents that name a forum mean the same one in every library.
 */
export function seedForums(db: Db, now: string): void {
  for (const seed of defaultForums) {
    if (getForum(db, seed.key) !== null) continue;
    putForum(db, {
      id: derivedId('forum', seed.key),
      key: seed.key,
      name: seed.name,
      body: seed.body,
      documentType: seed.documentType,
      settings: forumSettings.parse(seed.settings),
      createdAt: now,
      updatedAt: now,
    });
  }
}
