import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFromText } from '../../src/core/document/content';
import {
  documentRevisionCount,
  getDocument,
  listDocuments,
  putDocument,
} from '../../src/store/documents/documents';
import { openLibrary } from '../../src/store/library';
import { DossierError } from '../../src/shared/errors';
import { onCleanup, tempDir } from '../helpers';

const T = '2026-11-28T10:00:00.000Z';

describe('documents are stored with revisions and signatories', () => {
  it('keeps a revision per new revision number and the signatories in order', () => {
    const lib = openLibrary(join(tempDir(), 'docs.db'), { create: true });
    onCleanup(() => lib.close());
    lib.transaction(() => {
      for (const [id, name] of [
        ['o1', 'ARTICLE 19'],
        ['o2', 'PEN International'],
      ]) {
        lib.db
          .prepare(
            'INSERT INTO organisations (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)',
          )
          .run(id, name, T, T);
      }
    });
    const doc = {
      id: 'd1',
      title: 'Joint statement',
      shortTitle: null,
      subtitle: null,
      coverLines: ['London, 25 May 2016'],
      joint: true,
      audience: 'public' as const,
      keywords: ['Azerbaijan'],
      templateId: null,
      forumId: null,
      language: 'en',
      asOf: '2016-05-25',
      status: 'draft' as const,
      content: contentFromText('We, the undersigned organisations, welcome the release.'),
      revision: 1,
      createdAt: T,
      updatedAt: T,
      signatories: [
        { organisationId: 'o2', status: 'invited' as const },
        { organisationId: 'o1', status: 'confirmed' as const },
      ],
    };
    lib.transaction(() => putDocument(lib.db, doc));
    lib.transaction(() =>
      putDocument(lib.db, {
        ...doc,
        revision: 2,
        content: contentFromText('Second draft.'),
        updatedAt: T,
      }),
    );
    expect(documentRevisionCount(lib.db, 'd1')).toBe(2);
    const stored = getDocument(lib.db, 'd1');
    expect(stored?.signatories).toEqual([
      { organisationId: 'o2', status: 'invited' },
      { organisationId: 'o1', status: 'confirmed' },
    ]);
    expect(stored?.content).toEqual(contentFromText('Second draft.'));
    expect(stored).toMatchObject({
      joint: true,
      coverLines: ['London, 25 May 2016'],
      keywords: ['Azerbaijan'],
    });
    expect(listDocuments(lib.db).map((d) => d.title)).toEqual(['Joint statement']);

    // An organisation that signs a document cannot disappear from under it.
    let refused: unknown = null;
    try {
      lib.transaction(() => lib.db.prepare("DELETE FROM organisations WHERE id = 'o1'").run());
    } catch (err) {
      refused = err;
    }
    expect(refused).not.toBeNull();
    expect(refused).not.toBeInstanceOf(DossierError);
    expect(lib.db.prepare('SELECT count(*) FROM organisations').pluck().get()).toBe(2);
  });
});
