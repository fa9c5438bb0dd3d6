import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { validateEnvironment } from './config/environment';
import { DatabaseEndpoint } from './database/database-endpoint';
import { buildDataSourceOptions } from './database/data-source-options';
import { ENTITIES } from './entities';

/**
 * The data source for the TypeORM CLI (`npm run typeorm -- ...`): DATABASE_URL when set,
 * otherwise the embedded database in DATA_DIR.
 */
async function createCliDataSource(): Promise<DataSource> {
  const env = validateEnvironment(process.env);
  const endpoint = await DatabaseEndpoint.fromEnvironment(env);
  return new DataSource(
    buildDataSourceOptions({ url: endpoint.url, embedded: endpoint.isEmbedded, applicationName: 'kk-cli', entities: ENTITIES }),
  );
}

export default createCliDataSource();
