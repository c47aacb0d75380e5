import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import { $applyNodeReplacement, DecoratorNode, type EditorConfig, type LexicalNode } from 'lexical';
import type { JSX } from 'react';
import type { SerializedPageBreakNode } from '../../../../core/document/serialized';

/** A page break (Word and PDF start a new page; HTML ignores it), shown as it will print. */
export class PageBreakNode extends DecoratorNode<JSX.Element> {
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

  override createDOM(config: EditorConfig): HTMLElement {
    const div = document.createElement('div');
    div.className = config.theme.pageBreak ?? 'ed-block';
    return div;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    return '\n';
  }

  override decorate(): JSX.Element {
    return <PageBreakView nodeKey={this.__key} />;
  }
}

function PageBreakView({ nodeKey }: { nodeKey: string }) {
  const [selected, setSelected, clear] = useLexicalNodeSelection(nodeKey);
  return (
    <div
      className={`ed-pagebreak${selected ? ' ed-selected' : ''}`}
      role="separator"
      aria-label="Page break"
      onClick={(e) => {
        if (!e.shiftKey) clear();
        setSelected(true);
      }}
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
