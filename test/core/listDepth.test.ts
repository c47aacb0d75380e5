import { describe, expect, it } from 'vitest';
import { bullets, doc, type ListEntry } from '../../src/core/document/build';
import { contentProblems, MAX_LIST_DEPTH } from '../../src/core/document/nodes';
import { demoBackend } from '../helpers';

/** A list nested `levels` deep: each item holds the next list. */
function nested(levels: number): ReturnType<typeof bullets> {
  let list = bullets('deepest');
  for (let i = 1; i < levels; i++) list = bullets(`level ${levels - i}`, list as ListEntry);
  return list;
}

describe('lists nest at most 9 levels deep (Word’s limit)', () => {
  it('takes 9 levels and refuses 10, naming the place and what to do', () => {
    expect(MAX_LIST_DEPTH).toBe(9);
    expect(contentProblems(doc(nested(9)))).toEqual([]);
    const [problem] = contentProblems(doc(nested(10)));
    expect(problem?.place).toMatch(/^root\.children\[0\](\.children\[1\]\.children\[0\]){9}$/);
    expect(problem?.message).toMatch(/nested 10 levels deep: lists go at most 9 levels deep/);
    expect(problem?.message).toMatch(/Outdent its items/);
  });

  it('is refused when saved or imported, nothing written', async () => {
    const b = await demoBackend();
    const d = await b.call('documents.create', { title: 'Deep' });
    const { revision: _r, createdAt: _c, updatedAt: _u, ...fields } = d;
    await expect(
      b.call('documents.save', { document: { ...fields, content: doc(nested(10)) } }),
    ).rejects.toThrow(/lists go at most 9 levels deep/);
    expect((await b.call('documents.get', { id: d.id })).revision).toBe(d.revision);
  });
});
