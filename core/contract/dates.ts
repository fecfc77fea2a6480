/**
 * Calendar helpers on ISO local dates (YYYY-MM-DD), which involve no time zone,
 * and the few that meet the clock: timestamps carry their UTC offset, because
 * in October the local hour 02:00–03:00 happens twice.
 */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(value: string): boolean {
  const m = isoDatePattern.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function toUtc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const date = toUtc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** The local calendar date of a moment, as the user's clock shows it. */
export function localIsoDate(moment: Date): string {
  const y = moment.getFullYear();
  const m = String(moment.getMonth() + 1).padStart(2, '0');
  const d = String(moment.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * A moment as the user's clock shows it, to the second, with that clock's UTC
 * offset: 2026-10-25T02:30:00+02:00 and 2026-10-25T02:30:00+01:00 are an hour
 * apart. Compare timestamps with `instantOf`, never as text.
 */
export function timestampOf(moment: Date): string {
  const t = [moment.getHours(), moment.getMinutes(), moment.getSeconds()].map(pad2).join(':');
  const east = -moment.getTimezoneOffset();
  const offset = `${east < 0 ? '-' : '+'}${pad2(Math.floor(Math.abs(east) / 60))}:${pad2(Math.abs(east) % 60)}`;
  return `${localIsoDate(moment)}T${t}${offset}`;
}

const timestampPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

/** The moment a stored timestamp names, the same on every machine; a text without its offset is refused. */
export function instantOf(timestamp: string): Date {
  const moment = new Date(timestamp);
  if (!timestampPattern.test(timestamp) || Number.isNaN(moment.getTime())) {
    throw new RangeError(`Not a timestamp with a UTC offset: ${timestamp}`);
  }
  return moment;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function isoWeekday(iso: string): number {
  const day = toUtc(iso).getUTCDay();
  return day === 0 ? 7 : day;
}

/** ISO week of a date as { year, week }. */
export function isoWeekOf(iso: string): { year: number; week: number } {
  const date = toUtc(iso);
  date.setUTCDate(date.getUTCDate() + 4 - isoWeekday(iso));
  const year = date.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.floor((date.getTime() - jan1) / 86_400_000 / 7) + 1;
  return { year, week };
}

/** The Monday of an ISO week. */
export function mondayOfIsoWeek(year: number, week: number): string {
  const jan4 = fromUtc(new Date(Date.UTC(year, 0, 4)));
  return addDays(jan4, (week - 1) * 7 - (isoWeekday(jan4) - 1));
}

/** Age in whole years on a given day. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** 52 or 53: the ISO week of 28 December is always the year's last. */
export function isoWeeksInYear(year: number): number {
  return isoWeekOf(`${String(year).padStart(4, '0')}-12-28`).week;
}

/** The ISO week `delta` weeks after (or before) the given one. */
export function addIsoWeeks(year: number, week: number, delta: number): { year: number; week: number } {
  return isoWeekOf(addDays(mondayOfIsoWeek(year, week), delta * 7));
}

/**
 * The moment a local date and wall-clock time (HH:MM) names on this machine's
 * clock, e.g. a shift's start. In the repeated October hour it is the first
 * of the two.
 */
export function localMoment(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(y, m - 1, d, hh, mm);
}
