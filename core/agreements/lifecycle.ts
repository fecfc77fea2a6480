/** The life of an agreement: draw up, change while unsigned, sign, end (and take those back). */
import { eq, sql } from 'drizzle-orm';
import { agreementDocuments, agreements, agreementTerms, clients } from '../../db/schema/index.js';
import type { agreementMethods } from '../contract/agreements/methods.js';
import type { AgreementTerms } from '../contract/agreements/schemas.js';
import type { Ctx } from '../api/context.js';
import { DomainError, notFound } from '../api/domain-error.js';
import type { Handlers } from '../api/handler.js';
import { dateText } from '../contract/present.js';
import { nextAgreementNumber } from './numbering.js';
import { agreementRow, amendmentsOf, kindOf, loadAgreement, originalTerms, type AgreementRow } from './rows.js';
import { checkNoOverlap, checkTerms, parametersFor } from './rules.js';
import { noticeEnd, pickTerms, segmentsOf, termsOn } from './terms.js';

type Lifecycle = Pick<
  Handlers<typeof agreementMethods>,
  | 'agreements.create'
  | 'agreements.update'
  | 'agreements.delete'
  | 'agreements.sign'
  | 'agreements.undoSign'
  | 'agreements.end'
  | 'agreements.undoEnd'
>;

/** Old and new value of every changed field, for the audit log. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, value] of Object.entries(after)) {
    if (before[key] !== value) changes[key] = { from: before[key], to: value };
  }
  return changes;
}

function requireUnsigned(row: AgreementRow): void {
  if (row.status !== 'draft' && row.status !== 'printed') {
    throw new DomainError('agreement.notEditable', { number: row.number }, 'id');
  }
}

function requireSigned(row: AgreementRow): void {
  if (row.status === 'ended') throw new DomainError('agreement.alreadyEnded', { number: row.number }, 'id');
  if (row.status !== 'signed') throw new DomainError('agreement.notSigned', { number: row.number }, 'id');
}

/** The rules every set of terms of a new or changed agreement must pass. */
export function checkAgreement(
  ctx: Ctx,
  target: { clientId: number; validFrom: string; terms: AgreementTerms; excludeId?: number },
): void {
  parametersFor(ctx, target.validFrom, 'validFrom');
  checkTerms(ctx, 'dpc', segmentsOf(target.validFrom, target.terms.validTo, target.terms, []));
  checkNoOverlap(ctx, {
    clientId: target.clientId,
    kind: 'dpc',
    from: target.validFrom,
    to: target.terms.validTo,
    ...(target.excludeId === undefined ? {} : { excludeId: target.excludeId }),
  });
}

export const lifecycleHandlers: Lifecycle = {
  'agreements.create': (input, ctx) => {
    const client = ctx.db
      .select({ id: clients.id, active: clients.active })
      .from(clients)
      .where(eq(clients.id, input.clientId))
      .get();
    if (!client) throw notFound('clientId');
    if (!client.active) throw new DomainError('agreement.clientInactive', {}, 'clientId');
    const terms = pickTerms(input);
    checkAgreement(ctx, { clientId: input.clientId, validFrom: input.validFrom, terms });
    const stamp = ctx.timestamp();
    const number = nextAgreementNumber(ctx);
    const row = ctx.db
      .insert(agreements)
      .values({
        clientId: input.clientId,
        kind: input.kind,
        number,
        status: 'draft',
        validFrom: input.validFrom,
        validTo: terms.validTo,
        createdAt: stamp,
        updatedAt: stamp,
      })
      .returning({ id: agreements.id })
      .get();
    ctx.db
      .insert(agreementTerms)
      .values({ agreementId: row.id, amendmentId: null, ...terms })
      .run();
    ctx.audit({
      entity: 'agreement',
      entityId: row.id,
      detail: { created: number, clientId: input.clientId, validFrom: input.validFrom, ...terms },
    });
    return loadAgreement(ctx, row.id);
  },

  'agreements.update': ({ id, validFrom, ...input }, ctx) => {
    const row = agreementRow(ctx, id);
    requireUnsigned(row);
    const before = { validFrom: row.validFrom, ...originalTerms(ctx, id) };
    const terms = pickTerms(input);
    checkAgreement(ctx, { clientId: row.clientId, validFrom, terms, excludeId: id });
    ctx.db
      .update(agreements)
      .set({ validFrom, validTo: terms.validTo, status: 'draft', updatedAt: ctx.timestamp() })
      .where(eq(agreements.id, id))
      .run();
    ctx.db
      .update(agreementTerms)
      .set(terms)
      .where(sql`${agreementTerms.agreementId} = ${id} AND ${agreementTerms.amendmentId} IS NULL`)
      .run();
    ctx.audit({
      entity: 'agreement',
      entityId: id,
      detail: { changes: diff(before, { validFrom, ...terms }), status: { from: row.status, to: 'draft' } },
    });
    return loadAgreement(ctx, id);
  },

  'agreements.delete': ({ id }, ctx) => {
    const row = agreementRow(ctx, id);
    requireUnsigned(row);
    const terms = originalTerms(ctx, id);
    ctx.db.delete(agreementDocuments).where(eq(agreementDocuments.agreementId, id)).run();
    ctx.db.delete(agreements).where(eq(agreements.id, id)).run();
    ctx.audit({
      entity: 'agreement',
      entityId: id,
      detail: { deleted: row.number, clientId: row.clientId, status: row.status, validFrom: row.validFrom, ...terms },
    });
    return { id, number: row.number };
  },

  'agreements.sign': ({ id, signedOn }, ctx) => {
    const row = agreementRow(ctx, id);
    if (row.status === 'draft') throw new DomainError('agreement.notPrinted', { number: row.number }, 'id');
    if (row.status !== 'printed') throw new DomainError('agreement.notEditable', { number: row.number }, 'id');
    if (signedOn > ctx.today()) throw new DomainError('agreement.signedInFuture', {}, 'signedOn');
    if (signedOn > row.validFrom) {
      throw new DomainError(
        'agreement.signedAfterStart',
        { from: dateText(ctx.locale, row.validFrom), signedOn: dateText(ctx.locale, signedOn) },
        'signedOn',
      );
    }
    // The figures may have changed since printing: what is signed must still hold.
    checkAgreement(ctx, {
      clientId: row.clientId,
      validFrom: row.validFrom,
      terms: originalTerms(ctx, id),
      excludeId: id,
    });
    ctx.db
      .update(agreements)
      .set({ status: 'signed', signedOn, updatedAt: ctx.timestamp() })
      .where(eq(agreements.id, id))
      .run();
    ctx.audit({ entity: 'agreement', entityId: id, detail: { signedOn } });
    return loadAgreement(ctx, id);
  },

  'agreements.undoSign': ({ id }, ctx) => {
    const row = agreementRow(ctx, id);
    requireSigned(row);
    if (amendmentsOf(ctx, id).length > 0) {
      throw new DomainError('agreement.hasAmendments', { number: row.number }, 'id');
    }
    ctx.db
      .update(agreements)
      .set({ status: 'printed', signedOn: null, updatedAt: ctx.timestamp() })
      .where(eq(agreements.id, id))
      .run();
    ctx.audit({ entity: 'agreement', entityId: id, detail: { signatureUndone: row.signedOn } });
    return loadAgreement(ctx, id);
  },

  'agreements.end': ({ id, reason, endedOn, noticeBy, deliveredOn }, ctx) => {
    const row = agreementRow(ctx, id);
    requireSigned(row);
    kindOf(row);
    const signedOn = row.signedOn ?? row.validFrom;
    let last: string;
    if (reason === 'expiry') {
      if (row.validTo === null) throw new DomainError('agreement.noExpiry', {}, 'reason');
      if (row.validTo >= ctx.today()) {
        throw new DomainError('agreement.notYetExpired', { end: dateText(ctx.locale, row.validTo) }, 'reason');
      }
      last = row.validTo;
    } else if (reason === 'notice') {
      const delivered = deliveredOn ?? ctx.today();
      if (delivered < signedOn) {
        throw new DomainError(
          'agreement.deliveredBeforeSigning',
          { signedOn: dateText(ctx.locale, signedOn) },
          'deliveredOn',
        );
      }
      const segments = segmentsOf(row.validFrom, row.validTo, originalTerms(ctx, id), signedChanges(ctx, id));
      last = noticeEnd(delivered, termsOn(segments, delivered).noticeDays);
      if (row.validTo !== null && last > row.validTo) {
        throw new DomainError(
          'agreement.noticeAfterExpiry',
          { endedOn: dateText(ctx.locale, last), end: dateText(ctx.locale, row.validTo) },
          'deliveredOn',
        );
      }
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
      noticeDeliveredOn: reason === 'notice' ? (deliveredOn ?? ctx.today()) : null,
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

function signedChanges(ctx: Ctx, agreementId: number) {
  return amendmentsOf(ctx, agreementId).filter((m) => m.status === 'signed');
}
