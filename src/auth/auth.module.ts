import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { AccountModule } from '../account/account.module';
import { ProfileModule } from '../profile/profile.module';
import { Environment } from '../config/environment';
import { ProfileRegistrationModule } from '../profile/profile-registration.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { ACCESS_TOKEN } from './jwt-options';
import { JwtSecret, loadJwtSecret } from './jwt-secret';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { GqlThrottlerGuard, THROTTLERS } from '../graphql/rate-limit';
import { LoginFailureDelay } from './login-failure-delay';
import { ProfileConfirmationResolver } from './profile-confirmation.resolver';
import { ProfileConfirmationService } from './profile-confirmation.service';
import { VerificationMailLimit } from './verification-mail-limit';
import { TokenService } from './token.service';
import { ViewerMiddleware } from '../graphql/viewer.middleware';

/** One signing key per app, shared by the signer (JwtModule) and the verifier (JwtStrategy). */
@Module({
  providers: [{ provide: JwtSecret, inject: [Environment], useFactory: loadJwtSecret }],
  exports: [JwtSecret],
})
class JwtSecretModule {}

@Module({
  imports: [
    AccountModule,
    ProfileModule,
    ProfileRegistrationModule,
    JwtSecretModule,
    PassportModule.register({ session: false }),
    JwtModule.registerAsync({
      imports: [JwtSecretModule],
      inject: [JwtSecret],
      useFactory: (secret: JwtSecret) => ({
        secret: secret.value,
        signOptions: { algorithm: ACCESS_TOKEN.algorithm },
        verifyOptions: { algorithms: [ACCESS_TOKEN.algorithm], issuer: ACCESS_TOKEN.issuer, audience: ACCESS_TOKEN.audience },
      }),
    }),
    // In-memory counters per instance; several instances behind a balancer each count their own.
    ThrottlerModule.forRoot({ throttlers: THROTTLERS, setHeaders: false }),
  ],
  providers: [
    TokenService,
    AuthService,
    LocalStrategy,
    JwtStrategy,
    GqlThrottlerGuard,
    LoginFailureDelay,
    VerificationMailLimit,
    AuthResolver,
    ProfileConfirmationService,
    ProfileConfirmationResolver,
  ],
  exports: [AuthService, TokenService],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ViewerMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.ALL });
  }
}
