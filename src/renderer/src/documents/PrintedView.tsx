import type { ReactNode } from 'react';
import { blockDirection } from '../../../core/print/bidi';
import { tableGrid } from '../../../core/print/tableGrid';
import type { PrintBlock, PrintDocument, PrintInline } from '../../../shared/printed';
import './PrintedView.css';

/**
 * The document as it will print (the print tree the Word, PDF and HTML exports render): linked
 * snippets in their library text, fields filled in as of the document's day, notes numbered, and
 * persons who must not be named in a public document shown only as their description.
 */
export function PrintedView({ printed }: { printed: PrintDocument }) {
  const { cover, meta } = printed;
  return (
    <article
      className="printed serif"
      aria-label="The document as it will print"
      lang={meta.language}
    >
      <header className="printed-cover">
        <h2 className="printed-title">{cover.title}</h2>
        {cover.subtitle !== null && <p className="printed-subtitle">{cover.subtitle}</p>}
        {cover.lines.map((l, i) => (
          <p key={i} className="printed-line">
            {l}
          </p>
        ))}
      </header>
      {printed.blocks.map((b, i) => block(b, i))}
      {printed.notes.length > 0 && (
        <section className="printed-notes" aria-label="Notes">
          <h3>{printed.noteStyle === 'footnotes' ? 'Footnotes' : 'Notes'}</h3>
          <ol>
            {printed.notes.map((n) => (
              <li key={n.n} value={n.n}>
                {inlines(n.children)}
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}

/** `rtl` where the block reads right to left, as in the exports (core/print/bidi). */
function dir(b: Extract<PrintBlock, { type: 'paragraph' | 'heading' }>): 'rtl' | undefined {
  return blockDirection(b) === 'rtl' ? 'rtl' : undefined;
}

function block(b: PrintBlock, key: number): ReactNode {
  switch (b.type) {
    case 'heading': {
      const H = `h${b.level + 2}` as 'h3' | 'h4' | 'h5';
      return (
        <H key={key} className={`printed-h${b.level}`} dir={dir(b)}>
          {inlines(b.children)}
        </H>
      );
    }
    case 'paragraph':
      return (
        <p
          key={key}
          className="printed-p"
          dir={dir(b)}
          style={b.align ? { textAlign: b.align } : undefined}
        >
          {b.number !== null && <span className="printed-number">{b.number}.</span>}
          {inlines(b.children)}
        </p>
      );
    case 'quote':
      return <blockquote key={key}>{inlines(b.children)}</blockquote>;
    case 'list':
      return list(b, key);
    case 'table': {
      const grid = tableGrid(b.rows);
      return (
        <div key={key} className="printed-table-wrap">
          <table className="printed-table">
            <tbody>
              {grid.rows.map((entries, r) => (
                <tr key={r}>
                  {entries.map((e, c) => {
                    if (e.kind === 'covered') return null;
                    if (e.kind === 'empty') return <td key={c} colSpan={e.colSpan} />;
                    const Cell = r < grid.headerRows ? 'th' : 'td';
                    return (
                      <Cell key={c} colSpan={e.colSpan} rowSpan={e.rowSpan}>
                        {e.cell.children.map((x, i) => block(x, i))}
                      </Cell>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    }
    case 'signatories':
      return (
        <section key={key} className="printed-signatories">
          {b.heading !== null && <h4>{b.heading}</h4>}
          {b.organisations.length === 0 ? (
            <p className="muted">No signatory has confirmed yet.</p>
          ) : (
            <ul>
              {b.organisations.map((o, i) => (
                <li key={i}>
                  {o.name}
                  {o.country !== null && <span className="muted"> ({o.country})</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      );
    case 'pageBreak':
      return <div key={key} className="printed-break" role="separator" aria-label="Page break" />;
  }
}

function list(b: Extract<PrintBlock, { type: 'list' }>, key: number): ReactNode {
  const items = b.items.map((item, i) => (
    <li key={i}>
      {inlines(item.children)}
      {item.sublist !== null && list(item.sublist, 0)}
    </li>
  ));
  return b.ordered ? (
    <ol key={key} start={b.start}>
      {items}
    </ol>
  ) : (
    <ul key={key}>{items}</ul>
  );
}

function inlines(children: readonly PrintInline[]): ReactNode {
  return children.map((c, i) => {
    switch (c.type) {
      case 'text': {
        let out: ReactNode = c.text;
        if (c.code) out = <code>{out}</code>;
        if (c.bold) out = <strong>{out}</strong>;
        if (c.italic) out = <em>{out}</em>;
        if (c.underline) out = <u>{out}</u>;
        if (c.strike) out = <s>{out}</s>;
        if (c.superscript) out = <sup>{out}</sup>;
        if (c.subscript) out = <sub>{out}</sub>;
        return <span key={i}>{out}</span>;
      }
      case 'link':
        // Shown, not followed: the preview is for reading what will print.
        return (
          <span key={i} className="printed-link" title={c.url}>
            {inlines(c.children)}
          </span>
        );
      case 'noteRef':
        return (
          <sup key={i} className="printed-ref">
            {c.n}
          </sup>
        );
      case 'lineBreak':
        return <br key={i} />;
    }
  });
}
