import type { TypedDocumentString } from '../gql/graphql';
import { type ApiError, ApiRequestError, NETWORK_ERROR_CODE } from './api-error';

/** Supplies the access token for signed-in requests (set by the account feature). */
type TokenSource = () => string | null;
let tokenSource: TokenSource = () => null;

export function setTokenSource(source: TokenSource): void {
  tokenSource = source;
}

interface WireError {
  message?: string;
  extensions?: Record<string, unknown>;
}

function toApiError(e: WireError): ApiError {
  const extensions = e.extensions ?? {};
  return {
    message: typeof e.message === 'string' ? e.message : '',
    code: typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR',
    field: typeof extensions.field === 'string' ? extensions.field : undefined,
    extensions,
  };
}

/**
 * Runs one operation against /graphql as a JSON POST (which Apollo's CSRF prevention accepts)
 * and resolves with its data; any GraphQL error, HTTP error or lost connection rejects with
 * an ApiRequestError carrying the codes and fields the API sent.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
  options: { signal?: AbortSignal } = {},
): Promise<TResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const token = tokenSource();
  if (token) headers.authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal: options.signal,
    });
  } catch (err) {
    if (options.signal?.aborted) throw err;
    throw new ApiRequestError([{ message: '', code: NETWORK_ERROR_CODE, extensions: {} }]);
  }

  // Anything but a JSON body (a proxy's error page, a cut connection) counts as no answer.
  const body = (await response.json().catch(() => null)) as { data?: TResult | null; errors?: WireError[] } | null;
  if (body?.errors?.length) throw new ApiRequestError(body.errors.map(toApiError), body.data ?? null);
  if (!response.ok || !body?.data) {
    const code = response.status === 503 ? 'TIMEOUT' : response.status === 429 ? 'RATE_LIMITED' : 'INTERNAL_SERVER_ERROR';
    throw new ApiRequestError([{ message: '', code, extensions: {} }]);
  }
  return body.data;
}
