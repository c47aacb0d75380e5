import type { LibraryInfo } from '../../shared/api';
import type { Session } from '../session';

/** Where the library is and what it holds. */
export function libraryInfo(s: Session): LibraryInfo {
  return s.read((lib) => {
    const count = (table: string): number =>
      lib.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    return {
      path: lib.path,
      version: lib.version,
      encrypted: lib.encrypted,
      counts: {
        persons: count('persons'),
        organisations: count('organisations'),
        cases: count('cases'),
        events: count('events'),
        sources: count('sources'),
        snippets: count('snippets'),
        forums: count('forum_profiles'),
        documents: count('documents'),
      },
    };
  });
}
