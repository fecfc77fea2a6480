import { sql, type Column, type SQL } from 'drizzle-orm';

/**
 * Stored timestamps carry their UTC offset, so as text they do not sort by time
 * across the October clock change ("02:10+01:00" comes after "02:30+02:00").
 * SQLite's unixepoch() reads the offset: order and compare through it.
 */
export function chronological(column: Column): SQL<number> {
  return sql<number>`unixepoch(${column})`;
}
