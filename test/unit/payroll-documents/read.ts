/** Reading the pay documents back as a person's tools would: pdftotext, a CSV parser, exceljs. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { plain } from '../support.js';

/** The PDF's text as poppler reads it (no-break spaces as plain ones), the file kept beside it. */
export function pdfText(dir: string, bytes: Uint8Array | undefined, name: string): string {
  const target = path.join(dir, name);
  fs.writeFileSync(target, bytes ?? new Uint8Array());
  return plain(execFileSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' }));
}

export function pdfPages(dir: string, name: string): number {
  const info = execFileSync('pdfinfo', [path.join(dir, name)], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** An amount at the end of a line: "1 714,00 Kč", "-302,00 Kč", "CZK 1,714.00", "-CZK 302.00". */
const amountAtEnd = /(-?\d{1,3}(?: \d{3})*,\d{2} Kč|-?CZK \d{1,3}(?:,\d{3})*\.\d{2})\s*$/;

/** A printed amount as haléře. */
export function halere(text: string): number {
  const negative = text.trim().startsWith('-');
  const digits = text.replace(/[^\d]/g, '');
  const value = Number(digits);
  return negative ? -value : value;
}

/**
 * The payslip's ledger as printed: every line of the table that ends in an
 * amount, from the table's header down to the line that says what is left to
 * pay (or overpaid), as label and haléře.
 */
export function printedLedger(text: string, header: RegExp, last: RegExp): { label: string; amount: number }[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => header.test(line));
  const end = lines.findIndex((line, i) => i > start && last.test(line));
  if (start < 0 || end < 0) throw new Error(`no ledger in:\n${text}`);
  return lines.slice(start + 1, end + 1).flatMap((line) => {
    const match = amountAtEnd.exec(line);
    if (!match) return [];
    return [{ label: line.trim().split(/\s{2,}/)[0] ?? '', amount: halere(match[1] ?? '') }];
  });
}

/** A CSV as Czech Excel reads it: ";" between fields, quotes around fields that need them. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

/** Every cell value of the first sheet, row by row. */
export async function readXlsx(bytes: Uint8Array | undefined): Promise<{ name: string; rows: unknown[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes ?? new Uint8Array()) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return { name: sheet.name, rows };
}
