/** Access tokens: HS256 only, 15 minutes, issuer and audience always checked. */
export const ACCESS_TOKEN = {
  algorithm: 'HS256' as const,
  ttlSeconds: 15 * 60,
  issuer: 'kompetansekatalogen',
  audience: 'kompetansekatalogen-api',
};

/**
 * What an access token says: whose it is, which generation of the account's sessions, and
 * which session (the refresh-token family) it belongs to, so ending that session ends it too.
 */
export interface AccessTokenClaims {
  sub: string;
  ver: number;
  sid: string;
}
