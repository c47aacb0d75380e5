import { useQueryClient } from '@tanstack/react-query';
import type { Params } from '../../../shared/api';
import { call, queryClient, useCall } from '../app/api';

/** How many rows a list asks for first: more than a screenful, little to send and render. */
export const FIRST_ROWS = 100;

/**
 * A list's rows, the first screen of them first: the first `FIRST_ROWS` rows are asked for, and
 * every row once they have come (so that the backend, one thread, answers the small call first
 * and the page parses the large answer after it has shown the first rows). `complete` is false
 * while only the first page is shown; a first page shorter than `FIRST_ROWS` is the whole list,
 * and nothing more is asked. With every row cached already, no first page is asked.
 */
export function useFirstRows<M extends 'cases.summaries' | 'persons.summaries'>(method: M) {
  const client = useQueryClient();
  const cached = client.getQueryData([method, {}]) !== undefined;
  // Both methods take `limit`; TypeScript cannot see that through the generic.
  const first = useCall(method, { limit: FIRST_ROWS } as Params<M>, { enabled: !cached });
  const firstComplete = first.data !== undefined && first.data.length < FIRST_ROWS;
  const all = useCall(method, {} as Params<M>, {
    enabled: cached || (first.data !== undefined && !firstComplete),
  });
  const data = all.data ?? first.data;
  return {
    data,
    complete: all.data !== undefined || firstComplete,
    error: all.error ?? (all.data === undefined ? first.error : null),
    isSuccess: data !== undefined,
  };
}

/** The number of persons or cases in the library, as the frame's `library.info` has it. */
export function useLibraryCount(kind: 'persons' | 'cases'): number | undefined {
  return useCall('library.info', {}, { staleTime: 60_000 }).data?.counts[kind];
}

/**
 * Asks for the first rows of the list at `hash` (the page's location on load), if it is the
 * cases or persons list, while the frame still waits for `library.info`: the list then finds
 * them cached, or on their way, when it mounts. Anything else is left to the screen.
 */
export function prefetchFirstRows(hash: string): void {
  const method =
    hash === '#/cases' || hash === '' || hash === '#/' || hash === '#'
      ? 'cases.summaries'
      : hash === '#/persons'
        ? 'persons.summaries'
        : null;
  if (method === null) return;
  const params = { limit: FIRST_ROWS };
  void queryClient.prefetchQuery({
    queryKey: [method, params],
    queryFn: () => call(method, params),
  });
}
