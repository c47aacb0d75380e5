import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { LexicalNestedComposer } from '@lexical/react/LexicalNestedComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import {
  $applyNodeReplacement,
  $getRoot,
  $getNodeByKey,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { BlockUnitNode, useClickSelection } from './decorators';
import { useEffect, useState, type JSX } from 'react';
import type { SerializedSnippetEmbedNode } from '../../../../core/document/serialized';
import type { CaseStatus, SerializedNode } from '../../../../shared/domain';
import { ContentView } from '../ContentView';
import { linkedNotesPrefix, noteKey, useEditorData, type SnippetView } from '../EditorData';
import { formatDay } from '../../app/format';
import { call, useCall } from '../../app/api';
import { plainText } from '../../../../core/document/content';
import { WordDiff } from '../../snippets/WordDiff';
import { isLinkUrl, LinkDialogPlugin, LinkRulesPlugin } from '../LinkDialog';
import { ListDepthPlugin } from '../plugins/ListDepthPlugin';
import { PastePlugin } from '../plugins/PastePlugin';
import { BoundaryKeysPlugin } from '../plugins/BoundaryKeysPlugin';
import { blocksEditor, blocksOf } from './nested';

interface Embed {
  snippetId: string;
  revision: number;
  mode: 'linked' | 'copied';
  insertedAt: string;
  caseStatuses: Record<string, CaseStatus>;
}

/**
 * A snippet from the library, one unit in the text (selected, moved and deleted whole).
 * *Linked*: the library's current text, read-only, with the revision accepted; *copied*: its own
 * text, editable, no longer following the library.
 */
export class SnippetEmbedNode extends BlockUnitNode {
  __embed: Embed;
  /** The copied text (copied mode only). */
  __copy: LexicalEditor | null;

  static override getType(): 'snippet-embed' {
    return 'snippet-embed';
  }

  static override clone(node: SnippetEmbedNode): SnippetEmbedNode {
    return new SnippetEmbedNode(node.__embed, node.__copy, node.__key);
  }

  static override importJSON(json: SerializedSnippetEmbedNode): SnippetEmbedNode {
    return $createSnippetEmbedNode(
      {
        snippetId: json.snippetId,
        revision: json.revision,
        mode: json.mode,
        insertedAt: json.insertedAt,
        caseStatuses: json.caseStatuses ?? {},
      },
      json.mode === 'copied' ? (json.children as SerializedNode[]) : [],
    );
  }

  constructor(embed: Embed, copy: LexicalEditor | null, key?: NodeKey) {
    super(key);
    this.__embed = embed;
    this.__copy = copy;
  }

  override exportJSON(): SerializedSnippetEmbedNode & { version: number } {
    const e = this.__embed;
    return {
      type: 'snippet-embed',
      version: 1,
      snippetId: e.snippetId,
      revision: e.revision,
      mode: e.mode,
      insertedAt: e.insertedAt,
      caseStatuses: e.caseStatuses,
      children: (this.__copy === null
        ? []
        : blocksOf(this.__copy)) as SerializedSnippetEmbedNode['children'],
    };
  }

  override getTextContent(): string {
    if (this.__copy === null) return '';
    // From the copy's own state, not the screen: a unit far from the window is not drawn.
    return this.__copy.getEditorState().read(() => $getRoot().getTextContent());
  }

  embed(): Embed {
    return this.getLatest().__embed;
  }

  /** The editor of a copied snippet's own text (null when linked). */
  copyEditor(): LexicalEditor | null {
    return this.getLatest().__copy;
  }

  /** Accepts the library's current revision (linked), as of `today`. */
  accept(revision: number, today: string, caseStatuses: Record<string, CaseStatus>): void {
    const self = this.getWritable();
    self.__embed = { ...self.__embed, revision, insertedAt: today, caseStatuses };
  }

  /** Makes the document's own copy of `content`: the text stops following the library. */
  convertToCopy(content: SerializedNode[]): void {
    const self = this.getWritable();
    self.__embed = { ...self.__embed, mode: 'copied' };
    self.__copy = blocksEditor(content);
  }

  override decorate(): JSX.Element {
    return <SnippetFrame nodeKey={this.__key} embed={this.__embed} copy={this.__copy} />;
  }
}

function SnippetFrame({
  nodeKey,
  embed,
  copy,
}: {
  nodeKey: string;
  embed: Embed;
  copy: LexicalEditor | null;
}) {
  const [editor] = useLexicalComposerContext();
  const [selected, select] = useClickSelection(nodeKey);
  const data = useEditorData();
  const snippet = data.snippet(embed.snippetId);
  const title = snippet?.title ?? 'Snippet';
  const newer = embed.mode === 'linked' && snippet !== null && snippet.revision > embed.revision;
  const [reviewing, setReviewing] = useState(false);
  useEffect(() => {
    if (copy === null) return;
    return copy.registerUpdateListener(({ editorState, prevEditorState }) => {
      // Only a change of the text counts (not its first showing).
      if (JSON.stringify(editorState.toJSON()) === JSON.stringify(prevEditorState.toJSON())) return;
      editor.update(() => $getNodeByKey(nodeKey)?.markDirty(), { tag: 'snippet-edit' });
    });
  }, [copy, editor, nodeKey]);
  return (
    <section
      className={`ed-snippet ed-snippet-${embed.mode}${selected ? ' ed-selected' : ''}`}
      aria-label={`Snippet: ${title}`}
      onClick={(e) => {
        if (embed.mode !== 'copied') select(e);
      }}
    >
      <header className="ed-snippet-head" contentEditable={false}>
        <span className="ed-snippet-title">{title}</span>
        <span className="ed-snippet-mode">
          {embed.mode === 'linked'
            ? `linked · revision ${embed.revision}`
            : 'copied · no longer follows the library'}
        </span>
        {newer && (
          <button
            type="button"
            className="ed-snippet-newer"
            aria-expanded={reviewing}
            onClick={(e) => {
              e.stopPropagation();
              setReviewing((r) => !r);
            }}
          >
            changed in the library on {formatDay(snippet.updatedAt.slice(0, 10))} (revision{' '}
            {snippet.revision})
          </button>
        )}
        {embed.mode === 'linked' && snippet !== null && (
          <button
            type="button"
            className="ed-snippet-action"
            onClick={(e) => {
              e.stopPropagation();
              editor.update(() => {
                const node = $getNodeByKey(nodeKey);
                if (node instanceof SnippetEmbedNode)
                  node.convertToCopy(snippet.content.root.children);
              });
            }}
          >
            Convert to copy
          </button>
        )}
      </header>
      {newer && reviewing && (
        <ChangedSnippet
          snippetId={embed.snippetId}
          accepted={embed.revision}
          current={snippet}
          onAccept={(e) =>
            editor.update(() => {
              const node = $getNodeByKey(nodeKey);
              if (node instanceof SnippetEmbedNode)
                node.accept(e.revision, e.insertedAt, e.caseStatuses);
            })
          }
          onKeepOld={(old) =>
            editor.update(() => {
              const node = $getNodeByKey(nodeKey);
              if (node instanceof SnippetEmbedNode) node.convertToCopy(old);
            })
          }
        />
      )}
      {embed.mode === 'linked' ? (
        <div className="ed-snippet-body" contentEditable={false}>
          {snippet === null ? (
            <p className="ed-muted">The snippet’s text is loading…</p>
          ) : (
            <ContentView
              nodes={snippet.content.root.children}
              notesPrefix={linkedNotesPrefix(noteKey(editor, nodeKey))}
            />
          )}
        </div>
      ) : (
        copy !== null && (
          <div className="ed-snippet-body">
            <LexicalNestedComposer initialEditor={copy}>
              <RichTextPlugin
                contentEditable={
                  <ContentEditable
                    className="ed-snippet-text"
                    aria-label={`Text of ${title} (copied)`}
                  />
                }
                ErrorBoundary={LexicalErrorBoundary}
              />
              <HistoryPlugin />
              <ListPlugin />
              <ListDepthPlugin />
              <LinkPlugin validateUrl={isLinkUrl} />
              <LinkRulesPlugin />
              <PastePlugin />
              <LinkDialogPlugin />
              <BoundaryKeysPlugin />
            </LexicalNestedComposer>
          </div>
        )
      )}
    </section>
  );
}

/**
 * A linked snippet the library changed since it was accepted: the words that changed, and what
 * to do — take the new text, keep the old one (as a copy), or open the snippet in the library.
 */
export function ChangedSnippet({
  snippetId,
  accepted,
  current,
  onAccept,
  onKeepOld,
}: {
  snippetId: string;
  accepted: number;
  current: SnippetView;
  onAccept: (e: {
    revision: number;
    insertedAt: string;
    caseStatuses: Record<string, CaseStatus>;
  }) => void;
  onKeepOld: (old: SerializedNode[]) => void;
}) {
  const revisions = useCall('snippets.revisions', { id: snippetId });
  const old = (revisions.data ?? []).find((r) => r.revision === accepted) ?? null;
  return (
    <div
      className="ed-snippet-review"
      contentEditable={false}
      role="group"
      aria-label="What changed in the library"
    >
      {old === null ? (
        <p className="ed-muted">Loading the revision you accepted…</p>
      ) : (
        <WordDiff
          before={plainText(old.content)}
          after={plainText(current.content as Parameters<typeof plainText>[0])}
        />
      )}
      <div className="ed-snippet-review-actions">
        <button
          type="button"
          className="ed-snippet-action"
          onClick={() => void call('snippets.embedding', { id: snippetId }).then(onAccept)}
        >
          Accept the new text
        </button>
        <button
          type="button"
          className="ed-snippet-action"
          disabled={old === null}
          onClick={() => old !== null && onKeepOld(old.content.root.children)}
        >
          Keep the old text (copy it)
        </button>
        <a className="ed-snippet-action" href={`#/snippets/${snippetId}`}>
          Open in library
        </a>
      </div>
    </div>
  );
}

export function $createSnippetEmbedNode(
  embed: Embed,
  copied: SerializedNode[] = [],
): SnippetEmbedNode {
  return $applyNodeReplacement(
    new SnippetEmbedNode(embed, embed.mode === 'copied' ? blocksEditor(copied) : null),
  );
}

export function $isSnippetEmbedNode(
  node: LexicalNode | null | undefined,
): node is SnippetEmbedNode {
  return node instanceof SnippetEmbedNode;
}
