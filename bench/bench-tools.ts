import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { DataSource, Logger } from 'typeorm';

export interface Statement {
  sql: string;
  params: unknown[];
}

/** One client with one kept-alive connection, as a browser tab would use. */
export class GraphQLClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });

  constructor(private readonly port: number) {}

  /** POSTs a GraphQL body and returns the parsed answer; any error in it is thrown. */
  post(body: string): Promise<Record<string, any>> {
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: this.port,
          path: '/graphql',
          method: 'POST',
          agent: this.agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            try {
              const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, any>;
              if (res.statusCode !== 200 || answer.errors) {
                reject(new Error(`GraphQL answered ${res.statusCode}: ${JSON.stringify(answer.errors ?? answer)}`));
              } else {
                resolve(answer);
              }
            } catch (err) {
              reject(err as Error);
            }
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Records the SQL statements, with their parameters, that TypeORM sends while `work` runs. */
export async function recordStatements<T>(
  dataSource: DataSource,
  work: () => Promise<T>,
): Promise<{ result: T; statements: Statement[] }> {
  const statements: Statement[] = [];
  const original = dataSource.logger;
  const recorder: Logger = {
    logQuery: (sql, parameters, runner) => {
      statements.push({ sql, params: Array.isArray(parameters) ? parameters : [] });
      original.logQuery(sql, parameters, runner);
    },
    logQueryError: (...args) => original.logQueryError(...args),
    logQuerySlow: (...args) => original.logQuerySlow(...args),
    logSchemaBuild: (...args) => original.logSchemaBuild(...args),
    logMigration: (...args) => original.logMigration(...args),
    log: (...args) => original.log(...args),
  };
  Object.assign(dataSource, { logger: recorder });
  try {
    const result = await work();
    return { result, statements };
  } finally {
    Object.assign(dataSource, { logger: original });
  }
}

export function sameStatement(a: Statement, b: Statement): boolean {
  return a.sql === b.sql && JSON.stringify(a.params) === JSON.stringify(b.params);
}

/** Milliseconds `work` took. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Nearest-rank percentile of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const ms = (value: number): string => (value < 10 ? value.toFixed(2) : value.toFixed(1));

export const thousands = (n: number): string => n.toLocaleString('en-US');

export const loadAverage = (values: number[]): string => values.map((v) => v.toFixed(2)).join(' / ');

export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
