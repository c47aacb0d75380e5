import { $applyNodeReplacement, type LexicalNode, type NodeKey } from 'lexical';
import { InlineUnitNode } from './decorators';
import type { JSX } from 'react';
import type { SerializedLiveFieldNode } from '../../../../core/document/serialized';
import { FieldChip } from './FieldChip';

type Fields = Pick<SerializedLiveFieldNode, 'field' | 'caseId' | 'personId'>;

/**
 * A live field (docs/document-format.md, "Live fields"): an inline chip that shows its value as
 * of the document's date, deleted and moved as one unit.
 */
export class LiveFieldNode extends InlineUnitNode {
  __field: Fields['field'];
  __caseId: string | null;
  __personId: string | null;

  static override getType(): 'live-field' {
    return 'live-field';
  }

  static override clone(node: LiveFieldNode): LiveFieldNode {
    return new LiveFieldNode(
      { field: node.__field, caseId: node.__caseId, personId: node.__personId },
      node.__key,
    );
  }

  static override importJSON(json: SerializedLiveFieldNode): LiveFieldNode {
    return $createLiveFieldNode({
      field: json.field,
      caseId: json.caseId ?? null,
      personId: json.personId ?? null,
    });
  }

  constructor(fields: Fields, key?: NodeKey) {
    super(key);
    this.__field = fields.field;
    this.__caseId = fields.caseId;
    this.__personId = fields.personId;
  }

  override exportJSON(): SerializedLiveFieldNode & { version: number } {
    return {
      type: 'live-field',
      version: 1,
      field: this.__field,
      caseId: this.__caseId,
      personId: this.__personId,
    };
  }

  override getTextContent(): string {
    return `[${this.__field}]`;
  }

  fields(): Fields {
    const self = this.getLatest();
    return { field: self.__field, caseId: self.__caseId, personId: self.__personId };
  }

  override decorate(): JSX.Element {
    return <FieldChip nodeKey={this.__key} {...this.fields()} />;
  }
}

export function $createLiveFieldNode(fields: Fields): LiveFieldNode {
  return $applyNodeReplacement(new LiveFieldNode(fields));
}

export function $isLiveFieldNode(node: LexicalNode | null | undefined): node is LiveFieldNode {
  return node instanceof LiveFieldNode;
}
