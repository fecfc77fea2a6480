/** The words of the yearly income certificates, in Czech and English. */
import type { Locale } from '../../contract/i18n.js';

const cs = {
  advanceTitle: (year: number) =>
    `Potvrzení o zdanitelných příjmech ze závislé činnosti a o sražených zálohách na daň za rok ${year}`,
  withholdingTitle: (year: number) =>
    `Potvrzení o příjmech ze závislé činnosti zdaněných srážkovou daní za rok ${year}`,
  subject: 'Potvrzení o zdanitelných příjmech',
  employer: 'Plátce daně (zaměstnavatel)',
  employee: 'Poplatník (zaměstnanec)',
  birthNumber: 'Rodné číslo',
  birthDate: 'Datum narození',
  address: 'Bydliště',
  code: 'Osobní číslo',
  period: 'Zdaňovací období',
  periodValue: (year: number) => `kalendářní rok ${year}`,
  agreement: 'Příjmy z dohody o pracovní činnosti zúčtované v uzavřených měsících roku.',
  columns: {
    month: 'Měsíc',
    gross: 'Zúčtovaný příjem',
    base: 'Základ daně',
    beforeCredit: 'Záloha před slevou',
    credit: 'Sleva na poplatníka',
    tax: 'Sražená záloha',
    withheld: 'Sražená daň',
    declaration: 'Prohlášení',
  },
  total: 'Celkem',
  yes: 'ano',
  no: 'ne',
  totals: 'Úhrny za rok',
  grossTotal: 'Úhrn zúčtovaných příjmů ze závislé činnosti',
  insuranceTotal: 'Úhrn pojistného placeného zaměstnancem',
  advanceTotal: 'Úhrn sražených záloh na daň',
  creditTotal: 'Úhrn uplatněných slev na poplatníka',
  creditMonths: 'Měsíce s podepsaným prohlášením poplatníka',
  none: 'žádné',
  withheldTotal: 'Úhrn sražené daně',
  withholdingNote:
    'Daň byla vybrána srážkou podle zvláštní sazby a je konečná. Poplatník může tyto příjmy zahrnout do svého daňového přiznání a sraženou daň si započíst na daň.',
  law: 'Daň vypočtena podle',
  issuedOn: 'Vystaveno dne',
  signatureRole: 'za plátce daně (razítko a podpis)',
  footer: (title: string, name: string) => `${title} · ${name}`,
  fileName: 'potvrzeni-o-prijmech',
};

export type CertificateTexts = typeof cs;

const en: CertificateTexts = {
  advanceTitle: (year) => `Certificate of taxable income from employment and of advance tax withheld, ${year}`,
  withholdingTitle: (year) => `Certificate of income from employment taxed by withholding, ${year}`,
  subject: 'Certificate of taxable income',
  employer: 'Employer (withholding agent)',
  employee: 'Employee (taxpayer)',
  birthNumber: 'Birth number',
  birthDate: 'Date of birth',
  address: 'Address',
  code: 'Personal number',
  period: 'Tax period',
  periodValue: (year) => `calendar year ${year}`,
  agreement: 'Income under the work-activity agreement (DPČ) settled in the closed months of the year.',
  columns: {
    month: 'Month',
    gross: 'Income',
    base: 'Tax base',
    beforeCredit: 'Tax before credit',
    credit: 'Taxpayer credit',
    tax: 'Advance withheld',
    withheld: 'Tax withheld',
    declaration: 'Declared',
  },
  total: 'Total',
  yes: 'yes',
  no: 'no',
  totals: 'Totals for the year',
  grossTotal: 'Total taxable income from employment',
  insuranceTotal: 'Total insurance paid by the employee',
  advanceTotal: 'Total advance tax withheld',
  creditTotal: 'Total taxpayer credit applied',
  creditMonths: 'Months with a signed tax declaration',
  none: 'none',
  withheldTotal: 'Total tax withheld',
  withholdingNote:
    'The tax was withheld at the special rate and is final. The taxpayer may include this income in their tax return and credit the tax withheld against the tax due.',
  law: 'Tax computed under',
  issuedOn: 'Issued on',
  signatureRole: 'for the employer (stamp and signature)',
  footer: (title, name) => `${title} · ${name}`,
  fileName: 'income-certificate',
};

export function certificateTexts(lang: Locale): CertificateTexts {
  return lang === 'cs' ? cs : en;
}
