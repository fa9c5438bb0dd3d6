import { normalizeEmail } from '../account/account.service';
import { MINUTE, type RateLimitPolicy } from '../graphql/rate-limit';

/**
 * `subscribeToNetworkNews` mails whatever address it is given, to anyone who asks: per
 * client, so nobody can make the service mail a list of strangers, and per address asked
 * about (from any client, in any network), so nobody can flood one inbox from many clients.
 * The counters do not look at the address's standing, so the answer stays the same whether
 * or not it was subscribed.
 */
export const NEWS_SUBSCRIBE_LIMIT = {
  ip: { limit: 20, ttl: 60 * MINUTE },
  keyed: {
    limit: 5,
    ttl: 60 * MINUTE,
    key: (args) => (typeof args.email === 'string' ? `news:${normalizeEmail(args.email)}` : null),
  },
} satisfies RateLimitPolicy;
