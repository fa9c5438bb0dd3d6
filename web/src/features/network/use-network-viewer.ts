import { useSession } from '../../auth/use-session';

/** Who is looking, as far as the network pages need to know. */
export interface NetworkViewer {
  /** False while a stored session is still being restored. */
  ready: boolean;
  signedIn: boolean;
  /** Changes when someone signs in or out, so the page fetches what the new viewer may see. */
  sessionKey: string;
}

export function useNetworkViewer(): NetworkViewer {
  const { status, me } = useSession();
  return { ready: status !== 'loading', signedIn: status === 'signedIn', sessionKey: me?.id ?? status };
}

/** The login page, coming back here afterwards. */
export function loginHref(returnTo: string): string {
  return `/logg-inn?neste=${encodeURIComponent(returnTo)}`;
}
