import type { Block } from '../../../../core/document/build';
import { doc, lineBreak, note, p, type NoteInline } from '../../../../core/document/build';
import { contentProblems, NOTE_INLINE_TYPES } from '../../../../core/document/nodes';
import type { SerializedNode } from '../../../../shared/domain';
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

const NOTE_INLINE = new Set<string>(NOTE_INLINE_TYPES);

/**
 * Nodes (blocks or inlines, from a paste or from another Dossier editor's copy) as note content,
 * what a footnote may hold: text, tabs, line breaks, links and live fields. Each block becomes a
 * line (a list item, a table cell, a copied snippet's paragraph each one of its own), with a line
 * break between two; citations, notes, page breaks and signatory lists are left out.
 */
export function noteInlines(nodes: readonly SerializedNode[]): SerializedNode[] {
  const lines: SerializedNode[][] = [[]];
  const newLine = (): void => {
    if ((lines.at(-1) ?? []).length > 0) lines.push([]);
  };
  const visit = (node: SerializedNode): void => {
    if (NOTE_INLINE.has(node.type)) {
      if (node.type === 'link') {
        // A link keeps only what a note may hold; with nothing left, it goes.
        const inner = noteInlines(node.children ?? []).filter((n) => n.type !== 'linebreak');
        if (inner.length > 0) lines.at(-1)?.push({ ...node, children: inner });
      } else lines.at(-1)?.push(node);
      return;
    }
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'quote':
      case 'listitem':
        newLine();
        (node.children ?? []).forEach(visit);
        newLine();
        return;
      case 'list':
      case 'table':
      case 'tablerow':
      case 'tablecell':
      case 'snippet-embed':
        (node.children ?? []).forEach(visit);
        return;
      default:
        // citation, footnote (no note within a note), page-break, signatory-list, and anything
        // unknown.
        return;
    }
  };
  nodes.forEach(visit);
  const out: SerializedNode[] = [];
  for (const line of lines.filter((l) => l.length > 0)) {
    if (out.length > 0) out.push(lineBreak());
    out.push(...line);
  }
  return out;
}

/** Whether inlines may stand in a footnote, by core's validation. */
export function validNote(inlines: readonly SerializedNode[]): boolean {
  return contentProblems(doc(p(note(...(inlines as unknown as NoteInline[])))), 1).length === 0;
}

/** What a paste into a footnote inserts: the paste's blocks as note content (noteInlines). */
export function pastedNoteInlines(html: string, plain: string): SerializedNode[] {
  const inlines = noteInlines(pastedBlocks(html, plain));
  if (validNote(inlines)) return inlines;
  const fallback = noteInlines(textToBlocks(plain));
  return validNote(fallback) ? fallback : [];
}
