/**
 * The pay documents' jobs: the month's run (a draft computed now, a closed
 * month from its snapshot) turned into what the templates print. Printing
 * changes nothing but the audit log: a certificate names the taxpayer by birth
 * number, so who issued one is recorded.
 */
import { eq } from 'drizzle-orm';
import { clients } from '../../db/schema/index.js';
import type { Ctx } from '../api/context.js';
import { DomainError, notFound } from '../api/domain-error.js';
import type { Handlers } from '../api/handler.js';
import { requireEmployerComplete } from '../agreements/index.js';
import { receiptsTowardsMonth } from '../cash/index.js';
import { addDays } from '../contract/dates.js';
import type { Locale } from '../contract/i18n.js';
import type { PayrollMonth } from '../contract/payroll.js';
import type { payrollDocumentMethods } from '../contract/payroll-documents.js';
import { monthText } from '../contract/present.js';
import { foldText } from '../contract/text.js';
import type { DocumentJob } from '../documents/registry.js';
import { lastDayOf } from '../pay/index.js';
import { payrollTemplateNames, type CertificateData, type PayEmployer } from './documents/data.js';
import { certificateMonthOf, monthSheetFromRun, payslipFromRun, type PrintContext } from './documents/from-run.js';
import { certificateTexts } from './documents/texts-certificate.js';
import { monthTexts } from './documents/texts-month.js';
import { payslipTexts } from './documents/texts-payslip.js';
import { closedMonth, loadMonth } from './month.js';
import { registrationDeadline } from './warnings.js';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function slug(...parts: string[]): string {
  return foldText(parts.join(' '))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function employerOf(ctx: Ctx): { employer: PayEmployer; payday: number } {
  const e = requireEmployerComplete(ctx);
  const employer = {
    name: e.name ?? '',
    address: [e.street ?? '', `${e.postcode ?? ''} ${e.city ?? ''}`.trim()],
    ico: e.ico ?? '',
    representativeName: e.representativeName,
    representativeRole: e.representativeRole,
  };
  return { employer, payday: e.payday };
}

/** The employer's payday (a day of the month) in the month after `month`, kept within that month. */
function paydayAfter(month: string, day: number): string {
  const next = addDays(lastDayOf(month), 1).slice(0, 7);
  const last = lastDayOf(next);
  return `${next}-${String(Math.min(day, Number(last.slice(8)))).padStart(2, '0')}`;
}

/** The month's run with something to print, and what its papers need besides. */
function runFor(ctx: Ctx, month: string): { run: PayrollMonth; context: PrintContext; createdAt: string } {
  const run = loadMonth(ctx, month);
  if (run.payslips.length === 0) {
    throw new DomainError('payrollDocuments.nobodyWorked', { month: monthText(ctx.locale, month) }, 'month');
  }
  const { employer, payday } = employerOf(ctx);
  const context: PrintContext = {
    employer,
    payday: paydayAfter(month, payday),
    advances: receiptsTowardsMonth(ctx, month, 'advance'),
    registrationDeadline: registrationDeadline(month, run.parameters),
  };
  // A closed month prints with the moment it was closed, so a reprint is the same file.
  return { run, context, createdAt: run.closedAt ?? ctx.timestamp() };
}

function payslipJob(ctx: Ctx, month: string, clientId: number, lang: Locale): DocumentJob {
  const { run, context, createdAt } = runFor(ctx, month);
  const view = run.payslips.find((p) => p.clientId === clientId);
  if (!view) throw new DomainError('payrollDocuments.notInMonth', { month: monthText(ctx.locale, month) }, 'clientId');
  const fileName = `${slug(payslipTexts(lang).file, month, view.lastName, view.firstName)}.pdf`;
  const data = payslipFromRun(run, view, context);
  return { template: payrollTemplateNames.payslip, fileName, lang, createdAt, data };
}

function payslipsJob(ctx: Ctx, month: string, lang: Locale): DocumentJob {
  const { run, context, createdAt } = runFor(ctx, month);
  const data = {
    month,
    closed: run.state === 'closed',
    payslips: run.payslips.map((view) => payslipFromRun(run, view, context)),
  };
  const fileName = `${slug(payslipTexts(lang).fileAll, month)}.pdf`;
  return { template: payrollTemplateNames.payslips, fileName, lang, createdAt, data };
}

type SheetKind = 'paydayList' | 'summary' | 'summaryCsv' | 'summaryXlsx';

function monthSheetJob(ctx: Ctx, month: string, kind: SheetKind, lang: Locale): DocumentJob {
  const { run, context, createdAt } = runFor(ctx, month);
  const t = monthTexts(lang);
  const name = slug(kind === 'paydayList' ? t.filePayday : t.fileSummary, month);
  const files = {
    paydayList: { fileName: `${name}.pdf`, contentType: 'application/pdf' },
    summary: { fileName: `${name}.pdf`, contentType: 'application/pdf' },
    summaryCsv: { fileName: `${name}.csv`, contentType: 'text/csv' },
    summaryXlsx: { fileName: `${name}.xlsx`, contentType: xlsxType },
  } as const;
  const data = monthSheetFromRun(run, context);
  return { template: payrollTemplateNames[kind], ...files[kind], lang, createdAt, data };
}

function certificateJob(ctx: Ctx, clientId: number, year: number, lang: Locale): DocumentJob {
  const client = ctx.db
    .select({
      code: clients.code,
      firstName: clients.firstName,
      lastName: clients.lastName,
      birthDate: clients.birthDate,
      birthNumber: clients.birthNumber,
      street: clients.street,
      city: clients.city,
      postcode: clients.postcode,
    })
    .from(clients)
    .where(eq(clients.id, clientId))
    .get();
  if (!client) throw notFound('clientId');
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`).flatMap((month) => {
    const view = closedMonth(ctx, month)?.payslips.find((p) => p.clientId === clientId);
    return view ? [{ month, view }] : [];
  });
  if (months.length === 0) throw new DomainError('payrollDocuments.noClosedMonths', { year }, 'year');
  const taxedBy = (regime: 'advance' | 'withholding') =>
    months.filter(({ view }) => view.taxRegime === regime).map(({ month, view }) => certificateMonthOf(month, view));
  const address = [client.street, [client.postcode, client.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const data: CertificateData = {
    year,
    employer: employerOf(ctx).employer,
    client: {
      id: clientId,
      code: client.code,
      firstName: client.firstName,
      lastName: client.lastName,
      birthDate: client.birthDate,
      birthNumber: client.birthNumber,
      address: address === '' ? null : address,
    },
    advance: taxedBy('advance'),
    withholding: taxedBy('withholding'),
    issuedOn: ctx.today(),
  };
  ctx.audit({ entity: 'incomeCertificate', entityId: clientId, detail: { year, lang } });
  const fileName = `${slug(certificateTexts(lang).fileName, String(year), client.lastName, client.firstName)}.pdf`;
  return { template: payrollTemplateNames.certificate, fileName, lang, createdAt: ctx.timestamp(), data };
}

export const payrollDocumentHandlers: Handlers<typeof payrollDocumentMethods> = {
  'payroll.printPayslip': ({ month, clientId, lang }, ctx) => payslipJob(ctx, month, clientId, lang ?? ctx.locale),
  'payroll.printPayslips': ({ month, lang }, ctx) => payslipsJob(ctx, month, lang ?? ctx.locale),
  'payroll.printPaydayList': ({ month, lang }, ctx) => monthSheetJob(ctx, month, 'paydayList', lang ?? ctx.locale),
  'payroll.printSummary': ({ month, lang }, ctx) => monthSheetJob(ctx, month, 'summary', lang ?? ctx.locale),
  'payroll.exportSummary': ({ month, format, lang }, ctx) =>
    monthSheetJob(ctx, month, format === 'csv' ? 'summaryCsv' : 'summaryXlsx', lang ?? ctx.locale),
  'payroll.printIncomeCertificate': ({ clientId, year, lang }, ctx) =>
    certificateJob(ctx, clientId, year, lang ?? ctx.locale),
};
