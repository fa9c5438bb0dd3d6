import { useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { request } from './client';

export interface QueryState<T> {
  /** The latest result; kept while a new one loads, so a page does not flash empty. */
  data?: T;
  error: unknown;
  loading: boolean;
  /** Fetches again with the same variables. */
  refetch: () => void;
}

/** Runs a query whenever its variables change (by value); a newer run cancels an older one. */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryState<TResult> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ data?: TResult; error: unknown; loading: boolean }>({
    error: null,
    loading: !options.skip,
  });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (options.skip) return;
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: null }));
    request(document, JSON.parse(key) as TVariables, { signal: controller.signal }).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState((s) => ({ ...s, error, loading: false }));
      },
    );
    return () => controller.abort();
  }, [document, key, generation, options.skip]);

  return { ...state, refetch: () => setGeneration((g) => g + 1) };
}
