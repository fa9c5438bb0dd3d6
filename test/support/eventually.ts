import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';

/**
 * Reads `read()` until it equals `expected` or `timeoutMs` passed, and returns the last value,
 * for state another process or a background task settles (a job marked completed after its
 * mail went out). Assert on the result: on a timeout the assertion shows what was there.
 */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 15_000, pollMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!isDeepStrictEqual(value, expected) && Date.now() < deadline) {
    await sleep(pollMs);
    value = await read();
  }
  return value;
}
