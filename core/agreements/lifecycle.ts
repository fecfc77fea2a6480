/** The life of an agreement: draw up, change while unsigned, sign (and take that back). */
import { eq, sql } from 'drizzle-orm';
import { agreementDocuments, agreements, agreementTerms, clients } from '../../db/schema/index.js';
import type { agreementMethods } from '../contract/agreements/methods.js';
import type { AgreementTerms } from '../contract/agreements/schemas.js';
import type { Ctx } from '../api/context.js';
import { DomainError, notFound } from '../api/domain-error.js';
import type { Handlers } from '../api/handler.js';
import { checkAge } from './age.js';
import { dateText } from '../contract/present.js';
import { nextAgreementNumber } from './numbering.js';
import { agreementRow, amendmentsOf, loadAgreement, originalTerms, type AgreementRow } from './rows.js';
import { checkNoOverlap, checkTerms, parametersFor } from './rules.js';
import { pickTerms, segmentsOf } from './terms.js';

type Lifecycle = Pick<
  Handlers<typeof agreementMethods>,
  | 'agreements.create'
  | 'agreements.recordSigned'
  | 'agreements.update'
  | 'agreements.delete'
  | 'agreements.sign'
  | 'agreements.undoSign'
>;

type AgreementInputValue = Parameters<Lifecycle['agreements.create']>[0];

function requireUnsigned(row: AgreementRow): void {
  if (row.status !== 'draft' && row.status !== 'printed') {
    throw new DomainError('agreement.notEditable', { number: row.number }, 'id');
  }
}

export function requireSigned(row: AgreementRow): void {
  if (row.status === 'ended') throw new DomainError('agreement.alreadyEnded', { number: row.number }, 'id');
  if (row.status !== 'signed') throw new DomainError('agreement.notSigned', { number: row.number }, 'id');
}

/**
 * The rules every set of terms of a new or changed agreement must pass. One
 * signed on paper earlier (`signedOn`) is held to the minimum wage known that day.
 */
export function checkAgreement(
  ctx: Ctx,
  target: {
    clientId: number;
    validFrom: string;
    terms: AgreementTerms;
    schoolingConfirmed: boolean;
    excludeId?: number;
    signedOn?: string;
  },
): void {
  parametersFor(ctx, target.validFrom, 'validFrom');
  checkAge(ctx, target);
  checkTerms(ctx, 'dpc', segmentsOf(target.validFrom, target.terms.validTo, target.terms, []), target.signedOn);
  checkNoOverlap(ctx, {
    clientId: target.clientId,
    kind: 'dpc',
    from: target.validFrom,
    to: target.terms.validTo,
    ...(target.excludeId === undefined ? {} : { excludeId: target.excludeId }),
  });
}

/** Work starts only after signing, and a signature is recorded once it happened. */
function checkSigningDay(ctx: Ctx, validFrom: string, signedOn: string): void {
  if (signedOn > ctx.today()) throw new DomainError('agreement.signedInFuture', {}, 'signedOn');
  if (signedOn > validFrom) {
    throw new DomainError(
      'agreement.signedAfterStart',
      { from: dateText(ctx.locale, validFrom), signedOn: dateText(ctx.locale, signedOn) },
      'signedOn',
    );
  }
}

/** A new agreement: a draft, or (`signedOn` given) one signed on paper earlier. */
function insertAgreement(ctx: Ctx, input: AgreementInputValue, signedOn: string | null) {
  const client = ctx.db
    .select({ id: clients.id, active: clients.active })
    .from(clients)
    .where(eq(clients.id, input.clientId))
    .get();
  if (!client) throw notFound('clientId');
  if (!client.active) throw new DomainError('agreement.clientInactive', {}, 'clientId');
  const terms = pickTerms(input);
  const { schoolingConfirmed } = input;
  if (signedOn !== null) checkSigningDay(ctx, input.validFrom, signedOn);
  checkAgreement(ctx, {
    clientId: input.clientId,
    validFrom: input.validFrom,
    terms,
    schoolingConfirmed,
    ...(signedOn === null ? {} : { signedOn }),
  });
  const stamp = ctx.timestamp();
  const number = nextAgreementNumber(ctx);
  const row = ctx.db
    .insert(agreements)
    .values({
      clientId: input.clientId,
      kind: input.kind,
      number,
      status: signedOn === null ? 'draft' : 'signed',
      validFrom: input.validFrom,
      validTo: terms.validTo,
      signedOn,
      schoolingConfirmed,
      createdAt: stamp,
      updatedAt: stamp,
    })
    .returning({ id: agreements.id })
    .get();
  ctx.db
    .insert(agreementTerms)
    .values({ agreementId: row.id, amendmentId: null, ...terms })
    .run();
  const paper = signedOn === null ? {} : { signedOn, recordedFromPaper: true };
  ctx.audit({
    entity: 'agreement',
    entityId: row.id,
    detail: { created: number, clientId: input.clientId, ...paper },
  });
  return loadAgreement(ctx, row.id);
}

export const lifecycleHandlers: Lifecycle = {
  'agreements.create': (input, ctx) => insertAgreement(ctx, input, null),

  'agreements.recordSigned': ({ signedOn, ...input }, ctx) => insertAgreement(ctx, input, signedOn),

  'agreements.update': ({ id, validFrom, schoolingConfirmed, ...input }, ctx) => {
    const row = agreementRow(ctx, id);
    requireUnsigned(row);
    const terms = pickTerms(input);
    checkAgreement(ctx, { clientId: row.clientId, validFrom, terms, schoolingConfirmed, excludeId: id });
    ctx.db
      .update(agreements)
      .set({ validFrom, validTo: terms.validTo, schoolingConfirmed, status: 'draft', updatedAt: ctx.timestamp() })
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
    });
    return loadAgreement(ctx, id);
  },

  'agreements.delete': ({ id }, ctx) => {
    const row = agreementRow(ctx, id);
    requireUnsigned(row);
    ctx.db.delete(agreementDocuments).where(eq(agreementDocuments.agreementId, id)).run();
    ctx.db.delete(agreements).where(eq(agreements.id, id)).run();
    ctx.audit({
      entity: 'agreement',
      entityId: id,
      detail: { deleted: row.number, clientId: row.clientId },
    });
    return { id, number: row.number };
  },

  'agreements.sign': ({ id, signedOn }, ctx) => {
    const row = agreementRow(ctx, id);
    if (row.status === 'draft') throw new DomainError('agreement.notPrinted', { number: row.number }, 'id');
    if (row.status !== 'printed') throw new DomainError('agreement.notEditable', { number: row.number }, 'id');
    checkSigningDay(ctx, row.validFrom, signedOn);
    // The figures may have changed since printing: what is signed must still hold.
    checkAgreement(ctx, {
      clientId: row.clientId,
      validFrom: row.validFrom,
      terms: originalTerms(ctx, id),
      schoolingConfirmed: row.schoolingConfirmed,
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
};
