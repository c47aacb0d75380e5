import { $applyNodeReplacement, type LexicalNode } from 'lexical';
import { BlockUnitNode, useClickSelection } from './decorators';
import type { JSX } from 'react';
import type { SerializedPageBreakNode } from '../../../../core/document/serialized';

/** A page break (Word and PDF start a new page; HTML ignores it), shown as it will print. */
export class PageBreakNode extends BlockUnitNode {
  static override getType(): 'page-break' {
    return 'page-break';
  }

  static override clone(node: PageBreakNode): PageBreakNode {
    return new PageBreakNode(node.__key);
  }

  static override importJSON(): PageBreakNode {
    return $createPageBreakNode();
  }

  override exportJSON(): SerializedPageBreakNode & { version: number } {
    return { type: 'page-break', version: 1 };
  }

  override getTextContent(): string {
    return '\n';
  }

  override decorate(): JSX.Element {
    return <PageBreakView nodeKey={this.__key} />;
  }
}

function PageBreakView({ nodeKey }: { nodeKey: string }) {
  const [selected, select] = useClickSelection(nodeKey);
  return (
    <div
      className={`ed-pagebreak${selected ? ' ed-selected' : ''}`}
      role="separator"
      aria-label="Page break"
      onClick={select}
    >
      <span>Page break</span>
    </div>
  );
}

export function $createPageBreakNode(): PageBreakNode {
  return $applyNodeReplacement(new PageBreakNode());
}

export function $isPageBreakNode(node: LexicalNode | null | undefined): node is PageBreakNode {
  return node instanceof PageBreakNode;
}
