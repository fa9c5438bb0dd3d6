const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/**
 * The contact relay's limits. A journalist on a story writes to a handful of experts, an
 * organiser to a few candidate speakers: the limits leave room for that and stop one
 * address, one machine or one campaign from turning the relay into a mailing list.
 */
export const CONTACT_LIMITS = {
  /**
   * Per sender address: 5 messages an hour. Enough to ask five experts the same question
   * within an hour on deadline; a sixth can wait. Confirmation does not reset it.
   */
  sender: { limit: 5, ttl: HOUR },
  /**
   * Per client IP: 20 an hour. Higher than per sender because a newsroom, a hospital or a
   * university often sits behind one address; it still caps one machine making up new
   * sender addresses (each of which would also have to confirm).
   */
  ip: { limit: 20, ttl: HOUR },
  /**
   * Per recipient: 20 delivered messages a day. Counted over messages actually delivered
   * (after confirmation), in the database, so unconfirmed junk cannot fill a researcher's
   * quota and shut real senders out.
   */
  recipient: { limit: 20, ttl: DAY },
  /** Confirmation links tried per client IP: 30 an hour (the tokens are 256-bit; this only curbs noise). */
  confirmIp: { limit: 30, ttl: HOUR },
} as const;

/** The confirmation link is valid this long, once. */
export const CONFIRMATION_TTL_MS = DAY;
/** A confirmed address is trusted this long: later messages go straight through. */
export const SENDER_TRUST_MS = 30 * DAY;
/** Messages are deleted this long after they came. */
export const MESSAGE_RETENTION_MS = 180 * DAY;
