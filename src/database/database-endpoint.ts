import { Logger } from '@nestjs/common';
import { Environment } from '../config/environment';
import { EmbeddedDatabase, findRunningEmbeddedServer } from './embedded-database';

/** Where the app's database is: a real PostgreSQL, or the embedded one it started itself. */
export class DatabaseEndpoint {
  constructor(
    readonly url: string,
    readonly embedded: EmbeddedDatabase | null,
    readonly replicaUrls: string[] = [],
    /** The embedded database of another process (the running app), reached over its socket. */
    private readonly sharedEmbedded = false,
  ) {}

  get isEmbedded(): boolean {
    return this.embedded !== null || this.sharedEmbedded;
  }

  static async fromEnvironment(env: Environment): Promise<DatabaseEndpoint> {
    if (env.DATABASE_URL) {
      const replicas = env.DATABASE_REPLICA_URLS?.split(',').map((u) => u.trim()) ?? [];
      return new DatabaseEndpoint(env.DATABASE_URL, null, replicas);
    }
    const running = await findRunningEmbeddedServer(env.DATA_DIR);
    if (running) {
      new Logger('EmbeddedDatabase').log(`Using the embedded database served by process ${running.pid} (data in ${env.DATA_DIR})`);
      return new DatabaseEndpoint(running.url, null, [], true);
    }
    const started = Date.now();
    const embedded = await EmbeddedDatabase.start({ dataDir: env.DATA_DIR });
    new Logger('EmbeddedDatabase').log(
      `Embedded PostgreSQL (PGlite) ready in ${Date.now() - started} ms, data in ${env.DATA_DIR}`,
    );
    return new DatabaseEndpoint(embedded.url, embedded);
  }
}
