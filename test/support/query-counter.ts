import type { DataSource, Logger } from 'typeorm';

/** Counts SQL statements sent through TypeORM, to show that nested reads are batched. */
export class QueryCounter {
  private statements: string[] = [];
  private counting = false;

  constructor(dataSource: DataSource) {
    const original = dataSource.logger;
    const counter: Logger = {
      logQuery: (query, parameters, runner) => {
        if (this.counting) this.statements.push(query);
        original.logQuery(query, parameters, runner);
      },
      logQueryError: (...args) => original.logQueryError(...args),
      logQuerySlow: (...args) => original.logQuerySlow(...args),
      logSchemaBuild: (...args) => original.logSchemaBuild(...args),
      logMigration: (...args) => original.logMigration(...args),
      log: (...args) => original.log(...args),
    };
    Object.assign(dataSource, { logger: counter });
  }

  async count<T>(work: () => Promise<T>): Promise<{ result: T; queries: string[] }> {
    this.statements = [];
    this.counting = true;
    try {
      const result = await work();
      return { result, queries: [...this.statements] };
    } finally {
      this.counting = false;
    }
  }
}
