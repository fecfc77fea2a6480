/** Blocks shared by the agreement documents: copies, the parties, the signatures. */
import { dateText, fullName } from '../../contract/present.js';
import type { Locale } from '../../contract/i18n.js';
import {
  contentLeft,
  contentWidth,
  keyValues,
  letterhead,
  renderPdf,
  signatures,
  startSection,
  type Organisation,
  type PdfDoc,
  type SignatureParty,
} from '../../documents/index.js';
import { jobDate, type DocumentEnv, type DocumentJob } from '../../documents/registry.js';
import { colors, fontNames, sizes } from '../../documents/theme.js';
import type { EmployeeData, EmployerData } from './data.js';

const words = {
  cs: {
    copies: ['Vyhotovení pro zaměstnance', 'Vyhotovení pro zaměstnavatele'],
    employer: 'Zaměstnavatel',
    seat: 'Sídlo',
    ico: 'IČO',
    actsFor: 'Jedná',
    employee: 'Zaměstnanec',
    name: 'Jméno a příjmení',
    born: 'Datum narození',
    address: 'Bydliště',
    forEmployer: 'za zaměstnavatele',
    employeeRole: 'zaměstnanec',
  },
  en: {
    copies: ['Copy for the employee', 'Copy for the employer'],
    employer: 'Employer',
    seat: 'Registered office',
    ico: 'Company ID (IČO)',
    actsFor: 'Represented by',
    employee: 'Employee',
    name: 'Name',
    born: 'Date of birth',
    address: 'Address',
    forEmployer: 'for the employer',
    employeeRole: 'employee',
  },
} as const;

export function commonWords(lang: Locale) {
  return words[lang];
}

/** A line of dots to fill in by hand where the data has a gap. */
export const blankLine = '.'.repeat(60);

export function organisationOf(employer: EmployerData): Organisation {
  return { name: employer.name, address: employer.address, ico: employer.ico };
}

/**
 * Draws the document once per copy (for the employee, for the employer), each
 * starting on a new page with its own page numbers and its label at the top.
 */
export function inCopies(doc: PdfDoc, footer: string, draw: () => void, copies?: readonly string[]): void {
  for (const label of copies ?? words[doc.lang].copies) {
    startSection(doc, footer, label);
    const { pdf } = doc;
    const top = pdf.y;
    pdf.font(fontNames.regular).fontSize(sizes.small).fillColor(colors.muted);
    pdf.text(label, contentLeft(doc), top - 12, { width: contentWidth(doc), align: 'right', lineBreak: false });
    pdf.fillColor(colors.text).font(fontNames.regular).fontSize(sizes.body);
    pdf.y = top;
    draw();
  }
}

export function drawLetterhead(doc: PdfDoc, employer: EmployerData): void {
  letterhead(doc, organisationOf(employer));
}

/** The employer and the employee, as an agreement names its parties. */
export function parties(doc: PdfDoc, employer: EmployerData, employee: EmployeeData): void {
  const w = words[doc.lang];
  keyValues(doc, [
    [w.employer, employer.name],
    [w.seat, employer.address.join(', ')],
    [w.ico, employer.ico],
    [w.actsFor, representative(employer)],
  ]);
  keyValues(doc, [
    [w.employee, fullName(employee)],
    [w.born, dateText(doc.lang, employee.birthDate)],
    [w.address, employee.address ?? blankLine],
  ]);
}

export function representative(employer: EmployerData): string {
  return [employer.representativeName, employer.representativeRole].filter(Boolean).join(', ');
}

export function employerSignature(doc: PdfDoc, employer: EmployerData): SignatureParty {
  const place = doc.lang === 'cs' ? (employer.signingPlace ?? undefined) : employer.city;
  return {
    role: `${words[doc.lang].forEmployer}${employer.representativeRole ? ` (${employer.representativeRole})` : ''}`,
    name: employer.representativeName,
    ...(place ? { place } : {}),
  };
}

export function employeeSignature(doc: PdfDoc, employer: EmployerData, employee: EmployeeData): SignatureParty {
  const place = doc.lang === 'cs' ? (employer.signingPlace ?? undefined) : employer.city;
  return { role: words[doc.lang].employeeRole, name: fullName(employee), ...(place ? { place } : {}) };
}

/** Both parties sign side by side. */
export function signBoth(doc: PdfDoc, employer: EmployerData, employee: EmployeeData): void {
  signatures(doc, [employerSignature(doc, employer), employeeSignature(doc, employer, employee)]);
}

/**
 * One paper of an agreement rendered in its copies: the PDF's title and each
 * page's footer name the paper and the client.
 */
export function renderCopies(
  job: DocumentJob,
  env: DocumentEnv,
  data: { employer: EmployerData; employee: EmployeeData },
  names: { title: string; footer: string },
  draw: (doc: PdfDoc) => void,
): Promise<Buffer> {
  const client = fullName(data.employee);
  return renderPdf(
    {
      fontsDir: env.fontsDir,
      title: `${names.title} – ${client}`,
      author: data.employer.name,
      lang: job.lang,
      createdAt: jobDate(job),
    },
    (doc) => inCopies(doc, `${names.footer} · ${client}`, () => draw(doc)),
  );
}
