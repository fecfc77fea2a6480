import type { attendanceMethods } from '../contract/attendance.js';
import { notFound } from '../api/domain-error.js';
import type { Handlers } from '../api/handler.js';
import { bookWalkIn } from '../schedule/index.js';
import { recordOutcome, undoArrival } from './arrivals.js';
import { dayAtTheDesk } from './day.js';
import { bookingFacts } from './queries.js';
import { attendanceSettingsHandlers } from './settings.js';
import { saveWorkRecord, workRecordHistory } from './work-records.js';

export const attendanceHandlers: Handlers<typeof attendanceMethods> = {
  'attendance.day': ({ date }, ctx) => dayAtTheDesk(ctx, date),

  'attendance.recordArrival': ({ bookingId, ...input }, ctx) => {
    const facts = bookingFacts(ctx, bookingId);
    if (!facts) throw notFound('bookingId');
    return recordOutcome(ctx, facts, input, { walkIn: false, field: 'bookingId' });
  },

  'attendance.recordNoShow': ({ bookingId }, ctx) => {
    const facts = bookingFacts(ctx, bookingId);
    if (!facts) throw notFound('bookingId');
    const noShow = { outcome: 'noShow' as const, time: null, fitness: [], sentAwayReason: null };
    return recordOutcome(ctx, facts, noShow, { walkIn: false, field: 'bookingId' });
  },

  'attendance.undoArrival': ({ arrivalId }, ctx) => undoArrival(ctx, arrivalId),

  'attendance.walkIn': ({ shift, clientId, overrideReason, ...input }, ctx) => {
    const booked = bookWalkIn(ctx, shift, clientId, overrideReason);
    const facts = bookingFacts(ctx, booked.bookingId);
    if (!facts) throw new Error('A booking just written is read back');
    const recorded = recordOutcome(ctx, facts, input, { walkIn: true, field: 'shift' });
    return {
      ...recorded,
      bookingId: booked.bookingId,
      shiftId: booked.shift.id,
      warnings: [...booked.warnings, ...recorded.warnings],
    };
  },

  'attendance.saveWorkRecord': (input, ctx) => saveWorkRecord(ctx, input),

  'attendance.workRecordHistory': ({ workRecordId }, ctx) => workRecordHistory(ctx, workRecordId),

  ...attendanceSettingsHandlers,
};
