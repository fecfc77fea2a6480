import { asc, eq } from 'drizzle-orm';
import { arrivals, clients, shifts, workRecordChanges, workRecords } from '../../db/schema/index.js';
import type { AttendanceSettings, WorkRecordView } from '../contract/attendance.js';
import { dateText, durationText, fullName } from '../contract/present.js';
import { spanMinutes, workedMinutes } from '../contract/shift-time.js';
import type { Ctx } from '../api/context.js';
import { DomainError, notFound } from '../api/domain-error.js';
import { validAgreementOn, youngOn } from '../agreements/index.js';
import { dayKindOf } from '../holidays/index.js';
import { assertShiftLength } from '../schedule/index.js';
import { requireDayOpen } from './lock.js';
import { tasksOf, workRecordView, type WorkRecordRow } from './rows.js';
import { loadAttendanceSettings } from './settings.js';

export interface WorkRecordInput {
  arrivalId: number;
  start: string;
  end: string;
  breakMinutes: number;
  tasks: string[];
  taskNote: string | null;
  reason: string | null;
}

function loadArrival(ctx: Ctx, arrivalId: number) {
  const found = ctx.db
    .select({
      arrival: arrivals,
      date: shifts.date,
      firstName: clients.firstName,
      lastName: clients.lastName,
      birthDate: clients.birthDate,
      record: workRecords,
    })
    .from(arrivals)
    .innerJoin(shifts, eq(shifts.id, arrivals.shiftId))
    .innerJoin(clients, eq(clients.id, arrivals.clientId))
    .leftJoin(workRecords, eq(workRecords.arrivalId, arrivals.id))
    .where(eq(arrivals.id, arrivalId))
    .get();
  if (!found) throw notFound('arrivalId');
  return found;
}

type ArrivalFacts = ReturnType<typeof loadArrival>;

/**
 * Picked tasks come from the setting's list, in either language; a task the
 * record already had stays even if the list changed since. Under the adult
 * age only the tasks allowed for young employees may be picked.
 */
function assertTasks(ctx: Ctx, facts: ArrivalFacts, tasks: readonly string[], settings: AttendanceSettings): void {
  const kept = new Set(facts.record ? tasksOf(facts.record.tasks) : []);
  const adultAge = youngOn(ctx, facts.birthDate, facts.date);
  tasks.forEach((task, i) => {
    const listed = settings.tasks.find((t) => t.cs === task || t.en === task);
    if (!listed && !kept.has(task)) throw new DomainError('attendance.unknownTask', { task }, `tasks.${i}`);
    if (adultAge !== null && !listed?.young) {
      throw new DomainError('attendance.youngTask', { name: fullName(facts), age: adultAge, task }, `tasks.${i}`);
    }
  });
}

/** Worked minutes as the rule counts them; breaks shorter than the span. */
function recordedMinutes(ctx: Ctx, input: WorkRecordInput, settings: AttendanceSettings): number {
  const minutes = workedMinutes(input.start, input.end, input.breakMinutes, settings.roundingMinutes);
  if (minutes === null) {
    const span = spanMinutes(input.start, input.end);
    throw new DomainError(
      'attendance.breakTooLong',
      { breaks: durationText(ctx.locale, input.breakMinutes), span: durationText(ctx.locale, span) },
      'breakMinutes',
    );
  }
  return minutes;
}

/** What an audited change compares: the record as the coordinator wrote it and what it came to. */
function changedFields(
  row: Pick<WorkRecordRow, 'startTime' | 'endTime' | 'breakMinutes' | 'tasks' | 'taskNote' | 'minutes'>,
) {
  return {
    start: row.startTime,
    end: row.endTime,
    breakMinutes: row.breakMinutes,
    tasks: tasksOf(row.tasks),
    taskNote: row.taskNote,
    minutes: row.minutes,
  };
}

/** A change after the record's day needs a reason, kept with the change; null when none is asked. */
function reasonForChange(ctx: Ctx, date: string, existing: boolean, reason: string | null): string | null {
  if (!existing || ctx.today() <= date) return null;
  if (reason === null)
    throw new DomainError('attendance.reasonRequired', { date: dateText(ctx.locale, date) }, 'reason');
  return reason;
}

export function saveWorkRecord(ctx: Ctx, input: WorkRecordInput): WorkRecordView {
  const facts = loadArrival(ctx, input.arrivalId);
  const { arrival, date, record } = facts;
  if (arrival.outcome !== 'admitted') throw new DomainError('attendance.notAdmitted', {}, 'arrivalId');
  requireDayOpen(ctx, date, 'arrivalId');
  const changeReason = reasonForChange(ctx, date, record !== null, input.reason);
  const settings = loadAttendanceSettings(ctx);
  const minutes = recordedMinutes(ctx, input, settings);
  assertShiftLength(ctx, date, input.start, input.end, 'end');
  assertTasks(ctx, facts, input.tasks, settings);
  const agreement = validAgreementOn(ctx.db, arrival.clientId, date);
  if (!agreement) {
    throw new DomainError(
      'attendance.noAgreement',
      { name: fullName(facts), date: dateText(ctx.locale, date), clientId: arrival.clientId },
      'arrivalId',
    );
  }
  const values = {
    agreementId: agreement.id,
    startTime: input.start,
    endTime: input.end,
    breakMinutes: input.breakMinutes,
    tasks: JSON.stringify(input.tasks),
    taskNote: input.taskNote,
    minutes,
    dayKind: dayKindOf(ctx, date),
    updatedAt: ctx.timestamp(),
    updatedBy: ctx.actor,
  };
  let row: WorkRecordRow;
  if (record) {
    row = ctx.db.update(workRecords).set(values).where(eq(workRecords.id, record.id)).returning().get();
  } else {
    row = ctx.db
      .insert(workRecords)
      .values({
        ...values,
        arrivalId: arrival.id,
        clientId: arrival.clientId,
        shiftId: arrival.shiftId,
        workDate: date,
        createdAt: ctx.timestamp(),
        createdBy: ctx.actor,
      })
      .returning()
      .get();
  }
  const before = record ? changedFields(record) : null;
  const after = changedFields(row);
  if (changeReason !== null) {
    ctx.db
      .insert(workRecordChanges)
      .values({
        workRecordId: row.id,
        reason: changeReason,
        before: JSON.stringify(before),
        after: JSON.stringify(after),
        changedAt: ctx.timestamp(),
        changedBy: ctx.actor,
      })
      .run();
  }
  ctx.audit({
    entity: 'workRecord',
    entityId: row.id,
    detail: { arrivalId: arrival.id, reason: input.reason },
  });
  return workRecordView(ctx, row);
}

export function workRecordHistory(ctx: Ctx, workRecordId: number) {
  const record = ctx.db.select({ id: workRecords.id }).from(workRecords).where(eq(workRecords.id, workRecordId)).get();
  if (!record) throw notFound('workRecordId');
  return ctx.db
    .select()
    .from(workRecordChanges)
    .where(eq(workRecordChanges.workRecordId, workRecordId))
    .orderBy(asc(workRecordChanges.id))
    .all()
    .map((c) => ({
      id: c.id,
      reason: c.reason,
      before: JSON.parse(c.before) as Record<string, unknown>,
      after: JSON.parse(c.after) as Record<string, unknown>,
      changedAt: c.changedAt,
      changedBy: c.changedBy,
    }));
}
