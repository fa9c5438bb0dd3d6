const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
// SQLSTATE: admin_shutdown, crash_shutdown, cannot_connect_now; class 08 is "connection exception".
const SERVER_GONE = new Set(['57P01', '57P02', '57P03']);
const DRIVER_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|encountered a connection error|Client was closed|the database system is (starting up|shutting down|in recovery)/i;

/**
 * True when an error means the database could not be reached or dropped the connection
 * (as opposed to a statement that failed): the request may succeed if tried again later.
 */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 3) return false;
  const { code, message, name, driverError, cause, thrownValue } = err as Record<string, unknown>;
  // TypeORM releases a connection that dies inside a transaction; the transaction's next
  // statement then meets a released query runner.
  if (name === 'QueryRunnerAlreadyReleasedError' || name === 'QueryRunnerProviderAlreadyReleasedError') return true;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SERVER_GONE.has(code) || /^08/.test(code))) return true;
  if (typeof message === 'string' && DRIVER_MESSAGES.test(message)) return true;
  // (connect() to a name with several addresses fails with an AggregateError of each.)
  const { errors } = err as { errors?: unknown };
  if (Array.isArray(errors) && errors.some((e) => isDatabaseUnavailable(e, depth + 1))) return true;
  // (thrownValue: what GraphQL wraps when a thrown value is not an Error of its own realm.)
  return [driverError, cause, thrownValue].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

/** What a client is told while the database is unreachable (code SERVICE_UNAVAILABLE). */
export const DATABASE_UNAVAILABLE_MESSAGE = 'Tjenesten er midlertidig utilgjengelig. Prøv igjen om litt.';

// SQLSTATE unique_violation.
const UNIQUE_VIOLATION = '23505';

/** What PostgreSQL (and PGlite) tells about a unique violation; TypeORM keeps it as `driverError`. */
export interface UniqueViolation {
  /** The index or constraint that refused the row. */
  constraint?: string;
  /** "Key (orcid)=(…) already exists." */
  detail?: string;
}

/** The unique violation behind a failed statement, or null when the error is something else. */
export function uniqueViolation(err: unknown): UniqueViolation | null {
  if (!err || typeof err !== 'object') return null;
  const driver = ((err as { driverError?: unknown }).driverError ?? err) as { code?: unknown } & UniqueViolation;
  return driver.code === UNIQUE_VIOLATION ? { constraint: driver.constraint, detail: driver.detail } : null;
}

/** Whether a database error is a unique violation (of the given index or constraint, when named). */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const violation = uniqueViolation(err);
  return violation !== null && (constraint === undefined || violation.constraint === constraint);
}
