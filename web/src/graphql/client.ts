import type { TypedDocumentString } from '../gql/graphql';
import { type ApiError, ApiRequestError, NETWORK_ERROR_CODE } from './api-error';

/** How signed-in requests get their access token; set by the session (src/auth). */
export interface AuthHandler {
  /** The access token to send, refreshed first if it has run out; null when signed out. */
  token(): Promise<string | null>;
  /** Gets a new access token after the API refused `rejected`; null when that fails. */
  refresh(rejected: string): Promise<string | null>;
}
let auth: AuthHandler = { token: async () => null, refresh: async () => null };

export function setAuthHandler(handler: AuthHandler): void {
  auth = handler;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Send no access token (sign-in and token mutations). */
  anonymous?: boolean;
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
 * an ApiRequestError carrying the codes and fields the API sent. Signed in, it sends the
 * access token, and when the API refuses it (UNAUTHENTICATED) refreshes once and retries.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  const token = options.anonymous ? null : await auth.token();
  try {
    return await send(document, variables, token, options.signal);
  } catch (err) {
    if (!token || !(err instanceof ApiRequestError) || !err.find('UNAUTHENTICATED')) throw err;
    const fresh = await auth.refresh(token);
    // Signed out meanwhile: ask again as a visitor, so public pages still show.
    return send(document, variables, fresh, options.signal);
  }
}

async function send<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables | undefined,
  token: string | null,
  signal: AbortSignal | undefined,
): Promise<TResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal,
    });
  } catch (err) {
    if (signal?.aborted) throw err;
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

/**
 * The current access token (refreshed if it ran out), for the few calls that are not GraphQL
 * (portrait upload): the same session, the same bearer header.
 */
export function accessToken(): Promise<string | null> {
  return auth.token();
}
