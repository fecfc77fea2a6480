import { addDays, daysBetween, isoWeekday } from '../contract/dates.js';
import type { ScheduleSettings } from '../contract/schedule.js';
import type { WaitingView } from '../contract/schedule-views.js';
import type { Ctx } from '../api/context.js';
import { holidayOn } from '../holidays/index.js';
import { scheduleNoticeDaysOn } from '../settings/index.js';
import { agreementAverageOn, agreementsOn, type AgreementSpan } from './average-check.js';
import type { NoShowBlock } from './no-show-rule.js';
import { noShowBlocks } from './no-shows.js';
import { standingBetween, suspensionsOn, type PersonRow } from './queries.js';
import { closedBecause, mondayOf, shiftMinutes, type ShiftRow } from './shifts.js';
import { overAverage } from './weekly-average.js';

/**
 * Sign-up eligibility, the one home of "may this client be put on this
 * shift": booking, moving, restoring a booking or a shift, joining the waiting
 * list, its ranking and moving up from it all ask here. It answers for many
 * clients at once, in a fixed number of reads, so the board stays fast.
 * Whether a place is free is the shift's, not the client's, and stays with
 * the callers.
 */

export interface ClientFacts extends PersonRow {
  active: boolean;
}

/** What refuses a sign-up whatever reason is given, in the order the rules are checked. */
export type SignUpBlock =
  | { rule: 'shiftStarted' }
  | { rule: 'shiftCancelled' }
  | { rule: 'notOpenYet'; opensOn: string }
  | { rule: 'holidayClosed'; holiday: string }
  | { rule: 'clientInactive' }
  | { rule: 'suspended'; from: string; to: string | null }
  | { rule: 'alreadyBooked' };

/**
 * The weekly limit reached: the client's standing bookings that week already
 * number `limit` or more. A written reason lets a sign-up past it.
 */
export interface WeeklyLimitReached {
  limit: number;
  shifts: { date: string; startTime: string }[];
}

/** What is allowed but worth saying. */
export type SignUpWarning =
  | { rule: 'noParameters' }
  | { rule: 'shortNotice'; noticeDays: number }
  | { rule: 'noAgreement' }
  | OverAverage
  | DayPremium;

/**
 * The shift's planned minutes would put the agreement's running weekly
 * average over the legal limit (Labour Code § 76, see weekly-average.ts).
 */
export interface OverAverage {
  rule: 'overAverage';
  /** The running average with the shift counted, in minutes a week (rounded down). */
  averageMinutes: number;
  limitMinutes: number;
  periodFrom: string;
  periodTo: string;
}

/** Work on this day earns a premium: a public holiday (Labour Code § 115) or a Saturday or Sunday (§ 118). */
export type DayPremium = { rule: 'holiday'; holiday: string } | { rule: 'weekend' };

/** The premium a day's work earns, if any; a holiday on a weekend is said once, as the holiday. */
export function dayPremium(ctx: Ctx, day: string): DayPremium | null {
  const holiday = holidayOn(ctx, day);
  if (holiday) return { rule: 'holiday', holiday: holiday.name };
  return isoWeekday(day) >= 6 ? { rule: 'weekend' } : null;
}

/**
 * A pattern shift on a public holiday is not open for sign-up until the
 * coordinator opens it; an extra shift was put on that day on purpose.
 */
export function closedForHoliday(shift: Pick<ShiftRow, 'patternId' | 'openedOnHoliday'>, premium: DayPremium | null) {
  return premium?.rule === 'holiday' && shift.patternId !== null && !shift.openedOnHoliday;
}

export interface SignUpEligibility {
  client: ClientFacts;
  blocks: SignUpBlock[];
  weeklyLimit: WeeklyLimitReached | null;
  /** Repeated no-shows block sign-up until a day; a written reason lets a sign-up past it. */
  noShowBlock: NoShowBlock | null;
  warnings: SignUpWarning[];
}

export interface EligibilityOptions {
  settings: ScheduleSettings;
  /** A booking being moved does not count against the week it leaves. */
  movingBookingId?: number;
  /** False when a place taken while sign-up was open comes back (restoring); the window is not asked again. */
  signUpWindow?: boolean;
  /** False where warnings are not shown (the waiting list's ranking): saves two reads. */
  warnings?: boolean;
}

/** Sign-up for a week opens `weeksAhead` weeks before it, on a Monday. */
export function signUpOpensOn(monday: string, settings: ScheduleSettings): string {
  return addDays(monday, -7 * settings.weeksAhead);
}

function shiftBlocks(
  ctx: Ctx,
  shift: ShiftRow,
  monday: string,
  premium: DayPremium | null,
  options: EligibilityOptions,
): SignUpBlock[] {
  const blocks: SignUpBlock[] = [];
  const closed = closedBecause(ctx, shift);
  if (closed) blocks.push({ rule: closed });
  if (premium?.rule === 'holiday' && closedForHoliday(shift, premium)) {
    blocks.push({ rule: 'holidayClosed', holiday: premium.holiday });
  }
  if (options.signUpWindow !== false) {
    const opensOn = signUpOpensOn(monday, options.settings);
    if (ctx.today() < opensOn) blocks.push({ rule: 'notOpenYet', opensOn });
  }
  return blocks;
}

/** The legal schedule notice is a figure of the pay parameters valid today, when the schedule is given. */
function shiftWarnings(ctx: Ctx, shift: ShiftRow, premium: DayPremium | null): SignUpWarning[] {
  const premiums = premium ? [premium] : [];
  const noticeDays = scheduleNoticeDaysOn(ctx, ctx.today());
  if (noticeDays === undefined) return [{ rule: 'noParameters' }, ...premiums];
  return daysBetween(ctx.today(), shift.date) < noticeDays
    ? [{ rule: 'shortNotice', noticeDays }, ...premiums]
    : premiums;
}

/** Said when the shift's planned minutes would put the agreement's running average over the limit. */
function averageWarning(ctx: Ctx, clientId: number, agreement: AgreementSpan, shift: ShiftRow): OverAverage | null {
  const average = agreementAverageOn(ctx, clientId, agreement, shift.date);
  const planned = shiftMinutes(shift.startTime, shift.endTime);
  if (!average || !overAverage(average, planned)) return null;
  return {
    rule: 'overAverage',
    averageMinutes: Math.floor((average.workedMinutes + planned) / average.elapsedWeeks),
    limitMinutes: average.limitMinutes,
    periodFrom: average.period.from,
    periodTo: average.period.to,
  };
}

/** For each client (in the order given), what blocks them from the shift and what only warns. */
export function signUpEligibility(
  ctx: Ctx,
  shift: ShiftRow,
  clients: readonly ClientFacts[],
  options: EligibilityOptions,
): SignUpEligibility[] {
  if (clients.length === 0) return [];
  const ids = clients.map((c) => c.clientId);
  // The day's holiday is read once: it both closes a holiday shift and warns of the premium.
  const premium = dayPremium(ctx, shift.date);
  // Date arithmetic costs about as much as a read here: the week's Monday is worked out once.
  const monday = mondayOf(shift.date);
  const common = shiftBlocks(ctx, shift, monday, premium, options);
  const suspensions = new Map<number, { fromDate: string; toDate: string | null }>();
  for (const s of suspensionsOn(ctx, ids, shift.date)) if (!suspensions.has(s.clientId)) suspensions.set(s.clientId, s);
  // The shift lies in that week, so its own standing bookings are among these rows.
  const week = standingBetween(ctx, ids, monday, addDays(monday, 6), options.movingBookingId);
  const withWarnings = options.warnings !== false;
  const agreed = withWarnings ? agreementsOn(ctx, ids, shift.date) : null;
  const noticeWarnings = withWarnings ? shiftWarnings(ctx, shift, premium) : [];
  const { settings } = options;
  const limit = settings.weeklyLimit;
  const noShows = noShowBlocks(ctx, ids, settings);
  return clients.map((client) => {
    const blocks = [...common];
    if (!client.active) blocks.push({ rule: 'clientInactive' });
    const suspension = suspensions.get(client.clientId);
    if (suspension) blocks.push({ rule: 'suspended', from: suspension.fromDate, to: suspension.toDate });
    const inWeek = week.filter((b) => b.clientId === client.clientId);
    if (inWeek.some((b) => b.shiftId === shift.id)) blocks.push({ rule: 'alreadyBooked' });
    const warnings = [...noticeWarnings];
    const agreement = agreed?.get(client.clientId);
    if (agreed && !agreement) warnings.push({ rule: 'noAgreement' });
    if (agreement) {
      const over = averageWarning(ctx, client.clientId, agreement, shift);
      if (over) warnings.push(over);
    }
    return {
      client,
      blocks,
      weeklyLimit:
        inWeek.length >= limit ? { limit, shifts: inWeek.map(({ date, startTime }) => ({ date, startTime })) } : null,
      noShowBlock: noShows.get(client.clientId) ?? null,
      warnings,
    };
  });
}

/**
 * Why a waiting client is skipped, or a booking cancelled with its shift does
 * not come back: out of the programme, suspended, or blocked for no-shows or
 * over the weekly limit without a recorded reason.
 */
export function personBlock(eligibility: SignUpEligibility, overrideReason: string | null): WaitingView['blockedBy'] {
  for (const block of eligibility.blocks) {
    if (block.rule === 'clientInactive') return 'inactive';
    if (block.rule === 'suspended') return 'suspended';
  }
  if (overrideReason !== null) return null;
  if (eligibility.noShowBlock !== null) return 'noShows';
  return eligibility.weeklyLimit !== null ? 'weeklyLimit' : null;
}
