/**
 * The rows of a `RETURNING` clause from `DataSource.query`: TypeORM's PostgreSQL driver
 * answers an UPDATE or DELETE with `[rows, affected]` and an INSERT with the rows.
 */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return Array.isArray(result) ? (result as T[]) : [];
}
