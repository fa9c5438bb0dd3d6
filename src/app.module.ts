import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { AccountGraphQLModule } from './account/account-graphql.module';
import { AuditModule } from './audit/audit.module';
import { AccessGuard } from './graphql/access.guard';
import { AuthModule } from './auth/auth.module';
import { GraphQLErrorFilter } from './common/errors/graphql-error.filter';
import { ArgumentTextPipe } from './common/validation/argument-text.pipe';
import { createValidationPipe } from './common/validation/graphql-validation.pipe';
import { CompetenceAreaModule } from './competence-area/competence-area.module';
import { ContactModule } from './contact/contact.module';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { ENTITIES } from './entities';
import { GraphQLModule } from './graphql/graphql.module';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { LoggingModule } from './logging/logging.module';
import { MailModule } from './mail/mail.module';
import { NetworkModule } from './network/network.module';
import { OrganizationModule } from './organization/organization.module';
import { PhotoModule } from './photo/photo.module';
import { PrivacyModule } from './privacy/privacy.module';
import { ProfileModule } from './profile/profile.module';
import { PublicationModule } from './publication/publication.module';
import { ResearcherModule } from './researcher/researcher.module';
import { SearchModule } from './search/search.module';
import { SeedModule } from './seed/seed.module';
import { SharedStateModule } from './shared-state/shared-state.module';
import { StatisticsModule } from './statistics/statistics.module';

@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    SharedStateModule,
    DatabaseModule.forRoot(ENTITIES),
    SeedModule,
    GraphQLModule,
    HealthModule,
    OrganizationModule,
    CompetenceAreaModule,
    NetworkModule,
    ResearcherModule,
    MailModule,
    JobsModule,
    AuthModule,
    AccountGraphQLModule,
    ProfileModule,
    PrivacyModule,
    SearchModule,
    AuditModule,
    StatisticsModule,
    PublicationModule,
    PhotoModule,
    ContactModule,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_PIPE, useClass: ArgumentTextPipe },
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: GraphQLErrorFilter },
  ],
})
export class AppModule {}
