import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule as NestGraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { CompetenceAreaModule } from '../competence-area/competence-area.module';
import { Environment } from '../config/environment';
import { formatGraphQLError } from '../common/errors/format-error';
import { NetworkModule } from '../network/network.module';
import { OrganizationModule } from '../organization/organization.module';
import { ResearcherModule } from '../researcher/researcher.module';
import type { GraphQLContext } from './graphql-context';
import { LoaderFactory } from './loaders';
import { queryLimitParseOptions, queryLimitsPlugin, queryLimitValidationRules } from './query-limits';

@Module({
  imports: [OrganizationModule, CompetenceAreaModule, NetworkModule, ResearcherModule],
  providers: [LoaderFactory],
  exports: [LoaderFactory],
})
class LoadersModule {}

@Module({
  imports: [
    NestGraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [LoadersModule],
      inject: [Environment, LoaderFactory],
      useFactory: (env: Environment, loaders: LoaderFactory) => {
        // One switch for what a scraper could learn about the schema: introspection, the
        // GraphiQL page that needs it, and "Did you mean ...?" hints in validation errors.
        const exposeSchema = env.exposesSchema;
        return {
          // The schema is built in memory; `npm run schema:generate` writes schema.graphql.
          autoSchemaFile: true,
          sortSchema: true,
          path: '/graphql',
          introspection: exposeSchema,
          graphiql: exposeSchema,
          hideSchemaDetailsFromClientErrors: !exposeSchema,
          includeStacktraceInErrorResponses: false,
          formatError: formatGraphQLError,
          allowBatchedHttpRequests: false,
          csrfPrevention: true,
          // Clients send whole documents; registering hashed queries would only fill the cache.
          persistedQueries: false,
          parseOptions: queryLimitParseOptions,
          validationRules: queryLimitValidationRules(),
          plugins: [queryLimitsPlugin()],
          context: ({ req, res }: { req: Request; res: Response }): GraphQLContext => ({
            req,
            res,
            loaders: loaders.create(),
          }),
        };
      },
    }),
  ],
})
export class GraphQLModule {}
