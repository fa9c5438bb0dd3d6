import { useContext } from 'react';
import { SessionContext, type SessionValue } from './SessionProvider';

/** The signed-in account and the sign-in actions; use inside <SessionProvider>. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession() needs a <SessionProvider> above it.');
  return value;
}
