/** Who is looking, as far as the network pages need to know. */
export interface NetworkViewer {
  signedIn: boolean;
  /** Changes when someone signs in or out, so the page fetches what the new viewer may see. */
  sessionKey: string;
}

// Until the session module lands, every visitor is treated as signed out.
export function useNetworkViewer(): NetworkViewer {
  return { signedIn: false, sessionKey: 'anonym' };
}

export function loginHref(returnTo: string): string {
  return `/logg-inn?tilbake=${encodeURIComponent(returnTo)}`;
}
