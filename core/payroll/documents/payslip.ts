/**
 * The payslip (výplatní lístek): who, which month, the shifts and hours, the
 * rates, then the ledger — pay, deductions, payouts — each line with how it was
 * computed, what the employer pays on top, and the law behind the figures.
 * Never a birth number, health or fitness details, or notes.
 */
import type { Locale } from '../../contract/i18n.js';
import {
  dateText,
  fullName,
  moneyText,
  monthText,
  periodText,
  percentText,
  shortDateText,
} from '../../contract/present.js';
import {
  keyValues,
  letterhead,
  paragraph,
  renderPdf,
  startSection,
  table,
  type PdfDoc,
  type TableCell,
  type TableColumn,
} from '../../documents/index.js';
import { jobDate, type DocumentTemplate } from '../../documents/registry.js';
import { lastDayOf, payRuleCitations, type PayRule } from '../../pay/index.js';
import { payslipData, payslipsData, type PayslipData } from './data.js';
import { hours, payslipLedger } from './ledger.js';
import { titleBlock } from './month-sheet.js';
import { payslipTexts, shiftsText, type PayslipTexts } from './texts-payslip.js';

function columns(t: PayslipTexts): TableColumn[] {
  return [
    { header: t.columns.item, flex: 5, maxLines: 2 },
    { header: t.columns.basis, flex: 6, maxLines: 2 },
    { header: t.columns.amount, width: 84, align: 'right', maxLines: 1 },
  ];
}

function ledgerRows(lang: Locale, data: PayslipData): TableCell[][] {
  return payslipLedger(lang, data).flatMap((section) => [
    [{ text: section.title, bold: true, muted: true }, null, null],
    ...section.rows.map((row): TableCell[] => [
      { text: row.label, bold: row.total },
      { text: row.basis, muted: true },
      { text: moneyText(lang, row.amount), bold: row.total },
    ]),
  ]);
}

function rateText(t: PayslipTexts, lang: Locale, data: PayslipData): string {
  const rates = [...new Set(data.lines.filter((l) => l.key === 'work').map((l) => l.basis.hourlyRate ?? 0))];
  return rates.map((rate) => `${moneyText(lang, rate)} ${t.perHour}`).join(', ');
}

function taxText(t: PayslipTexts, data: PayslipData): string {
  if (data.taxRegime === 'withholding') return t.withholding;
  return data.taxDeclarationSigned ? t.advanceDeclared : t.advanceUndeclared;
}

function headerRows(t: PayslipTexts, lang: Locale, data: PayslipData): [string, string][] {
  const threshold = data.lines.find((l) => l.key === 'insuranceThreshold')?.amount ?? 0;
  const gross = moneyText(lang, data.gross);
  const days = data.shifts.map((s) => `${shortDateText(lang, s.date)} (${hours(lang, s.minutes)})`).join(', ');
  const payment = data.payment.way === 'cash' ? t.cash : t.bank(data.payment.bankAccount);
  return [
    [t.employee, `${fullName(data.client)}, ${t.code} ${data.client.code} · ${t.agreementKind}`],
    [t.period, periodText(lang, `${data.month}-01`, lastDayOf(data.month))],
    [t.worked, `${shiftsText(lang, data.shifts.length)}, ${hours(lang, data.minutes)}`],
    [t.days, days],
    [t.rates, rateText(t, lang, data)],
    [
      t.insurance,
      data.insured ? t.insured(gross, moneyText(lang, threshold)) : t.notInsured(gross, moneyText(lang, threshold)),
    ],
    [t.taxRegime, taxText(t, data)],
    [t.paidHow, payment],
    ...(data.payday === null ? [] : [[t.payday, dateText(lang, data.payday)] as [string, string]]),
  ];
}

/** What the employer pays on top of the pay, in one line: it is not part of the ledger's sums. */
function employerText(t: PayslipTexts, lang: Locale, data: PayslipData): string | null {
  const social = data.lines.find((l) => l.key === 'employerSocial');
  const health = data.lines.find((l) => l.key === 'employerHealth');
  if (!social || !health) return null;
  const money = (value: number | undefined) => moneyText(lang, value ?? 0);
  const socialBasis = t.of(percentText(lang, social.basis.rateBp ?? 0), money(social.basis.base));
  return [
    `${t.employerSocial} ${socialBasis}: ${money(social.amount)}`,
    `${t.employerHealth} ${t.employerHealthBasis(money(health.basis.base))}: ${money(health.amount)}`,
  ].join('; ');
}

/** The citations of the rules the month's figures came from, once each. */
function legalBasis(data: PayslipData): string {
  const rules = [...new Set(data.lines.map((l) => l.rule))].filter((r): r is PayRule => r in payRuleCitations);
  return rules.map((rule) => payRuleCitations[rule]).join('; ');
}

/** One payslip from the cursor on; the caller starts its section (page numbering, footer). */
export function drawPayslip(doc: PdfDoc, data: PayslipData): void {
  const t = payslipTexts(doc.lang);
  const lang = doc.lang;
  letterhead(doc, { name: data.employer.name, address: data.employer.address, ico: data.employer.ico });
  titleBlock(doc, t.title(monthText(lang, data.month)), data.closed, t.draft);
  keyValues(doc, headerRows(t, lang, data), { labelWidth: 110 });
  table(doc, columns(t), ledgerRows(lang, data));
  if (data.remainder < 0) paragraph(doc, t.overAdvancedNote, { bold: true });
  const employer = employerText(t, lang, data);
  if (employer !== null) paragraph(doc, `${t.employerPays}: ${employer}.`, { muted: true });
  paragraph(doc, `${t.legalBasis}: ${legalBasis(data)}`, { muted: true });
}

function footerOf(t: PayslipTexts, lang: Locale, data: PayslipData): string {
  return t.footer(monthText(lang, data.month), fullName(data.client));
}

export const payslipTemplate: DocumentTemplate = (job, env) => {
  const data = payslipData.parse(job.data);
  const t = payslipTexts(job.lang);
  return renderPdf(
    {
      fontsDir: env.fontsDir,
      title: `${t.title(monthText(job.lang, data.month))} – ${fullName(data.client)}`,
      author: data.employer.name,
      subject: t.subject,
      lang: job.lang,
      createdAt: jobDate(job),
      footerText: footerOf(t, job.lang, data),
    },
    (doc) => {
      startSection(doc, footerOf(t, job.lang, data), data.closed ? undefined : t.draftStamp);
      drawPayslip(doc, data);
    },
  );
};

/** Every payslip of the month in one file, each numbering its own pages. */
export const payslipsTemplate: DocumentTemplate = (job, env) => {
  const data = payslipsData.parse(job.data);
  const t = payslipTexts(job.lang);
  const title = t.allTitle(monthText(job.lang, data.month));
  return renderPdf(
    {
      fontsDir: env.fontsDir,
      title,
      author: data.payslips[0]?.employer.name ?? title,
      subject: t.subject,
      lang: job.lang,
      createdAt: jobDate(job),
    },
    (doc) => {
      for (const payslip of data.payslips) {
        startSection(doc, footerOf(t, job.lang, payslip), data.closed ? undefined : t.draftStamp);
        drawPayslip(doc, payslip);
      }
    },
  );
};
