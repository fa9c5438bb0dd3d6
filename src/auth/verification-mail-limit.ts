import { Injectable } from '@nestjs/common';
import { InjectThrottlerStorage, type ThrottlerStorage } from '@nestjs/throttler';
import { normalizeEmail } from '../account/account.service';
import { rateLimited } from '../common/errors/app-errors';
import { MINUTE } from '../graphql/rate-limit';

const WINDOW = 60 * MINUTE;
const PER_ADDRESS = 3;

/**
 * Confirmation mails per target address, whichever account asks: an address someone else
 * typed in gets a few mails an hour at most (the per-account limit is on the resolver).
 */
@Injectable()
export class VerificationMailLimit {
  constructor(@InjectThrottlerStorage() private readonly storage: ThrottlerStorage) {}

  async take(address: string): Promise<void> {
    const record = await this.storage.increment(`verify-mail:${normalizeEmail(address)}`, WINDOW, PER_ADDRESS, WINDOW, 'verify-mail');
    if (record.isBlocked) throw rateLimited(Math.max(1, record.timeToBlockExpire));
  }
}
