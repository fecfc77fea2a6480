import { sql, type Placeholder, type SQL, type SQLWrapper } from 'drizzle-orm';

/**
 * "A dated period covers this day": suspensions, agreements, pay parameters,
 * shift patterns and (soon) holidays all run from a first day to a last day,
 * both included, and an open end (null) runs on. One definition, twice: as
 * SQL for queries and as a predicate for rows already read.
 */

export interface DatedPeriod {
  from: string;
  to: string | null;
}

/** True when `day` lies in the period (ISO dates compare as text). */
export function periodCovers(period: DatedPeriod, day: string): boolean {
  return period.from <= day && (period.to === null || period.to >= day);
}

/**
 * The same as SQL, on a row's first- and last-day columns. `day` is a value,
 * a column, or a placeholder of a prepared query.
 */
export function periodCoversSql(
  period: { from: SQLWrapper; to: SQLWrapper },
  day: string | Placeholder | SQLWrapper,
): SQL {
  return sql`(${period.from} <= ${day} AND (${period.to} IS NULL OR ${period.to} >= ${day}))`;
}
