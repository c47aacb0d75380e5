import type { Block } from '../../../../core/document/build';
import { doc } from '../../../../core/document/build';
import { contentProblems } from '../../../../core/document/nodes';
import { htmlToBlocks, LINK_URL, textToBlocks } from './pasteConvert';

export { htmlToBlocks, LINK_URL, textToBlocks };

/** Blocks that core's validation accepts (so that Save succeeds after any paste). */
function valid(blocks: Block[]): boolean {
  return contentProblems(doc(...blocks), 1).length === 0;
}

/**
 * What a paste inserts: the clipboard's HTML when it has any (made plain, pasteConvert.ts),
 * else its plain text; and if the HTML's blocks should ever fail the format's validation, the
 * plain text instead. Never anything that `contentProblems` refuses.
 */
export function pastedBlocks(html: string, plain: string): Block[] {
  if (html.trim() !== '') {
    const blocks = htmlToBlocks(html);
    if (blocks.length > 0 && valid(blocks)) return blocks;
  }
  const blocks = textToBlocks(plain);
  return valid(blocks) ? blocks : [];
}
