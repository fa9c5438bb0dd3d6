import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Account } from '../account/account.entity';
import type { GraphQLContext } from '../graphql/graphql-context';
import { AuthPayloadType } from './auth-payload.type';
import { AuthResult, AuthService } from './auth.service';
import { CurrentViewer, Public } from '../graphql/decorators';
import type { Viewer } from '../graphql/viewer';
import { RegisterInput } from './dto/register.input';
import { LocalAuthGuard, SignedInAccount } from './local-auth.guard';
import { AuthRateLimit } from './rate-limit';
import { PasswordCheckRateLimit } from '../account/password-check.rate-limit';

/**
 * From here on the request is the signed-in account's, so the payload (e.g. the account's
 * own profile with its owner-only fields) reads as it will on the next request.
 */
async function signedIn(ctx: GraphQLContext, result: Promise<AuthResult>): Promise<AuthResult> {
  const payload = await result;
  ctx.req.viewer = { accountId: payload.account.id, role: payload.account.role };
  return payload;
}

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @AuthRateLimit('register')
  @Mutation(() => AuthPayloadType, { description: 'Creates an account with an empty DRAFT profile and signs in.' })
  register(@Context() ctx: GraphQLContext, @Args('input') input: RegisterInput) {
    return signedIn(ctx, this.auth.register(input));
  }

  @Public()
  // Listed above RateLimit so it runs after it: failed attempts must be counted too.
  @UseGuards(LocalAuthGuard)
  @AuthRateLimit('login')
  @Mutation(() => AuthPayloadType)
  login(
    @Args('email') _email: string,
    @Args('password') _password: string,
    @SignedInAccount() account: Account,
    @Context() ctx: GraphQLContext,
  ) {
    return signedIn(ctx, this.auth.startSession(account));
  }

  @Public()
  @AuthRateLimit('refresh')
  @Mutation(() => AuthPayloadType, { description: 'Trades a refresh token (used up) for new tokens.' })
  refreshToken(@Context() ctx: GraphQLContext, @Args('refreshToken') refreshToken: string) {
    return signedIn(ctx, this.auth.refresh(refreshToken));
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session the refresh token belongs to.' })
  logout(@Args('refreshToken') refreshToken: string) {
    return this.auth.logout(refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Ends every session of the signed-in account, on every device.' })
  logoutEverywhere(@CurrentViewer() viewer: Viewer) {
    return this.auth.logoutEverywhere(viewer.accountId);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Confirms the email address with the token from the mail.' })
  verifyEmail(@Args('token') token: string) {
    return this.auth.verifyEmail(token);
  }

  @AuthRateLimit('resendVerification')
  @Mutation(() => Boolean, { description: 'Sends the confirmation mail again (a few an hour per account and per address).' })
  resendVerificationEmail(@CurrentViewer() viewer: Viewer) {
    return this.auth.resendVerification(viewer.accountId);
  }

  @Public()
  @AuthRateLimit('passwordReset')
  @Mutation(() => Boolean, { description: 'Mails a reset link if the address has an account. Always answers true.' })
  requestPasswordReset(@Args('email') email: string) {
    return this.auth.requestPasswordReset(email);
  }

  @Public()
  @AuthRateLimit('passwordResetLink')
  @Mutation(() => Boolean, { description: 'Sets a new password with the token from the reset mail; ends all sessions.' })
  resetPassword(@Args('token') token: string, @Args('newPassword') newPassword: string) {
    return this.auth.resetPassword(token, newPassword);
  }

  @PasswordCheckRateLimit()
  @Mutation(() => AuthPayloadType, { description: 'Needs the current password; other sessions are ended.' })
  changePassword(
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer: Viewer,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
  ) {
    return signedIn(ctx, this.auth.changePassword(viewer.accountId, currentPassword, newPassword));
  }
}
