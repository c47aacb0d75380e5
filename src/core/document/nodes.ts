import { z } from 'zod';
import { CASE_STATUSES, type RichContent, type SerializedNode } from '../../shared/domain';
import { pathText } from '../../shared/errors';

/**
 * The document format: serialized Lexical editor state with Dossier's own nodes. The renderer's
 * node classes export exactly these shapes; export, preflight and resolution read them without an
 * editor. docs/document-format.md describes them for people.
 */

/** Lexical's text format bits. */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
} as const;

export const LIVE_FIELDS = [
  'person.name',
  'case.status',
  'case.daysDeprived',
  'case.sentence',
  'case.arrestDate',
  'case.latestEvent',
  'document.date',
] as const;
export type LiveFieldName = (typeof LIVE_FIELDS)[number];

/** The widest a table cell may span (Word's limit on a table's columns). */
export const MAX_COLSPAN = 63;

const inlineText = {
  text: z.string(),
  format: z.number().int().min(0).default(0),
  style: z.string().default(''),
};

/**
 * Every node type of the format, named once: the schemas below, the builders (build.ts), the
 * serialized types (serialized.ts) and the fuzz tests derive from this list.
 */
export const NODE_TYPES = [
  'root',
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'text',
  'tab',
  'linebreak',
  'table',
  'tablerow',
  'tablecell',
  'page-break',
  'signatory-list',
  'snippet-embed',
  'live-field',
  'citation',
  'footnote',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** Blocks: they stand in the root, a table cell or a copied snippet. */
export const BLOCK_TYPES = [
  'paragraph',
  'heading',
  'quote',
  'list',
  'table',
  'page-break',
  'signatory-list',
  'snippet-embed',
] as const satisfies readonly NodeType[];
export type BlockType = (typeof BLOCK_TYPES)[number];

/** Inlines: they stand in a paragraph, heading, quote or list item. */
export const INLINE_TYPES = [
  'text',
  'tab',
  'linebreak',
  'link',
  'live-field',
  'citation',
  'footnote',
] as const satisfies readonly NodeType[];
export type InlineType = (typeof INLINE_TYPES)[number];

/** Note content (a footnote's or a link's): inlines, but no notes within notes. */
export const NOTE_INLINE_TYPES = INLINE_TYPES.filter(
  (t): t is Exclude<InlineType, 'citation' | 'footnote'> => t !== 'citation' && t !== 'footnote',
);
export type NoteInlineType = (typeof NOTE_INLINE_TYPES)[number];

/** Each node type, its own fields (children are checked by the walker, by context). */
const NODE_SCHEMAS = {
  root: z.looseObject({}),
  paragraph: z.looseObject({
    format: z
      .union([z.enum(['', 'left', 'start', 'center', 'right', 'end', 'justify']), z.number()])
      .optional(),
  }),
  heading: z.looseObject({ tag: z.enum(['h1', 'h2', 'h3']) }),
  quote: z.looseObject({
    shadowRoot: z
      .literal(false, {
        message:
          'A quote holds text, not blocks (Lexical\'s "shadowRoot" quotes are not part of the format)',
      })
      .optional(),
  }),
  list: z.looseObject({
    listType: z.enum(['bullet', 'number']),
    start: z.number().int().min(0).default(1),
  }),
  listitem: z.looseObject({}),
  link: z.looseObject({
    url: z.string().refine((u) => /^(https?:|mailto:)/i.test(u), {
      message: 'A link must be a web address (http:// or https://) or mailto:',
    }),
  }),
  text: z.looseObject(inlineText),
  tab: z.looseObject({}),
  linebreak: z.looseObject({}),
  table: z.looseObject({}),
  tablerow: z.looseObject({}),
  tablecell: z.looseObject({
    headerState: z.number().int().min(0).max(3).default(0),
    /** Word tables have at most 63 columns; export allocates per column. */
    colSpan: z.number().int().min(1).max(MAX_COLSPAN).default(1),
    /** Rows the cell spans; the cells it covers below are left out of those rows, as in HTML. */
    rowSpan: z.number().int().min(1).default(1),
  }),
  'page-break': z.looseObject({}),
  'signatory-list': z.looseObject({}),
  'snippet-embed': z.looseObject({
    snippetId: z.string().min(1),
    revision: z.number().int().min(1),
    mode: z.enum(['linked', 'copied']),
    insertedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD'),
    /** The status of each linked case when the snippet was inserted. */
    caseStatuses: z.record(z.string(), z.enum(CASE_STATUSES)).default({}),
  }),
  'live-field': z.looseObject({
    field: z.enum(LIVE_FIELDS),
    caseId: z.string().nullable().default(null),
    personId: z.string().nullable().default(null),
  }),
  citation: z.looseObject({
    sourceId: z.string().min(1),
    pinpoint: z.string().nullable().default(null),
  }),
  footnote: z.looseObject({}),
} as const satisfies Record<NodeType, z.ZodType>;

/** Where a node may stand. */
type Context = 'root' | 'block' | 'inline' | 'note' | 'listitem' | 'list' | 'row' | 'cell';

const BLOCK = new Set<NodeType>(BLOCK_TYPES);
const INLINE = new Set<NodeType>(INLINE_TYPES);
const NOTE_INLINE = new Set<NodeType>(NOTE_INLINE_TYPES);

/** What the children of each node type may be. */
const CHILDREN: Partial<Record<NodeType, Context>> = {
  root: 'block',
  paragraph: 'inline',
  heading: 'inline',
  quote: 'inline',
  list: 'list',
  listitem: 'listitem',
  link: 'note',
  table: 'row',
  tablerow: 'cell',
  tablecell: 'block',
  'snippet-embed': 'block',
  footnote: 'note',
};

function allowed(type: NodeType, context: Context): boolean {
  switch (context) {
    case 'root':
      return type === 'root';
    case 'block':
      return BLOCK.has(type);
    case 'inline':
      return INLINE.has(type);
    case 'note':
      // Inside a footnote or a link: text, but no notes within notes.
      return NOTE_INLINE.has(type);
    case 'list':
      return type === 'listitem';
    case 'listitem':
      return INLINE.has(type) || type === 'list';
    case 'row':
      return type === 'tablerow';
    case 'cell':
      return type === 'tablecell';
  }
}

/**
 * Keys Lexical 0.52 reserves: `$` holds NodeState not configured flat, `$slots` named slots. The
 * format uses neither (docs/document-format.md, "Lexical's node state is not used"): a blob there
 * would escape field-by-field checking and be carried along unseen.
 */
const LEXICAL_RESERVED = ['$', '$slots'] as const;
const RESERVED_MESSAGE: Record<(typeof LEXICAL_RESERVED)[number], string> = {
  $: 'Lexical node state ("$") is not part of the format: a node keeps its fields at the top level',
  $slots: 'Lexical named slots ("$slots") are not part of the format',
};

export interface ContentProblem {
  /** Where, as a path into the content: `root.children[3].children[0]`. */
  place: string;
  message: string;
}

/** How deep lists may nest: Word's limit (nine levels), which the editor keeps to as well. */
export const MAX_LIST_DEPTH = 9;

/**
 * Checks rich content against the document format: every node of a known type, in a place it
 * may stand, with its fields well formed. Returns the first problems found (at most `max`).
 */
export function contentProblems(
  content: RichContent,
  max = 10,
  /** Check only these blocks of the root (by index), the others known good: a preview's changes. */
  only?: ReadonlySet<number>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const visit = (
    node: SerializedNode,
    path: (string | number)[],
    context: Context,
    listDepth: number,
  ): void => {
    if (problems.length >= max) return;
    const place = pathText(path);
    const type = node.type as NodeType;
    if (!Object.hasOwn(NODE_SCHEMAS, type)) {
      problems.push({ place, message: `unknown node type "${node.type}"` });
      return;
    }
    if (!allowed(type, context)) {
      problems.push({
        place,
        message: `a "${type}" node cannot stand here (in ${context} content)`,
      });
      return;
    }
    const reserved = LEXICAL_RESERVED.find((key) => Object.hasOwn(node, key));
    if (reserved !== undefined) {
      problems.push({ place: `${place}.${reserved}`, message: RESERVED_MESSAGE[reserved] });
      return;
    }
    const parsed = NODE_SCHEMAS[type].safeParse(node);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = pathText(issue?.path ?? []);
      problems.push({
        place: field === '' ? place : `${place}.${field}`,
        message: issue?.message ?? 'invalid',
      });
      return;
    }
    const depth = type === 'list' ? listDepth + 1 : listDepth;
    if (type === 'list' && depth > MAX_LIST_DEPTH) {
      problems.push({
        place,
        message: `a list nested ${depth} levels deep: lists go at most ${MAX_LIST_DEPTH} levels deep, as in Word. Outdent its items, or make it a list of its own`,
      });
      return;
    }
    const childContext = CHILDREN[type];
    if (childContext === undefined) {
      if (node.children !== undefined && node.children.length > 0) {
        problems.push({ place, message: `a "${type}" node has no children` });
      }
      return;
    }
    const checked = type === 'root' ? only : undefined;
    (node.children ?? []).forEach((child, i) => {
      if (checked === undefined || checked.has(i))
        visit(child, [...path, 'children', i], childContext, depth);
    });
  };
  visit(content.root as SerializedNode, ['root'], 'root', 0);
  return problems;
}

/** The validation's schema of one node type (test/core/serialized.test.ts compares it to serialized.ts). */
export type NodeSchema<T extends NodeType> = (typeof NODE_SCHEMAS)[T];

/**
 * The fields read of each node, by the node: a text resolved again after a pause in typing
 * holds the same node objects for the blocks that did not change (a preview's `changes`), and
 * one request reads a node in several passes (resolve, preflight, the library view). The
 * fields are frozen, so that no reader changes what the next one gets.
 */
const fieldsRead = new WeakMap<SerializedNode, { type: NodeType; fields: object }>();

/** A node's fields as the format defines them, defaults filled in (read-only). */
export function nodeFields<T extends NodeType>(
  type: T,
  node: SerializedNode,
): Readonly<z.output<(typeof NODE_SCHEMAS)[T]>> {
  const read = fieldsRead.get(node);
  if (read !== undefined && read.type === type)
    return read.fields as z.output<(typeof NODE_SCHEMAS)[T]>;
  const fields = Object.freeze(NODE_SCHEMAS[type].parse(node)) as z.output<
    (typeof NODE_SCHEMAS)[T]
  >;
  fieldsRead.set(node, { type, fields });
  return fields;
}

/**
 * A text node's text and format, as `nodeFields('text', node)` gives them, without building the
 * whole parsed copy when the node is well formed (a long text has tens of thousands of runs).
 */
export function textFields(node: SerializedNode): { text: string; format: number } {
  const { text, format, style } = node;
  if (
    typeof text === 'string' &&
    (format === undefined || (Number.isSafeInteger(format) && (format as number) >= 0)) &&
    (style === undefined || typeof style === 'string')
  )
    return { text, format: (format as number | undefined) ?? 0 };
  return nodeFields('text', node);
}

/** Every node of the content, depth first, with its path. */
export function* walk(
  content: RichContent,
): Generator<{ node: SerializedNode; path: (string | number)[]; parents: SerializedNode[] }> {
  function* go(
    node: SerializedNode,
    path: (string | number)[],
    parents: SerializedNode[],
  ): Generator<{ node: SerializedNode; path: (string | number)[]; parents: SerializedNode[] }> {
    yield { node, path, parents };
    const children = node.children ?? [];
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child !== undefined) yield* go(child, [...path, 'children', i], [...parents, node]);
    }
  }
  yield* go(content.root as SerializedNode, ['root'], []);
}
