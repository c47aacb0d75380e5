import { LINK_SHORTCUT } from './shortcuts';
import { $createLinkNode, $isLinkNode, LinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $createTextNode,
  $getNodeByKey,
  $getSelection,
  $insertNodes,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_LOW,
  KEY_DOWN_COMMAND,
  type BaseSelection,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { useEffect, useState } from 'react';
import { matchesShortcut } from '../../../shared/commands';
import { isMac } from '../app/commands';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { TextField } from '../ui/Field';
import { LINK_URL } from './plugins/pasteConvert';

/** The format's links: http, https and mailto only (core's validation says the same). */
export function isLinkUrl(url: string): boolean {
  return LINK_URL.test(url) && linkProblem(url) === null;
}

/** What is wrong with an address for a link, in words; null when it will do. */
export function linkProblem(raw: string): string | null {
  const url = raw.trim();
  if (url === '') return 'Type the address the link goes to.';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    try {
      if (new URL(url).hostname !== '' && !/\s/.test(url)) return null;
    } catch {
      // Not an address: said below.
    }
    return `“${url}” is not a complete web address: it needs a site after ${scheme}://, as in https://www.ohchr.org.`;
  }
  if (scheme === 'mailto') {
    return /^mailto:[^\s@]+@[^\s@]+$/i.test(url)
      ? null
      : 'An e-mail link needs an address after mailto:, as in mailto:info@example.org.';
  }
  if (/^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/.test(url)) {
    return `For an e-mail address, write mailto: first: mailto:${url}`;
  }
  if (scheme !== undefined && !/^[^/:]+\.[a-z]{2,}(:\d+)?([/?#]|$)/i.test(url)) {
    return `A link can go to a web address (http://, https://) or an e-mail address (mailto:) only, not to a “${scheme}:” address.`;
  }
  return `Start the address with https:// or http://, as in https://${url.replace(/^\/+/, '')}`;
}

/** Citations and footnotes: a link holds note content, never a note (docs, section 4). */
const isNote = (node: LexicalNode): boolean =>
  node.getType() === 'citation' || node.getType() === 'footnote';

/** Opens the link dialog on Ctrl/Cmd+K in `editor`, the key kept from the rest of the app. */
export function registerLinkShortcut(editor: LexicalEditor, open: () => void): () => void {
  return editor.registerCommand(
    KEY_DOWN_COMMAND,
    (event) => {
      if (!matchesShortcut(LINK_SHORTCUT, event, isMac)) return false;
      event.preventDefault();
      event.stopPropagation();
      open();
      return true;
    },
    COMMAND_PRIORITY_LOW,
  );
}

/**
 * A note that finds itself in a link (a footnote inserted with the cursor in linked words) moves
 * out of it, the link split around it: the format's links hold note content only, and Save would
 * refuse the document otherwise.
 */
export function registerLinkRules(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(LinkNode, (link) => {
      const children = link.getChildren();
      const at = children.findIndex(isNote);
      const note = children[at];
      if (note === undefined) return;
      const after = children.slice(at + 1);
      link.insertAfter(note);
      if (after.length > 0) {
        const rest = $createLinkNode(link.getURL(), {
          rel: link.getRel(),
          target: link.getTarget(),
          title: link.getTitle(),
        });
        note.insertAfter(rest);
        rest.append(...after);
      }
      if (link.getChildrenSize() === 0) link.remove();
    }),
  );
}

/** What the dialog works on, read when it opens. */
interface LinkTarget {
  selection: BaseSelection | null;
  /** The link the cursor is in, if any. */
  linkKey: string | null;
  url: string;
  /** Nothing selected: the dialog asks for the words too. */
  collapsed: boolean;
  /** The selection holds a citation or a footnote, which a link cannot. */
  holdsNote: boolean;
  /** The words that carry (or will carry) the link, as the dialog shows them. */
  words: string;
}

/** Words as the dialog quotes them: a long selection by its start. */
function shortened(words: string): string {
  const flat = words.replace(/\s+/g, ' ');
  return flat.length <= 120 ? flat : `${flat.slice(0, 117).trimEnd()}…`;
}

function $linkTarget(): LinkTarget {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) {
    return {
      selection: null,
      linkKey: null,
      url: '',
      collapsed: true,
      holdsNote: false,
      words: '',
    };
  }
  const link =
    $findMatchingParent(selection.anchor.getNode(), $isLinkNode) ??
    $findMatchingParent(selection.focus.getNode(), $isLinkNode);
  return {
    selection: selection.clone(),
    linkKey: link?.getKey() ?? null,
    url: link?.getURL() ?? '',
    collapsed: selection.isCollapsed(),
    holdsNote: !selection.isCollapsed() && selection.getNodes().some(isNote),
    words: link?.getTextContent() ?? selection.getTextContent(),
  };
}

/**
 * Link… (Ctrl/Cmd+K): links the selected words, or words typed here when nothing is selected, to
 * a web or e-mail address; in a link, changes its address or removes it. Through @lexical/link's
 * LinkNode and TOGGLE_LINK_COMMAND; only http, https and mailto addresses, as the format has.
 */
export function LinkDialog({
  editor,
  isOpen,
  onClose,
}: {
  editor: LexicalEditor;
  isOpen: boolean;
  onClose: () => void;
}) {
  const [target, setTarget] = useState<LinkTarget | null>(null);
  const [url, setUrl] = useState('');
  const [words, setWords] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!isOpen) return;
    const t = editor.getEditorState().read($linkTarget);
    setTarget(t);
    setUrl(t.url);
    setWords('');
    setProblem(null);
  }, [isOpen, editor]);

  const editing = target?.linkKey != null;
  const close = (): void => {
    setTarget(null);
    onClose();
    editor.focus();
  };
  const apply = (): void => {
    if (target === null) return;
    const address = url.trim();
    const wrong = linkProblem(address);
    if (wrong !== null) {
      setProblem(wrong);
      return;
    }
    if (!editing && target.holdsNote) return;
    editor.update(() => {
      if (target.selection !== null) $setSelection(target.selection.clone());
      const existing = target.linkKey === null ? null : $getNodeByKey(target.linkKey);
      if ($isLinkNode(existing)) {
        existing.setURL(address);
        return;
      }
      if (target.collapsed) {
        const text = $createTextNode(words.trim() === '' ? address : words.trim());
        $insertNodes([text]);
        text.select(0, text.getTextContentSize());
        editor.dispatchCommand(TOGGLE_LINK_COMMAND, address);
        text.getParent()?.selectNext(0, 0);
        return;
      }
      editor.dispatchCommand(TOGGLE_LINK_COMMAND, address);
    });
    close();
  };
  const remove = (): void => {
    if (target?.linkKey == null) return;
    const key = target.linkKey;
    editor.update(() => {
      const link = $getNodeByKey(key);
      if (!$isLinkNode(link)) return;
      const children = link.getChildren();
      for (const child of children) link.insertBefore(child);
      link.remove();
      children.at(-1)?.selectEnd();
    });
    close();
  };
  return (
    <Dialog
      title={editing ? 'Edit link' : 'Insert a link'}
      isOpen={isOpen}
      onClose={close}
      footer={
        <>
          {editing && (
            <Button variant="danger" onPress={remove}>
              Remove link
            </Button>
          )}
          <span className="dialog-footer-gap" />
          <Button onPress={close}>Cancel</Button>
          <Button
            variant="primary"
            onPress={apply}
            isDisabled={!editing && target?.holdsNote === true}
          >
            {editing ? 'Save link' : 'Insert link'}
          </Button>
        </>
      }
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        {target !== null && target.words.trim() !== '' && (
          <p className="ed-link-words">
            {editing ? 'Linked words' : 'Words to link'}: <q>{shortened(target.words.trim())}</q>
          </p>
        )}
        <TextField
          label="Address"
          value={url}
          onChange={(v) => {
            setUrl(v);
            setProblem(null);
          }}
          placeholder="https://www.ohchr.org"
          description="A web address (https://…) or an e-mail address (mailto:…)."
          error={problem}
          autoFocus
        />
        {!editing && target?.collapsed === true && (
          <TextField
            label="Text to show"
            value={words}
            onChange={setWords}
            description="The words that carry the link. Left empty, the address itself."
          />
        )}
        {!editing && target?.holdsNote === true && (
          <p className="field-error" role="alert">
            A link cannot hold a citation or a footnote: select only the words to link.
          </p>
        )}
        {/* Enter in a field inserts the link. */}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}

/** Ctrl/Cmd+K and its dialog in the editor it stands in (a footnote's text, a copied snippet). */
export function LinkDialogPlugin() {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);
  useEffect(() => registerLinkShortcut(editor, () => setOpen(true)), [editor]);
  return <LinkDialog editor={editor} isOpen={open} onClose={() => setOpen(false)} />;
}

/** Keeps notes out of links in the editor it stands in (registerLinkRules). */
export function LinkRulesPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerLinkRules(editor), [editor]);
  return null;
}
