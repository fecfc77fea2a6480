import type { ScheduleSettings } from '../contract/schedule.js';
import type { NoShowView } from '../contract/schedule-views.js';
import type { Ctx } from '../api/context.js';
import { addDays } from '../contract/dates.js';
import { noShowsBetween } from '../attendance/index.js';
import { noShowBlockOn, noShowsMatterFrom, type NoShowBlock } from './no-show-rule.js';

/**
 * The one place the no-show block is decided for clients: sign-up
 * eligibility (so booking, moving, the waiting list and walk-ins), the week
 * board's marks and the client page all ask here. Judged on today: a block
 * stops signing up for any shift while it lasts; bookings made before it stand.
 */
export function noShowBlocks(
  ctx: Ctx,
  clientIds: readonly number[],
  settings: ScheduleSettings,
): Map<number, NoShowBlock> {
  const blocks = new Map<number, NoShowBlock>();
  if (settings.noShowLimit === 0 || clientIds.length === 0) return blocks;
  const today = ctx.today();
  const days = new Map<number, string[]>();
  for (const { clientId, date } of noShowsBetween(ctx, clientIds, noShowsMatterFrom(settings, today), today)) {
    const list = days.get(clientId);
    if (list) list.push(date);
    else days.set(clientId, [date]);
  }
  for (const [clientId, list] of days) {
    const block = noShowBlockOn(list, settings, today);
    if (block) blocks.set(clientId, block);
  }
  return blocks;
}

/** The first day of any record: every no-show so far is counted from it. */
const beginning = '0001-01-01';

/** Each client's no-shows (all, and within the rule's window up to today) and the block in force. */
export function noShowStanding(ctx: Ctx, clientIds: readonly number[], settings: ScheduleSettings): NoShowView[] {
  const today = ctx.today();
  const windowFrom = addDays(today, -7 * settings.noShowWeeks + 1);
  const all = noShowsBetween(ctx, clientIds, beginning, today);
  const blocks = noShowBlocks(ctx, clientIds, settings);
  return clientIds.map((clientId) => {
    const block = blocks.get(clientId) ?? null;
    const own = all.filter((n) => n.clientId === clientId);
    return {
      clientId,
      total: own.length,
      recent: own.filter((n) => n.date >= windowFrom).length,
      windowWeeks: settings.noShowWeeks,
      blockedFrom: block?.from ?? null,
      blockedUntil: block?.until ?? null,
    };
  });
}
