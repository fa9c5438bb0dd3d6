import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Account } from '../account/account.entity';
import { ACCESS_TOKEN, AccessTokenClaims } from './jwt-options';

/** Signs access tokens. Verification happens in JwtStrategy with the same pinned options. */
@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  signAccessToken(account: Pick<Account, 'id' | 'tokenVersion'>, sessionId: string): { token: string; expiresAt: Date } {
    const claims: AccessTokenClaims = { sub: account.id, ver: account.tokenVersion, sid: sessionId };
    const token = this.jwt.sign(claims, {
      algorithm: ACCESS_TOKEN.algorithm,
      expiresIn: ACCESS_TOKEN.ttlSeconds,
      issuer: ACCESS_TOKEN.issuer,
      audience: ACCESS_TOKEN.audience,
    });
    return { token, expiresAt: new Date(Date.now() + ACCESS_TOKEN.ttlSeconds * 1000) };
  }
}
