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

/**
 * Tests that need a real PostgreSQL server (pg_terminate_backend, a proxy between the app and
 * a server in another process). Without DATABASE_URL they are left out of the run, rather
 * than skipped inside: the embedded run then reports no skipped tests.
 */
const PG_ONLY = ['<rootDir>/test/database/faults\\.e2e-spec\\.ts$'];

module.exports = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json', 'mjs', 'cjs'],
  transform: { '^.+\\.(t|j|mj|cj)s$': swc },
  transformIgnorePatterns: [],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...(process.env.DATABASE_URL ? [] : PG_ONLY)],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFiles: ['<rootDir>/test/support/setup-env.ts'],
  testTimeout: 60000,
  // A fresh worker process per test file: Nest/GraphQL metadata of ES-module dependencies
  // otherwise leaks between files in one process (the second app fails to build its schema),
  // and each file's embedded database is released with its process.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1MB',
  // The restart above forks a fresh worker after every file, and at the end of the run Jest
  // asks it to exit while it may still be starting up; on a busy machine that takes longer
  // than Jest's default 500 ms, which Jest reported as "A worker process has failed to exit
  // gracefully" although no test leaks anything. Give it time instead of killing it.
  workerGracefulExitTimeout: 10_000,
};
