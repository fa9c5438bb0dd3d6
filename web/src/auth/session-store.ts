import type { SessionAccountFragment } from '../gql/graphql';
import { ApiRequestError } from '../graphql/api-error';
import { request, setAuthHandler } from '../graphql/client';
import { LoginMutation, LogoutMutation, MeQuery, RefreshTokenMutation, RegisterMutation } from './session-operations';

export type SessionAccount = SessionAccountFragment;

export type SessionState =
  | { status: 'loading'; account: null }
  | { status: 'signedOut'; account: null }
  | { status: 'signedIn'; account: SessionAccount };

interface AuthPayload {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  account: SessionAccount;
}

// Where the tokens live:
// - The access token (15 minutes) only in memory: script on another page or a browser
//   extension reading storage never sees it, and it is gone when the tab closes.
// - The refresh token (rotating, one use each) in sessionStorage, so a reload keeps the
//   person signed in, but closing the tab signs them out: many users sit at shared computers
//   in hospitals and municipalities. Per-tab storage also means two tabs never race to use
//   the same refresh token (the API treats a second use as theft and ends the session).
// Any script running in this page could still read sessionStorage, which is why the pages
// never render HTML they did not make and the app sends a strict content security policy.
const REFRESH_KEY = 'kk.refreshToken';
// Refresh a little before the access token runs out rather than wait for a refusal.
const EXPIRY_MARGIN_MS = 20_000;

let accessToken: string | null = null;
let accessExpiresAt = 0;
let state: SessionState = { status: readRefreshToken() ? 'loading' : 'signedOut', account: null };
let refreshing: Promise<string | null> | null = null;
const listeners = new Set<() => void>();

function readRefreshToken(): string | null {
  try {
    return sessionStorage.getItem(REFRESH_KEY);
  } catch {
    return null;
  }
}

function writeRefreshToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(REFRESH_KEY, token);
    else sessionStorage.removeItem(REFRESH_KEY);
  } catch {
    // Storage turned off: the session then lasts as long as the page.
  }
}

function setState(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

function signedIn(payload: AuthPayload): SessionAccount {
  accessToken = payload.accessToken;
  accessExpiresAt = Date.parse(payload.accessTokenExpiresAt) || 0;
  writeRefreshToken(payload.refreshToken);
  setState({ status: 'signedIn', account: payload.account });
  return payload.account;
}

function signedOut(): void {
  accessToken = null;
  accessExpiresAt = 0;
  writeRefreshToken(null);
  setState({ status: 'signedOut', account: null });
}

/**
 * Trades the refresh token for new tokens; concurrent callers share one attempt, since each
 * refresh token works once. Resolves with the new access token, or null when signed out.
 */
function refresh(): Promise<string | null> {
  refreshing ??= (async () => {
    const token = readRefreshToken();
    if (!token) {
      if (state.status !== 'signedOut') signedOut();
      return null;
    }
    try {
      const data = await request(RefreshTokenMutation, { refreshToken: token }, { anonymous: true });
      signedIn(data.refreshToken);
      return accessToken;
    } catch (err) {
      // A refused token ends the session; a lost connection keeps it for the next try.
      if (err instanceof ApiRequestError && err.find('UNAUTHENTICATED')) signedOut();
      else if (state.status === 'loading') setState({ status: 'signedOut', account: null });
      return null;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

setAuthHandler({
  async token() {
    if (refreshing) return refreshing;
    if (accessToken && Date.now() < accessExpiresAt - EXPIRY_MARGIN_MS) return accessToken;
    return readRefreshToken() ? refresh() : null;
  },
  // Several requests refused at once: the first refreshes, the rest take its token.
  refresh: (rejected) => (accessToken && accessToken !== rejected && !refreshing ? Promise.resolve(accessToken) : refresh()),
});

export const session = {
  get: (): SessionState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** On page load: a stored refresh token becomes a signed-in session again. */
  async restore(): Promise<void> {
    if (state.status === 'loading') await refresh();
  },
  async login(email: string, password: string): Promise<SessionAccount> {
    const data = await request(LoginMutation, { email, password }, { anonymous: true });
    return signedIn(data.login);
  },
  async register(input: { email: string; password: string; givenName: string; familyName: string }): Promise<SessionAccount> {
    const data = await request(RegisterMutation, { input }, { anonymous: true });
    return signedIn(data.register);
  },
  /** Ends the session at the API too; the pages sign out even if the API cannot be reached. */
  async logout(): Promise<void> {
    const token = readRefreshToken();
    signedOut();
    if (token) await request(LogoutMutation, { refreshToken: token }, { anonymous: true }).catch(() => undefined);
  },
  /** Takes fresh tokens from a mutation that issues them (e.g. changePassword). */
  adopt(payload: AuthPayload): void {
    signedIn(payload);
  },
  /** Fetches the account again, e.g. after the profile's name or status changed. */
  async reload(): Promise<void> {
    if (state.status !== 'signedIn') return;
    const data = await request(MeQuery, {});
    if (data.me) setState({ status: 'signedIn', account: data.me });
    else signedOut();
  },
  /** After the account is deleted: forget the tokens without asking the API. */
  forget: signedOut,
};
