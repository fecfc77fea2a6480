import { and, eq } from 'drizzle-orm';
import { waitingEntries } from '../../db/schema/index.js';
import type { scheduleMethods } from '../contract/schedule.js';
import { DomainError, notFound } from '../api/domain-error.js';
import type { Handlers } from '../api/handler.js';
import { fullName, shiftLabel } from '../contract/present.js';
import { bookedCount } from './queries.js';
import { checkSignUp, signUpException } from './rules.js';
import { nextPosition } from './waiting.js';

type WaitingMethods = Pick<typeof scheduleMethods, 'schedule.addToWaitingList' | 'schedule.removeFromWaitingList'>;

export const waitingHandlers: Handlers<WaitingMethods> = {
  'schedule.addToWaitingList': ({ shift: ref, clientId, overrideReason }, ctx) => {
    const { shift, eligibility } = checkSignUp(ctx, ref, clientId);
    const waiting = ctx.db
      .select({ id: waitingEntries.id })
      .from(waitingEntries)
      .where(
        and(
          eq(waitingEntries.shiftId, shift.id),
          eq(waitingEntries.clientId, clientId),
          eq(waitingEntries.status, 'waiting'),
        ),
      )
      .get();
    if (waiting) {
      throw new DomainError(
        'schedule.alreadyWaiting',
        { name: fullName(eligibility.client), shift: shiftLabel(ctx.locale, shift) },
        'clientId',
      );
    }
    const free = shift.places - bookedCount(ctx, shift.id);
    if (free > 0) throw new DomainError('schedule.placesFree', { shift: shiftLabel(ctx.locale, shift), free }, 'shift');
    const override = signUpException(ctx, eligibility, shift, { overrideReason });
    const position = nextPosition(ctx, shift.id);
    const row = ctx.db
      .insert(waitingEntries)
      .values({
        shiftId: shift.id,
        clientId,
        position,
        status: 'waiting',
        overrideReason: override,
        createdAt: ctx.timestamp(),
        createdBy: ctx.actor,
      })
      .returning({ id: waitingEntries.id })
      .get();
    ctx.audit({
      entity: 'waitingEntry',
      entityId: row.id,
      detail: { shiftId: shift.id, clientId, position, overrideReason: override },
    });
    return { entryId: row.id, shiftId: shift.id, position };
  },

  'schedule.removeFromWaitingList': ({ entryId }, ctx) => {
    const entry = ctx.db.select().from(waitingEntries).where(eq(waitingEntries.id, entryId)).get();
    if (!entry) throw notFound('entryId');
    if (entry.status !== 'waiting') throw new DomainError('schedule.notWaiting', {}, 'entryId');
    ctx.db
      .update(waitingEntries)
      .set({ status: 'removed', resolvedAt: ctx.timestamp(), resolvedBy: ctx.actor })
      .where(eq(waitingEntries.id, entryId))
      .run();
    ctx.audit({ entity: 'waitingEntry', entityId: entryId, detail: { removed: true, shiftId: entry.shiftId } });
    return { entryId };
  },
};
