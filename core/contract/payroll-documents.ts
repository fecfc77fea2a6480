import { z } from 'zod';
import { isoMonth } from './cash.js';
import { id } from './fields.js';
import { locales } from './i18n.js';
import { documentMethod } from './method.js';

const printLang = z.enum(locales, { error: 'validation.invalidOption' }).optional();

const year = z
  .number({ error: 'validation.required' })
  .int('validation.integer')
  .min(2000, 'validation.tooSmall')
  .max(2100, 'validation.tooBig');

export const summaryFormats = ['csv', 'xlsx'] as const;

/** The pay documents: payslips, the payday list, the accountant's summary and its exports, income certificates. */
export const payrollDocumentMethods = {
  'payroll.printPayslip': documentMethod({
    summary:
      'Print one client’s payslip for a month (a closed month from its snapshot, a draft month marked as a draft).',
    kind: 'document',
    input: z.strictObject({ month: isoMonth, clientId: id, lang: printLang }),
  }),
  'payroll.printPayslips': documentMethod({
    summary: 'Print every payslip of a month into one PDF.',
    kind: 'document',
    input: z.strictObject({ month: isoMonth, lang: printLang }),
  }),
  'payroll.printPaydayList': documentMethod({
    summary: 'Print the payday list: what each client is paid, with a signature line for each cash payout.',
    kind: 'document',
    input: z.strictObject({ month: isoMonth, lang: printLang }),
  }),
  'payroll.printSummary': documentMethod({
    summary: 'Print the month’s pay for the accountant: totals, registrations, and every client’s figures.',
    kind: 'document',
    input: z.strictObject({ month: isoMonth, lang: printLang }),
  }),
  'payroll.exportSummary': documentMethod({
    summary:
      'The month’s pay for the accountant as a table to import: CSV (UTF-8 with BOM, ";", decimal comma) or XLSX.',
    kind: 'document',
    input: z.strictObject({
      month: isoMonth,
      format: z.enum(summaryFormats, { error: 'validation.invalidOption' }),
      lang: printLang,
    }),
  }),
  'payroll.printIncomeCertificate': documentMethod({
    summary:
      'Print a client’s yearly certificate of taxable income (advance tax) and/or of income taxed by withholding, from closed months.',
    kind: 'document',
    input: z.strictObject({ clientId: id, year, lang: printLang }),
  }),
};
