import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import { $applyNodeReplacement, DecoratorNode, type EditorConfig, type LexicalNode } from 'lexical';
import type { JSX } from 'react';
import type { SerializedSignatoryListNode } from '../../../../core/document/serialized';
import { useEditorData } from '../EditorData';

/** The signatory list: the document's confirmed signatories, filled in when it is printed. */
export class SignatoryListNode extends DecoratorNode<JSX.Element> {
  static override getType(): 'signatory-list' {
    return 'signatory-list';
  }

  static override clone(node: SignatoryListNode): SignatoryListNode {
    return new SignatoryListNode(node.__key);
  }

  static override importJSON(): SignatoryListNode {
    return $createSignatoryListNode();
  }

  override exportJSON(): SerializedSignatoryListNode & { version: number } {
    return { type: 'signatory-list', version: 1 };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const div = document.createElement('div');
    div.className = config.theme.signatoryList ?? 'ed-block';
    return div;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    return '';
  }

  override decorate(): JSX.Element {
    return <SignatoryListView nodeKey={this.__key} />;
  }
}

function SignatoryListView({ nodeKey }: { nodeKey: string }) {
  const [selected, setSelected, clear] = useLexicalNodeSelection(nodeKey);
  const names = useEditorData().signatories;
  return (
    <div
      className={`ed-signatories${selected ? ' ed-selected' : ''}`}
      role="group"
      aria-label="Signatory list"
      onClick={(e) => {
        if (!e.shiftKey) clear();
        setSelected(true);
      }}
    >
      {names.length === 0 ? (
        <p className="ed-muted">
          The signatory list: the confirmed signatories print here (none confirmed yet).
        </p>
      ) : (
        <ul>
          {names.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function $createSignatoryListNode(): SignatoryListNode {
  return $applyNodeReplacement(new SignatoryListNode());
}

export function $isSignatoryListNode(
  node: LexicalNode | null | undefined,
): node is SignatoryListNode {
  return node instanceof SignatoryListNode;
}
