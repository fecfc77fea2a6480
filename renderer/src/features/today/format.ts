import type { AttendanceSettings, DayClientView, DayShiftView } from '@contract/attendance.js';
import { isLateArrival, workedMinutes } from '@contract/shift-time.js';

type Task = AttendanceSettings['tasks'][number];

/** A text of the settings in the language the screen is read in. */
export function inLanguage(lang: string, text: { cs: string; en: string }): string {
  return lang === 'en' ? text.en : text.cs;
}

/** The tasks a client may be recorded with: all, or under 18 only those the setting allows. */
export function tasksFor(settings: AttendanceSettings, underAge: boolean): Task[] {
  return underAge ? settings.tasks.filter((task) => task.young) : settings.tasks;
}

/** The allowed tasks by name, for the hint beside a client under 18. */
export function taskNames(lang: string, settings: AttendanceSettings, underAge: boolean): string {
  return tasksFor(settings, underAge)
    .map((task) => inLanguage(lang, task))
    .join(', ');
}

/**
 * The minutes the server will store for the record as typed (the same rule,
 * rounding included), or null while the fields do not make a span yet.
 */
export function typedMinutes(start: string, end: string, breaks: number | string, roundingStep: number): number | null {
  const valid = /^\d{2}:\d{2}$/;
  if (!valid.test(start) || !valid.test(end) || typeof breaks !== 'number') return null;
  return workedMinutes(start, end, breaks, roundingStep);
}

/** Whether a typed arrival time is late by the rule the server applies. */
export function typedLate(shiftStart: string, time: string, graceMinutes: number): boolean {
  return /^\d{2}:\d{2}$/.test(time) && isLateArrival(shiftStart, time, graceMinutes);
}

/** The clock on this computer, for the arrival time offered on the day itself. */
export function timeNow(): string {
  const now = new Date();
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}

/** The usual work record: the shift's times, from the arrival time for a client admitted late. */
export function usualWork(shift: DayShiftView, client: DayClientView): { start: string; end: string } {
  const arrived = client.arrival?.late ? client.arrival.arrivedTime : null;
  const start = arrived !== null && arrived > shift.start && arrived < shift.end ? arrived : shift.start;
  return { start, end: shift.end };
}

/** The shift's own task, when the pick list has it, as the usual work done. */
export function usualTasks(lang: string, shift: DayShiftView, allowed: Task[]): string[] {
  const task = shift.task?.trim().toLowerCase();
  const match = allowed.find((t) => t.cs.toLowerCase() === task || t.en.toLowerCase() === task);
  return match ? [inLanguage(lang, match)] : [];
}
