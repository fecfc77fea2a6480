import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import PDFDocument from 'pdfkit';
import { createDispatcher } from '../../core/api/dispatcher.js';
import { localMoment, timestampOf } from '../../core/contract/dates.js';
import { documentFile } from '../../core/contract/documents.js';
import { fontFiles, fontNames } from '../../core/documents/theme.js';
import { openDatabase, type OpenDatabase } from '../../db/open.js';
import { fontsDir, migrationsFolder, repoRoot } from '../helpers/db.js';
import { benchNow } from './large.js';
import { compareAsync, type Comparison } from './measure.js';

const month = '2026-10';
const workers = 100;
const out = path.join(repoRoot, 'test-output', 'bench');

/**
 * A closed payday month of the large database with `workers` clients, three
 * shifts each, written in bulk into a copy (the large file stays as other
 * groups expect it). The history's agreements were written without terms;
 * they get the usual ones (134.40 CZK an hour).
 */
function payMonthCopy(large: OpenDatabase): OpenDatabase {
  const file = path.join(out, 'payslips.sqlite');
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
  large.sqlite.exec(`VACUUM INTO '${file.replaceAll("'", "''")}'`);
  const copy = openDatabase(file, { migrationsFolder });
  copy.sqlite.transaction(() => writeMonth(copy.sqlite))();
  return copy;
}

function writeMonth(sqlite: Database.Database): void {
  sqlite.exec(`
    INSERT INTO agreement_terms (agreement_id, valid_to, work_description, workplace, weekly_minutes, hourly_rate,
      advance_share_bp, payday, notice_days, schedule_notice_days, notice_terms)
    SELECT a.id, NULL, 'Úklid prostor kontaktního centra', 'Kontaktní centrum', 180, 13440, 7500, 15, 15, 3, 'Výpovědí.'
    FROM agreements a WHERE NOT EXISTS (SELECT 1 FROM agreement_terms t WHERE t.agreement_id = a.id);
    DELETE FROM work_records WHERE work_date BETWEEN '${month}-01' AND '${month}-31';
  `);
  const shifts = sqlite
    .prepare(
      `SELECT id, date, start_time AS start, end_time AS end FROM shifts WHERE date LIKE ? AND status = 'open' ORDER BY date`,
    )
    .all(`${month}-%`) as { id: number; date: string; start: string; end: string }[];
  const clients = sqlite.prepare('SELECT id FROM clients ORDER BY id LIMIT ?').pluck().all(workers) as number[];
  const agreementOf = sqlite.prepare('SELECT id FROM agreements WHERE client_id = ?').pluck();
  const booking = sqlite.prepare(
    `INSERT INTO bookings (shift_id, client_id, status, booked_at, booked_by) VALUES (?, ?, 'moved', ?, 'bench')`,
  );
  const arrival = sqlite.prepare(
    `INSERT INTO arrivals (booking_id, shift_id, client_id, outcome, arrived_at, fitness, recorded_at, recorded_by)
     VALUES (?, ?, ?, 'admitted', ?, '[]', ?, 'bench')`,
  );
  const record = sqlite.prepare(
    `INSERT INTO work_records (arrival_id, client_id, shift_id, agreement_id, work_date, start_time, end_time, minutes,
       day_kind, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, 180, 'weekday', ?, 'bench', ?, 'bench')`,
  );
  clients.forEach((clientId, i) => {
    for (let k = 0; k < 3; k += 1) {
      const shift = shifts[(i + k * 4) % shifts.length];
      if (!shift) throw new Error(`no shifts in ${month}`);
      const at = timestampOf(localMoment(shift.date, shift.start));
      // A booking in a state the sign-up rules never read, so the history's standing bookings stay as they were.
      const bookingId = booking.run(shift.id, clientId, at).lastInsertRowid;
      const arrivalId = arrival.run(bookingId, shift.id, clientId, at, at).lastInsertRowid;
      record.run(arrivalId, clientId, shift.id, agreementOf.get(clientId), shift.date, shift.start, shift.end, at, at);
    }
  });
}

/** The subject's pages as text lines, for the baseline to draw the same words on the same number of pages. */
function pagesOf(pdf: Uint8Array): string[][] {
  const file = path.join(out, 'payslips.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((page) => page.trim() !== '')
    .map((page) => page.split('\n').filter((line) => line.trim() !== ''));
}

/**
 * pdfkit alone: the house fonts, and each page's lines drawn at fixed places
 * with a rule under each, with no measuring, wrapping or tables.
 */
async function bareLoop(pages: readonly string[][], file: string): Promise<void> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 51, right: 57, bottom: 62, left: 57 },
    autoFirstPage: false,
  });
  for (const face of Object.keys(fontNames) as (keyof typeof fontNames)[]) {
    pdf.registerFont(fontNames[face], path.join(fontsDir, fontFiles[face]));
  }
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  for (const lines of pages) {
    pdf.addPage();
    lines.forEach((line, i) => {
      const y = 51 + i * 14;
      pdf.font(i === 5 ? fontNames.bold : fontNames.regular).fontSize(i === 5 ? 16 : 9);
      pdf.text(line.trim(), 57, y, { lineBreak: false });
      pdf
        .moveTo(57, y + 12)
        .lineTo(538, y + 12)
        .lineWidth(0.5)
        .stroke();
    });
  }
  pdf.end();
  fs.writeFileSync(file, await done);
}

export async function payslipBenchmarks(large: OpenDatabase): Promise<Comparison[]> {
  const copy = payMonthCopy(large);
  const api = createDispatcher({ db: copy.db, now: benchNow, actor: 'bench', fontsDir });
  const closed = api.call('payroll.close', { month, confirmWarnings: true });
  if (!closed.ok) throw new Error(`closing ${month}: ${closed.error.message}`);
  const file = path.join(out, 'payslips-bench.pdf');
  const payslips = async () => {
    const answer = await api.run('payroll.printPayslips', { month, lang: 'cs' });
    if (!answer.ok) throw new Error(answer.error.message);
    return documentFile.parse(answer.value).bytes ?? new Uint8Array();
  };
  const print = async () => fs.writeFileSync(file, await payslips());
  const pages = pagesOf(await payslips());
  if (pages.length !== workers) throw new Error(`expected ${workers} payslips, printed ${pages.length} pages`);
  const bareFile = path.join(out, 'payslips-bare.pdf');
  const rows: Comparison[] = [
    {
      name: `${workers} payslips, query to file`,
      ...(await compareAsync(print, () => bareLoop(pages, bareFile))),
      baselineName: 'bare pdfkit',
      targetMs: 400,
      maxRatio: 1.5,
    },
  ];
  copy.close();
  return rows;
}
