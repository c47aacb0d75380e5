import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';

/** How long a notice stays (it is in a live region, so it is also read out). */
const NOTICE_MS = 10_000;

/**
 * What the editor says of something it refused or changed (an indent past level 9, a list
 * flattened): a line under the toolbar, announced as a status.
 */
export const EditorNoticeContext = createContext<(message: string) => void>(() => undefined);

/** Says `message` under the editor's toolbar. */
export function useEditorNotice(): (message: string) => void {
  return useContext(EditorNoticeContext);
}

/** The notice's state: what it says now, and how to say something else. */
export function useNoticeState(): [string, (message: string) => void] {
  const [text, setText] = useState('');
  const timer = useRef<number | null>(null);
  const say = useCallback((message: string) => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    setText(message);
    timer.current = window.setTimeout(() => setText(''), NOTICE_MS);
  }, []);
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );
  return [text, say];
}

/** The line itself: always there (a live region must exist before it speaks), empty when quiet. */
export function NoticeLine({ text }: { text: string }) {
  return (
    <p className="ed-notice" role="status">
      {text}
    </p>
  );
}
