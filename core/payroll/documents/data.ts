/**
 * What the pay documents print. Values stay raw (ISO dates, haléře, minutes,
 * basis points), so the same data renders in Czech or English, and a closed
 * month's snapshot prints the same paper years later. Templates parse it with
 * these schemas, so a malformed snapshot fails loudly instead of printing
 * wrong figures.
 */
import { z } from 'zod';

const money = z.number().int();
const month = z.string().regex(/^\d{4}-\d{2}$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const payEmployer = z.object({
  name: z.string(),
  /** Street; postcode and town. */
  address: z.array(z.string()),
  ico: z.string(),
  representativeName: z.string().nullable(),
  representativeRole: z.string().nullable(),
});
export type PayEmployer = z.infer<typeof payEmployer>;

/** Who is paid: name and programme code only, never a birth number, notes or health details. */
export const payClient = z.object({
  id: z.number().int(),
  code: z.string(),
  firstName: z.string(),
  lastName: z.string(),
});
export type PayClient = z.infer<typeof payClient>;

export const paymentWays = ['cash', 'bank'] as const;
export type PaymentWay = (typeof paymentWays)[number];

/** One figure of core/pay's `MonthPay.lines`, as it was computed (the rule names the law). */
export const printedPayLine = z.object({
  key: z.string(),
  amount: money,
  basis: z.object({
    minutes: z.number().int().optional(),
    hourlyRate: money.optional(),
    base: money.optional(),
    rateBp: z.number().int().optional(),
    ofRateBp: z.number().int().optional(),
  }),
  rule: z.string(),
});
export type PrintedPayLine = z.infer<typeof printedPayLine>;

export const printedAdvance = z.object({
  date: isoDate,
  receiptNumber: z.string().nullable(),
  amount: money,
});

/** A correction of an earlier, closed month, settled in this one; signed (a deduction is negative). */
export const printedAdjustment = z.object({
  reason: z.string(),
  sourceMonth: month.nullable(),
  amount: money,
});

export const payslipData = z.object({
  month,
  /** A draft month prints marked as a draft: its figures can still change. */
  closed: z.boolean(),
  employer: payEmployer,
  client: payClient,
  /** Each day worked with its minutes, in date order. */
  shifts: z.array(z.object({ date: isoDate, minutes: z.number().int() })),
  minutes: z.number().int(),
  lines: z.array(printedPayLine),
  insured: z.boolean(),
  taxRegime: z.enum(['withholding', 'advance']),
  taxDeclarationSigned: z.boolean(),
  gross: money,
  net: money,
  advances: z.array(printedAdvance),
  adjustments: z.array(printedAdjustment),
  /** Added to pay out cash in whole crowns (0 for a bank transfer). */
  rounding: money,
  /** What is paid on payday; negative when the advances were more than the month's pay. */
  remainder: money,
  payment: z.object({ way: z.enum(paymentWays), bankAccount: z.string().nullable() }),
  /** The day the remainder is due, when known. */
  payday: isoDate.nullable(),
});
export type PayslipData = z.infer<typeof payslipData>;

export const payslipsData = z.object({ month, closed: z.boolean(), payslips: z.array(payslipData) });
export type PayslipsData = z.infer<typeof payslipsData>;

/** One client's figures of the month, for the payday list, the summary and its exports. */
export const summaryRow = z.object({
  client: payClient,
  shifts: z.number().int(),
  minutes: z.number().int(),
  gross: money,
  insured: z.boolean(),
  employeeSocial: money,
  employeeHealth: money,
  employerSocial: money,
  employerHealth: money,
  taxRegime: z.enum(['withholding', 'advance']),
  /** The base the tax was computed from (rounded as the regime's law says). */
  taxBase: money,
  taxBeforeCredit: money,
  taxCredit: money,
  tax: money,
  net: money,
  advances: money,
  adjustments: money,
  rounding: money,
  remainder: money,
  payment: z.object({ way: z.enum(paymentWays), bankAccount: z.string().nullable() }),
  /** Paid on payday: the day, and the receipt of a cash payout. */
  paid: z.object({ on: isoDate, receiptNumber: z.string().nullable() }).nullable(),
});
export type SummaryRow = z.infer<typeof summaryRow>;

export const monthSheetData = z.object({
  month,
  closed: z.boolean(),
  employer: payEmployer,
  payday: isoDate.nullable(),
  rows: z.array(summaryRow),
  /** Clients whose month reached the insurance threshold: the employer registers them by the deadline. */
  registrations: z.array(z.object({ client: payClient, deadline: isoDate.nullable() })),
});
export type MonthSheetData = z.infer<typeof monthSheetData>;

export const certificateMonth = z.object({
  month,
  gross: money,
  employeeSocial: money,
  employeeHealth: money,
  taxBase: money,
  taxBeforeCredit: money,
  taxCredit: money,
  tax: money,
  taxDeclarationSigned: z.boolean(),
});
export type CertificateMonth = z.infer<typeof certificateMonth>;

export const certificateData = z.object({
  year: z.number().int(),
  employer: payEmployer,
  /**
   * The taxpayer as the certificate identifies them for the tax office: the
   * birth number is printed here (and only here) because the tax return it is
   * attached to is matched by it; without one, the date of birth stands in.
   */
  client: payClient.extend({
    birthDate: isoDate,
    birthNumber: z.string().nullable(),
    address: z.string().nullable(),
  }),
  /** Closed months taxed in advance (zálohová daň), in month order. */
  advance: z.array(certificateMonth),
  /** Closed months taxed by withholding (srážková daň), in month order. */
  withholding: z.array(certificateMonth),
  issuedOn: isoDate,
});
export type CertificateData = z.infer<typeof certificateData>;

export const payrollTemplateNames = {
  payslip: 'payroll.payslip',
  payslips: 'payroll.payslips',
  paydayList: 'payroll.paydayList',
  summary: 'payroll.summary',
  summaryCsv: 'payroll.summaryCsv',
  summaryXlsx: 'payroll.summaryXlsx',
  certificate: 'payroll.certificate',
} as const;
