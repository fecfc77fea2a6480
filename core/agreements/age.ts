/**
 * Who may work under an agreement: dependent work from the minimum age and after
 * compulsory schooling (Civil Code § 35, Labour Code § 6); below the adult age
 * the young-employee limits apply (Labour Code §§ 243–247). The ages are figures
 * of `pay_parameters` for the agreement's first day.
 */
import { eq } from 'drizzle-orm';
import { clients } from '../../db/schema/index.js';
import { ageOn, isValidIsoDate } from '../contract/dates.js';
import { translate } from '../contract/i18n.js';
import type { Warning } from '../contract/schedule-views.js';
import type { Ctx } from '../api/context.js';
import { DomainError, notFound } from '../api/domain-error.js';
import { dateText } from '../contract/present.js';
import { adultAgeOn } from '../settings/index.js';
import { parametersFor } from './rules.js';

/** The day a person born on `birthDate` reaches `age`; born on 29 February, 1 March in other years. */
export function birthdayAt(birthDate: string, age: number): string {
  const year = String(Number(birthDate.slice(0, 4)) + age).padStart(4, '0');
  const same = `${year}${birthDate.slice(4)}`;
  return isValidIsoDate(same) ? same : `${year}-03-01`;
}

function birthDateOf(ctx: Ctx, clientId: number): string {
  const client = ctx.db.select({ birthDate: clients.birthDate }).from(clients).where(eq(clients.id, clientId)).get();
  if (!client) throw notFound('clientId');
  return client.birthDate;
}

/** Refuses an agreement that starts before the minimum age, or without schooling confirmed for a minor. */
export function checkAge(ctx: Ctx, target: { clientId: number; validFrom: string; schoolingConfirmed: boolean }): void {
  const birthDate = birthDateOf(ctx, target.clientId);
  const { minimumWorkAge, adultAge } = parametersFor(ctx, target.validFrom, 'validFrom');
  if (ageOn(birthDate, target.validFrom) < minimumWorkAge) {
    throw new DomainError(
      'agreement.tooYoung',
      { age: minimumWorkAge, from: dateText(ctx.locale, birthdayAt(birthDate, minimumWorkAge)) },
      'validFrom',
    );
  }
  if (ageOn(birthDate, target.validFrom) < adultAge && !target.schoolingConfirmed) {
    throw new DomainError('agreement.schoolingNotConfirmed', { age: adultAge }, 'schoolingConfirmed');
  }
}

/**
 * The adult age a person has not reached on a day, or null when they have (or
 * no figures cover the day): below it the young-employee limits apply
 * (Labour Code §§ 243–247). The arrival desk and the work record ask here.
 */
export function youngOn(ctx: Ctx, birthDate: string, day: string): number | null {
  const adultAge = adultAgeOn(ctx, day);
  return adultAge !== undefined && ageOn(birthDate, day) < adultAge ? adultAge : null;
}

/**
 * The young-employee warning, while it matters: the client is under the adult
 * age on the first day, or today if the agreement has already started.
 */
export function ageWarnings(ctx: Ctx, agreement: { birthDate: string; validFrom: string }): Warning[] {
  const today = ctx.today();
  const day = agreement.validFrom > today ? agreement.validFrom : today;
  const adultAge = youngOn(ctx, agreement.birthDate, day);
  if (adultAge === null) return [];
  const params = {
    age: ageOn(agreement.birthDate, day),
    adultAge,
    adultOn: dateText(ctx.locale, birthdayAt(agreement.birthDate, adultAge)),
  };
  const code = 'agreement.youngEmployee';
  return [{ code, message: translate(ctx.locale, `warnings.${code}`, params), params }];
}
