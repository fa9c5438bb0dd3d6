import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsUrl,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';
import { IsUnpredictableSecret } from './secret-strength';
import { IsTrustProxy, parseTrustProxy, type TrustProxy } from './trust-proxy';

export enum NodeEnv {
  Development = 'development',
  Production = 'production',
  Test = 'test',
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
const emptyToUndefined = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
const trailingSlashOff = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().replace(/\/+$/, '') : value;
// Loopback and intranet hosts are fine (tests run stand-ins on 127.0.0.1).
const HTTP_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

/**
 * Every environment variable the service reads, validated once at boot.
 * A bad value stops start-up with a message naming the variable.
 */
export class Environment {
  @IsEnum(NodeEnv)
  NODE_ENV: NodeEnv = NodeEnv.Development;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  /** Comma-separated postgres:// URLs of read replicas (optional). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+(,postgres(ql)?:\/\/\S+)*$/, {
    message: 'DATABASE_REPLICA_URLS must be a comma-separated list of postgres:// URLs',
  })
  DATABASE_REPLICA_URLS?: string;

  /**
   * After a signed-in person writes, her reads go to the primary for this long, so she sees
   * her own change although the replicas may lag (only with DATABASE_REPLICA_URLS).
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(600_000)
  DATABASE_READ_YOUR_WRITES_MS = 5_000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  /** Redis shared by all instances: rate-limit counters and the read-your-writes marks. Unset: in memory. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /** Prefix of every key the app writes in Redis, so several deployments can share one server. */
  @IsString()
  @Matches(/^[A-Za-z0-9:_-]{1,40}$/, { message: 'REDIS_PREFIX must be 1-40 letters, digits, ":", "_" or "-"' })
  REDIS_PREFIX = 'kk:';

  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  DATABASE_STATEMENT_TIMEOUT_MS = 15_000;

  /** A request still unanswered after this long gets a 503; keep it above the statement timeout. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  REQUEST_TIMEOUT_MS = 30_000;

  @IsString()
  @MinLength(1)
  DATA_DIR = './data';

  @Transform(emptyToUndefined)
  @ValidateIf((env: Environment) => env.NODE_ENV === NodeEnv.Production || env.JWT_SECRET !== undefined)
  @IsString({ message: 'JWT_SECRET is required when NODE_ENV=production' })
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  @IsUnpredictableSecret({
    message: 'JWT_SECRET is too predictable (a repeated, keyboard or dictionary pattern); use a random key, e.g. `openssl rand -hex 32`',
  })
  JWT_SECRET?: string;

  /**
   * Which proxies in front may name the client in X-Forwarded-For: a hop count or their
   * addresses (see trust-proxy.ts). Off by default, so a client cannot pick its own address
   * and with it its own rate-limit bucket.
   */
  @Transform(({ value }: { value: unknown }) => parseTrustProxy(value) ?? value)
  @IsTrustProxy({
    message: 'TRUST_PROXY must be false, a hop count (e.g. 1) or a comma-separated list of proxy addresses or CIDR ranges',
  })
  TRUST_PROXY: TrustProxy = false;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  @MaxLength(200)
  MAIL_FROM = 'Kompetansekatalogen <noreply@kompetansekatalogen.no>';

  /** Public base URL used in links in outgoing mail. */
  @IsString()
  PUBLIC_URL = 'http://localhost:3000';

  @Transform(({ value }: { value: unknown }) => (value === undefined ? undefined : value === 'true'))
  @IsOptional()
  GRAPHQL_INTROSPECTION?: boolean;

  /** S3-compatible object storage for portraits (MinIO, AWS S3, ...); unset: a folder under DATA_DIR. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'S3_ENDPOINT must be an http:// or https:// URL' })
  S3_ENDPOINT?: string;

  /** Required once any S3_* setting is given. */
  @Transform(emptyToUndefined)
  @ValidateIf((env: Environment) => env.usesObjectStorage)
  @IsString({ message: 'S3_BUCKET is required when S3_* settings are given' })
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'S3_BUCKET must be a valid bucket name' })
  S3_BUCKET?: string;

  @IsString()
  @MinLength(1)
  S3_REGION = 'us-east-1';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  /** Path-style addressing (http://host/bucket/key), which MinIO and most self-hosted stores want. */
  @Transform(({ value }: { value: unknown }) => (value === undefined || value === '' ? true : value === 'true'))
  S3_FORCE_PATH_STYLE = true;
  /** `false`: the app does not run jobs itself (run `npm run jobs -- --run-due` from cron instead). */
  @Transform(({ value }: { value: unknown }) => ({ true: true, false: false })[String(value)] ?? value)
  @IsBoolean({ message: 'JOBS_WORKER must be true or false' })
  JOBS_WORKER = true;

  /** How often the app's job worker looks for due jobs. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  JOBS_POLL_SECONDS = 5;

  /** Retries of a failed job (a mail) before it stays `failed`. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(50)
  JOBS_RETRY_LIMIT = 5;

  /** First retry delay; each further retry waits about twice as long. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86_400)
  JOBS_RETRY_DELAY_SECONDS = 60;

  /**
   * A job still running after this long is taken to have died with its process and is retried.
   * Keep it well above the longest send (SMTP timeouts): a job retried while it still runs
   * would send its mail twice.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86_400)
  JOBS_EXPIRE_SECONDS = 900;

  /** ORCID's public API, version 3.0. */
  @Transform(trailingSlashOff)
  @IsUrl(HTTP_URL, { message: 'ORCID_API_URL must be an http(s) URL' })
  ORCID_API_URL = 'https://pub.orcid.org/v3.0';

  /** NVA (Nasjonalt vitenarkiv) public REST API. */
  @Transform(trailingSlashOff)
  @IsUrl(HTTP_URL, { message: 'NVA_API_URL must be an http(s) URL' })
  NVA_API_URL = 'https://api.nva.unit.no';

  /** How long to wait for a registry (ORCID, NVA) to answer before telling the user it is unavailable. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60_000)
  REGISTRY_TIMEOUT_MS = 10_000;

  get isProduction(): boolean {
    return this.NODE_ENV === NodeEnv.Production;
  }

  get usesObjectStorage(): boolean {
    return [this.S3_ENDPOINT, this.S3_BUCKET, this.S3_ACCESS_KEY_ID, this.S3_SECRET_ACCESS_KEY].some((v) => v !== undefined);
  }

  /** Introspection, GraphiQL and "Did you mean" hints: outside production unless GRAPHQL_INTROSPECTION says otherwise. */
  get exposesSchema(): boolean {
    return this.GRAPHQL_INTROSPECTION ?? !this.isProduction;
  }

  get usesEmbeddedDatabase(): boolean {
    return !this.DATABASE_URL;
  }
}

export class EnvironmentError extends Error {}

/**
 * Variables whose value holds a credential (the signing key; passwords inside connection
 * URLs): a refusal names them and the rule, never the value, since start-up output ends up
 * in terminals, CI logs and log collectors.
 */
export const SECRET_VARIABLES: ReadonlySet<string> = new Set(['JWT_SECRET', 'DATABASE_URL', 'DATABASE_REPLICA_URLS', 'SMTP_URL', 'REDIS_URL']);

const shownValue = (variable: string, value: unknown): string =>
  SECRET_VARIABLES.has(variable) ? '(value not shown: secret)' : `(got ${JSON.stringify(value)})`;

export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const env = plainToInstance(Environment, raw, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, forbidUnknownValues: false });
  if (errors.length > 0) {
    const lines = errors.map(
      (e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')} ${shownValue(e.property, e.value)}`,
    );
    throw new EnvironmentError(`Invalid environment:\n${lines.join('\n')}`);
  }
  return env;
}
