import type { Shape } from '../shape.js';
import type { csAttendance } from '../cs/attendance.js';

/** English texts of the shift day: arrival, fitness check, work record. */
export const enAttendance: Shape<typeof csAttendance> = {
  errors: {
    noAgreement:
      '{{name}} has no valid signed agreement (DPČ) on {{date}}, so cannot start paid work. Open the client’s agreement.',
    unfit:
      'The fitness-to-work check failed (“{{item}}”: no). The client cannot be admitted; choose “Sent away” and give a reason.',
    fitnessIncomplete_one: 'The fitness check has {{count}} item: answer it.',
    fitnessIncomplete_other: 'The fitness check has {{count}} items: answer all of them.',
    lateSendAway:
      '{{name}} came late ({{time}}, the shift started at {{start}}). The settings do not admit late arrivals: choose “Sent away”.',
    bookingNotStanding: 'This booking no longer stands (cancelled or moved), so no arrival can be recorded for it.',
    shiftCancelled: 'The shift {{shift}} is cancelled; no arrival can be recorded for it.',
    futureDay: 'The shift {{shift}} is still to come. Arrivals are recorded on the shift’s day or later.',
    futureTime: 'The arrival time {{time}} has not come yet.',
    timeRequired: 'An arrival on another day than today needs its time.',
    alreadyRecorded:
      'The arrival of {{name}} for the shift {{shift}} is already recorded. A mistake can be undone on the day.',
    undoOnlyOnDay:
      'An arrival can be undone only on the shift’s day ({{date}}). Later, correct the work record with a reason.',
    notAdmitted: 'A work record is written only for a client admitted to the shift.',
    breakTooLong: 'Breaks ({{breaks}}) must be shorter than the time from start to end ({{span}}).',
    reasonRequired: 'The work record of {{date}} is changed after the shift’s day: give the reason for the change.',
    locked: '{{date}} belongs to the closed pay month {{month}}; its attendance and work records can no longer change.',
    unknownTask:
      'The task “{{task}}” is not in the task list (Settings → Arrivals). Pick from the list or describe it in the note.',
    youngTask:
      '{{name}} is under {{age}} on the shift’s day: the task “{{task}}” is not among the tasks allowed for young employees (Settings → Arrivals).',
  },
  warnings: {
    lateAdmitted: '{{name}} came late ({{time}}, the shift started at {{start}}); the settings admit late arrivals.',
    youngEmployee:
      '{{name}} is under {{age}} on the shift’s day: only tasks allowed for young employees (Labour Code §§ 243–247).',
  },
  settingName: 'Arrivals and work records',
  validation: {
    tooMany: 'Too many items.',
  },
  fields: {
    outcome: 'Outcome',
    time: 'Arrival time',
    fitness: 'Fitness-to-work check',
    ok: 'Answer',
    label: 'Check item',
    sentAwayReason: 'Reason for sending away',
    arrivalId: 'Arrival',
    workRecordId: 'Work record',
    breakMinutes: 'Breaks (minutes)',
    tasks: 'Work done',
    taskNote: 'Other work (note)',
    fitnessItems: 'Fitness check items',
    lateGraceMinutes: 'Late after (minutes from the start)',
    latePolicy: 'Late arrival',
    roundingMinutes: 'Rounding of worked time',
    young: 'Allowed for young employees',
  },
};
