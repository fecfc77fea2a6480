/**
 * The yearly income certificates a client asks for to file a tax return: one
 * for the months taxed in advance (potvrzení o zdanitelných příjmech ze závislé
 * činnosti), one for the months taxed by withholding. A year with both prints
 * both, each as its own part of one file. Figures come from closed months only.
 */
import type { Locale } from '../../contract/i18n.js';
import { dateText, fullName, moneyText, monthText } from '../../contract/present.js';
import {
  heading,
  keyValues,
  letterhead,
  paragraph,
  renderPdf,
  signatures,
  startSection,
  table,
  type PdfDoc,
  type TableCell,
  type TableColumn,
} from '../../documents/index.js';
import { jobDate, type DocumentTemplate } from '../../documents/registry.js';
import { payRuleCitations } from '../../pay/index.js';
import { certificateData, type CertificateData, type CertificateMonth } from './data.js';
import { certificateTexts, type CertificateTexts } from './texts-certificate.js';

type Kind = 'advance' | 'withholding';
type Summed = Exclude<keyof CertificateMonth, 'month' | 'taxDeclarationSigned'>;

function total(months: readonly CertificateMonth[], key: Summed): number {
  return months.reduce((sum, m) => sum + m[key], 0);
}

function titleOf(t: CertificateTexts, kind: Kind, year: number): string {
  return kind === 'advance' ? t.advanceTitle(year) : t.withholdingTitle(year);
}

function personRows(t: CertificateTexts, lang: Locale, data: CertificateData): [string, string][] {
  const c = data.client;
  const identity: [string, string] =
    c.birthNumber === null ? [t.birthDate, dateText(lang, c.birthDate)] : [t.birthNumber, c.birthNumber];
  return [
    [t.employee, fullName(c)],
    identity,
    [t.address, c.address ?? '.'.repeat(60)],
    [t.code, c.code],
    [t.period, t.periodValue(data.year)],
  ];
}

function columns(t: CertificateTexts, kind: Kind): TableColumn[] {
  const c = t.columns;
  const amount = (header: string): TableColumn => ({ header, flex: 1, align: 'right', maxLines: 1 });
  const month: TableColumn = { header: c.month, width: 92, maxLines: 1 };
  if (kind === 'withholding') return [month, amount(c.gross), amount(c.base), amount(c.withheld)];
  return [
    month,
    amount(c.gross),
    amount(c.base),
    amount(c.beforeCredit),
    amount(c.credit),
    amount(c.tax),
    { header: c.declaration, width: 56, align: 'center', maxLines: 1 },
  ];
}

function rows(t: CertificateTexts, lang: Locale, kind: Kind, months: readonly CertificateMonth[]): TableCell[][] {
  const money = (value: number) => moneyText(lang, value);
  const line = (label: TableCell, m: Omit<CertificateMonth, 'month'>, declaration: TableCell): TableCell[] =>
    kind === 'withholding'
      ? [label, money(m.gross), money(m.taxBase), money(m.tax)]
      : [
          label,
          money(m.gross),
          money(m.taxBase),
          money(m.taxBeforeCredit),
          money(m.taxCredit),
          money(m.tax),
          declaration,
        ];
  const body = months.map((m) => line(monthText(lang, m.month), m, m.taxDeclarationSigned ? t.yes : t.no));
  const sums = {
    gross: total(months, 'gross'),
    employeeSocial: total(months, 'employeeSocial'),
    employeeHealth: total(months, 'employeeHealth'),
    taxBase: total(months, 'taxBase'),
    taxBeforeCredit: total(months, 'taxBeforeCredit'),
    taxCredit: total(months, 'taxCredit'),
    tax: total(months, 'tax'),
    taxDeclarationSigned: false,
  };
  const bold = (cell: TableCell): TableCell => (typeof cell === 'string' ? { text: cell, bold: true } : cell);
  return [...body, line(t.total, sums, null).map(bold)];
}

function totalRows(t: CertificateTexts, lang: Locale, kind: Kind, months: CertificateMonth[]): [string, string][] {
  const money = (value: number) => moneyText(lang, value);
  if (kind === 'withholding') {
    return [
      [t.grossTotal, money(total(months, 'gross'))],
      [t.withheldTotal, money(total(months, 'tax'))],
    ];
  }
  const declared = months.filter((m) => m.taxDeclarationSigned).map((m) => monthText(lang, m.month));
  return [
    [t.grossTotal, money(total(months, 'gross'))],
    [t.insuranceTotal, money(total(months, 'employeeSocial') + total(months, 'employeeHealth'))],
    [t.advanceTotal, money(total(months, 'tax'))],
    [t.creditTotal, money(total(months, 'taxCredit'))],
    [t.creditMonths, declared.length === 0 ? t.none : declared.join(', ')],
  ];
}

function drawCertificate(doc: PdfDoc, data: CertificateData, kind: Kind): void {
  const t = certificateTexts(doc.lang);
  const lang = doc.lang;
  const months = kind === 'advance' ? data.advance : data.withholding;
  letterhead(doc, { name: data.employer.name, address: data.employer.address, ico: data.employer.ico });
  heading(doc, titleOf(t, kind, data.year), 1);
  keyValues(doc, [[t.employer, data.employer.name], ...personRows(t, lang, data)], { labelWidth: 150 });
  paragraph(doc, t.agreement);
  table(doc, columns(t, kind), rows(t, lang, kind, months), { zebra: true, fontSize: 8.5 });
  heading(doc, t.totals, 3, { keepWithNext: 80 });
  keyValues(doc, totalRows(t, lang, kind, months), { labelWidth: 250 });
  if (kind === 'withholding') paragraph(doc, t.withholdingNote);
  const citation = kind === 'advance' ? payRuleCitations.advanceTax : payRuleCitations.withholdingTax;
  paragraph(doc, `${t.law}: ${citation}`, { muted: true });
  signatures(doc, [
    {
      role: t.signatureRole,
      name: data.employer.representativeName ?? '',
      date: dateText(lang, data.issuedOn),
    },
  ]);
}

export const certificateTemplate: DocumentTemplate = (job, env) => {
  const data = certificateData.parse(job.data);
  const t = certificateTexts(job.lang);
  const kinds = (['advance', 'withholding'] as const).filter((kind) => data[kind].length > 0);
  const name = fullName(data.client);
  return renderPdf(
    {
      fontsDir: env.fontsDir,
      title: `${titleOf(t, kinds[0] ?? 'advance', data.year)} – ${name}`,
      author: data.employer.name,
      subject: t.subject,
      lang: job.lang,
      createdAt: jobDate(job),
    },
    (doc) => {
      for (const kind of kinds) {
        startSection(doc, t.footer(titleOf(t, kind, data.year), name));
        drawCertificate(doc, data, kind);
      }
    },
  );
};
