import { normalizeEmail } from '../account/account.service';
import { refreshTokenAccountId } from '../account/refresh-token.service';
import { MINUTE, RateLimit, RateLimitKey, RateLimitPolicy } from '../graphql/rate-limit';

const emailOf = (args: Record<string, unknown>): string | null => {
  const email = (args.input as { email?: unknown } | undefined)?.email ?? args.email;
  return typeof email === 'string' ? normalizeEmail(email) : null;
};

const byEmail: RateLimitKey = (args) => {
  const email = emailOf(args);
  return email ? `email:${email}` : null;
};

/**
 * The address asked about together with the client asking (OWASP, credential stuffing): one
 * client's failures never refuse the right password from another, so nobody can lock another
 * person out by failing on purpose. Failures across all clients slow the answers instead
 * (LoginFailureDelay).
 */
const byEmailAndClient: RateLimitKey = (args, { ip }) => {
  const email = emailOf(args);
  return email ? `email:${email}|${ip}` : null;
};

/**
 * Limits for the operations attackers hammer. Each counts field executions, so aliases or
 * several operations in one request count one by one.
 */
export const RATE_LIMITS = {
  login: { ip: { limit: 100, ttl: 15 * MINUTE }, keyed: { limit: 10, ttl: 15 * MINUTE, key: byEmailAndClient } },
  // Per address asked about: these mail that address, so the address is what is protected.
  register: { ip: { limit: 20, ttl: 60 * MINUTE }, keyed: { limit: 5, ttl: 60 * MINUTE, key: byEmail } },
  passwordReset: { ip: { limit: 20, ttl: 60 * MINUTE }, keyed: { limit: 5, ttl: 60 * MINUTE, key: byEmail } },
  // Guessing reset links: the link names no account, so the address limit is the one that bites.
  passwordResetLink: { ip: { limit: 20, ttl: 60 * MINUTE }, keyed: null },
  // The account a refresh token claims, with the client: forged tokens carrying someone's id
  // from one client leave that person's own refresh alone.
  refresh: {
    ip: { limit: 300, ttl: 15 * MINUTE },
    keyed: {
      limit: 30,
      ttl: 15 * MINUTE,
      key: (args, { ip }) => {
        const id = refreshTokenAccountId(args.refreshToken);
        return id ? `account:${id}|${ip}` : null;
      },
    },
  },
  // The confirmation mail goes to the account's own address; per account (and per address in
  // AuthService), so an unconfirmed account cannot make the service mail without end.
  resendVerification: {
    ip: { limit: 30, ttl: 60 * MINUTE },
    keyed: { limit: 3, ttl: 60 * MINUTE, key: (_args, { viewer }) => (viewer ? `verify:${viewer.accountId}` : null) },
  },
} satisfies Record<string, RateLimitPolicy>;

/** Applies one of {@link RATE_LIMITS} to a resolver method. */
export const AuthRateLimit = (name: keyof typeof RATE_LIMITS) => RateLimit(RATE_LIMITS[name]);
