import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every operation in src/, generated from the API's committed schema. Run by
// `npm run typecheck`, so an API change that breaks a page breaks the type-check.
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: true,
  silent: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents as plain strings (no AST in the bundle): the fetch client posts them as they are.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
