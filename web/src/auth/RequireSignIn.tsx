import type { ReactNode } from 'react';
import { Redirect, useLocation } from 'wouter';
import { Loading } from '../ui/Loading';
import { useSession } from './use-session';

/** Shows its children to a signed-in person; anyone else goes to the login page and back. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { status } = useSession();
  const [path] = useLocation();
  if (status === 'loading') return <div className="page"><Loading label="Henter innloggingen …" /></div>;
  if (status === 'signedOut') return <Redirect to={`/logg-inn?neste=${encodeURIComponent(path)}`} replace />;
  return <>{children}</>;
}
