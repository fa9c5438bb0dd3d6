import { Logger } from '@nestjs/common';
import {
  circuitBreaker,
  CircuitBreakerPolicy,
  ConsecutiveBreaker,
  ExponentialBackoff,
  handleWhen,
  IPolicy,
  isBrokenCircuitError,
  isTaskCancelledError,
  retry,
  timeout,
  TimeoutStrategy,
  wrap,
} from 'cockatiel';
import { LRUCache } from 'lru-cache';
import { MinIntervalGate } from './min-interval-gate';
import { RegistryName } from './registry-import-preview';
import { RegistryError, RegistryErrorCode } from './registry.errors';

export interface RegistryHttpOptions {
  registry: RegistryName;
  /** e.g. https://pub.orcid.org/v3.0; request paths are appended to it. */
  baseUrl: string;
  /** Longest wait for one answer. */
  timeoutMs?: number;
  /** Longest wait for a whole call, queueing, retries and backoff included (default: timeoutMs). */
  budgetMs?: number;
  /** At most one request per this interval to this registry. */
  minIntervalMs?: number;
  /** Tries in all, the first included. */
  maxAttempts?: number;
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** Consecutive failures that open the breaker, and how long it stays open before one test call. */
  breakerThreshold?: number;
  breakerOpenMs?: number;
  /** Larger answers are refused rather than read into memory. */
  maxBodyBytes?: number;
}

export interface RegistryRequest {
  /** Appended to the base URL; the caller encodes any identifier in it. */
  path: string;
  accept: string;
  /** Named in a NOT_FOUND error. */
  identifier: string | null;
}

export interface RegistryResponse<T = unknown> {
  body: T;
  /** True when the registry answered 304 and the body is our cached copy. */
  notModified: boolean;
  validators: Validators;
}

/** What a registry handed out to make the next request conditional; either may be absent. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type ConditionalResponse<T> = { changed: false } | { changed: true; body: T; validators: Validators };

interface CachedAnswer {
  etag: string | null;
  lastModified: string | null;
  body: unknown;
}

const NOT_MODIFIED = Symbol('not modified');

/** A failure worth another try and worth counting towards the breaker. */
class TransientRegistryFailure extends Error {}

const DEFAULTS = {
  timeoutMs: 10_000,
  minIntervalMs: 1_000,
  maxAttempts: 3,
  initialBackoffMs: 250,
  maxBackoffMs: 5_000,
  breakerThreshold: 5,
  breakerOpenMs: 30_000,
  maxBodyBytes: 16 * 1024 * 1024,
};

const JSON_TYPE = /^application\/([\w.+-]+\+)?json\b/i;

/**
 * GETs JSON from one registry the way a good citizen does: one request a second, a timeout on
 * every answer, retries with exponential backoff on 5xx/429/timeouts, a circuit breaker that
 * stops asking while the registry keeps failing, and conditional requests (ETag /
 * If-Modified-Since) when the registry hands out validators. Every failure leaves as a
 * {@link RegistryError}: NOT_FOUND for 404/410, UNAVAILABLE for everything else.
 */
export class RegistryHttpClient {
  private readonly logger: Logger;
  private readonly options: Required<Omit<RegistryHttpOptions, 'budgetMs'>> & { budgetMs: number };
  private readonly gate: MinIntervalGate;
  private readonly breaker: CircuitBreakerPolicy;
  private readonly policy: IPolicy;
  private readonly cache = new LRUCache<string, CachedAnswer>({ max: 500 });

  constructor(options: RegistryHttpOptions) {
    const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
    this.options = {
      ...DEFAULTS,
      ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      timeoutMs,
      budgetMs: options.budgetMs ?? timeoutMs,
    } as RegistryHttpClient['options'];
    this.logger = new Logger(`Registry:${options.registry}`);
    this.gate = new MinIntervalGate(this.options.minIntervalMs);

    const transient = handleWhen((err) => err instanceof TransientRegistryFailure);
    // Unreferenced timers: a pending backoff must not keep a stopping process alive.
    const retryPolicy = retry(transient, {
      maxAttempts: this.options.maxAttempts - 1,
      backoff: new ExponentialBackoff({
        initialDelay: this.options.initialBackoffMs,
        maxDelay: this.options.maxBackoffMs,
      }),
    }).dangerouslyUnref();
    retryPolicy.onRetry(({ delay, attempt, ...reason }) =>
      this.logger.warn(
        `Retrying (${attempt}) in ${Math.round(delay)} ms: ${'error' in reason ? (reason.error as Error).message : 'unexpected answer'}`,
      ),
    );
    this.breaker = circuitBreaker(transient, {
      halfOpenAfter: this.options.breakerOpenMs,
      breaker: new ConsecutiveBreaker(this.options.breakerThreshold),
    });
    this.breaker.onBreak(() => this.logger.warn(`Circuit opened: not asking for ${this.options.breakerOpenMs} ms`));
    this.breaker.onReset(() => this.logger.log('Circuit closed again'));
    // Outermost: the whole call, queueing and backoff included, fits in the budget.
    const budget = timeout(this.options.budgetMs, { strategy: TimeoutStrategy.Aggressive, abortOnReturn: true }).dangerouslyUnref();
    this.policy = wrap(budget, retryPolicy, this.breaker);
  }

  get registry(): RegistryName {
    return this.options.registry;
  }

  get baseUrl(): string {
    return this.options.baseUrl;
  }

  async getJson<T = unknown>(request: RegistryRequest): Promise<RegistryResponse<T>> {
    const answer = await this.execute(request, null);
    return answer as RegistryResponse<T>;
  }

  /**
   * For callers that keep validators themselves (the weekly re-read, across restarts): sends
   * them, and answers `changed: false` on 304 without a body.
   */
  async getJsonIfChanged<T = unknown>(request: RegistryRequest, validators: Validators): Promise<ConditionalResponse<T>> {
    const answer = await this.execute(request, validators);
    return answer === NOT_MODIFIED ? { changed: false } : { changed: true, body: answer.body as T, validators: answer.validators };
  }

  private async execute(request: RegistryRequest, validators: Validators | null): Promise<RegistryResponse | typeof NOT_MODIFIED> {
    const url = `${this.options.baseUrl}${request.path.startsWith('/') ? '' : '/'}${request.path}`;
    try {
      return await this.policy.execute(({ signal }) => this.attempt(url, request, signal, validators));
    } catch (err) {
      throw this.toRegistryError(err, request);
    }
  }

  private async attempt(
    url: string,
    request: RegistryRequest,
    signal: AbortSignal,
    given: Validators | null,
  ): Promise<RegistryResponse | typeof NOT_MODIFIED> {
    await this.gate.wait(signal);
    const cached = given ? { ...given, body: NOT_MODIFIED } : this.cache.get(url);
    const headers: Record<string, string> = {
      accept: request.accept,
      'user-agent': 'Kompetansekatalogen (https://kompetansekatalogen.no)',
    };
    if (cached?.etag) headers['if-none-match'] = cached.etag;
    if (cached?.lastModified) headers['if-modified-since'] = cached.lastModified;

    let response: Response;
    try {
      response = await fetch(url, {
        headers,
        redirect: 'manual',
        signal: AbortSignal.any([signal, AbortSignal.timeout(this.options.timeoutMs)]),
      });
    } catch (err) {
      if (signal.aborted) throw err;
      const timedOut = (err as Error)?.name === 'TimeoutError';
      throw new TransientRegistryFailure(timedOut ? `no answer within ${this.options.timeoutMs} ms` : `network: ${describe(err)}`, {
        cause: err,
      });
    }

    if (response.status === 304 && cached) {
      await response.body?.cancel();
      if (cached.body === NOT_MODIFIED) return NOT_MODIFIED;
      return { body: cached.body, notModified: true, validators: { etag: cached.etag, lastModified: cached.lastModified } };
    }
    if (response.status === 200) {
      const body = await this.readJson(response, signal);
      const etag = response.headers.get('etag');
      const lastModified = response.headers.get('last-modified');
      if (!given && (etag || lastModified)) this.cache.set(url, { etag, lastModified, body });
      return { body, notModified: false, validators: { etag, lastModified } };
    }
    await response.body?.cancel();
    if (response.status === 404 || response.status === 410) {
      throw new RegistryError(RegistryErrorCode.NOT_FOUND, this.options.registry, request.identifier, `HTTP ${response.status}`);
    }
    if (response.status === 429 || response.status >= 500) {
      throw new TransientRegistryFailure(`HTTP ${response.status}`);
    }
    throw new RegistryError(
      RegistryErrorCode.UNAVAILABLE,
      this.options.registry,
      request.identifier,
      `unexpected HTTP ${response.status}`,
    );
  }

  /** Reads at most maxBodyBytes and insists on JSON: ORCID answers XML to a client that forgets to ask. */
  private async readJson(response: Response, signal: AbortSignal): Promise<unknown> {
    const type = response.headers.get('content-type') ?? '';
    const unreadable = (reason: string) =>
      new RegistryError(RegistryErrorCode.UNAVAILABLE, this.options.registry, null, reason);
    if (!JSON_TYPE.test(type)) {
      await response.body?.cancel();
      throw unreadable(`answer is ${type || 'untyped'}, not JSON`);
    }
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > this.options.maxBodyBytes) {
      await response.body?.cancel();
      throw unreadable(`answer of ${declared} bytes is too large`);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for await (const chunk of response.body ?? []) {
        size += chunk.byteLength;
        if (size > this.options.maxBodyBytes) throw unreadable('answer is too large');
        chunks.push(chunk);
      }
    } catch (err) {
      if (err instanceof RegistryError || signal.aborted) throw err;
      throw new TransientRegistryFailure(`answer cut off: ${describe(err)}`, { cause: err });
    }
    try {
      return JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch (err) {
      throw unreadable(`answer is not valid JSON: ${describe(err)}`);
    }
  }

  private toRegistryError(err: unknown, request: RegistryRequest): RegistryError {
    if (err instanceof RegistryError) {
      const error =
        err.identifier === null && request.identifier !== null
          ? new RegistryError(err.code, err.registry, request.identifier, err.reason, { cause: err.cause })
          : err;
      if (error.code === RegistryErrorCode.UNAVAILABLE) this.logger.warn(error.message);
      return error;
    }
    const reason = isBrokenCircuitError(err)
      ? 'breaker open after repeated failures'
      : isTaskCancelledError(err)
        ? `no answer within ${this.options.budgetMs} ms`
        : describe(err);
    const error = new RegistryError(RegistryErrorCode.UNAVAILABLE, this.options.registry, request.identifier, reason, {
      cause: err,
    });
    this.logger.warn(error.message);
    return error;
  }
}

function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = (err as Error & { cause?: unknown }).cause;
  return cause instanceof Error ? `${err.message} (${cause.message})` : err.message;
}
