/**
 * The month's run as the documents print it. Pure: every figure is taken from
 * the run (a draft computed by core/pay, a closed month from its snapshot);
 * nothing is computed again except sums and the cash rounding made visible
 * (what is handed over minus what was owed).
 */
import type { PayrollMonth, PayslipView } from '../../contract/payroll.js';
import type { CertificateMonth, MonthSheetData, PayEmployer, PayslipData, SummaryRow } from './data.js';

export interface PrintContext {
  employer: PayEmployer;
  /** The day the month's remainder is due. */
  payday: string | null;
  /** Each client's advance receipts towards the month, in the order paid. */
  advances: ReadonlyMap<number, readonly { date: string; number: string; amount: number }[]>;
  /** The day by which a client insured in the month is registered. */
  registrationDeadline: string | null;
}

/** What is paid on payday (cash rounded up), or, when the advances were more, the overpaid amount as negative. */
function settled(view: PayslipView): { remainder: number; rounding: number } {
  if (view.remainder < 0) return { remainder: view.remainder, rounding: 0 };
  return { remainder: view.toPay, rounding: view.toPay - view.remainder };
}

function clientOf(view: PayslipView): PayslipData['client'] {
  return { id: view.clientId, code: view.code, firstName: view.firstName, lastName: view.lastName };
}

function lineAmount(view: PayslipView, key: string): number {
  return view.lines.find((line) => line.key === key)?.amount ?? 0;
}

export function payslipFromRun(run: PayrollMonth, view: PayslipView, context: PrintContext): PayslipData {
  return {
    month: run.month,
    closed: run.state === 'closed',
    employer: context.employer,
    client: clientOf(view),
    shifts: view.shifts.map(({ date, minutes }) => ({ date, minutes })),
    minutes: view.minutes,
    lines: view.lines.map(({ key, amount, basis, rule }) => ({ key, amount, basis, rule })),
    insured: view.insured,
    taxRegime: view.taxRegime,
    taxDeclarationSigned: view.taxDeclarationSigned,
    gross: view.gross,
    net: view.net,
    advances: (context.advances.get(view.clientId) ?? []).map((a) => ({
      date: a.date,
      receiptNumber: a.number,
      amount: a.amount,
    })),
    adjustments: view.adjustments.map(({ reason, sourceMonth, amount }) => ({ reason, sourceMonth, amount })),
    ...settled(view),
    payment: { way: view.paymentMethod, bankAccount: view.bankAccount },
    payday: context.payday,
  };
}

function summaryRowOf(view: PayslipView): SummaryRow {
  const withholding = view.taxRegime === 'withholding';
  return {
    client: clientOf(view),
    shifts: view.shifts.length,
    minutes: view.minutes,
    gross: view.gross,
    insured: view.insured,
    employeeSocial: view.employeeSocial,
    employeeHealth: view.employeeHealth,
    employerSocial: view.employerSocial,
    employerHealth: view.employerHealth,
    taxRegime: view.taxRegime,
    taxBase: lineAmount(view, withholding ? 'withholdingTaxBase' : 'advanceTaxBase'),
    taxBeforeCredit: lineAmount(view, withholding ? 'withholdingTax' : 'advanceTaxBeforeCredit'),
    taxCredit: view.taxCredit,
    tax: view.tax,
    net: view.net,
    advances: view.advances,
    adjustments: view.adjustmentsTotal,
    ...settled(view),
    payment: { way: view.paymentMethod, bankAccount: view.bankAccount },
    paid: view.paid === null ? null : { on: view.paid.date, receiptNumber: view.paid.receiptNumber },
  };
}

export function monthSheetFromRun(run: PayrollMonth, context: PrintContext): MonthSheetData {
  return {
    month: run.month,
    closed: run.state === 'closed',
    employer: context.employer,
    payday: context.payday,
    rows: run.payslips.map(summaryRowOf),
    registrations: run.payslips
      .filter((view) => view.insured)
      .map((view) => ({ client: clientOf(view), deadline: context.registrationDeadline })),
  };
}

/** A closed month's figures as the yearly income certificate lists them. */
export function certificateMonthOf(month: string, view: PayslipView): CertificateMonth {
  const withholding = view.taxRegime === 'withholding';
  return {
    month,
    gross: view.gross,
    employeeSocial: view.employeeSocial,
    employeeHealth: view.employeeHealth,
    taxBase: lineAmount(view, withholding ? 'withholdingTaxBase' : 'advanceTaxBase'),
    taxBeforeCredit: lineAmount(view, withholding ? 'withholdingTax' : 'advanceTaxBeforeCredit'),
    taxCredit: view.taxCredit,
    tax: view.tax,
    taxDeclarationSigned: view.taxDeclarationSigned,
  };
}
