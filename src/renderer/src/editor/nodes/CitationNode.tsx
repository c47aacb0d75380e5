import { $applyNodeReplacement, type LexicalNode, type NodeKey } from 'lexical';
import { InlineUnitNode, useUnitSelected } from './decorators';
import type { JSX } from 'react';
import type { SerializedCitationNode } from '../../../../core/document/serialized';
import { useEditorData, useNoteNumber } from '../EditorData';

/** A citation of a library source: a note marker, numbered with the footnotes in order. */
export class CitationNode extends InlineUnitNode {
  __sourceId: string;
  __pinpoint: string | null;

  static override getType(): 'citation' {
    return 'citation';
  }

  static override clone(node: CitationNode): CitationNode {
    return new CitationNode(node.__sourceId, node.__pinpoint, node.__key);
  }

  static override importJSON(json: SerializedCitationNode): CitationNode {
    return $createCitationNode(json.sourceId, json.pinpoint ?? null);
  }

  constructor(sourceId: string, pinpoint: string | null, key?: NodeKey) {
    super(key);
    this.__sourceId = sourceId;
    this.__pinpoint = pinpoint;
  }

  override exportJSON(): SerializedCitationNode & { version: number } {
    return { type: 'citation', version: 1, sourceId: this.__sourceId, pinpoint: this.__pinpoint };
  }

  override decorate(): JSX.Element {
    return (
      <CitationMarker nodeKey={this.__key} sourceId={this.__sourceId} pinpoint={this.__pinpoint} />
    );
  }
}

function CitationMarker({
  nodeKey,
  sourceId,
  pinpoint,
}: {
  nodeKey: string;
  sourceId: string;
  pinpoint: string | null;
}) {
  const number = useNoteNumber(nodeKey);
  const note = useEditorData().sourceNote(sourceId, pinpoint);
  const selected = useUnitSelected(nodeKey);
  return (
    <sup
      className={`ed-marker${selected ? ' ed-selected' : ''}`}
      title={note ?? 'Citation of a library source'}
      aria-label={`Note ${number ?? ''}: ${note ?? 'citation'}`}
    >
      {number ?? '•'}
    </sup>
  );
}

export function $createCitationNode(sourceId: string, pinpoint: string | null): CitationNode {
  return $applyNodeReplacement(new CitationNode(sourceId, pinpoint));
}

export function $isCitationNode(node: LexicalNode | null | undefined): node is CitationNode {
  return node instanceof CitationNode;
}
