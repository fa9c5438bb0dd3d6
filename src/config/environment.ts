import { plainToInstance, Transform } from 'class-transformer';
import {
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';

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

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

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
  JWT_SECRET?: string;

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

  get isProduction(): boolean {
    return this.NODE_ENV === NodeEnv.Production;
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
export const SECRET_VARIABLES: ReadonlySet<string> = new Set(['JWT_SECRET', 'DATABASE_URL', 'DATABASE_REPLICA_URLS', 'SMTP_URL']);

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
