import 'reflect-metadata';
import { EnvironmentError, validateEnvironment } from './config/environment';

const started = Date.now();
try {
  validateEnvironment(process.env);
} catch (err) {
  console.error(err instanceof EnvironmentError ? err.message : err);
  process.exit(1);
}

// Loaded only once the environment is known to be good, so a bad value fails in milliseconds.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { bootstrap } = require('./bootstrap') as typeof import('./bootstrap');
bootstrap(started).catch((err: unknown) => {
  console.error('Start-up failed:', err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
