import {
  keepPreviousData,
  QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
  type UseQueryOptions,
} from '@tanstack/react-query';
import type { MethodName, Params, ResultOf } from '../../../shared/api';
import type { ErrorInfo } from '../../../shared/errors';
import { getClient } from './door/client';

/** A call the backend refused, with its message for a person and what to do next. */
export class CallError extends Error {
  constructor(readonly info: ErrorInfo) {
    super(info.message);
    this.name = 'CallError';
  }
  get code(): ErrorInfo['code'] {
    return this.info.code;
  }
}

/** Calls the backend through the door; a refusal throws a CallError. */
export async function call<M extends MethodName>(
  method: M,
  params: Params<M>,
): Promise<ResultOf<M>> {
  let result;
  try {
    result = await getClient().call(method, params);
  } catch {
    throw new CallError({
      code: 'io',
      message:
        'Dossier cannot reach its backend. If you started it in a browser, check that the command that printed its address is still running.',
    });
  }
  if (!result.ok) throw new CallError(result.error);
  return result.value;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: false,
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
  },
});

/** A backend read, cached by method and params. */
export function useCall<M extends MethodName>(
  method: M,
  params: Params<M>,
  options: Partial<UseQueryOptions<ResultOf<M>, CallError>> = {},
) {
  return useQuery<ResultOf<M>, CallError>({
    queryKey: [method, params],
    queryFn: () => call(method, params),
    ...options,
  });
}

/** Like useCall, keeping the previous result on screen while the next one loads (search). */
export function useLiveCall<M extends MethodName>(method: M, params: Params<M>, enabled: boolean) {
  return useQuery<ResultOf<M>, CallError>({
    queryKey: [method, params],
    queryFn: () => call(method, params),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });
}

/**
 * A write: one backend call, one transaction. Everything cached is refreshed after it, since a
 * save can change derived facts (a status, a search hit) anywhere.
 */
export function useSave<M extends MethodName>(method: M) {
  const client = useQueryClient();
  return useMutation<ResultOf<M>, CallError, Params<M>>({
    mutationFn: (params) => call(method, params),
    onSuccess: () => client.invalidateQueries(),
  });
}
