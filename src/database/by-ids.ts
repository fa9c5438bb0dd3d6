import type { ObjectLiteral, Repository } from 'typeorm';

const statements = new WeakMap<object, string>();

/**
 * Rows by primary key in one plain statement, hydrated as TypeORM would (column transformers
 * and type conversion included). For the per-request DataLoaders: `findBy({ id: In(ids) })`
 * builds the same SQL through the query builder on every call, which costs more than the query.
 */
export async function findByIds<T extends ObjectLiteral>(repository: Repository<T>, ids: readonly string[]): Promise<T[]> {
  if (ids.length === 0) return [];
  const metadata = repository.metadata;
  let sql = statements.get(metadata);
  if (!sql) {
    const columns = metadata.columns.map((c) => `"${c.databaseName}"`).join(', ');
    const [primary] = metadata.primaryColumns;
    sql = `SELECT ${columns} FROM ${metadata.tablePath.split('.').map((p) => `"${p}"`).join('.')} WHERE "${primary.databaseName}" = ANY($1::uuid[])`;
    statements.set(metadata, sql);
  }
  const rows: Record<string, unknown>[] = await repository.query(sql, [[...new Set(ids)]]);
  const driver = repository.manager.connection.driver;
  return rows.map((row) => {
    const entity = metadata.create() as T;
    for (const column of metadata.columns) {
      column.setEntityValue(entity, driver.prepareHydratedValue(row[column.databaseName], column));
    }
    return entity;
  });
}

