import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import { DecoratorNode } from 'lexical';
import type { JSX, MouseEvent } from 'react';

/**
 * What Dossier's own nodes share. Their content is drawn by React (`decorate`); the element
 * Lexical puts in the text only holds it, and never changes.
 */

/** An inline unit in the text (a field chip, a note marker): selected and deleted whole. */
export abstract class InlineUnitNode extends DecoratorNode<JSX.Element> {
  override createDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = 'ed-inline';
    return span;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  override isKeyboardSelectable(): true {
    return true;
  }

  /** Notes count no words of the text they sit in (a field says what it prints). */
  override getTextContent(): string {
    return '';
  }
}

/** A block unit between paragraphs (a snippet, a page break, the signatory list). */
export abstract class BlockUnitNode extends DecoratorNode<JSX.Element> {
  override createDOM(): HTMLElement {
    const div = document.createElement('div');
    div.className = 'ed-block';
    return div;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }
}

/** A block's selection by a click (Shift+click adds to it). */
export function useClickSelection(nodeKey: string): [boolean, (e: MouseEvent) => void] {
  const [selected, setSelected, clear] = useLexicalNodeSelection(nodeKey);
  return [
    selected,
    (e) => {
      if (!e.shiftKey) clear();
      setSelected(true);
    },
  ];
}
