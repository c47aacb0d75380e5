import type { Params } from '../../../shared/api';
import type { RichContent, SerializedNode } from '../../../shared/domain';
import type { call } from '../app/api';

type Answer = Awaited<ReturnType<typeof call<'documents.preview'>>>;
type Snippet = Answer['snippets'][number];

/** A preview's answer with every snippet's text in it (those the window held put back). */
export type Preview = Omit<Answer, 'snippets'> & {
  snippets: (Snippet & { content: RichContent })[];
};

/**
 * The text as a preview last took it in: the backend's name for it and each block as JSON,
 * so that the next preview sends only the blocks that differ (a typing pause in a long text
 * changes one or two of its thousands).
 */
export interface PreviewBase {
  base: string;
  /** A block's JSON → its index in that text. */
  blocks: Map<string, number>;
}

/**
 * What a preview sends of `content`: against `base`, its blocks, each the index of the same block
 * in the base or the block itself (`changes`), or the whole content when there is no base or
 * most of it changed. Blocks are compared as JSON, exactly: nothing the editor changed is missed.
 */
export function previewContent(
  content: RichContent,
  base: PreviewBase | null,
): {
  params: { content: RichContent } | { changes: PreviewChangesParam };
  texts: string[];
} {
  const children = content.root.children;
  const texts = children.map((b) => JSON.stringify(b));
  if (base === null) return { params: { content }, texts };
  let fresh = 0;
  const blocks = children.map((block, i): number | SerializedNode => {
    const at = base.blocks.get(texts[i] ?? '');
    if (at !== undefined) return at;
    fresh += 1;
    return block;
  });
  // Mostly new (a paste over everything): the whole content is as short and needs no base.
  if (fresh > children.length / 2) return { params: { content }, texts };
  const { children: _c, ...root } = content.root;
  return { params: { changes: { base: base.base, root, blocks } }, texts };
}

type PreviewChangesParam = NonNullable<Params<'documents.preview'>['changes']>;

/** The base a preview's answer names, for the texts it was asked with. */
export function baseOf(base: string, texts: readonly string[]): PreviewBase {
  const blocks = new Map<string, number>();
  texts.forEach((t, i) => {
    if (!blocks.has(t)) blocks.set(t, i);
  });
  return { base, blocks };
}

/** The snippets whose texts the window holds, at the revision held (the answer leaves those out). */
export function knownSnippets(held: Preview | null): Record<string, number> {
  return Object.fromEntries((held?.snippets ?? []).map((s) => [s.id, s.revision]));
}

/**
 * The answer with the texts it left out put back from `held`, or null when one is missing
 * (the window no longer holds it: ask again without `known`).
 */
export function withSnippetTexts(answer: Answer, held: Preview | null): Preview | null {
  const texts = new Map((held?.snippets ?? []).map((s) => [s.id, s]));
  const snippets: Preview['snippets'] = [];
  for (const s of answer.snippets) {
    const content = s.content ?? texts.get(s.id)?.content;
    if (content === undefined) return null;
    snippets.push({ ...s, content });
  }
  return { ...answer, snippets };
}
