import type { scheduleMethods } from '../contract/schedule.js';
import type { Handlers } from '../api/handler.js';
import { loadWeek } from './board.js';
import { bookingHandlers } from './bookings.js';
import { dayListJob, weekSheetJob } from './documents/data.js';
import { clientHistory } from './history.js';
import { patternHandlers } from './patterns.js';
import { releasableBookings } from './release.js';
import { loadClientFacts } from './rules.js';
import { scheduleSettingsHandlers } from './settings.js';
import { shiftHandlers } from './shift-handlers.js';
import { standingHandlers } from './standing-handlers.js';
import { waitingHandlers } from './waiting-handlers.js';

/** The sign-up sheet's use cases: the week board, bookings, waiting lists, shifts, patterns, printing. */
export const scheduleHandlers: Handlers<typeof scheduleMethods> = {
  'schedule.week': ({ year, week }, ctx) => loadWeek(ctx, year, week),
  ...bookingHandlers,
  'schedule.releasePreview': ({ clientId, fromDate, toDate }, ctx) => {
    loadClientFacts(ctx, clientId);
    return releasableBookings(ctx, clientId, { from: fromDate ?? ctx.today(), to: toDate });
  },
  'schedule.clientHistory': ({ clientId }, ctx) => clientHistory(ctx, clientId),
  ...waitingHandlers,
  ...shiftHandlers,
  ...patternHandlers,
  ...scheduleSettingsHandlers,
  ...standingHandlers,
  'schedule.printWeek': ({ year, week, lang }, ctx) => weekSheetJob(ctx, year, week, lang ?? ctx.locale),
  'schedule.printDay': ({ date, lang }, ctx) => dayListJob(ctx, date, lang ?? ctx.locale),
};
