import type Database from 'better-sqlite3';
import { getTableColumns, type Table } from 'drizzle-orm';

export type Statement = Database.Statement;

/**
 * Prepared statements of one connection, kept by their SQL text. For the hot
 * paths (the week board, a booking) building a query with drizzle costs more
 * than running it; a statement prepared once runs in microseconds.
 */
export function statementCache(sqlite: Database.Database): (source: string) => Statement {
  const cache = new Map<string, Statement>();
  return (source) => {
    let statement = cache.get(source);
    if (!statement) {
      statement = sqlite.prepare(source);
      cache.set(source, statement);
    }
    return statement;
  };
}

/**
 * "col_name AS "colName", …" for every column of a drizzle table, so a raw
 * statement answers rows shaped like drizzle's select() (booleans stay 0/1).
 */
export function columnsOf(table: Table, alias?: string): string {
  const prefix = alias ? `${alias}.` : '';
  return Object.entries(getTableColumns(table))
    .map(([key, column]) => `${prefix}"${column.name}" AS "${key}"`)
    .join(', ');
}

/** "?, ?, ?" for an IN list of `count` values (at least one, so the SQL stays valid). */
export function marks(count: number): string {
  return Array.from({ length: Math.max(1, count) }, () => '?').join(', ');
}
