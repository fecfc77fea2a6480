import type { arrivals, workRecords } from '../../db/schema/index.js';
import type { ArrivalView, FitnessAnswer, WorkRecordView } from '../contract/attendance.js';
import type { Ctx } from '../api/context.js';
import { workRecordLocked } from './lock.js';

export type ArrivalRow = typeof arrivals.$inferSelect;
export type WorkRecordRow = typeof workRecords.$inferSelect;

/** The stored JSON lists were written by this domain from checked input. */
function fitnessOf(json: string): FitnessAnswer[] {
  return JSON.parse(json) as FitnessAnswer[];
}

export function tasksOf(json: string): string[] {
  return (JSON.parse(json) as unknown[]).filter((t): t is string => typeof t === 'string');
}

export function arrivalView(row: ArrivalRow): ArrivalView {
  return {
    id: row.id,
    bookingId: row.bookingId,
    outcome: row.outcome,
    arrivedAt: row.arrivedAt,
    // The stored timestamp is the user's clock with its offset: its time part is the local time.
    arrivedTime: row.arrivedAt?.slice(11, 16) ?? null,
    late: row.late,
    walkIn: row.walkIn,
    fitness: fitnessOf(row.fitness),
    sentAwayReason: row.sentAwayReason,
    recordedAt: row.recordedAt,
    recordedBy: row.recordedBy,
  };
}

export function workRecordView(ctx: Ctx, row: WorkRecordRow): WorkRecordView {
  return {
    id: row.id,
    arrivalId: row.arrivalId,
    clientId: row.clientId,
    shiftId: row.shiftId,
    agreementId: row.agreementId,
    workDate: row.workDate,
    start: row.startTime,
    end: row.endTime,
    breakMinutes: row.breakMinutes,
    tasks: tasksOf(row.tasks),
    taskNote: row.taskNote,
    minutes: row.minutes,
    dayKind: row.dayKind,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
    locked: workRecordLocked(ctx, row.workDate),
  };
}
