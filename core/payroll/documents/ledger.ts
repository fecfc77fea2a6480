/**
 * The payslip as a ledger: every component and deduction one signed row, each
 * section closed by its total, so the paper can be checked with a pencil —
 * the earnings add up to the gross pay, the gross pay and the deductions to
 * the net pay, the net pay and the payouts to what is left to pay. The figures
 * come from core/pay's lines as computed; nothing is recomputed here, only
 * checked: a payslip that would not add up is refused rather than printed.
 */
import type { Locale } from '../../contract/i18n.js';
import { dateText, hoursText, moneyText, monthText, NBSP, percentText } from '../../contract/present.js';
import type { PayslipData, PrintedPayLine } from './data.js';
import { payslipTexts, type PayslipTexts } from './texts-payslip.js';

export interface LedgerRow {
  label: string;
  basis: string;
  /** Signed haléře: a deduction is negative. */
  amount: number;
  total: boolean;
}

export interface LedgerSection {
  title: string;
  rows: LedgerRow[];
}

function lineOf(data: PayslipData, key: string): PrintedPayLine | undefined {
  return data.lines.find((line) => line.key === key);
}

export function hours(lang: Locale, minutes: number | undefined): string {
  return `${hoursText(lang, minutes ?? 0)}${NBSP}h`;
}

function earningRows(t: PayslipTexts, lang: Locale, data: PayslipData): LedgerRow[] {
  const labels: Record<string, string> = {
    work: t.work,
    holidayPremium: t.holidayPremium,
    weekendPremium: t.weekendPremium,
  };
  return data.lines
    .filter((line) => line.key in labels)
    .map((line) => {
      const { minutes, hourlyRate, rateBp } = line.basis;
      const rate = `${hours(lang, minutes)} × ${moneyText(lang, hourlyRate ?? 0)}`;
      return {
        label: labels[line.key] ?? line.key,
        basis: line.key === 'work' ? rate : `${rate} × ${percentText(lang, rateBp ?? 0)}`,
        amount: line.amount,
        total: false,
      };
    });
}

function deductionRows(t: PayslipTexts, lang: Locale, data: PayslipData): LedgerRow[] {
  const money = (value: number | undefined) => moneyText(lang, value ?? 0);
  const rate = (value: number | undefined) => percentText(lang, value ?? 0);
  const premium = lineOf(data, 'healthPremium');
  const rows: LedgerRow[] = [];
  const add = (key: string, label: string, basis: (line: PrintedPayLine) => string, sign: 1 | -1 = -1) => {
    const line = lineOf(data, key);
    if (line) rows.push({ label, basis: basis(line), amount: sign * line.amount, total: false });
  };
  add('employeeSocial', t.employeeSocial, (l) => t.of(rate(l.basis.rateBp), money(l.basis.base)));
  add('employeeHealth', t.employeeHealth, (l) =>
    t.healthShare(rate(l.basis.rateBp), rate(l.basis.ofRateBp), money(l.basis.base), money(premium?.basis.base)),
  );
  add('employeeHealthTopUp', t.employeeHealthTopUp, (l) =>
    t.topUpBasis(rate(l.basis.rateBp), money(l.basis.base), money(premium?.amount)),
  );
  add('withholdingTax', t.withholdingTax, (l) => t.ofBase(rate(l.basis.rateBp), money(l.basis.base)));
  add('advanceTaxBeforeCredit', t.advanceTax, (l) => t.ofBase(rate(l.basis.rateBp), money(l.basis.base)));
  add('taxpayerCredit', t.taxpayerCredit, (l) => t.creditBasis(money(l.basis.base)), 1);
  return rows;
}

function payoutRows(t: PayslipTexts, lang: Locale, data: PayslipData): LedgerRow[] {
  const rows: LedgerRow[] = data.advances.map((advance) => ({
    label: t.advance(dateText(lang, advance.date)),
    basis: advance.receiptNumber === null ? '' : t.receipt(advance.receiptNumber),
    amount: -advance.amount,
    total: false,
  }));
  for (const adjustment of data.adjustments) {
    rows.push({
      label: t.adjustment(adjustment.reason),
      basis: adjustment.sourceMonth === null ? '' : t.adjustmentFor(monthText(lang, adjustment.sourceMonth)),
      amount: adjustment.amount,
      total: false,
    });
  }
  if (data.rounding !== 0) rows.push({ label: t.rounding, basis: '', amount: data.rounding, total: false });
  return rows;
}

function closed(title: string, rows: LedgerRow[], opening: number, total: LedgerRow): LedgerSection {
  const sum = rows.reduce((acc, row) => acc + row.amount, opening);
  if (sum !== total.amount) {
    throw new Error(`The payslip's ${title} add up to ${sum}, not to the ${total.amount} it would print`);
  }
  return { title, rows: [...rows, total] };
}

/** The payslip's three sections, each ending in its total; throws when a total is not the sum of its rows. */
export function payslipLedger(lang: Locale, data: PayslipData): LedgerSection[] {
  const t = payslipTexts(lang);
  const remainderLabel = data.remainder < 0 ? t.overAdvanced : t.remainder;
  return [
    closed(t.earnings, earningRows(t, lang, data), 0, { label: t.gross, basis: '', amount: data.gross, total: true }),
    closed(t.deductions, deductionRows(t, lang, data), data.gross, {
      label: t.net,
      basis: '',
      amount: data.net,
      total: true,
    }),
    closed(t.payout, payoutRows(t, lang, data), data.net, {
      label: remainderLabel,
      basis: '',
      amount: data.remainder,
      total: true,
    }),
  ];
}
