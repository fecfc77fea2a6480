import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../../core/contract/i18n.js';
import { renderJob } from '../../../core/documents/templates.js';
import { payrollTemplateNames } from '../../../core/payroll/documents/data.js';
import { fontsDir } from '../../helpers/db.js';
import { makeTempDir, removeDir } from '../support.js';
import { parseCsv, pdfPages, pdfText, printedLedger, readXlsx } from './read.js';
import { certificate, insuredMonth, monthSheet, slips, workedExample } from './samples.js';

// The layouts on their own, from data the real pay rules computed; the flow
// through the month run and its snapshots is in documents.test.ts.

let dir: string;
beforeAll(() => {
  dir = makeTempDir();
});
afterAll(() => removeDir(dir));

let fileNo = 0;
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' as const;

async function render(template: string, lang: Locale, data: unknown) {
  const contentType = template === payrollTemplateNames.summaryXlsx ? xlsx : undefined;
  const job = { template, fileName: 'x', lang, contentType, createdAt: '2026-12-15T10:00:00+01:00', data };
  return renderJob(job, { fontsDir });
}

/** The text as laid out, the same with every run of white space as one space (wrapped sentences), and the pages. */
async function pdf(
  template: string,
  lang: Locale,
  data: unknown,
): Promise<{ text: string; flat: string; pages: number }> {
  const name = `${template}-${lang}-${++fileNo}.pdf`;
  const text = pdfText(dir, (await render(template, lang, data)).bytes, name);
  return { text, flat: text.replace(/\s+/g, ' '), pages: pdfPages(dir, name) };
}

const ledgerHeader = { cs: /Položka\s+Výpočet\s+Částka/, en: /Item\s+How it was computed\s+Amount/ };
const ledgerEnd = { cs: /^\s*(Zbývá vyplatit|Přeplaceno zálohami)\s/, en: /^\s*(Left to pay|Overpaid in advances)\s/ };
const totals = {
  cs: ['Hrubá mzda', 'Čistá mzda', 'Zbývá vyplatit', 'Přeplaceno zálohami'],
  en: ['Gross pay', 'Net pay', 'Left to pay', 'Overpaid in advances'],
};

/** Walks the printed ledger: every total must be the sum of the lines above it since the last total. */
function expectAddsUp(text: string, lang: Locale): { label: string; amount: number }[] {
  const ledger = printedLedger(text, ledgerHeader[lang], ledgerEnd[lang]);
  let running = 0;
  for (const row of ledger) {
    if (totals[lang].includes(row.label)) {
      expect(running, `${row.label} is the sum of the lines above it`).toBe(row.amount);
    } else {
      running += row.amount;
    }
  }
  expect(ledger.filter((row) => totals[lang].includes(row.label))).toHaveLength(3);
  return ledger;
}

describe('the payslip', () => {
  it('accounts for every component in Czech and adds up line by line', async () => {
    const { text, flat, pages } = await pdf(payrollTemplateNames.payslip, 'cs', slips.rehor);
    expect(pages).toBe(1);
    expect(text).toContain('Výplatní lístek – listopad 2026');
    expect(text).toContain('Kontaktní centrum Přístav, z. s.');
    expect(text).toContain('Řehoř Šťastný, kód K-001 · dohoda o pracovní činnosti');
    expect(text).toContain('1. 11. 2026 – 30. 11. 2026');
    expect(text).toContain('5 směn, 15 h');
    expect(text).toContain('2. 11. (3 h), 4. 11. (3 h)');
    expect(text).toContain('134,40 Kč za hodinu');
    expect(text).toMatch(/srážková daň \(prohlášení poplatníka nepodepsáno/);
    expect(text).toMatch(/Srážková daň\s+15 % ze základu 2 016,00 Kč\s+-302,00 Kč/);
    expect(text).toMatch(/Záloha vyplacená 2\. 11\. 2026\s+doklad V-2026-0001\s+-302,00 Kč/);
    expect(text).toContain('v hotovosti proti podpisu na výplatní listině');
    expect(flat).toContain('zákon č. 586/1992 Sb., § 6 odst. 4, § 36');
    expect(text).not.toContain('NÁVRH');
    // Never the birth date or number, health or fitness details.
    expect(text).not.toMatch(/1980|800315|zdravotní stav|způsobil/i);
    const ledger = expectAddsUp(text, 'cs');
    expect(ledger.map((row) => [row.label, row.amount])).toEqual([
      ['Odměna za odpracovanou dobu', 201600],
      ['Hrubá mzda', 201600],
      ['Srážková daň', -30200],
      ['Čistá mzda', 171400],
      ['Záloha vyplacená 2. 11. 2026', -30200],
      ['Záloha vyplacená 4. 11. 2026', -30200],
      ['Zbývá vyplatit', 111000],
    ]);
  });

  it('shows premiums, insurance with the minimum-base top-up and the credit in English, one page', async () => {
    const { text, flat, pages } = await pdf(payrollTemplateNames.payslip, 'en', slips.zofie);
    expect(pages).toBe(1);
    expect(text).toContain('Payslip – November 2026');
    expect(text).toContain('12 shifts, 36 h');
    expect(text).toMatch(/Public holiday premium\s+3 h × CZK 134.40 × 100%/);
    expect(text).toMatch(/Weekend premium\s+3 h × CZK 134.40 × 10%/);
    expect(flat).toContain('yes – pay of CZK 5,281.92 reached the insurance threshold of CZK 4,500.00');
    expect(flat).toContain('Health insurance top-up to the minimum');
    expect(text).toMatch(/Basic taxpayer credit\s+CZK 2,570.00 a month, at most the advance tax\s+CZK 795.00/);
    expect(text).toContain('by bank transfer to 2000145399/2010');
    expect(flat).toContain('Employer’s contributions (not deducted from pay): social insurance 24.8% of CZK 5,281.92');
    const ledger = expectAddsUp(text, 'en');
    expect(ledger.find((row) => row.label === 'Net pay')?.amount).toBe(insuredMonth.net);
    expect(ledger.find((row) => row.label === 'Gross pay')?.amount).toBe(insuredMonth.gross);
  });

  it('adds up with a correction of an earlier month and advances above the net pay', async () => {
    const en = await pdf(payrollTemplateNames.payslip, 'en', slips.ludek);
    expect(expectAddsUp(en.text, 'en').at(-1)?.amount).toBe(workedExample.net - 180000 - 4033);
    const { text, flat } = await pdf(payrollTemplateNames.payslip, 'cs', slips.ludek);
    expect(expectAddsUp(text, 'cs').at(-1)).toEqual({ label: 'Přeplaceno zálohami', amount: -12633 });
    expect(text).toMatch(/Oprava: opravený záznam práce z 30\. 10\.\s+za říjen 2026\s+-40,33 Kč/);
    expect(flat).toContain('jen s písemnou dohodou se zaměstnancem');
  });

  it('is refused rather than printed when a total is not the sum of its lines', async () => {
    const wrong = { ...slips.rehor, remainder: slips.rehor.remainder + 1 };
    await expect(render(payrollTemplateNames.payslip, 'cs', wrong)).rejects.toThrow(/add up/);
  });

  it('marks a draft month on every page', async () => {
    const { text } = await pdf(payrollTemplateNames.payslip, 'cs', { ...slips.rehor, closed: false });
    expect(text).toContain('NÁVRH – měsíc ještě není uzavřen');
    expect(text).toMatch(/Výplatní lístek listopad 2026 · Řehoř Šťastný · NÁVRH\s+Strana 1 z 1/);
  });

  it('puts the month’s payslips into one file, each numbering its own pages', async () => {
    const all = { month: '2026-11', closed: true, payslips: [slips.rehor, slips.zofie, slips.ludek] };
    const { text, pages } = await pdf(payrollTemplateNames.payslips, 'cs', all);
    expect(pages).toBe(3);
    expect(text.match(/Strana 1 z 1/g)).toHaveLength(3);
    for (const name of ['Řehoř Šťastný', 'Žofie Čermáková', 'Luděk Žďárský']) expect(text).toContain(name);
  });
});

describe('the month’s papers', () => {
  it('prints the payday list with a signature line per cash client and the bank ones marked', async () => {
    const { text } = await pdf(payrollTemplateNames.paydayList, 'cs', monthSheet);
    expect(text).toContain('Výplatní listina – listopad 2026');
    // A cash row leaves its last cell empty for the signature; the names sit on their own lines.
    expect(text).toMatch(/Šťastný Řehoř\s+1\s+1 714,00 Kč\s+604,00 Kč\s+0,00 Kč\s+1 110,00 Kč\n\s+K-001/);
    expect(text).toMatch(/2\s+2 357,92 Kč\s+0,00 Kč\s+0,00 Kč\s+2 357,92 Kč\s+převodem na účet 2000145399\/2010/);
    expect(text).toMatch(/3\s+1 714,00 Kč\s+1 800,00 Kč\s+-40,33 Kč\s+-126,33 Kč\s+přeplaceno, nevyplácí se/);
    expect(text).toMatch(/Celkem v hotovosti\s+1 110,00 Kč/);
    expect(text).toMatch(/Celkem převodem\s+2 357,92 Kč/);
    expect(text).toContain('vyplatil (za zaměstnavatele)');
    const en = await pdf(payrollTemplateNames.paydayList, 'en', monthSheet);
    expect(en.text).toContain('Payday list – November 2026');
  });

  it('prints the summary for the accountant with totals, registrations and each client', async () => {
    const { text } = await pdf(payrollTemplateNames.summary, 'cs', monthSheet);
    expect(text).toContain('Mzdy za listopad 2026 – podklad pro účetní');
    expect(text).toMatch(/Celkem\s+66\s+9 313,92 Kč\s+604,00 Kč\s+5 785,92 Kč\s+2 404,00 Kč\s+3 341,59 Kč/);
    expect(text).toMatch(/Srážková daň\s+604,00 Kč/);
    expect(text).toMatch(/z toho v hotovosti\s+1 110,00 Kč/);
    expect(text).toMatch(/Přeplaceno zálohami \(nevyplácí se\)\s+126,33 Kč/);
    expect(text).toMatch(/Žofie Čermáková\s+K-002, přihlásit do 8\. 12\. 2026/);
    const en = await pdf(payrollTemplateNames.summary, 'en', monthSheet);
    expect(en.text).toContain('Pay for November 2026 – for the accountant');
    expect(en.text).toContain('Insurance registrations');
  });

  it('exports a CSV Czech Excel opens: BOM, ";" and a decimal comma', async () => {
    const file = await render(payrollTemplateNames.summaryCsv, 'cs', monthSheet);
    const bytes = Buffer.from(file.bytes ?? new Uint8Array());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    expect(rows).toHaveLength(4);
    const header = rows[0] ?? [];
    expect(header.slice(0, 7)).toEqual(['Osobní číslo', 'Příjmení', 'Jméno', 'Měsíc', 'Směny', 'Hodiny', 'Hrubá mzda']);
    const column = (name: string) => rows.slice(1).map((row) => row[header.indexOf(name)]);
    expect(column('Příjmení')).toEqual(['Šťastný', 'Čermáková', 'Žďárský']);
    expect(column('Hrubá mzda')).toEqual(['2016,00', '5281,92', '2016,00']);
    expect(column('Hodiny')).toEqual(['15', '36', '15']);
    expect(column('K výplatě')).toEqual(['1110,00', '2357,92', '-126,33']);
    expect(column('Druh daně')).toEqual(['srážková daň', 'záloha na daň', 'srážková daň']);
    expect(column('Číslo účtu')).toEqual(['', '2000145399/2010', '']);
  });

  it('keeps a typed name from running as a formula and quotes a field with ";"', async () => {
    const first = monthSheet.rows[0];
    if (!first) throw new Error('no row');
    const odd = { ...first, client: { ...first.client, lastName: '=HYPERLINK("x")', firstName: 'Jan; Petr' } };
    const file = await render(payrollTemplateNames.summaryCsv, 'en', { ...monthSheet, rows: [odd] });
    const rows = parseCsv(
      Buffer.from(file.bytes ?? new Uint8Array())
        .toString('utf8')
        .slice(1),
    );
    expect(rows[1]?.slice(1, 3)).toEqual(['\'=HYPERLINK("x")', 'Jan; Petr']);
  });

  it('exports an XLSX that reads back with numbers an accountant can sum', async () => {
    const file = await render(payrollTemplateNames.summaryXlsx, 'cs', monthSheet);
    expect(file.contentType).toBe(xlsx);
    const { name, rows } = await readXlsx(file.bytes);
    expect(name).toBe('Mzdy 2026-11');
    const header = rows[0] as string[];
    const column = (title: string) => rows.slice(1).map((row) => row[header.indexOf(title)]);
    expect(column('Osobní číslo')).toEqual(['K-001', 'K-002', 'K-003']);
    expect(column('Hrubá mzda')).toEqual([2016, 5281.92, 2016]);
    expect(column('Sociální pojištění zaměstnavatel')).toEqual([0, 1310, 0]);
    expect(column('K výplatě')).toEqual([1110, 2357.92, -126.33]);
    expect(column('Hodiny')).toEqual([15, 36, 15]);
  });
});

describe('the yearly income certificate', () => {
  it('prints the advance and the withholding certificate, each as its own part', async () => {
    const { text, pages } = await pdf(payrollTemplateNames.certificate, 'cs', certificate);
    expect(pages).toBe(2);
    expect(text).toContain('Potvrzení o zdanitelných příjmech ze závislé činnosti a o sražených zálohách na daň');
    expect(text).toContain('Potvrzení o příjmech ze závislé činnosti zdaněných srážkovou daní za rok 2026');
    expect(text).toMatch(/Rodné číslo\s+800315\/1236/);
    expect(text).toMatch(/listopad 2026\s+5 281,92 Kč\s+5 300,00 Kč\s+795,00 Kč\s+795,00 Kč\s+0,00 Kč\s+ano/);
    expect(text).toMatch(/Úhrn sražené daně\s+302,00 Kč/);
    expect(text).toMatch(/Měsíce s podepsaným prohlášením poplatníka\s+listopad 2026/);
    expect(text).toContain('Mgr. Šárka Dvořáková');
    expect(text.match(/Strana 1 z 1/g)).toHaveLength(2);
    const en = await pdf(payrollTemplateNames.certificate, 'en', { ...certificate, withholding: [] });
    expect(en.pages).toBe(1);
    expect(en.text).toContain('Certificate of taxable income from employment and of advance tax withheld, 2026');
  });
});
