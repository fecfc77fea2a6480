import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { AppDb } from '../../db/open.js';

/**
 * Queries prepared once per connection. On the hot paths (the week board, a
 * booking, the waiting list) building a drizzle query costs more than running
 * it; a query built and prepared once, with `sql.placeholder` for its values,
 * runs at nearly the speed of the bare statement and still answers typed rows.
 * Keyed by the drizzle handle, so a second database gets its own statements.
 */
export function preparedPerConnection<T>(build: (db: AppDb) => T): (db: AppDb) => T {
  const cache = new WeakMap<AppDb, T>();
  return (db) => {
    let prepared = cache.get(db);
    if (prepared === undefined) {
      prepared = build(db);
      cache.set(db, prepared);
    }
    return prepared;
  };
}

/**
 * `column IN (…)` for a list of any length bound as one JSON array (see
 * `jsonList`), so one prepared query serves every length.
 */
export function inJsonList(column: SQLWrapper, placeholder: string): SQL {
  return sql`${column} IN (SELECT value FROM json_each(${sql.placeholder(placeholder)}))`;
}

export function jsonList(values: readonly (number | string)[]): string {
  return JSON.stringify(values);
}

/**
 * A query over a list of ids, prepared twice: with `= ?` for one id (a
 * booking asks about one client, and SQLite runs that as a plain lookup) and
 * with a JSON list for more. Answers the query to run and the value for its
 * `ids` placeholder.
 */
export function preparedForIds<Q>(build: (db: AppDb, idIn: (column: SQLWrapper) => SQL) => Q) {
  const one = preparedPerConnection((db) => build(db, (column) => sql`${column} = ${sql.placeholder('ids')}`));
  const many = preparedPerConnection((db) => build(db, (column) => inJsonList(column, 'ids')));
  return (db: AppDb, ids: readonly number[]): { query: Q; ids: number | string } =>
    ids.length === 1 ? { query: one(db), ids: ids[0] as number } : { query: many(db), ids: jsonList(ids) };
}

/**
 * A fixed text written into the SQL rather than bound, as in
 * `eq(bookings.status, constant('booked'))`. SQLite uses a partial index
 * (`WHERE status = 'booked'`) only when the query states the same literal,
 * and plans OR terms over literals better: a bound 'booked' made the notices
 * query three times slower.
 */
export function constant(text: string): SQL {
  return sql.raw(`'${text.replaceAll("'", "''")}'`);
}
