import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { InjectThrottlerStorage, type ThrottlerStorage } from '@nestjs/throttler';
import { normalizeEmail } from '../account/account.service';
import { MINUTE } from '../graphql/rate-limit';

const WINDOW = 15 * MINUTE;
/** Failures for one address (from any client) answered at once; typos and a forgotten password fit. */
const FREE_FAILURES = 5;
const MAX_DELAY_MS = 8_000;

/** How long a failed sign-in is answered after, given the address's failures in the window. */
export function loginFailureDelayMs(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(250 * 2 ** (failures - FREE_FAILURES - 1), MAX_DELAY_MS);
}

/**
 * Growing delays instead of a lock (OWASP, credential stuffing): failures for an address are
 * counted across all clients, and each further failure is answered a little later, up to 8 s.
 * The right password is never delayed or refused, so failing on purpose locks nobody out;
 * the per-(address, client) limit stops one client from guessing on.
 */
@Injectable()
export class LoginFailureDelay {
  constructor(@InjectThrottlerStorage() private readonly storage: ThrottlerStorage) {}

  async afterFailure(email: unknown): Promise<void> {
    if (typeof email !== 'string' || email.length > 320) return;
    const { totalHits } = await this.storage.increment(
      `login-failures:${normalizeEmail(email)}`,
      WINDOW,
      Number.MAX_SAFE_INTEGER,
      0,
      'login-failures',
    );
    const delay = loginFailureDelayMs(totalHits);
    if (delay > 0) await sleep(delay);
  }
}
