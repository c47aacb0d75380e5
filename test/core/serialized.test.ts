import type { SerializedLinkNode as LexicalLink } from '@lexical/link';
import type {
  SerializedListItemNode as LexicalListItem,
  SerializedListNode as LexicalList,
} from '@lexical/list';
import type {
  SerializedHeadingNode as LexicalHeading,
  SerializedQuoteNode as LexicalQuote,
} from '@lexical/rich-text';
import type {
  SerializedTableCellNode as LexicalTableCell,
  SerializedTableNode as LexicalTable,
  SerializedTableRowNode as LexicalTableRow,
} from '@lexical/table';
import type {
  SerializedLexicalNode,
  SerializedLineBreakNode as LexicalLineBreak,
  SerializedParagraphNode as LexicalParagraph,
  SerializedRootNode as LexicalRoot,
  SerializedTabNode as LexicalTab,
  SerializedTextNode as LexicalText,
} from 'lexical';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  bullets,
  cell,
  cite,
  doc,
  embed,
  field,
  h1,
  lineBreak,
  link,
  note,
  numbered,
  p,
  pageBreak,
  quote,
  row,
  signatories,
  tab,
  table,
  th,
} from '../../src/core/document/build';
import type { BLOCK_TYPES, INLINE_TYPES } from '../../src/core/document/nodes';
import {
  contentProblems,
  NODE_TYPES,
  NOTE_INLINE_TYPES,
  walk,
  type NodeSchema,
  type NodeType,
} from '../../src/core/document/nodes';
import type * as S from '../../src/core/document/serialized';
import type { SerializedNode } from '../../src/shared/domain';

/** The fields a (loose) zod object names, without its index signature. */
type Known<T> = { [K in keyof T as string extends K ? never : K]: T[K] };

/** Whatever the exported type allows, the validation accepts. */
type Accepted<T extends NodeType> =
  S.SerializedNodes[T] extends z.input<NodeSchema<T>> ? true : false;
/** The fields the validation reads, as it types them (defaults filled in). */
type Read<T extends NodeType> = Required<Known<z.output<NodeSchema<T>>>>;
/** The same fields, as the exported type has them (a field it lacks is missing here). */
type Fields<T extends NodeType> = Required<
  Pick<S.SerializedNodes[T], keyof Read<T> & keyof S.SerializedNodes[T]>
>;

/** A Lexical serialized type as it stands in a stored document: `type` narrowed. */
type Stored<L, T extends string> = Omit<L, 'type' | '$' | '$slots'> & { type: T };

describe('serialized node types', () => {
  it('agree with the validation, node by node (checked by typecheck)', () => {
    expectTypeOf<{ [T in NodeType]: Accepted<T> }>().toEqualTypeOf<{ [T in NodeType]: true }>();
    // Where the validation reads a field, the exported type has exactly its type…
    expectTypeOf<Fields<'heading'>>().toEqualTypeOf<Read<'heading'>>();
    expectTypeOf<Fields<'quote'>>().toEqualTypeOf<Read<'quote'>>();
    expectTypeOf<Fields<'list'>>().toEqualTypeOf<Read<'list'>>();
    expectTypeOf<Fields<'link'>>().toEqualTypeOf<Read<'link'>>();
    expectTypeOf<Fields<'text'>>().toEqualTypeOf<Read<'text'>>();
    expectTypeOf<Fields<'tablecell'>>().toEqualTypeOf<Read<'tablecell'>>();
    expectTypeOf<Fields<'snippet-embed'>>().toEqualTypeOf<Read<'snippet-embed'>>();
    expectTypeOf<Fields<'live-field'>>().toEqualTypeOf<Read<'live-field'>>();
    expectTypeOf<Fields<'citation'>>().toEqualTypeOf<Read<'citation'>>();
    // …except that a paragraph's `format` may also be an older number form (read as "").
    expectTypeOf<Fields<'paragraph'>>().toExtend<Read<'paragraph'>>();
    expectTypeOf<Read<'paragraph'>>().not.toExtend<Fields<'paragraph'>>();
    // One type per node type, and the unions name the same types as the constants.
    expectTypeOf<keyof S.SerializedNodes>().toEqualTypeOf<NodeType>();
    expectTypeOf<S.SerializedBlockNode['type']>().toEqualTypeOf<(typeof BLOCK_TYPES)[number]>();
    expectTypeOf<S.SerializedInlineNode['type']>().toEqualTypeOf<(typeof INLINE_TYPES)[number]>();
    expectTypeOf<S.SerializedNoteInlineNode['type']>().toEqualTypeOf<
      'text' | 'tab' | 'linebreak' | 'link' | 'live-field'
    >();
    // Every node fits the shared, loose node type that stored content is made of.
    expectTypeOf<S.SerializedDocumentNode>().toExtend<SerializedNode>();
  });

  it("take what Lexical 0.52's own nodes export (checked by typecheck)", () => {
    expectTypeOf<Stored<LexicalRoot, 'root'>>().toExtend<S.SerializedRootNode>();
    expectTypeOf<Stored<LexicalParagraph, 'paragraph'>>().toExtend<S.SerializedParagraphNode>();
    expectTypeOf<Stored<LexicalText, 'text'>>().toExtend<S.SerializedTextNode>();
    expectTypeOf<Stored<LexicalTab, 'tab'>>().toExtend<S.SerializedTabNode>();
    expectTypeOf<Stored<LexicalLineBreak, 'linebreak'>>().toExtend<S.SerializedLineBreakNode>();
    expectTypeOf<Stored<LexicalLink, 'link'>>().toExtend<S.SerializedLinkNode>();
    expectTypeOf<Stored<LexicalListItem, 'listitem'>>().toExtend<S.SerializedListItemNode>();
    expectTypeOf<Stored<LexicalTable, 'table'>>().toExtend<S.SerializedTableNode>();
    expectTypeOf<Stored<LexicalTableRow, 'tablerow'>>().toExtend<S.SerializedTableRowNode>();
    expectTypeOf<Stored<LexicalTableCell, 'tablecell'>>().toExtend<S.SerializedTableCellNode>();
    // The format is narrower than Lexical here (docs/document-format.md, section 5): headings h1
    // to h3, no check lists, no shadow-root quotes. The rest of those nodes fits.
    expectTypeOf<Stored<LexicalHeading, 'heading'>>().not.toExtend<S.SerializedHeadingNode>();
    expectTypeOf<
      Omit<Stored<LexicalHeading, 'heading'>, 'tag'> & { tag: 'h2' }
    >().toExtend<S.SerializedHeadingNode>();
    expectTypeOf<
      Omit<Stored<LexicalList, 'list'>, 'listType'> & { listType: 'bullet' }
    >().toExtend<S.SerializedListNode>();
    expectTypeOf<
      Omit<Stored<LexicalQuote, 'quote'>, 'shadowRoot'>
    >().toExtend<S.SerializedQuoteNode>();
    // Lexical's node state under "$" is not part of the format.
    expectTypeOf<LexicalParagraph['$']>().not.toEqualTypeOf<S.SerializedParagraphNode['$']>();
    // And every node of the format is a Lexical serialized node (what importJSON reads).
    expectTypeOf<
      S.SerializedDocumentNode & { version: number }
    >().toExtend<SerializedLexicalNode>();
  });

  it('name every node type once: the builders make each, and each validates', () => {
    const content = doc(
      h1('Title'),
      p('Text', tab(), lineBreak(), link('https://example.org/', field('document.date'))),
      p(field('case.status', { caseId: 'c' }), cite('s', 'para. 3'), note('A note.')),
      quote('Quoted.'),
      bullets('One', numbered('Two')),
      table(row(th('Name'), th('Status')), row(cell('A'), cell(p('B')))),
      embed('n', { insertedAt: '2016-05-26', mode: 'copied', children: [p('Copied.')] }),
      signatories(),
      pageBreak(),
    );
    expect(contentProblems(content)).toEqual([]);
    const seen = new Set([...walk(content)].map((w) => w.node.type));
    expect([...seen].sort()).toEqual([...NODE_TYPES].sort());
    expect(NOTE_INLINE_TYPES).toEqual(['text', 'tab', 'linebreak', 'link', 'live-field']);
  });

  it("refuses Lexical's shadow-root quote, which holds blocks the format has no place for", () => {
    const content = doc({ ...quote('Quoted.'), shadowRoot: false });
    expect(contentProblems(content)).toEqual([]);
    const shadow = { ...quote('Quoted.'), shadowRoot: true };
    expect(contentProblems({ root: { ...content.root, children: [shadow] } })).toEqual([
      {
        place: 'root.children[0].shadowRoot',
        message:
          'A quote holds text, not blocks (Lexical\'s "shadowRoot" quotes are not part of the format)',
      },
    ]);
  });

  it('refuses Lexical node state ("$") and slots ("$slots"), naming the place', () => {
    const withState = (extra: Record<string, unknown>) =>
      doc(p('Arrested on ', { ...field('case.arrestDate', { caseId: 'c' }), ...extra }));
    expect(contentProblems(withState({}))).toEqual([]);
    expect(contentProblems(withState({ $: { mdListMarker: '*' } }))).toEqual([
      {
        place: 'root.children[0].children[1].$',
        message:
          'Lexical node state ("$") is not part of the format: a node keeps its fields at the top level',
      },
    ]);
    expect(contentProblems(withState({ $slots: {} }))).toEqual([
      {
        place: 'root.children[0].children[1].$slots',
        message: 'Lexical named slots ("$slots") are not part of the format',
      },
    ]);
  });
});
