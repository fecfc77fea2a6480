import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditCount } from '../schedule/support.js';
import { makeTempDir, plain, removeDir, snapshotConnection } from '../support.js';
import { closeNovember, novemberWorked, rehorBirthNumber, type PayMonth } from './month.js';
import { parseCsv, pdfText, printedLedger, readXlsx } from './read.js';

// The documents through the contract, from a month run on a real database
// (see month.ts): a draft month printed from the run, a closed one from its
// snapshot.

let dir: string;
let month: PayMonth;
beforeAll(() => {
  dir = makeTempDir();
});
afterAll(() => removeDir(dir));
afterEach(() => month.app.close());

let fileNo = 0;
const read = (bytes: Uint8Array | undefined) => pdfText(dir, bytes, `doc-${++fileNo}.pdf`);

/** The ledger's totals must each be the sum of the printed lines above them. */
function addsUp(text: string): Record<string, number> {
  const ledger = printedLedger(text, /Položka\s+Výpočet\s+Částka/, /^\s*(Zbývá vyplatit|Přeplaceno zálohami)\s/);
  const totals: Record<string, number> = {};
  let running = 0;
  for (const row of ledger) {
    if (['Hrubá mzda', 'Čistá mzda', 'Zbývá vyplatit', 'Přeplaceno zálohami'].includes(row.label)) {
      expect(running, row.label).toBe(row.amount);
      totals[row.label] = row.amount;
    } else running += row.amount;
  }
  return totals;
}

describe('a draft month', { timeout: 30_000 }, () => {
  it('prints the payslip from the run, marked as a draft, with each advance and its receipt', async () => {
    month = novemberWorked();
    const run = month.app.ok('payroll.month', { month: '2026-11' });
    const rehor = run.payslips.find((p) => p.clientId === month.rehor);
    const file = await month.app.print('payroll.printPayslip', { month: '2026-11', clientId: month.rehor, lang: 'cs' });
    expect(file.fileName).toBe('vyplatni-listek-2026-11-stastny-rehor.pdf');
    const text = read(file.bytes);
    expect(text).toContain('NÁVRH – měsíc ještě není uzavřen');
    expect(text).toContain('5 směn, 15 h');
    expect(text).toMatch(/Záloha vyplacená 2\. 11\. 2026\s+doklad V-2026-0001\s+-302,00 Kč/);
    expect(text).toMatch(/Záloha vyplacená 4\. 11\. 2026\s+doklad V-2026-0002\s+-302,00 Kč/);
    expect(addsUp(text)).toEqual({
      'Hrubá mzda': rehor?.gross,
      'Čistá mzda': rehor?.net,
      'Zbývá vyplatit': rehor?.toPay,
    });
    expect(rehor).toMatchObject({ gross: 201600, net: 171400, advances: 60400, toPay: 111000 });
    expect(text).not.toMatch(/800315|1980/);
  });

  it('refuses a month nobody worked, a client who did not work, and a format it does not know, changing nothing', () => {
    month = novemberWorked();
    const other = month.app.ok('clients.create', {
      code: 'K-009',
      firstName: 'Jan',
      lastName: 'Nový',
      birthDate: '1990-01-01',
    }).id;
    const before = snapshotConnection(month.app.database.sqlite);
    const nobody = month.app.err('payroll.printPayslips', { month: '2026-10' }, 'cs');
    expect(nobody).toMatchObject({ code: 'payrollDocuments.nobodyWorked', field: 'month' });
    expect(plain(nobody.message)).toBe('V měsíci říjen 2026 nikdo nepracoval; není co tisknout.');
    expect(month.app.err('payroll.printPayslip', { month: '2026-11', clientId: other })).toMatchObject({
      code: 'payrollDocuments.notInMonth',
      field: 'clientId',
    });
    expect(month.app.err('payroll.exportSummary', { month: '2026-11', format: 'ods' })).toMatchObject({
      field: 'format',
    });
    expect(month.app.err('payroll.printIncomeCertificate', { clientId: month.rehor, year: 2026 })).toMatchObject({
      code: 'payrollDocuments.noClosedMonths',
      field: 'year',
    });
    expect(month.app.err('payroll.printIncomeCertificate', { clientId: 999, year: 2026 }).field).toBe('clientId');
    expect(snapshotConnection(month.app.database.sqlite)).toEqual(before);
  });
});

describe('a closed month', { timeout: 30_000 }, () => {
  it('prints every payslip from the snapshot into one file that adds up, the same file each time', async () => {
    month = novemberWorked();
    closeNovember(month);
    const first = await month.app.print('payroll.printPayslips', { month: '2026-11', lang: 'cs' });
    const again = await month.app.print('payroll.printPayslips', { month: '2026-11', lang: 'cs' });
    expect(Buffer.from(again.bytes ?? [])).toEqual(Buffer.from(first.bytes ?? []));
    const text = read(first.bytes);
    expect(text).not.toContain('NÁVRH');
    // In the run's order: surname first, as Czech sorts it.
    const [zofie = '', rehor = ''] = text.split('\f');
    expect(addsUp(rehor)['Zbývá vyplatit']).toBe(111000);
    expect(zofie).toContain('Žofie Čermáková, kód K-002');
    expect(zofie).toContain('převodem na účet 2000145399/2010');
    const totals = addsUp(zofie);
    const run = month.app.ok('payroll.month', { month: '2026-11' });
    const view = run.payslips.find((p) => p.clientId === month.zofie);
    expect(view).toMatchObject({ insured: true, taxRegime: 'advance', taxDeclarationSigned: true });
    expect(totals).toEqual({ 'Hrubá mzda': view?.gross, 'Čistá mzda': view?.net, 'Zbývá vyplatit': view?.toPay });
  });

  it('prints the payday list, the summary and its exports with the run’s figures', async () => {
    month = novemberWorked();
    closeNovember(month);
    month.app.ok('payroll.markPaid', { month: '2026-11', clientId: month.zofie, date: '2026-12-01' });
    const run = month.app.ok('payroll.month', { month: '2026-11' });
    const list = read((await month.app.print('payroll.printPaydayList', { month: '2026-11', lang: 'cs' })).bytes);
    expect(list).toMatch(/Celkem v hotovosti\s+1 110,00 Kč/);
    expect(list).toMatch(/převodem na účet 2000145399\/2010 ·[\s\S]*?vyplaceno 1\. 12\. 2026/);
    expect(list).toMatch(/Výplatní termín\s+15\. 12\. 2026/);
    const summary = read((await month.app.print('payroll.printSummary', { month: '2026-11', lang: 'en' })).bytes);
    expect(summary).toContain('Pay for November 2026 – for the accountant');
    expect(summary).toMatch(/Žofie Čermáková\s+K-002, register by 8 Dec 2026/);

    const csv = await month.app.print('payroll.exportSummary', { month: '2026-11', format: 'csv', lang: 'cs' });
    expect(csv).toMatchObject({ fileName: 'mzdy-souhrn-2026-11.csv', contentType: 'text/csv' });
    const rows = parseCsv(
      Buffer.from(csv.bytes ?? [])
        .toString('utf8')
        .slice(1),
    );
    const header = rows[0] ?? [];
    const gross = rows.slice(1).map((row) => row[header.indexOf('Hrubá mzda')]);
    expect(gross).toEqual(
      run.payslips.map((p) => `${Math.floor(p.gross / 100)},${String(p.gross % 100).padStart(2, '0')}`),
    );

    const xlsx = await month.app.print('payroll.exportSummary', { month: '2026-11', format: 'xlsx' });
    expect(xlsx.fileName).toBe('mzdy-souhrn-2026-11.xlsx');
    const sheet = await readXlsx(xlsx.bytes);
    const titles = sheet.rows[0] as string[];
    const tax = sheet.rows.slice(1).map((row) => row[titles.indexOf('Daň')]);
    expect(tax).toEqual(run.payslips.map((p) => p.tax / 100));
  });

  it('prints the yearly income certificate from the closed months, and records who issued it', async () => {
    month = novemberWorked();
    closeNovember(month);
    const audits = auditCount(month.app);
    const cert = await month.app.print('payroll.printIncomeCertificate', {
      clientId: month.rehor,
      year: 2026,
      lang: 'cs',
    });
    const text = read(cert.bytes);
    expect(text).toContain('Potvrzení o příjmech ze závislé činnosti zdaněných srážkovou daní za rok 2026');
    expect(text).not.toContain('sražených zálohách');
    expect(text).toContain(`${rehorBirthNumber.slice(0, 6)}/${rehorBirthNumber.slice(6)}`);
    expect(text).toMatch(/listopad 2026\s+2 016,00 Kč\s+2 016,00 Kč\s+302,00 Kč/);
    expect(auditCount(month.app)).toBe(audits + 1);
    const zofie = read(
      (await month.app.print('payroll.printIncomeCertificate', { clientId: month.zofie, year: 2026, lang: 'en' }))
        .bytes,
    );
    expect(zofie).toContain('Certificate of taxable income from employment and of advance tax withheld, 2026');
    expect(zofie).toMatch(/Date of birth\s+1 Jun 1975/);
  });
});
