/**
 * One Jest run for unit specs (src/**) and e2e specs (test/**). NestJS 12, TypeORM 1 and
 * friends are ES modules: swc transforms them to CommonJS for Jest's module system.
 * @type {import('jest').Config}
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json', 'mjs', 'cjs'],
  transform: { '^.+\\.(t|j|mj|cj)s$': swc },
  transformIgnorePatterns: [],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/utils/global-setup.ts',
  globalTeardown: '<rootDir>/test/utils/global-teardown.ts',
  setupFiles: ['<rootDir>/test/utils/setup-env.ts'],
  testTimeout: 60000,
  // A fresh worker process per test file: Nest/GraphQL metadata of ES-module dependencies
  // otherwise leaks between files in one process (the second app fails to build its schema),
  // and each file's embedded database is released with its process.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1MB',
};
