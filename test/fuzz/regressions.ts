import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentRecord, SerializedNode, Snippet } from '../../src/shared/domain';
import { deep, deepNodeJson } from './values';

/**
 * One input for each way the fuzz test has broken the backend (a crash, a message over several
 * lines, a file left behind, content export cannot afford), sent every run whatever the seed:
 * random cases find new problems, these keep the old ones from coming back.
 */

export interface KnownCase {
  what: string;
  method: string;
  params: unknown;
  /** Files the call may only leave behind if it succeeds. */
  writes?: string[];
}

function text(s: string): SerializedNode {
  return { type: 'text', version: 1, text: s };
}

function para(...children: SerializedNode[]): SerializedNode {
  return { type: 'paragraph', version: 1, children };
}

/** Lists in lists, `levels` deep: well formed at every level. */
function nestedLists(levels: number): SerializedNode {
  let list: SerializedNode = {
    type: 'list',
    version: 1,
    listType: 'bullet',
    children: [{ type: 'listitem', version: 1, children: [text('bottom')] }],
  };
  for (let i = 0; i < levels; i++) {
    list = {
      type: 'list',
      version: 1,
      listType: 'bullet',
      children: [{ type: 'listitem', version: 1, children: [text(`level ${i}`), list] }],
    };
  }
  return list;
}

function table(colSpan: number): SerializedNode {
  return {
    type: 'table',
    version: 1,
    children: [
      {
        type: 'tablerow',
        version: 1,
        children: [
          { type: 'tablecell', version: 1, headerState: 0, colSpan, children: [para(text('a'))] },
        ],
      },
    ],
  };
}

export function knownHostileInputs(
  dir: string,
  doc: DocumentRecord,
  snippet: Snippet,
): KnownCase[] {
  const withContent = (...children: unknown[]): unknown => ({
    document: { ...doc, content: { root: { type: 'root', version: 1, children } } },
  });
  const file = (name: string, data: string): string => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  };
  const cyclic = (): unknown => {
    const root: SerializedNode = { type: 'root', version: 1, children: [para(text('a'))] };
    (root.children?.[0] as SerializedNode).self = root;
    return { document: { ...doc, content: { root } } };
  };
  const cyclicChildren = (): unknown => {
    const p = para(text('a'));
    p.children?.push(p);
    return withContent(p);
  };
  const documentFile = (snippetContent: unknown): string =>
    JSON.stringify({
      format: 'dossier-document',
      version: 1,
      document: {
        title: 'Imported',
        content: { root: { type: 'root', version: 1, children: [para(text('x'))] } },
      },
      snippets: [{ title: 'Broken', kind: 'background', content: snippetContent }],
    });
  const exchangeWithContent = (children: string): string =>
    `{"format":"dossier-library","version":1,"snippets":[{"title":"Deep","kind":"background","content":{"root":{"type":"root","children":[${children}]}}}]}`;
  const backupPath = (name: string): string => join(dir, name);
  return [
    // Validation recursion: the contract's schema overflows the stack on deep content.
    {
      what: 'content 1,000 levels deep',
      method: 'documents.save',
      params: withContent(deep(1000, 'node')),
    },
    {
      what: 'content 10,000 levels deep',
      method: 'documents.save',
      params: withContent(deep(10_000, 'node')),
    },
    {
      what: 'snippet content 1,000 levels deep',
      method: 'snippets.save',
      params: {
        snippet: {
          ...snippet,
          content: { root: { type: 'root', children: [deep(1000, 'node')] } },
        },
      },
    },
    // Valid but deeper than SQLite's JSON allows: CHECK constraint failed: json_valid(content).
    {
      what: 'lists nested 300 deep',
      method: 'documents.save',
      params: withContent(nestedLists(300)),
    },
    // Through IPC (structured clone) params can be cyclic.
    { what: 'content referring back to its root', method: 'documents.save', params: cyclic() },
    { what: 'a node its own child', method: 'documents.save', params: cyclicChildren() },
    // The handler re-parses with the document schema, which is stricter than the contract.
    {
      what: 'a 501-character title',
      method: 'documents.create',
      params: { title: 'x'.repeat(501) },
    },
    {
      what: 'a forum key that is no key',
      method: 'documents.create',
      params: { title: 'x', forumKey: 'Not A Key' },
    },
    // File names the OS refuses, or names differently from SQLite.
    {
      what: 'export to a path with NUL',
      method: 'library.export',
      params: { path: join(dir, 'a\u0000b.json') },
      writes: [join(dir, 'a')],
    },
    {
      what: 'document export to a path with NUL',
      method: 'documents.export',
      params: { id: doc.id, format: 'html', path: join(dir, 'c\u0000d.html') },
      writes: [join(dir, 'c')],
    },
    {
      what: 'backup to a 300-character name',
      method: 'library.backup',
      params: { path: backupPath('b'.repeat(300)) },
    },
    {
      what: 'backup to a name with lone surrogates',
      method: 'library.backup',
      params: { path: backupPath('lone\udfff\ud800.db') },
      writes: [backupPath('lone\udfff\ud800.db')],
    },
    { what: 'restore from a folder', method: 'library.restore', params: { path: dir } },
    // Files: deep JSON, valid and not.
    {
      what: 'exchange file nested 10,000 deep',
      method: 'library.import',
      params: { path: file('deep.json', exchangeWithContent(deepNodeJson(10_000))) },
    },
    {
      what: 'invalid JSON nested 30,000 deep',
      method: 'library.import',
      params: { path: file('deep-invalid.json', `${'['.repeat(30_000)}x`) },
    },
    {
      what: 'document file nested 10,000 deep',
      method: 'documents.import',
      params: {
        path: file(
          'deep.dossier.json',
          documentFile(JSON.parse('{"root":{"type":"root","children":[]}}')).replace(
            '"children":[]',
            `"children":[${deepNodeJson(10_000)}]`,
          ),
        ),
      },
    },
    // A document file's snippets are read for references before they are checked.
    {
      what: 'document file: snippet embed without its fields',
      method: 'documents.import',
      params: {
        path: file(
          'embed.dossier.json',
          documentFile({
            root: { type: 'root', children: [{ type: 'snippet-embed', version: 1 }] },
          }),
        ),
      },
    },
    {
      what: 'document file: citation without a source',
      method: 'documents.import',
      params: {
        path: file(
          'cite.dossier.json',
          documentFile({
            root: { type: 'root', children: [para({ type: 'citation', version: 1 })] },
          }),
        ),
      },
    },
    {
      what: 'document file: field of no known kind',
      method: 'documents.import',
      params: {
        path: file(
          'field.dossier.json',
          documentFile({
            root: {
              type: 'root',
              children: [para({ type: 'live-field', version: 1, field: 'case.title' })],
            },
          }),
        ),
      },
    },
    // Messages that quote input must stay on one line.
    { what: 'a method name with a line break', method: 'persons.list\n', params: {} },
    {
      what: 'a file name with a line break',
      method: 'library.import',
      params: { path: join(dir, 'two\nlines.json') },
    },
    {
      what: 'a node type with a line break',
      method: 'documents.save',
      params: withContent({ type: 'line one\nline two', version: 1 }),
    },
    {
      what: 'a case id with a line break',
      method: 'documents.save',
      params: withContent({
        type: 'snippet-embed',
        version: 1,
        snippetId: snippet.id,
        revision: 1,
        mode: 'linked',
        insertedAt: '2016-05-25',
        caseStatuses: { 'a\nb': 'free' },
      }),
    },
    // A span export cannot afford: docx allocates per column, PDF per cell (10⁶ aborts the process).
    {
      what: 'a table cell spanning 10⁶ columns',
      method: 'documents.save',
      params: withContent(table(1_000_000)),
    },
    {
      what: 'a table cell spanning 2⁵³ + 2 columns, from a file',
      method: 'library.import',
      params: {
        path: file(
          'span.json',
          exchangeWithContent(
            JSON.stringify(table(1)).replace('"colSpan":1', '"colSpan":9007199254740994'),
          ),
        ),
      },
    },
  ];
}
