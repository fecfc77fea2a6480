/** Ending an agreement: by notice, by mutual agreement, by expiry (and taking an end back). */
import { eq } from 'drizzle-orm';
import { agreements } from '../../db/schema/index.js';
import type { agreementMethods } from '../contract/agreements/methods.js';
import type { Ctx } from '../api/context.js';
import { DomainError } from '../api/domain-error.js';
import type { Handlers } from '../api/handler.js';
import { dateText } from '../contract/present.js';
import { requireSigned } from './lifecycle.js';
import { agreementRow, amendmentsOf, kindOf, loadAgreement, originalTerms, type AgreementRow } from './rows.js';
import { noticeEnd, segmentsOf, termsOn } from './terms.js';

type Ending = Pick<Handlers<typeof agreementMethods>, 'agreements.end' | 'agreements.undoEnd'>;

/**
 * The last day of an agreement given notice delivered on `delivered` (a real
 * day or one planned), with the notice period in force that day; refused
 * before signing and past the agreed end.
 */
export function noticeLastDay(ctx: Ctx, row: AgreementRow, delivered: string): string {
  const signedOn = row.signedOn ?? row.validFrom;
  if (delivered < signedOn) {
    throw new DomainError(
      'agreement.deliveredBeforeSigning',
      { signedOn: dateText(ctx.locale, signedOn) },
      'deliveredOn',
    );
  }
  const signed = amendmentsOf(ctx, row.id).filter((m) => m.status === 'signed');
  const segments = segmentsOf(row.validFrom, row.validTo, originalTerms(ctx, row.id), signed);
  const last = noticeEnd(delivered, termsOn(segments, delivered).noticeDays);
  if (row.validTo !== null && last > row.validTo) {
    throw new DomainError(
      'agreement.noticeAfterExpiry',
      { endedOn: dateText(ctx.locale, last), end: dateText(ctx.locale, row.validTo) },
      'deliveredOn',
    );
  }
  return last;
}

export const endingHandlers: Ending = {
  'agreements.end': ({ id, reason, endedOn, noticeBy, deliveredOn }, ctx) => {
    const row = agreementRow(ctx, id);
    requireSigned(row);
    kindOf(row);
    const signedOn = row.signedOn ?? row.validFrom;
    const delivered = deliveredOn ?? ctx.today();
    let last: string;
    if (reason === 'expiry') {
      if (row.validTo === null) throw new DomainError('agreement.noExpiry', {}, 'reason');
      if (row.validTo >= ctx.today()) {
        throw new DomainError('agreement.notYetExpired', { end: dateText(ctx.locale, row.validTo) }, 'reason');
      }
      last = row.validTo;
    } else if (reason === 'notice') {
      // Recorded once handed over; a notice for later is printed with agreements.prepareNotice.
      if (delivered > ctx.today()) throw new DomainError('agreement.deliveredInFuture', {}, 'deliveredOn');
      last = noticeLastDay(ctx, row, delivered);
    } else {
      last = endedOn ?? ctx.today();
      if (last < signedOn) {
        throw new DomainError('agreement.endBeforeSigning', { signedOn: dateText(ctx.locale, signedOn) }, 'endedOn');
      }
      if (row.validTo !== null && last > row.validTo) {
        throw new DomainError('agreement.endAfterExpiry', { end: dateText(ctx.locale, row.validTo) }, 'endedOn');
      }
    }
    const ending = {
      status: 'ended' as const,
      endedOn: last,
      endReason: reason,
      noticeBy: reason === 'notice' ? noticeBy : null,
      noticeDeliveredOn: reason === 'notice' ? delivered : null,
    };
    ctx.db
      .update(agreements)
      .set({ ...ending, updatedAt: ctx.timestamp() })
      .where(eq(agreements.id, id))
      .run();
    ctx.audit({ entity: 'agreement', entityId: id, detail: { ended: ending } });
    return loadAgreement(ctx, id);
  },

  'agreements.undoEnd': ({ id }, ctx) => {
    const row = agreementRow(ctx, id);
    if (row.status !== 'ended') throw new DomainError('agreement.notEnded', { number: row.number }, 'id');
    ctx.db
      .update(agreements)
      .set({
        status: 'signed',
        endedOn: null,
        endReason: null,
        noticeBy: null,
        noticeDeliveredOn: null,
        updatedAt: ctx.timestamp(),
      })
      .where(eq(agreements.id, id))
      .run();
    ctx.audit({
      entity: 'agreement',
      entityId: id,
      detail: { endUndone: { endedOn: row.endedOn, endReason: row.endReason, noticeBy: row.noticeBy } },
    });
    return loadAgreement(ctx, id);
  },
};
