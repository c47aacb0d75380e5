import { $applyNodeReplacement, type LexicalNode } from 'lexical';
import { BlockUnitNode, useClickSelection } from './decorators';
import type { JSX } from 'react';
import type { SerializedSignatoryListNode } from '../../../../core/document/serialized';
import { useEditorData } from '../EditorData';

/** The signatory list: the document's confirmed signatories, filled in when it is printed. */
export class SignatoryListNode extends BlockUnitNode {
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

  override decorate(): JSX.Element {
    return <SignatoryListView nodeKey={this.__key} />;
  }
}

function SignatoryListView({ nodeKey }: { nodeKey: string }) {
  const [selected, select] = useClickSelection(nodeKey);
  const names = useEditorData().signatories;
  return (
    <div
      className={`ed-signatories${selected ? ' ed-selected' : ''}`}
      role="group"
      aria-label="Signatory list"
      onClick={select}
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
