import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createNodeSelection,
  $getSelection,
  $isDecoratorNode,
  $isNodeSelection,
  $setSelection,
  DecoratorNode,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { useCallback, useSyncExternalStore, type JSX, type MouseEvent } from 'react';

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

/**
 * Which units of one editor the selection holds, read once per update for all of them. Lexical's
 * useLexicalNodeSelection gives each unit an update listener of its own that reads the selection:
 * a document of 3,000 fields, notes and snippets read it 3,000 times on every keystroke.
 */
class UnitSelection {
  private selected = new Set<NodeKey>();
  private readonly listeners = new Map<NodeKey, Set<() => void>>();
  private unregister: (() => void) | null = null;

  constructor(private readonly editor: LexicalEditor) {}

  has(key: NodeKey): boolean {
    return this.selected.has(key);
  }

  subscribe(key: NodeKey, listener: () => void): () => void {
    if (this.unregister === null) {
      this.selected = this.read();
      this.unregister = this.editor.registerUpdateListener(() => this.update());
    }
    const set = this.listeners.get(key) ?? new Set();
    set.add(listener);
    this.listeners.set(key, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(key);
      if (this.listeners.size === 0) {
        this.unregister?.();
        this.unregister = null;
      }
    };
  }

  /** The units selected: Lexical's own rule (LexicalNode.isSelected), for the nodes selected. */
  private read(): Set<NodeKey> {
    return this.editor.getEditorState().read(() => {
      const selection = $getSelection();
      if (selection === null) return new Set<NodeKey>();
      return new Set(
        selection
          .getNodes()
          .filter((n) => $isDecoratorNode(n) && n.isSelected(selection))
          .map((n) => n.getKey()),
      );
    });
  }

  private update(): void {
    const before = this.selected;
    const now = this.read();
    if (before.size === 0 && now.size === 0) return;
    this.selected = now;
    for (const key of new Set([...before, ...now])) {
      if (before.has(key) !== now.has(key)) this.listeners.get(key)?.forEach((l) => l());
    }
  }
}

const unitSelections = new WeakMap<LexicalEditor, UnitSelection>();

/** Whether the selection holds the unit `nodeKey` (a re-render only when that changes). */
export function useUnitSelected(nodeKey: NodeKey): boolean {
  const [editor] = useLexicalComposerContext();
  let store = unitSelections.get(editor);
  if (store === undefined) {
    store = new UnitSelection(editor);
    unitSelections.set(editor, store);
  }
  const units = store;
  const subscribe = useCallback((l: () => void) => units.subscribe(nodeKey, l), [units, nodeKey]);
  return useSyncExternalStore(subscribe, () => units.has(nodeKey));
}

/** A block's selection by a click (Shift+click adds to it). */
export function useClickSelection(nodeKey: string): [boolean, (e: MouseEvent) => void] {
  const [editor] = useLexicalComposerContext();
  const selected = useUnitSelected(nodeKey);
  return [
    selected,
    (e) => {
      editor.update(() => {
        const current = $getSelection();
        const selection =
          e.shiftKey && $isNodeSelection(current) ? current : $createNodeSelection();
        selection.add(nodeKey);
        $setSelection(selection);
      });
    },
  ];
}
