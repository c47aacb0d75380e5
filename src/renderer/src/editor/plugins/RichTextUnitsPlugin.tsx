import { registerDragonSupport } from '@lexical/dragon';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { registerRichText } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import type { LexicalEditor, NodeKey } from 'lexical';
import {
  Suspense,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';

/**
 * Up to this many units (fields, note markers, snippets, breaks), every one is drawn at once.
 * Past it, a unit is drawn when it comes near the window, and stays drawn: React gives each
 * drawn unit its own portal, and each portal its whole set of event listeners, which for the
 * 3,000 units of a long submission was most of the time to open it; and the fewer elements the
 * text has, the less Chromium (and React, at each commit) walks through at each keystroke.
 */
export const DRAW_ALL_UNITS = 200;
/** How far beyond the visible text a unit is drawn in advance, above and below. */
const NEAR = '1500px 0px';

/**
 * Lexical's rich text (typing, keys, clipboard, Dragon dictation) with its units drawn by React:
 * RichTextPlugin, except that in a long text a unit is drawn once it comes near the window.
 * The text of a unit not drawn yet is in the document (export, counts and preflight read the
 * editor's state, not the screen); on screen its place is empty until scrolled near.
 */
export function RichTextUnitsPlugin({ contentEditable }: { contentEditable: ReactNode }) {
  const [editor] = useLexicalComposerContext();
  useLayoutEffect(
    () => mergeRegister(registerRichText(editor), registerDragonSupport(editor)),
    [editor],
  );
  return (
    <>
      {contentEditable}
      <Units editor={editor} />
    </>
  );
}

function Units({ editor }: { editor: LexicalEditor }) {
  const [subscribe, snapshot] = useMemo(
    () =>
      [
        (cb: () => void) => editor.registerDecoratorListener(cb),
        () => editor.getDecorators<ReactNode>(),
      ] as const,
    [editor],
  );
  const decorators = useSyncExternalStore(subscribe, snapshot, snapshot);
  const rootSubscribe = useMemo(() => editor.registerRootListener.bind(editor), [editor]);
  const root = useSyncExternalStore(
    rootSubscribe,
    () => editor.getRootElement(),
    () => editor.getRootElement(),
  );
  const keys = Object.keys(decorators);
  const lazy = keys.length > DRAW_ALL_UNITS;
  const near = useNearUnits(editor, root, lazy ? keys : null);
  // The units in the text when it became long wait to come near; one put in later (a snippet
  // inserted, a note added, a paste) is where the person is working, and is drawn at once.
  const [first] = useState(() => ({ keys: null as ReadonlySet<NodeKey> | null }));
  if (lazy && first.keys === null) first.keys = new Set(keys);

  const onError = (e: Error): void => editor._onError(e);
  const portals: ReactNode[] = [];
  for (const key of keys) {
    if (lazy && !near.has(key) && first.keys?.has(key) === true) continue;
    const element = editor.getElementByKey(key);
    if (element === null) continue;
    portals.push(
      createPortal(
        <LexicalErrorBoundary onError={onError}>
          <Suspense fallback={null}>{decorators[key]}</Suspense>
        </LexicalErrorBoundary>,
        element,
        key,
      ),
    );
  }
  return <>{portals}</>;
}

/**
 * The units whose elements have come within NEAR of the visible part of the text (of its
 * scrolling box), given the keys to watch (null: none). Once near, a unit stays in the set
 * until it leaves the text.
 */
function useNearUnits(
  editor: LexicalEditor,
  root: HTMLElement | null,
  keys: readonly NodeKey[] | null,
): ReadonlySet<NodeKey> {
  const [near, setNear] = useState<ReadonlySet<NodeKey>>(() => new Set());
  const [watch] = useState(() => ({
    observer: null as IntersectionObserver | null,
    elements: new Map<NodeKey, HTMLElement>(),
    keyOf: new WeakMap<Element, NodeKey>(),
  }));

  useEffect(() => {
    if (root === null || keys === null) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const come = entries
          .filter((e) => e.isIntersecting)
          .map((e) => watch.keyOf.get(e.target))
          .filter((k): k is NodeKey => k !== undefined);
        if (come.length === 0) return;
        for (const k of come) {
          const el = watch.elements.get(k);
          if (el !== undefined) observer.unobserve(el);
        }
        setNear((before) => new Set([...before, ...come]));
      },
      { root: scrollingBox(root), rootMargin: NEAR },
    );
    watch.observer = observer;
    return () => {
      observer.disconnect();
      watch.observer = null;
      watch.elements.clear();
    };
  }, [root, keys === null, watch]);

  // Watch the units new to the text; forget those gone from it.
  useEffect(() => {
    const observer = watch.observer;
    if (observer === null || keys === null) return;
    const present = new Set(keys);
    for (const [k, el] of watch.elements) {
      if (!present.has(k) || editor.getElementByKey(k) !== el) {
        observer.unobserve(el);
        watch.elements.delete(k);
      }
    }
    for (const k of keys) {
      if (near.has(k) || watch.elements.has(k)) continue;
      const el = editor.getElementByKey(k);
      if (el === null) continue;
      watch.elements.set(k, el);
      watch.keyOf.set(el, k);
      observer.observe(el);
    }
    if ([...near].some((k) => !present.has(k))) {
      setNear((before) => new Set([...before].filter((k) => present.has(k))));
    }
  });
  return near;
}

/** The nearest ancestor that scrolls (the page's own scrolling box when none does). */
function scrollingBox(element: HTMLElement): Element | null {
  for (let e = element.parentElement; e !== null; e = e.parentElement) {
    const { overflowY } = getComputedStyle(e);
    if (overflowY === 'auto' || overflowY === 'scroll') return e;
  }
  return null;
}
