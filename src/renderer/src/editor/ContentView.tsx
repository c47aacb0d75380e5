import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { plainText } from '../../../core/document/content';
import type { SerializedNode } from '../../../shared/domain';
import { linkedNoteKey, NoteNumbersContext, useEditorData } from './EditorData';
import { FIELD_LABELS } from './fieldLabels';

/** Where each note of the text shown stands among its notes, for its number. */
interface NotesOrder {
  prefix: string;
  order: ReadonlyMap<SerializedNode, number>;
}
const NotesOrderContext = createContext<NotesOrder | null>(null);

/** The notes of these nodes in text order (NoteNumbersPlugin numbers them in the same order). */
function notesOrder(nodes: readonly SerializedNode[]): Map<SerializedNode, number> {
  const order = new Map<SerializedNode, number>();
  const walk = (list: readonly SerializedNode[]): void => {
    for (const node of list) {
      if (node.type === 'citation' || node.type === 'footnote') order.set(node, order.size);
      // A snippet linked inside this one is numbered as its own; its markers stay unnumbered.
      else if (node.type !== 'snippet-embed' && node.children !== undefined) walk(node.children);
    }
  };
  walk(nodes);
  return order;
}

/**
 * Rich content shown read-only, as the editor shows it (a linked snippet's current text, a
 * preview): the same classes as the editor's theme, live fields with their values. With
 * `notesPrefix` (a linked snippet in a document: `linkedNotesPrefix`), its note markers carry
 * their numbers in the document.
 */
export function ContentView({
  nodes,
  notesPrefix,
}: {
  nodes: readonly SerializedNode[];
  notesPrefix?: string;
}) {
  const notes = useMemo(
    () => (notesPrefix === undefined ? null : { prefix: notesPrefix, order: notesOrder(nodes) }),
    [nodes, notesPrefix],
  );
  const shown = <>{nodes.map((n, i) => block(n, i))}</>;
  return notes === null ? (
    shown
  ) : (
    <NotesOrderContext.Provider value={notes}>{shown}</NotesOrderContext.Provider>
  );
}

function block(node: SerializedNode, key: number): ReactNode {
  const kids = node.children ?? [];
  switch (node.type) {
    case 'paragraph':
      return (
        <p key={key} className="ed-p">
          {inlines(kids)}
        </p>
      );
    case 'heading': {
      const level = node.tag === 'h1' ? 1 : node.tag === 'h2' ? 2 : 3;
      const H = `h${level + 1}` as 'h2' | 'h3' | 'h4';
      return (
        <H key={key} className={`ed-h${level}`}>
          {inlines(kids)}
        </H>
      );
    }
    case 'quote':
      return (
        <blockquote key={key} className="ed-quote">
          {inlines(kids)}
        </blockquote>
      );
    case 'list': {
      const items = kids.map((item, i) => (
        <li key={i}>
          {inlines((item.children ?? []).filter((c) => c.type !== 'list'))}
          {(item.children ?? []).filter((c) => c.type === 'list').map((c, j) => block(c, j))}
        </li>
      ));
      return node.listType === 'number' ? (
        <ol key={key} className="ed-ol">
          {items}
        </ol>
      ) : (
        <ul key={key} className="ed-ul">
          {items}
        </ul>
      );
    }
    case 'table':
      return (
        <table key={key} className="ed-table">
          <tbody>
            {kids.map((row, r) => (
              <tr key={r}>
                {(row.children ?? []).map((cell, c) => (
                  <td key={c} colSpan={typeof cell.colSpan === 'number' ? cell.colSpan : undefined}>
                    <ContentView nodes={cell.children ?? []} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'page-break':
      return (
        <div key={key} className="ed-pagebreak" role="separator" aria-label="Page break">
          <span>Page break</span>
        </div>
      );
    case 'snippet-embed':
      return <ContentView key={key} nodes={kids} />;
    default:
      return null;
  }
}

const FORMATS: [number, string][] = [
  [1, 'ed-bold'],
  [2, 'ed-italic'],
  [4, 'ed-strike'],
  [8, 'ed-underline'],
  [16, 'ed-code'],
  [32, 'ed-sub'],
  [64, 'ed-sup'],
];

function inlines(nodes: readonly SerializedNode[]): ReactNode[] {
  return nodes.map((n, i) => <Inline key={i} node={n} />);
}

function Inline({ node }: { node: SerializedNode }) {
  const data = useEditorData();
  switch (node.type) {
    case 'text': {
      const format = typeof node.format === 'number' ? node.format : 0;
      const cls = FORMATS.filter(([bit]) => (format & bit) !== 0)
        .map(([, c]) => c)
        .join(' ');
      return cls === '' ? <>{node.text}</> : <span className={cls}>{node.text}</span>;
    }
    case 'tab':
      return <> </>;
    case 'linebreak':
      return <br />;
    case 'link':
      return (
        <a className="ed-link" href={String(node.url)} target="_blank" rel="noreferrer">
          {inlines(node.children ?? [])}
        </a>
      );
    case 'live-field': {
      const field = String(node.field);
      const value = data.fieldText(
        field,
        (node.caseId as string | null) ?? null,
        (node.personId as string | null) ?? null,
      );
      return (
        <span className={`ed-chip${value !== null && !value.resolved ? ' ed-chip-error' : ''}`}>
          {value?.text ?? FIELD_LABELS[field] ?? field}
        </span>
      );
    }
    case 'citation':
    case 'footnote':
      return <NoteMarker node={node} />;
    default:
      return null;
  }
}

/** A note's number, as it will print, with the note's text on hover and for screen readers. */
function NoteMarker({ node }: { node: SerializedNode }) {
  const data = useEditorData();
  const notes = useContext(NotesOrderContext);
  const numbers = useContext(NoteNumbersContext);
  const at = notes?.order.get(node);
  const number =
    notes === null || at === undefined
      ? null
      : (numbers.get(linkedNoteKey(notes.prefix, at)) ?? null);
  const text =
    node.type === 'citation'
      ? data.sourceNote(String(node.sourceId), (node.pinpoint as string | null) ?? null)
      : plainText({ root: { type: 'root', version: 1, children: node.children ?? [] } })
          .replace(/\s+/g, ' ')
          .trim();
  const kind = node.type === 'citation' ? 'Citation' : 'Footnote';
  return (
    <sup
      role="doc-noteref"
      className="ed-marker"
      title={text ?? undefined}
      aria-label={[kind, number].filter((x) => x !== null).join(' ') + (text ? `: ${text}` : '')}
    >
      {number ?? '•'}
    </sup>
  );
}
