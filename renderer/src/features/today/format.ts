import type { AttendanceSettings, DayClientView, DayShiftView } from '@contract/attendance.js';

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

/** 'HH:MM' ↔ minutes since midnight, for the hint of minutes worked while typing. */
function minuteOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function timeOf(minutes: number): string {
  const bounded = Math.max(0, Math.min(minutes, 23 * 60 + 59));
  return `${String(Math.floor(bounded / 60)).padStart(2, '0')}:${String(bounded % 60).padStart(2, '0')}`;
}

/** End − start − breaks as typed, or null while the fields do not make a span (the server decides and rounds). */
export function spanMinutes(start: string, end: string, breaks: number | string): number | null {
  const valid = /^\d{2}:\d{2}$/;
  if (!valid.test(start) || !valid.test(end) || typeof breaks !== 'number') return null;
  const span = minuteOf(end) - minuteOf(start) - breaks;
  return span > 0 ? span : null;
}

/** The last minute that is not late yet: the shift's start plus the setting's grace. */
export function lateAfter(start: string, graceMinutes: number): string {
  return timeOf(minuteOf(start) + graceMinutes);
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
