import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $applyNodeReplacement,
  $getNodeByKey,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { InlineUnitNode, useUnitSelected } from './decorators';
import { useEffect, useRef, useState, type JSX } from 'react';
import type { SerializedFootnoteNode } from '../../../../core/document/serialized';
import type { SerializedNode } from '../../../../shared/domain';
import { useNoteNumber } from '../EditorData';
import { useNotesSurface } from '../notesSurface';
import { inlinesOf, noteEditor } from './nested';
import { NoteText } from './NoteText';

/**
 * A footnote in the writer's own words: a numbered marker in the text; its note (text, links,
 * fields — never another note) is edited in a small popover, or in the notes pane when that is
 * shown (a click on the marker then goes to the note there).
 */
export class FootnoteNode extends InlineUnitNode {
  __note: LexicalEditor;

  static override getType(): 'footnote' {
    return 'footnote';
  }

  static override clone(node: FootnoteNode): FootnoteNode {
    return new FootnoteNode(node.__note, node.__key);
  }

  static override importJSON(json: SerializedFootnoteNode): FootnoteNode {
    return $createFootnoteNode(json.children as SerializedNode[]);
  }

  constructor(note: LexicalEditor, key?: NodeKey) {
    super(key);
    this.__note = note;
  }

  override exportJSON(): SerializedFootnoteNode & { version: number } {
    return {
      type: 'footnote',
      version: 1,
      children: inlinesOf(this.__note) as SerializedFootnoteNode['children'],
    };
  }

  /** The editor of the note's text. */
  note(): LexicalEditor {
    return this.getLatest().__note;
  }

  override decorate(): JSX.Element {
    return <FootnoteMarker nodeKey={this.__key} note={this.__note} />;
  }
}

function FootnoteMarker({ nodeKey, note }: { nodeKey: string; note: LexicalEditor }) {
  const number = useNoteNumber(nodeKey);
  const selected = useUnitSelected(nodeKey);
  const [opened, setOpen] = useState(false);
  // While the notes pane shows the note, the popover stays closed: one place for its editor.
  const surface = useNotesSurface();
  const open = opened && surface === null;
  useEffect(() => {
    if (surface !== null) setOpen(false);
  }, [surface]);
  const box = useRef<HTMLSpanElement>(null);
  const [parent] = useLexicalComposerContext();
  const [text, setText] = useState(() => plainOf(note));
  // A change to the note is a change to the document: the parent editor hears of it.
  useEffect(
    () =>
      note.registerUpdateListener(({ editorState, prevEditorState }) => {
        // Only a change of the text counts (not its first showing, which starts from an
        // empty state).
        if (
          prevEditorState.isEmpty() ||
          JSON.stringify(editorState.toJSON()) === JSON.stringify(prevEditorState.toJSON())
        )
          return;
        setText(plainOf(note));
        parent.update(() => $getNodeByKey(nodeKey)?.markDirty(), { tag: 'footnote-edit' });
      }),
    [note, parent, nodeKey],
  );
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent): void => {
      const target = e.target as Element;
      // A dialog opened from the note (a link's) stands outside it, on the page.
      // The toolbar acts on the note's text, which stays open for it.
      if (target.closest('.modal-overlay, .ed-toolbar') !== null) return;
      if (box.current !== null && !box.current.contains(target)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);
  return (
    <span className="ed-footnote" ref={box}>
      <button
        type="button"
        className={`ed-marker${selected ? ' ed-selected' : ''}`}
        aria-label={`Footnote ${number ?? ''}${text ? `: ${text}` : ''}`}
        aria-expanded={surface === null ? open : undefined}
        onClick={() => (surface === null ? setOpen((o) => !o) : surface.reveal(nodeKey))}
      >
        <sup>{number ?? '•'}</sup>
      </button>
      {open && (
        <span
          className="ed-popover"
          role="dialog"
          aria-label={`Footnote ${number ?? ''}`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setOpen(false);
            }
          }}
        >
          <NoteText note={note} label={`Text of footnote ${number ?? ''}`} />
        </span>
      )}
    </span>
  );
}

function plainOf(note: LexicalEditor): string {
  return inlinesOf(note)
    .map((n) => (typeof n.text === 'string' ? n.text : n.type === 'linebreak' ? ' ' : ''))
    .join('')
    .trim();
}

export function $createFootnoteNode(children: SerializedNode[] = []): FootnoteNode {
  return $applyNodeReplacement(new FootnoteNode(noteEditor(children)));
}

export function $isFootnoteNode(node: LexicalNode | null | undefined): node is FootnoteNode {
  return node instanceof FootnoteNode;
}
