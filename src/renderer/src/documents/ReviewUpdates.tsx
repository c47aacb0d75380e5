import { $dfs } from '@lexical/utils';
import type { LexicalEditor } from 'lexical';
import { useState } from 'react';
import { walk } from '../../../core/document/nodes';
import type { CaseStatus, RichContent, SerializedNode } from '../../../shared/domain';
import { formatDay, plural } from '../app/format';
import type { SnippetView } from '../editor/EditorData';
import { jumpTo } from '../editor/jumpTo';
import { ChangedSnippet, SnippetEmbedNode } from '../editor/nodes/SnippetEmbedNode';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { Notice } from '../ui/Page';

/** A linked snippet of the document whose library text is newer than the revision accepted. */
interface Changed {
  place: string;
  snippetId: string;
  accepted: number;
  current: SnippetView;
}

/** Every linked snippet of `content` the library changed since it was accepted, in order. */
export function changedEmbeds(
  content: RichContent,
  snippet: (id: string) => SnippetView | null,
): Changed[] {
  const out: Changed[] = [];
  for (const { node, path } of walk(content)) {
    if (node.type !== 'snippet-embed' || node.mode !== 'linked') continue;
    const snippetId = String(node.snippetId);
    const current = snippet(snippetId);
    if (current === null || current.revision <= Number(node.revision)) continue;
    out.push({
      place: path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
        .join('')
        .slice(1),
      snippetId,
      accepted: Number(node.revision),
      current,
    });
  }
  return out;
}

/** Does `f` to each linked embed of the snippet in the main text. */
function eachEmbed(editor: LexicalEditor, snippetId: string, f: (n: SnippetEmbedNode) => void) {
  editor.update(() => {
    for (const { node } of $dfs()) {
      if (node instanceof SnippetEmbedNode) {
        const e = node.embed();
        if (e.snippetId === snippetId && e.mode === 'linked') f(node);
      }
    }
  });
}

/**
 * "Review updates": a notice above the text when linked snippets changed in the library, and a
 * dialog listing them all with the words that changed, to accept each, keep its old text, or
 * go to it.
 */
export function ReviewUpdates({
  content,
  snippet,
  editor,
}: {
  content: RichContent;
  snippet: (id: string) => SnippetView | null;
  editor: () => LexicalEditor | null;
}) {
  const [open, setOpen] = useState(false);
  const changed = changedEmbeds(content, snippet);
  if (changed.length === 0 && !open) return null;
  const accept = (
    id: string,
    e: { revision: number; insertedAt: string; caseStatuses: Record<string, CaseStatus> },
  ) => {
    const ed = editor();
    if (ed !== null) eachEmbed(ed, id, (n) => n.accept(e.revision, e.insertedAt, e.caseStatuses));
  };
  const keepOld = (id: string, old: SerializedNode[]) => {
    const ed = editor();
    if (ed !== null) eachEmbed(ed, id, (n) => n.convertToCopy(old));
  };
  return (
    <>
      {changed.length > 0 && (
        <Notice tone="warn">
          {plural(changed.length, 'linked snippet')} of this document{' '}
          {changed.length === 1 ? 'has' : 'have'} changed in the library since{' '}
          {changed.length === 1 ? 'it was' : 'they were'} accepted.{' '}
          <Button size="small" onPress={() => setOpen(true)}>
            Review updates…
          </Button>
        </Notice>
      )}
      <Dialog
        title="Review updates"
        width="wide"
        isOpen={open}
        onClose={() => setOpen(false)}
        footer={<Button onPress={() => setOpen(false)}>Close</Button>}
      >
        {changed.length === 0 ? (
          <p>Every linked snippet now has the library’s latest text.</p>
        ) : (
          <ol className="doc-updates">
            {changed.map((c) => (
              <li key={c.place}>
                <h3 className="doc-update-title">{c.current.title}</h3>
                <p className="muted">
                  Accepted revision {c.accepted}; the library has revision {c.current.revision} of{' '}
                  {formatDay(c.current.updatedAt.slice(0, 10))}.{' '}
                  <Button
                    size="small"
                    aria-label={`Go to it: ${c.current.title}`}
                    onPress={() => {
                      setOpen(false);
                      const ed = editor();
                      if (ed !== null) window.setTimeout(() => jumpTo(ed, c.place), 0);
                    }}
                  >
                    Go to it
                  </Button>
                </p>
                <ChangedSnippet
                  snippetId={c.snippetId}
                  accepted={c.accepted}
                  current={c.current}
                  onAccept={(e) => accept(c.snippetId, e)}
                  onKeepOld={(old) => keepOld(c.snippetId, old)}
                />
              </li>
            ))}
          </ol>
        )}
      </Dialog>
    </>
  );
}
