/**
 * Print data built from the real pay rules (core/pay), for the layouts' own
 * tests: the worked example of domain.md, an insured month with premiums and a
 * top-up, and a month whose advances were more than its pay.
 */
import type { CertificateData, MonthSheetData, PayslipData, SummaryRow } from '../../../core/payroll/documents/data.js';
import { payMonth, type MonthPay } from '../../../core/pay/index.js';
import { declared, monthInput, onlyRate, rate2026, shift } from '../pay/support.js';

export const employer = {
  name: 'Kontaktní centrum Přístav, z. s.',
  address: ['Křenová 62', '602 00 Brno'],
  ico: '22601007',
  representativeName: 'Mgr. Šárka Dvořáková',
  representativeRole: 'ředitelka',
};

export const rehor = { id: 1, code: 'K-001', firstName: 'Řehoř', lastName: 'Šťastný' };
export const zofie = { id: 2, code: 'K-002', firstName: 'Žofie', lastName: 'Čermáková' };
export const ludek = { id: 3, code: 'K-003', firstName: 'Luděk', lastName: 'Žďárský' };

function line(pay: MonthPay, key: string): number {
  return pay.lines.find((l) => l.key === key)?.amount ?? 0;
}

/** The pay rounded up to whole crowns for cash, as payday pays it. */
function cashRounding(remainder: number): number {
  return remainder > 0 && remainder % 100 !== 0 ? 100 - (remainder % 100) : 0;
}

export function payslipOf(
  pay: MonthPay,
  options: {
    client?: PayslipData['client'];
    advances?: PayslipData['advances'];
    adjustments?: PayslipData['adjustments'];
    way?: 'cash' | 'bank';
    declared?: boolean;
    closed?: boolean;
    shifts?: PayslipData['shifts'];
  } = {},
): PayslipData {
  const advances = options.advances ?? [];
  const adjustments = options.adjustments ?? [];
  const before = pay.net - advances.reduce((s, a) => s + a.amount, 0) + adjustments.reduce((s, a) => s + a.amount, 0);
  const way = options.way ?? 'cash';
  const rounding = way === 'cash' ? cashRounding(before) : 0;
  return {
    month: pay.month,
    closed: options.closed ?? true,
    employer,
    client: options.client ?? rehor,
    shifts: options.shifts ?? [],
    minutes: pay.minutes,
    lines: pay.lines,
    insured: pay.insured,
    taxRegime: pay.taxRegime,
    taxDeclarationSigned: options.declared ?? false,
    gross: pay.gross,
    net: pay.net,
    advances,
    adjustments,
    rounding,
    remainder: before + rounding,
    payment: { way, bankAccount: way === 'bank' ? '2000145399/2010' : null },
    payday: '2026-12-15',
  };
}

const days = ['2026-11-02', '2026-11-04', '2026-11-06', '2026-11-09', '2026-11-11'];

/** domain.md's worked example: 5 × 3 h at 134.40 CZK, no declaration — withholding tax 302 CZK. */
export const workedExample = payMonth(
  monthInput(
    '2026-11',
    days.map((d) => shift(d)),
    onlyRate(rate2026),
  ),
);

/** An insured month: 12 shifts, one on a Saturday and one on 17 November, with a declaration. */
export const insuredMonth = payMonth(
  monthInput(
    '2026-11',
    [
      ...['02', '04', '06', '09', '11', '13', '16', '18', '20', '23'].map((d) => shift(`2026-11-${d}`)),
      shift('2026-11-14', 180, { weekend: true }),
      shift('2026-11-17', 180, { holiday: true }),
    ],
    onlyRate(rate2026),
    declared,
  ),
);

const insuredDays = ['02', '04', '06', '09', '11', '13', '14', '16', '17', '18', '20', '23'];

export function workedShifts(pay: MonthPay): PayslipData['shifts'] {
  const dates = pay === workedExample ? days : insuredDays.map((d) => `2026-11-${d}`);
  return dates.map((date) => ({ date, minutes: 180 }));
}

export function summaryRowOf(slip: PayslipData, pay: MonthPay): SummaryRow {
  const withholding = pay.taxRegime === 'withholding';
  return {
    client: slip.client,
    shifts: slip.shifts.length,
    minutes: pay.minutes,
    gross: pay.gross,
    insured: pay.insured,
    employeeSocial: pay.employeeSocial,
    employeeHealth: pay.employeeHealth,
    employerSocial: pay.employerSocial,
    employerHealth: pay.employerHealth,
    taxRegime: pay.taxRegime,
    taxBase: line(pay, withholding ? 'withholdingTaxBase' : 'advanceTaxBase'),
    taxBeforeCredit: withholding ? pay.tax : line(pay, 'advanceTaxBeforeCredit'),
    taxCredit: line(pay, 'taxpayerCredit'),
    tax: pay.tax,
    net: pay.net,
    advances: slip.advances.reduce((s, a) => s + a.amount, 0),
    adjustments: slip.adjustments.reduce((s, a) => s + a.amount, 0),
    rounding: slip.rounding,
    remainder: slip.remainder,
    payment: slip.payment,
    paid: null,
  };
}

export const slips = {
  rehor: payslipOf(workedExample, {
    shifts: workedShifts(workedExample),
    advances: [
      { date: '2026-11-02', receiptNumber: 'V-2026-0001', amount: 30200 },
      { date: '2026-11-04', receiptNumber: 'V-2026-0002', amount: 30200 },
    ],
  }),
  zofie: payslipOf(insuredMonth, { client: zofie, way: 'bank', declared: true, shifts: workedShifts(insuredMonth) }),
  ludek: payslipOf(workedExample, {
    client: ludek,
    shifts: workedShifts(workedExample),
    advances: [{ date: '2026-11-02', receiptNumber: 'V-2026-0003', amount: 180000 }],
    adjustments: [{ reason: 'opravený záznam práce z 30. 10.', sourceMonth: '2026-10', amount: -4033 }],
  }),
};

export const monthSheet: MonthSheetData = {
  month: '2026-11',
  closed: true,
  employer,
  payday: '2026-12-15',
  rows: [
    summaryRowOf(slips.rehor, workedExample),
    summaryRowOf(slips.zofie, insuredMonth),
    summaryRowOf(slips.ludek, workedExample),
  ],
  registrations: [{ client: zofie, deadline: '2026-12-08' }],
};

export const certificate: CertificateData = {
  year: 2026,
  employer,
  client: { ...rehor, birthDate: '1980-03-15', birthNumber: '800315/1236', address: 'Cejl 12, 602 00 Brno' },
  advance: [
    {
      month: '2026-11',
      gross: insuredMonth.gross,
      employeeSocial: insuredMonth.employeeSocial,
      employeeHealth: insuredMonth.employeeHealth,
      taxBase: line(insuredMonth, 'advanceTaxBase'),
      taxBeforeCredit: line(insuredMonth, 'advanceTaxBeforeCredit'),
      taxCredit: line(insuredMonth, 'taxpayerCredit'),
      tax: insuredMonth.tax,
      taxDeclarationSigned: true,
    },
  ],
  withholding: [
    {
      month: '2026-10',
      gross: workedExample.gross,
      employeeSocial: 0,
      employeeHealth: 0,
      taxBase: line(workedExample, 'withholdingTaxBase'),
      taxBeforeCredit: workedExample.tax,
      taxCredit: 0,
      tax: workedExample.tax,
      taxDeclarationSigned: false,
    },
  ],
  issuedOn: '2027-02-10',
};
