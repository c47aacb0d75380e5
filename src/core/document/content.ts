import type { RichContent, SerializedNode } from '../../shared/domain';

/** Node types that are blocks: their text is separated from the next block's by a blank line. */
const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list', 'table', 'tablerow']);

/**
 * The plain text of rich content: blocks separated by blank lines, line breaks kept.
 * Used for search, word counts and lists.
 */
export function plainText(content: RichContent): string {
  const blocks: string[] = [];
  let current = '';

  const visit = (node: SerializedNode): void => {
    if (typeof node.text === 'string') current += node.text;
    else if (node.type === 'linebreak') current += '\n';
    else if (node.type === 'tab') current += '\t';
    const isBlock = BLOCKS.has(node.type);
    const hasBlockChildren = node.children?.some((c) => BLOCKS.has(c.type)) ?? false;
    for (const child of node.children ?? []) visit(child);
    if (isBlock && !hasBlockChildren) {
      if (current.trim() !== '') blocks.push(current.trim());
      current = '';
    }
  };

  for (const node of content.root.children) visit(node);
  if (current.trim() !== '') blocks.push(current.trim());
  return blocks.join('\n\n');
}

/** Rich content from plain text: one paragraph per block of lines separated by a blank line. */
export function contentFromText(text: string): RichContent {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: paragraphs.map((p) => ({
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: p.split('\n').flatMap((line, i) => [
          ...(i > 0 ? [{ type: 'linebreak', version: 1 }] : []),
          ...(line === ''
            ? []
            : [
                {
                  type: 'text',
                  version: 1,
                  text: line,
                  format: 0,
                  style: '',
                  mode: 'normal',
                  detail: 0,
                },
              ]),
        ]),
      })),
    },
  };
}
