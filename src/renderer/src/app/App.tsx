import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { prefetchFirstRows } from '../library/firstRows';
import { call, useCall } from './api';
import { CommandProvider, type Runners } from './commands';
import { Frame } from './Frame';
import { LeaveDialog } from './LeaveDialog';
import { Palette } from './Palette';
import { Routes } from './Routes';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useAutoLock } from './useAutoLock';
import { LibraryProblem, Unlock, Welcome } from './Gates';
import { useFileCommands } from './fileCommands';

/**
 * The window: what the library's state calls for (a welcome on first start, the unlock screen
 * for a locked library, the frame once it is open). Locking clears every cached answer, so no
 * library content stays in the page.
 */
export function App() {
  const info = useCall('library.info', {}, { staleTime: 60_000 });
  // A page loaded on a list asks for its first rows now, not after `library.info`'s answer.
  useState(() => prefetchFirstRows(window.location.hash));
  if (info.isPending) return <p className="splash">Opening the library…</p>;
  if (info.error !== null) {
    const code = info.error.code;
    if (
      code === 'no_library' ||
      (code === 'not_a_library' && info.error.info.next?.do === 'create-library')
    )
      return <Welcome />;
    if (code === 'passphrase_required' || code === 'wrong_passphrase') return <Unlock />;
    return <LibraryProblem error={info.error} />;
  }
  return <OpenLibrary info={info.data} />;
}

function OpenLibrary({
  info,
}: {
  info: NonNullable<ReturnType<typeof useCall<'library.info'>>['data']>;
}) {
  const client = useQueryClient();
  const files = useFileCommands();
  const runners = useMemo<Runners>(
    () => ({
      ...files,
      ...(info.encrypted
        ? {
            'library.lock': () => {
              void call('library.lock', {}).finally(async () => {
                // Nothing of the library stays in memory or on the page: every answer is
                // dropped, and the screens showing one fall back to the unlock screen as
                // `library.info` is asked again.
                await client.cancelQueries();
                client.removeQueries({ type: 'inactive' });
                await client.resetQueries();
              });
            },
          }
        : {}),
    }),
    [client, files, info.encrypted],
  );
  useAutoLock(info.encrypted, runners['library.lock']);
  return (
    <CommandProvider runners={runners}>
      <Frame info={info}>
        <Routes />
      </Frame>
      <Palette />
      <ShortcutsDialog />
      <LeaveDialog />
    </CommandProvider>
  );
}
