/** One client's payslip of a month, built from the pay module's figures. Pure. */
import type { PayAdjustment, PayslipView } from '../contract/payroll.js';
import { listName } from '../contract/present.js';
import type { WorkedDay } from '../attendance/index.js';
import { payMonth, payRuleCitations, roundUpCashPay, type ClientPayFacts, type PayFigures } from '../pay/index.js';
import { periodCovers } from '../periods/index.js';
import type { ClientRow, TermSegment } from './inputs.js';
import { pieceOf } from './inputs.js';

/** A payslip as computed and as a closed month keeps it; the paid mark and the changes are added when shown. */
export type PayslipFigures = Omit<PayslipView, 'changes' | 'paid'>;

export interface PayslipInput {
  month: string;
  client: ClientRow;
  worked: readonly WorkedDay[];
  segments: readonly TermSegment[];
  facts: ClientPayFacts;
  parameters: readonly PayFigures[];
  advances: number;
  adjustments: readonly PayAdjustment[];
}

function addressOf(client: ClientRow): string | null {
  const town = [client.postcode, client.city].filter(Boolean).join(' ');
  const address = [client.street, town].filter(Boolean).join(', ');
  return address === '' ? null : address;
}

function rateOf(segments: readonly TermSegment[], date: string): number {
  const found = segments.find((s) => periodCovers(s, date));
  if (!found) throw new Error(`no agreed rate on ${date}`);
  return found.terms.hourlyRate;
}

/**
 * The remainder is net − advances + corrections. Over-advanced (below zero),
 * nothing is paid and the difference is shown: deducting it needs the
 * client's agreement, entered as a correction. Cash is rounded up to whole CZK.
 */
function remainderOf(net: number, advances: number, adjustments: number, method: 'cash' | 'bank') {
  const remainder = net - advances + adjustments;
  if (remainder <= 0) return { remainder, toPay: 0, overAdvanced: -remainder };
  return { remainder, toPay: method === 'cash' ? roundUpCashPay(remainder) : remainder, overAdvanced: 0 };
}

export function payslipOf(input: PayslipInput): PayslipFigures {
  const { month, client, worked, segments, facts, parameters } = input;
  const pay = payMonth({ month, work: worked.map(pieceOf), terms: segments, facts, parameters });
  const sumOf = (keys: readonly string[]) =>
    pay.lines.filter((l) => keys.includes(l.key)).reduce((total, l) => total + l.amount, 0);
  const hourlyRates = [...new Set(pay.lines.filter((l) => l.key === 'work').map((l) => l.basis.hourlyRate ?? 0))];
  const adjustmentsTotal = input.adjustments.reduce((total, a) => total + a.amount, 0);
  return {
    clientId: client.id,
    code: client.code,
    firstName: client.firstName,
    lastName: client.lastName,
    name: listName(client),
    birthDate: client.birthDate,
    address: addressOf(client),
    paymentMethod: client.paymentMethod,
    bankAccount: client.bankAccount,
    shifts: worked.map((w) => ({
      workRecordId: w.workRecordId,
      date: w.workDate,
      minutes: w.minutes,
      dayKind: w.dayKind,
      hourlyRate: rateOf(segments, w.workDate),
    })),
    minutes: pay.minutes,
    hourlyRates,
    basePay: sumOf(['work']),
    premiums: sumOf(['holidayPremium', 'weekendPremium']),
    gross: pay.gross,
    insured: pay.insured,
    employeeSocial: pay.employeeSocial,
    employeeHealth: pay.employeeHealth,
    employerSocial: pay.employerSocial,
    employerHealth: pay.employerHealth,
    taxRegime: pay.taxRegime,
    taxDeclarationSigned: facts.taxDeclarationSigned,
    taxCredit: sumOf(['taxpayerCredit']),
    tax: pay.tax,
    net: pay.net,
    advances: input.advances,
    adjustments: [...input.adjustments],
    adjustmentsTotal,
    ...remainderOf(pay.net, input.advances, adjustmentsTotal, client.paymentMethod),
    lines: pay.lines.map((line) => ({ ...line, citation: payRuleCitations[line.rule] })),
  };
}
