import { MINUTE, RateLimit } from '../graphql/rate-limit';

/**
 * Operations that check the signed-in account's current password (change it, delete the
 * account): a stolen 15-minute access token must not be a way to guess the password freely.
 */
export const PasswordCheckRateLimit = () =>
  RateLimit({
    ip: { limit: 60, ttl: 15 * MINUTE },
    keyed: { limit: 5, ttl: 15 * MINUTE, key: (_args, { viewer }) => (viewer ? `password-check:${viewer.accountId}` : null) },
  });
