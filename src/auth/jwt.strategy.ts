import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AccountService } from '../account/account.service';
import { ACCESS_TOKEN, AccessTokenClaims } from './jwt-options';
import { JwtSecret } from './jwt-secret';
import type { Viewer } from '../graphql/viewer';

/**
 * Checks a bearer access token (signature with HS256 only, exp, iss, aud) and loads the
 * account it names, so a disabled or deleted account, a changed role or a password change
 * takes effect on the very next request.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    secret: JwtSecret,
    private readonly accounts: AccountService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: secret.value,
      algorithms: [ACCESS_TOKEN.algorithm],
      issuer: ACCESS_TOKEN.issuer,
      audience: ACCESS_TOKEN.audience,
      ignoreExpiration: false,
    });
  }

  async validate(claims: Partial<AccessTokenClaims> & { exp?: unknown }): Promise<Viewer | false> {
    if (typeof claims.sub !== 'string' || !isUUID(claims.sub, 'loose') || typeof claims.ver !== 'number') return false;
    // jsonwebtoken checks `exp` only when a token has one: a token without it would never expire.
    if (typeof claims.exp !== 'number') return false;
    if (typeof claims.sid !== 'string' || !isUUID(claims.sid, 'loose')) return false;
    const state = await this.accounts.findAuthState(claims.sub, claims.sid);
    if (!state || state.disabledAt || state.tokenVersion !== claims.ver || !state.sessionLive) return false;
    return { accountId: state.id, role: state.role };
  }
}
