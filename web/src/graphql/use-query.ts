import { useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { request } from './client';

export interface QueryState<T> {
  /** The latest result; kept while a new one loads, so a page does not flash empty. */
  data?: T;
  error: unknown;
  /** True from the very render in which the variables change until their answer is in. */
  loading: boolean;
  /** Fetches again with the same variables. */
  refetch: () => void;
}

interface Settled<T> {
  data?: T;
  error: unknown;
  /** The variables (as JSON) and run the data or error belongs to. */
  key: string | null;
}

/** Runs a query whenever its variables change (by value); a newer run cancels an older one. */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryState<TResult> {
  const [generation, setGeneration] = useState(0);
  const key = `${generation}:${JSON.stringify(variables)}`;
  const [settled, setSettled] = useState<Settled<TResult>>({ error: null, key: null });

  useEffect(() => {
    if (options.skip) return;
    const controller = new AbortController();
    const vars = JSON.parse(key.slice(key.indexOf(':') + 1)) as TVariables;
    request(document, vars, { signal: controller.signal }).then(
      (data) => setSettled({ data, error: null, key }),
      (error: unknown) => {
        if (!controller.signal.aborted) setSettled((s) => ({ data: s.data, error, key }));
      },
    );
    return () => controller.abort();
  }, [document, key, options.skip]);

  return {
    data: settled.data,
    error: settled.key === key ? settled.error : null,
    loading: !options.skip && settled.key !== key,
    refetch: () => setGeneration((g) => g + 1),
  };
}
