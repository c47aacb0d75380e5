import { MAX_LIST_DEPTH } from '../../../../core/document/nodes';
import type { SerializedNode } from '../../../../shared/domain';

/**
 * How deep lists nest: 9 levels, Word's limit (a deeper list would not survive the trip to Word,
 * and no reader follows it), the format's own (core refuses deeper content). The editor refuses to
 * indent past it (ListDepthPlugin) and a paste or a file that goes deeper is flattened at it.
 */
export { MAX_LIST_DEPTH };

/** What the writer reads when an indent is refused or a deeper list was flattened. */
export const LIST_DEPTH_REFUSED = `Lists go at most ${MAX_LIST_DEPTH} levels deep, as in Word: this item is already at level ${MAX_LIST_DEPTH}.`;
export const LIST_DEPTH_FLATTENED = `The list went deeper than ${MAX_LIST_DEPTH} levels (Word's limit): the deeper items now stand at level ${MAX_LIST_DEPTH}.`;

/**
 * A list at `depth` with what nests deeper than MAX_LIST_DEPTH lifted to that level: the items
 * of a list that would stand at level 10 follow, in order, the item that held it.
 */
function capList(list: SerializedNode, depth: number): SerializedNode {
  const items: SerializedNode[] = [];
  for (const item of list.children ?? []) {
    const kids = item.children ?? [];
    if (depth >= MAX_LIST_DEPTH && kids.some((k) => k.type === 'list')) {
      const own = kids.filter((k) => k.type !== 'list');
      if (own.length > 0) items.push({ ...item, children: own });
      for (const nested of kids.filter((k) => k.type === 'list')) {
        items.push(...(capList(nested, depth).children ?? []));
      }
    } else {
      items.push({
        ...item,
        children: kids.map((k) => (k.type === 'list' ? capList(k, depth + 1) : k)),
      });
    }
  }
  return { ...list, children: items };
}

/** Blocks (serialized) with every list nested at most MAX_LIST_DEPTH deep, in cells too. */
export function flattenDeepLists<T extends SerializedNode>(blocks: readonly T[]): T[] {
  return blocks.map((block) => {
    if (block.type === 'list') return capList(block, 1) as T;
    if (block.children === undefined) return block;
    return { ...block, children: flattenDeepLists(block.children) };
  });
}
