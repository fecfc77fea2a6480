/**
 * The warnings of a month's run, each with its code, its client and a
 * translated text with the figures. The one home of these checks: the run
 * shows them while the month is open and the close call asks for them again.
 */
import type { PayrollWarning, PayrollWarningCode } from '../contract/payroll.js';
import { translate } from '../contract/i18n.js';
import { addDays } from '../contract/dates.js';
import { dateText, moneyText, monthText } from '../contract/present.js';
import type { Ctx } from '../api/context.js';
import { clientsWithValidAgreement } from '../agreements/index.js';
import { lastDayOf } from '../pay/index.js';
import type { PayParametersRow } from '../settings/index.js';
import type { PayslipFigures } from './payslip.js';

export interface WarningFacts {
  month: string;
  parameters: PayParametersRow;
  periods: readonly PayParametersRow[];
  payslips: readonly PayslipFigures[];
  /** When each client's tax declaration counts from (null: none signed). */
  declarationSince: ReadonlyMap<number, string | null>;
  /** Clients whose declaration counted in the last closed month before this one. */
  declaredBefore: ReadonlyMap<number, string>;
  /** Clients who will reach the threshold with their booked shifts: the expected gross. */
  expectedGross: ReadonlyMap<number, { clientId: number; name: string; gross: number }>;
}

/** The day by which a client insured in the month is registered with the social security office and the health insurer. */
export function registrationDeadline(
  month: string,
  parameters: Pick<PayParametersRow, 'insuranceRegistrationDays'>,
): string {
  return addDays(lastDayOf(month), parameters.insuranceRegistrationDays);
}

const questions: ReadonlySet<PayrollWarningCode> = new Set(['declarationElsewhere']);

function warning(
  ctx: Ctx,
  code: PayrollWarningCode,
  client: { clientId: number; name: string },
  params: Record<string, unknown>,
): PayrollWarning {
  const all = { name: client.name, ...params };
  return {
    code,
    kind: questions.has(code) ? 'question' : 'warning',
    clientId: client.clientId,
    clientName: client.name,
    message: translate(ctx.locale, `warnings.payroll.${code}`, all),
    params: all,
  };
}

function figuresOn(facts: WarningFacts, day: string): PayParametersRow {
  return facts.periods.find((p) => p.validFrom <= day && p.validTo >= day) ?? facts.parameters;
}

/** Days worked without an agreement valid on them (checked again: an agreement may have been ended back-dated). */
function daysWithoutAgreement(ctx: Ctx, payslips: readonly PayslipFigures[]): Map<number, string> {
  const byDay = new Map<string, number[]>();
  for (const p of payslips) {
    for (const s of p.shifts) byDay.set(s.date, [...(byDay.get(s.date) ?? []), p.clientId]);
  }
  const missing = new Map<number, string>();
  for (const [day, ids] of [...byDay].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const valid = clientsWithValidAgreement(ctx, ids, day);
    for (const id of ids) if (!valid.has(id) && !missing.has(id)) missing.set(id, day);
  }
  return missing;
}

export function monthWarnings(ctx: Ctx, facts: WarningFacts): PayrollWarning[] {
  const money = (amount: number) => moneyText(ctx.locale, amount);
  const date = (day: string) => dateText(ctx.locale, day);
  const month = monthText(ctx.locale, facts.month);
  const threshold = money(facts.parameters.insuranceThresholdMonthly);
  const noAgreement = daysWithoutAgreement(ctx, facts.payslips);
  const warnings: PayrollWarning[] = [];
  for (const expected of facts.expectedGross.values()) {
    warnings.push(warning(ctx, 'thresholdAhead', expected, { month, expected: money(expected.gross), threshold }));
  }
  for (const p of facts.payslips) {
    const add = (code: PayrollWarningCode, params: Record<string, unknown>) =>
      warnings.push(warning(ctx, code, p, params));
    const day = noAgreement.get(p.clientId);
    if (day !== undefined) add('noValidAgreement', { date: date(day) });
    const low = p.shifts.find((s) => s.hourlyRate < figuresOn(facts, s.date).minWageHourly);
    if (low) {
      add('belowMinimumWage', {
        rate: money(low.hourlyRate),
        minimum: money(figuresOn(facts, low.date).minWageHourly),
        date: date(low.date),
      });
    }
    if (p.insured) {
      const deadline = registrationDeadline(facts.month, facts.parameters);
      add('thresholdReached', { gross: money(p.gross), threshold, deadline: date(deadline) });
    }
    if (p.advances > p.net) {
      add('advancesAboveNet', { advances: money(p.advances), net: money(p.net), over: money(p.advances - p.net) });
    }
    const previous = facts.declaredBefore.get(p.clientId);
    if (!p.taxDeclarationSigned && previous !== undefined) {
      add('taxDeclarationWithdrawn', { previous: monthText(ctx.locale, previous) });
    } else if (!p.taxDeclarationSigned && p.shifts.length > 0) {
      add('noTaxDeclaration', { tax: money(p.tax) });
    }
    const since = facts.declarationSince.get(p.clientId);
    if (p.taxDeclarationSigned && since && since >= `${facts.month}-01`) {
      add('declarationElsewhere', { since: date(since) });
    }
  }
  return warnings;
}
