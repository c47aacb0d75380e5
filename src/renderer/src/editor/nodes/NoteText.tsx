import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { LexicalNestedComposer } from '@lexical/react/LexicalNestedComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { LexicalEditor } from 'lexical';
import { isLinkUrl, LinkDialogPlugin } from '../LinkDialog';
import { PastePlugin } from '../plugins/PastePlugin';
import { BoundaryKeysPlugin } from '../plugins/BoundaryKeysPlugin';

/**
 * A footnote's text, editable: note content only (text, links, fields), as the footnote popover
 * and the notes pane both show it. A paste keeps only that (PastePlugin's `note` target);
 * Ctrl/Cmd+K makes a link.
 */
export function NoteText({ note, label }: { note: LexicalEditor; label: string }) {
  return (
    <LexicalNestedComposer initialEditor={note}>
      <RichTextPlugin
        contentEditable={<ContentEditable className="ed-note-text" aria-label={label} />}
        ErrorBoundary={LexicalErrorBoundary}
      />
      <HistoryPlugin />
      <LinkPlugin validateUrl={isLinkUrl} />
      <PastePlugin target="note" />
      <LinkDialogPlugin />
      <BoundaryKeysPlugin />
    </LexicalNestedComposer>
  );
}
