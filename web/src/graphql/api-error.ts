/** One GraphQL error as the API sends it: a Bokmål message, a stable code, the field at fault. */
export interface ApiError {
  message: string;
  code: string;
  /** The input field a BAD_USER_INPUT error names (e.g. "email", "input.orcid"). */
  field?: string;
  extensions: Record<string, unknown>;
}

/** Thrown by the client when a request fails: GraphQL errors, HTTP errors or no connection. */
export class ApiRequestError extends Error {
  constructor(
    readonly errors: ApiError[],
    /** What the server sent alongside the errors, when anything (partial results). */
    readonly data: unknown = null,
  ) {
    super(errors.map((e) => e.message).join(' '));
    this.name = 'ApiRequestError';
  }

  /** The first error with this code, if any. */
  find(code: string): ApiError | undefined {
    return this.errors.find((e) => e.code === code);
  }

  /** Messages of BAD_USER_INPUT errors by the field they name, for showing beside form fields. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.errors) if (e.code === 'BAD_USER_INPUT' && e.field) out[e.field] ??= e.message;
    return out;
  }
}

export const NETWORK_ERROR_CODE = 'NETWORK_ERROR';

const FALLBACK_MESSAGES: Record<string, string> = {
  [NETWORK_ERROR_CODE]: 'Fikk ikke kontakt med Kompetansekatalogen. Sjekk nettforbindelsen og prøv igjen.',
  UNAUTHENTICATED: 'Du må logge inn for å gjøre dette.',
  FORBIDDEN: 'Du har ikke tilgang til dette.',
  NOT_FOUND: 'Fant ikke det du lette etter.',
  RATE_LIMITED: 'For mange forsøk på kort tid. Vent litt og prøv igjen.',
  TIMEOUT: 'Tjenesten brukte for lang tid på å svare. Prøv igjen om litt.',
  INTERNAL_SERVER_ERROR: 'Noe gikk galt hos oss. Prøv igjen senere.',
};

/** Words for a person, never a code: the API's own message when it has one, else ours. */
export function describeError(error: unknown): string {
  if (error instanceof ApiRequestError) {
    const first = error.errors[0];
    if (!first) return FALLBACK_MESSAGES.INTERNAL_SERVER_ERROR;
    if (first.code === 'INTERNAL_SERVER_ERROR' || first.code === NETWORK_ERROR_CODE) return FALLBACK_MESSAGES[first.code];
    return first.message || FALLBACK_MESSAGES[first.code] || FALLBACK_MESSAGES.INTERNAL_SERVER_ERROR;
  }
  return FALLBACK_MESSAGES.INTERNAL_SERVER_ERROR;
}

const TRANSIENT = new Set([NETWORK_ERROR_CODE, 'TIMEOUT', 'RATE_LIMITED', 'INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE']);

/** Whether trying the same request again may help (lost connection, overload), unlike bad input. */
export function isTransient(error: unknown): boolean {
  return error instanceof ApiRequestError ? error.errors.some((e) => TRANSIENT.has(e.code)) : true;
}
