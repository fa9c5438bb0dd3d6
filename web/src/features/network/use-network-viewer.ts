/** Who is looking, as far as the network pages need to know. */
export interface NetworkViewer {
  /** False while a stored session is still being restored. */
  ready: boolean;
  signedIn: boolean;
  /** Changes when someone signs in or out, so the page fetches what the new viewer may see. */
  sessionKey: string;
}

// Until the session module lands, every visitor is treated as signed out.
export function useNetworkViewer(): NetworkViewer {
  return { ready: true, signedIn: false, sessionKey: 'anonym' };
}

/** The login page, coming back here afterwards. */
export function loginHref(returnTo: string): string {
  return `/logg-inn?neste=${encodeURIComponent(returnTo)}`;
}
