import { createContext, type ReactNode, useEffect, useMemo, useSyncExternalStore } from 'react';
import { type SessionAccount, type SessionState, session } from './session-store';

export interface SessionValue {
  /** 'loading' while a stored session is being restored on page load. */
  status: SessionState['status'];
  /** The signed-in account (`me`), or null. */
  me: SessionAccount | null;
  login(email: string, password: string): Promise<SessionAccount>;
  register(input: { email: string; password: string; givenName: string; familyName: string }): Promise<SessionAccount>;
  logout(): Promise<void>;
  /** Fetches `me` again after something about the account or its profile changed. */
  reload(): Promise<void>;
}

export const SessionContext = createContext<SessionValue | null>(null);

/** Holds who is signed in for every page below it; restores a session kept across reloads. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const state = useSyncExternalStore(session.subscribe, session.get);
  useEffect(() => {
    void session.restore();
  }, []);
  const value = useMemo<SessionValue>(
    () => ({
      status: state.status,
      me: state.account,
      login: session.login,
      register: session.register,
      logout: session.logout,
      reload: session.reload,
    }),
    [state],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
