import { describe, expect, it } from 'vitest';
import { nodeFields, textFields } from '../../src/core/document/nodes';
import type { SerializedNode } from '../../src/shared/domain';

/** Reading a node's fields: once per node object, the same for every reader. */
describe('nodeFields', () => {
  it('gives the fields read before for the same node, frozen, so no reader changes them', () => {
    const node: SerializedNode = { type: 'list', version: 1, listType: 'number', children: [] };
    const first = nodeFields('list', node);
    expect(first.start).toBe(1);
    expect(nodeFields('list', node)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => {
      (first as { start: number }).start = 4;
    }).toThrow(TypeError);
    // Another node with the same fields is read on its own.
    expect(nodeFields('list', { ...node, start: 3 }).start).toBe(3);
  });

  it('still refuses a node that is not well formed, each time', () => {
    const bad: SerializedNode = { type: 'list', version: 1, listType: 'roman' };
    expect(() => nodeFields('list', bad)).toThrow();
    expect(() => nodeFields('list', bad)).toThrow();
  });
});

describe('textFields', () => {
  it('reads a text run as nodeFields does, without its copy', () => {
    const runs: SerializedNode[] = [
      { type: 'text', version: 1, text: 'plain' },
      { type: 'text', version: 1, text: 'bold', format: 1, style: '' },
      { type: 'text', version: 1, text: '', format: 0, detail: 0, mode: 'normal' },
    ];
    for (const run of runs) {
      const { text, format } = nodeFields('text', run);
      expect(textFields(run)).toEqual({ text, format });
    }
  });

  it('refuses what nodeFields refuses: a run without text, a format that is not a whole number', () => {
    for (const run of [
      { type: 'text', version: 1 },
      { type: 'text', version: 1, text: 'x', format: 1.5 },
      { type: 'text', version: 1, text: 'x', format: -1 },
      { type: 'text', version: 1, text: 'x', style: 3 },
    ] as SerializedNode[]) {
      expect(() => nodeFields('text', run)).toThrow();
      expect(() => textFields(run)).toThrow();
    }
  });
});
