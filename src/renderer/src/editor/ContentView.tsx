import type { ReactNode } from 'react';
import type { SerializedNode } from '../../../shared/domain';
import { useEditorData } from './EditorData';
import { FIELD_LABELS } from './fieldLabels';

/**
 * Rich content shown read-only, as the editor shows it (a linked snippet's current text, a
 * preview): the same classes as the editor's theme, live fields with their values.
 */
export function ContentView({ nodes }: { nodes: readonly SerializedNode[] }) {
  return <>{nodes.map((n, i) => block(n, i))}</>;
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
      return <sup className="ed-marker">•</sup>;
    default:
      return null;
  }
}
