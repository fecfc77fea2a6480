/** Amendments: a change of pay or terms from a day, in force once signed. */
import { eq } from 'drizzle-orm';
import { agreementAmendments, agreements, agreementTerms } from '../../db/schema/index.js';
import type { agreementMethods } from '../contract/agreements/methods.js';
import type { AgreementTerms } from '../contract/agreements/schemas.js';
import type { Ctx } from '../api/context.js';
import { DomainError, notFound } from '../api/domain-error.js';
import type { Handlers } from '../api/handler.js';
import { translate } from '../contract/i18n.js';
import { dateText, periodText } from '../contract/present.js';
import { minimumWagePlan } from './minimum-wage.js';
import {
  agreementRow,
  amendmentsOf,
  kindOf,
  lastDayOf,
  loadAgreement,
  originalTerms,
  segmentsFor,
  toAmendment,
  type AgreementRow,
} from './rows.js';
import { checkNoOverlap, checkTerms, parametersFor } from './rules.js';
import { changedTerms, segmentsOf, termsOn, worseTerms } from './terms.js';

type AmendmentHandlers = Pick<
  Handlers<typeof agreementMethods>,
  | 'agreements.amend'
  | 'agreements.signAmendment'
  | 'agreements.discardAmendment'
  | 'agreements.minimumWagePlan'
  | 'agreements.prepareMinimumWage'
>;

interface Created {
  id: number;
  seq: number;
}

/**
 * Checks and stores a draft amendment (without auditing: the caller does, once
 * per call). A signed agreement can be amended, and an ended one for the days
 * it still runs.
 */
function createAmendment(
  ctx: Ctx,
  row: AgreementRow,
  change: { effectiveFrom: string; terms: AgreementTerms; reason: string | null },
): Created {
  if (row.status !== 'signed' && row.status !== 'ended') {
    throw new DomainError('agreement.notAmendable', { number: row.number }, 'agreementId');
  }
  const original = originalTerms(ctx, row.id);
  const amendments = amendmentsOf(ctx, row.id);
  const pending = amendments.find((m) => m.status !== 'signed');
  if (pending) {
    throw new DomainError('agreement.pendingAmendment', { number: row.number, seq: pending.seq }, 'agreementId');
  }
  const { effectiveFrom, terms } = change;
  const last = lastDayOf(row);
  if (effectiveFrom < row.validFrom || (last !== null && effectiveFrom > last)) {
    throw new DomainError(
      'agreement.amendmentOutsidePeriod',
      { period: periodText(ctx.locale, row.validFrom, last) },
      'effectiveFrom',
    );
  }
  if (terms.validTo !== null && terms.validTo < effectiveFrom) {
    throw new DomainError('agreement.amendmentEndBeforeEffect', {}, 'validTo');
  }
  const previous = amendments.at(-1);
  if (previous && effectiveFrom <= previous.effectiveFrom) {
    throw new DomainError(
      'agreement.amendmentBeforePrevious',
      { seq: previous.seq, date: dateText(ctx.locale, previous.effectiveFrom) },
      'effectiveFrom',
    );
  }
  const before = termsOn(segmentsFor(row, original, amendments), effectiveFrom);
  if (changedTerms(before, terms).length === 0) throw new DomainError('agreement.amendmentNoChange', {}, 'hourlyRate');
  // Signed today at the earliest: a worse change cannot start earlier.
  checkNotRetroactive(ctx, { before, after: terms, effectiveFrom, agreedOn: ctx.today() }, 'effectiveFrom');
  parametersFor(ctx, effectiveFrom, 'effectiveFrom');
  const end = row.endedOn ?? terms.validTo;
  checkTerms(ctx, kindOf(row), segmentsOf(effectiveFrom, end, terms, []));
  if (terms.validTo !== before.validTo) {
    checkNoOverlap(
      ctx,
      { clientId: row.clientId, kind: kindOf(row), from: effectiveFrom, to: terms.validTo, excludeId: row.id },
      'validTo',
    );
  }
  const stamp = ctx.timestamp();
  const seq = (previous?.seq ?? 0) + 1;
  const inserted = ctx.db
    .insert(agreementAmendments)
    .values({
      agreementId: row.id,
      seq,
      status: 'draft',
      effectiveFrom,
      reason: change.reason,
      createdAt: stamp,
      updatedAt: stamp,
    })
    .returning({ id: agreementAmendments.id })
    .get();
  ctx.db
    .insert(agreementTerms)
    .values({ agreementId: row.id, amendmentId: inserted.id, ...terms })
    .run();
  return { id: inserted.id, seq };
}

/** A worse term takes effect at the earliest on the day it is agreed (a better one may be back-dated). */
function checkNotRetroactive(
  ctx: Ctx,
  change: { before: AgreementTerms; after: AgreementTerms; effectiveFrom: string; agreedOn: string },
  field: string,
): void {
  const worse = worseTerms(change.before, change.after);
  if (worse.length === 0 || change.effectiveFrom >= change.agreedOn) return;
  throw new DomainError(
    'agreement.worseRetroactive',
    {
      terms: worse.map((name) => translate(ctx.locale, `fields.${name}`)).join(', '),
      date: dateText(ctx.locale, change.agreedOn),
      worse,
    },
    field,
  );
}

function amendmentRow(ctx: Ctx, id: number) {
  const row = ctx.db.select().from(agreementAmendments).where(eq(agreementAmendments.id, id)).get();
  if (!row) throw notFound('id');
  return row;
}

export const amendmentHandlers: AmendmentHandlers = {
  'agreements.amend': ({ agreementId, effectiveFrom, note, ...input }, ctx) => {
    const row = agreementRow(ctx, agreementId, 'agreementId');
    const terms: AgreementTerms = { ...input };
    const created = createAmendment(ctx, row, { effectiveFrom, terms, reason: note });
    ctx.audit({
      entity: 'agreementAmendment',
      entityId: created.id,
      detail: { agreementId, seq: created.seq },
    });
    return loadAgreement(ctx, agreementId);
  },

  'agreements.signAmendment': ({ id, signedOn }, ctx) => {
    const amendment = amendmentRow(ctx, id);
    const row = agreementRow(ctx, amendment.agreementId);
    if (amendment.status === 'signed') throw new DomainError('agreement.amendmentSigned', { seq: amendment.seq }, 'id');
    if (amendment.status === 'draft') {
      throw new DomainError('agreement.amendmentNotPrinted', { seq: amendment.seq }, 'id');
    }
    if (row.status !== 'signed' && row.status !== 'ended') {
      throw new DomainError('agreement.notAmendable', { number: row.number }, 'id');
    }
    if (signedOn > ctx.today()) throw new DomainError('agreement.signedInFuture', {}, 'signedOn');
    if (row.signedOn !== null && signedOn < row.signedOn) {
      throw new DomainError(
        'agreement.amendmentSignedBeforeAgreement',
        { signedOn: dateText(ctx.locale, row.signedOn) },
        'signedOn',
      );
    }
    const all = amendmentsOf(ctx, row.id);
    const terms = all.find((m) => m.id === id)?.terms;
    if (!terms) throw notFound('id');
    const before = all.filter((m) => m.seq < amendment.seq && m.status === 'signed').at(-1)?.terms;
    checkNotRetroactive(
      ctx,
      {
        before: before ?? originalTerms(ctx, row.id),
        after: terms,
        effectiveFrom: amendment.effectiveFrom,
        agreedOn: signedOn,
      },
      'signedOn',
    );
    // The figures may have changed since it was prepared: what is signed must still hold.
    checkTerms(ctx, kindOf(row), segmentsOf(amendment.effectiveFrom, row.endedOn ?? terms.validTo, terms, []));
    const stamp = ctx.timestamp();
    ctx.db
      .update(agreementAmendments)
      .set({ status: 'signed', signedOn, updatedAt: stamp })
      .where(eq(agreementAmendments.id, id))
      .run();
    ctx.db.update(agreements).set({ validTo: terms.validTo, updatedAt: stamp }).where(eq(agreements.id, row.id)).run();
    ctx.audit({
      entity: 'agreementAmendment',
      entityId: id,
      detail: { agreementId: row.id, seq: amendment.seq },
    });
    return loadAgreement(ctx, row.id);
  },

  'agreements.discardAmendment': ({ id }, ctx) => {
    const amendment = amendmentRow(ctx, id);
    if (amendment.status === 'signed') throw new DomainError('agreement.amendmentSigned', { seq: amendment.seq }, 'id');
    ctx.db.delete(agreementAmendments).where(eq(agreementAmendments.id, id)).run();
    ctx.audit({
      entity: 'agreementAmendment',
      entityId: id,
      detail: { discarded: amendment.seq, agreementId: amendment.agreementId },
    });
    return loadAgreement(ctx, amendment.agreementId);
  },

  'agreements.minimumWagePlan': ({ effectiveFrom }, ctx) => minimumWagePlan(ctx, effectiveFrom),

  'agreements.prepareMinimumWage': ({ effectiveFrom, agreementIds }, ctx) => {
    const plan = minimumWagePlan(ctx, effectiveFrom);
    const created: { agreementId: number; number: string; seq: number; id: number; from: number; to: number }[] = [];
    for (const agreementId of agreementIds) {
      const row = agreementRow(ctx, agreementId, 'agreementIds');
      const item = plan.items.find((i) => i.agreementId === agreementId);
      if (!item) throw new DomainError('agreement.notBelowMinimum', { number: row.number }, 'agreementIds');
      const segments = segmentsFor(row, originalTerms(ctx, row.id), amendmentsOf(ctx, row.id));
      const terms = { ...termsOn(segments, item.effectiveFrom), hourlyRate: item.newRate };
      const made = createAmendment(ctx, row, { effectiveFrom: item.effectiveFrom, terms, reason: 'minimumWage' });
      created.push({ agreementId, number: row.number, seq: made.seq, id: made.id, from: item.rate, to: item.newRate });
    }
    ctx.audit({ entity: 'agreementAmendment', detail: { minimumWageFrom: effectiveFrom, created } });
    return {
      amendments: created.map((c) => {
        const original = originalTerms(ctx, c.agreementId);
        const all = amendmentsOf(ctx, c.agreementId);
        const record = all.find((m) => m.id === c.id);
        if (!record) throw new Error(`Amendment ${c.id} vanished`);
        return { ...toAmendment(original, all, record), number: c.number };
      }),
    };
  },
};
