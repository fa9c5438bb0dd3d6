import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule as NestGraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { Environment } from '../config/environment';
import { formatGraphQLError } from '../common/errors/format-error';
import type { GraphQLContext } from './graphql-context';
import { LoaderRegistry, LoaderRegistryModule } from './loader-registry';
import { queryLimitParseOptions, queryLimitsPlugin, queryLimitValidationRules } from './query-limits';

@Module({
  imports: [
    LoaderRegistryModule,
    NestGraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [LoaderRegistryModule],
      inject: [Environment, LoaderRegistry],
      useFactory: (env: Environment, loaders: LoaderRegistry) => {
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
