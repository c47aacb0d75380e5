import { LIVE_FIELDS, NODE_TYPES } from '../../src/core/document/nodes';
import type { RichContent, SerializedNode } from '../../src/shared/domain';
import { clone, mutate, nastyLike } from './mutate';
import type { Rng } from './random';
import { BAD_UUIDS, deep, hugeString, ODD_NUMBERS, ODD_STRINGS } from './values';

/**
 * Mutations of documents' content trees (serialized Lexical JSON, docs/document-format.md):
 * unknown node types, nodes in the wrong place, missing or wrong fields, deep and repetitive
 * trees, huge text, bad links, and ids in embeds, citations and fields that point nowhere (or
 * to the wrong kind of thing).
 */

/** Ids the library really has, to put where they do not belong. */
export interface KnownIds {
  persons: string[];
  cases: string[];
  sources: string[];
  snippets: string[];
  organisations: string[];
  documents: string[];
}

const UNKNOWN_TYPES = [
  'image',
  'script',
  'Paragraph',
  'TEXT',
  'code',
  'mention',
  '',
  ' ',
  '__proto__',
  'constructor',
  'toString',
];
const BAD_URLS = [
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example',
  'http://',
  'https://"><script>alert(1)</script>',
  'https://example.org/" onmouseover="alert(1)',
  "https://example.org/'><img src=x onerror=alert(1)>",
  'mailto:a@b.c?body=<script>',
  'https://exa mple.org',
  'https://\u202eevil.example',
  '',
];

interface Located {
  node: SerializedNode;
  parent: SerializedNode | null;
  index: number;
}

function nodes(content: RichContent): Located[] {
  const out: Located[] = [];
  const visit = (
    node: SerializedNode,
    parent: SerializedNode | null,
    index: number,
    depth: number,
  ): void => {
    out.push({ node, parent, index });
    if (depth > 200 || !Array.isArray(node.children)) return;
    node.children.forEach((c, i) => {
      if (typeof c === 'object' && c !== null) visit(c, node, i, depth + 1);
    });
  };
  visit(content.root as SerializedNode, null, -1, 0);
  return out;
}

function text(s: string): SerializedNode {
  return { type: 'text', version: 1, text: s, format: 0, style: '', mode: 'normal', detail: 0 };
}

function para(...children: SerializedNode[]): SerializedNode {
  return { type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, children };
}

/** An id for an embed, citation or field: a real one (maybe of the wrong kind) or a bad one. */
function someId(rng: Rng, ids: KnownIds, right: keyof KnownIds): unknown {
  return rng.weighted<() => unknown>([
    [2, () => rng.pick(ids[right].length > 0 ? ids[right] : BAD_UUIDS)],
    [3, () => rng.pick(ids[rng.pick(Object.keys(ids) as (keyof KnownIds)[])].concat(BAD_UUIDS))],
    [3, () => rng.pick(BAD_UUIDS)],
    [1, () => rng.pick(ODD_STRINGS)],
    [1, () => rng.pick<unknown>([null, 0, [], {}, true, hugeString()])],
  ])();
}

/** A node of any kind, well or badly formed. */
export function randomNode(rng: Rng, ids: KnownIds, depth = 0): SerializedNode {
  const type = rng.chance(0.85) ? rng.pick(NODE_TYPES) : rng.pick(UNKNOWN_TYPES);
  const node: SerializedNode = {
    type,
    version: rng.chance(0.9) ? 1 : (rng.pick(ODD_NUMBERS) as number),
  };
  switch (type) {
    case 'text':
      node.text = rng.chance(0.8)
        ? rng.pick(['Arrested on ', 'Khadija Ismayilova', 'Leyla Yunus', 'x', ''])
        : rng.pick(ODD_STRINGS);
      node.format = rng.chance(0.8) ? rng.int(0, 127) : rng.pick(ODD_NUMBERS);
      node.style = rng.chance(0.9) ? '' : rng.pick(ODD_STRINGS);
      break;
    case 'heading':
      node.tag = rng.chance(0.8) ? rng.pick(['h1', 'h2', 'h3']) : rng.pick(['h4', 'H1', '', 'h0']);
      break;
    case 'list':
      node.listType = rng.chance(0.8)
        ? rng.pick(['bullet', 'number'])
        : rng.pick(['check', '', 'ol']);
      node.start = rng.chance(0.7) ? rng.int(0, 20) : rng.pick(ODD_NUMBERS);
      break;
    case 'link':
      node.url = rng.chance(0.4) ? 'https://www.article19.org/' : rng.pick(BAD_URLS);
      break;
    case 'tablecell':
      node.headerState = rng.chance(0.7) ? rng.int(0, 3) : rng.pick(ODD_NUMBERS);
      node.colSpan = rng.chance(0.7) ? rng.int(1, 4) : rng.pick(ODD_NUMBERS);
      if (rng.chance(0.4)) node.rowSpan = rng.chance(0.7) ? rng.int(1, 5) : rng.pick(ODD_NUMBERS);
      break;
    case 'snippet-embed':
      node.snippetId = someId(rng, ids, 'snippets');
      node.revision = rng.chance(0.7) ? rng.int(1, 3) : rng.pick(ODD_NUMBERS);
      node.mode = rng.chance(0.8)
        ? rng.pick(['linked', 'copied'])
        : rng.pick(['', 'LINKED', 'live']);
      node.insertedAt = rng.chance(0.7)
        ? '2016-05-25'
        : rng.pick(['2016-02-30', '2016', '', '2016-05-25T00:00:00Z']);
      if (rng.chance(0.5)) {
        node.caseStatuses = rng.chance(0.6)
          ? {
              [String(someId(rng, ids, 'cases'))]: rng.pick(['imprisoned', 'released', 'free', '']),
            }
          : rng.pick<unknown>([[], 'imprisoned', null, { __proto__: 'x' }]);
      }
      break;
    case 'live-field':
      node.field = rng.chance(0.8)
        ? rng.pick(LIVE_FIELDS)
        : rng.pick(['case.title', 'person.address', '', 'constructor']);
      if (rng.chance(0.7)) node.caseId = someId(rng, ids, 'cases');
      if (rng.chance(0.5)) node.personId = someId(rng, ids, 'persons');
      break;
    case 'citation':
      node.sourceId = someId(rng, ids, 'sources');
      if (rng.chance(0.5))
        node.pinpoint = rng.chance(0.6) ? 'para. 3' : rng.pick<unknown>([...ODD_STRINGS, 3, {}]);
      break;
    default:
      break;
  }
  if (depth < 3 && rng.chance(0.6)) {
    node.children = Array.from({ length: rng.int(0, 3) }, () =>
      rng.chance(0.5) ? text(rng.pick(['a', 'Leyla Yunus', ''])) : randomNode(rng, ids, depth + 1),
    );
  }
  return node;
}

/** A tree where one subtree is shared many times over: small as objects, big as a document. */
function repetitive(levels: number, fanout: number): SerializedNode {
  let item: SerializedNode = text('Khadija Ismayilova was arrested. ');
  let inner: SerializedNode = { type: 'footnote', version: 1, children: [item] };
  for (let i = 0; i < levels; i++) {
    inner = {
      type: 'link',
      version: 1,
      url: 'https://example.org/',
      children: Array.from({ length: fanout }, () => inner),
    };
  }
  item = para(...Array.from({ length: fanout }, () => inner));
  return item;
}

const FIELDS_TO_DROP = [
  'type',
  'children',
  'text',
  'tag',
  'listType',
  'url',
  'snippetId',
  'revision',
  'mode',
  'insertedAt',
  'field',
  'sourceId',
  'format',
  'colSpan',
  'rowSpan',
  'headerState',
  'version',
  'caseId',
  'personId',
];

/** One mutation of a content tree, in place where it can; returns the content to send. */
export function mutateContentOnce(rng: Rng, content: RichContent, ids: KnownIds): RichContent {
  const all = nodes(content);
  const target = rng.pick(all);
  const { node, parent, index } = target;
  const op = rng.weighted<string>([
    [3, 'insert-random'],
    [2, 'unknown-type'],
    [2, 'change-type'],
    [2, 'move'],
    [3, 'drop-field'],
    [3, 'bad-ref'],
    [2, 'bad-link'],
    [2, 'odd-number'],
    [1, 'deep'],
    [1, 'repetitive'],
    [1, 'huge-text'],
    [1, 'many-nodes'],
    [2, 'children-shape'],
    [2, 'generic'],
    [1, 'root'],
  ]);
  const kids = (n: SerializedNode): SerializedNode[] => {
    if (!Array.isArray(n.children)) n.children = [];
    return n.children;
  };
  switch (op) {
    case 'insert-random': {
      const host = rng.chance(0.3) ? (content.root as SerializedNode) : node;
      const list = kids(host);
      list.splice(rng.int(0, list.length), 0, randomNode(rng, ids));
      break;
    }
    case 'unknown-type':
      node.type = rng.pick(UNKNOWN_TYPES);
      break;
    case 'change-type':
      node.type = rng.pick(NODE_TYPES);
      break;
    case 'move': {
      // A node taken from where it stands and put somewhere it may not stand.
      if (parent === null) break;
      const [taken] = kids(parent).splice(index, 1);
      const dest = rng.pick(nodes(content)).node;
      if (taken !== undefined) kids(dest).splice(rng.int(0, kids(dest).length), 0, taken);
      break;
    }
    case 'drop-field': {
      const field = rng.pick(FIELDS_TO_DROP.filter((f) => f in node).concat('text'));
      delete node[field];
      break;
    }
    case 'bad-ref': {
      const refs = all.filter((l) =>
        ['snippet-embed', 'citation', 'live-field'].includes(l.node.type),
      );
      const hit = refs.length > 0 && rng.chance(0.8) ? rng.pick(refs).node : node;
      if (hit.type === 'snippet-embed' || rng.chance(0.2))
        hit.snippetId = someId(rng, ids, 'snippets');
      if (hit.type === 'citation' || rng.chance(0.2)) hit.sourceId = someId(rng, ids, 'sources');
      if (hit.type === 'live-field' || rng.chance(0.2)) {
        if (rng.chance(0.7)) hit.caseId = someId(rng, ids, 'cases');
        if (rng.chance(0.5)) hit.personId = someId(rng, ids, 'persons');
        if (rng.chance(0.3)) hit.field = rng.pick(LIVE_FIELDS);
      }
      break;
    }
    case 'bad-link': {
      const links = all.filter((l) => l.node.type === 'link');
      if (links.length > 0 && rng.chance(0.6)) rng.pick(links).node.url = rng.pick(BAD_URLS);
      else {
        const host = all.filter((l) =>
          ['paragraph', 'heading', 'quote', 'listitem'].includes(l.node.type),
        );
        const at = host.length > 0 ? rng.pick(host).node : node;
        kids(at).push({
          type: 'link',
          version: 1,
          url: rng.pick(BAD_URLS),
          children: [text('click here')],
        });
      }
      break;
    }
    case 'odd-number': {
      const key = rng.pick([
        'format',
        'colSpan',
        'rowSpan',
        'headerState',
        'start',
        'revision',
        'version',
        'indent',
        'detail',
      ]);
      node[key] = rng.pick(ODD_NUMBERS);
      break;
    }
    case 'deep': {
      const levels = rng.pick([50, 200, 500, 1000, 10_000]);
      kids(content.root as SerializedNode).push(
        rng.chance(0.5) ? (deep(levels, 'node') as SerializedNode) : nestedLists(levels),
      );
      break;
    }
    case 'repetitive':
      kids(content.root as SerializedNode).push(repetitive(rng.int(2, 6), rng.int(2, 4)));
      break;
    case 'huge-text': {
      const texts = all.filter((l) => l.node.type === 'text');
      const huge = rng.chance(0.5) ? hugeString() : hugeString().slice(0, 100_000);
      if (texts.length > 0) rng.pick(texts).node.text = huge;
      else kids(content.root as SerializedNode).push(para(text(huge)));
      break;
    }
    case 'many-nodes': {
      const n = rng.pick([1000, 5000, 20_000]);
      kids(content.root as SerializedNode).push(
        ...Array.from({ length: n }, (_, i) => para(text(`Paragraph ${i}.`))),
      );
      break;
    }
    case 'children-shape':
      node.children = rng.pick<unknown>([
        null,
        'children',
        {},
        { 0: text('a'), length: 1 },
        [null],
        [1, 2],
        ['text'],
        [[text('a')]],
        [{}],
      ]) as SerializedNode[];
      break;
    case 'generic':
      return mutate(rng, content, 2) as RichContent;
    default: {
      const root = content.root as SerializedNode;
      const mode = rng.int(0, 4);
      if (mode === 0) root.type = rng.pick(['paragraph', 'Root', '']);
      else if (mode === 1) delete (root as { children?: unknown }).children;
      else if (mode === 2) return { root: nastyLike(rng, root) } as RichContent;
      else if (mode === 3) return nastyLike(rng, content) as RichContent;
      else (content as { extra?: unknown }).extra = clone(content.root);
    }
  }
  return content;
}

function nestedLists(levels: number): SerializedNode {
  let list: SerializedNode = {
    type: 'list',
    version: 1,
    listType: 'bullet',
    start: 1,
    children: [{ type: 'listitem', version: 1, children: [text('bottom')] }],
  };
  for (let i = 0; i < levels; i++) {
    list = {
      type: 'list',
      version: 1,
      listType: i % 2 === 0 ? 'number' : 'bullet',
      start: 1,
      children: [{ type: 'listitem', version: 1, children: [text(`level ${i}`), list] }],
    };
  }
  return list;
}

/** One to `max` mutations of a copy of `content`. */
export function mutateContent(rng: Rng, content: RichContent, ids: KnownIds, max = 3): RichContent {
  let out = clone(content);
  const n = rng.int(1, max);
  for (let i = 0; i < n; i++) {
    if (
      typeof out !== 'object' ||
      out === null ||
      typeof out.root !== 'object' ||
      out.root === null
    )
      break;
    out = mutateContentOnce(rng, out, ids);
  }
  return out;
}
