import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { openTestFile } from '../helpers/vault.js';

/** Shared helpers for the unit tests (not a test file itself). */

export function makeTempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'shiftbook-test-'));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Every table's schema and rows, read from a database file; for "changed nothing" checks. */
export function snapshotFile(file: string): { schema: unknown[]; rows: Record<string, unknown[]> } {
  const db = openTestFile(file);
  try {
    return snapshotConnection(db);
  } finally {
    db.close();
  }
}

export function snapshotConnection(db: Database.Database): { schema: unknown[]; rows: Record<string, unknown[]> } {
  const schema = db.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name`).all();
  const tables = (
    db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]
  ).map((t) => t.name);
  const rows = Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
  return { schema, rows };
}

export function tableNames(db: Database.Database): string[] {
  return (
    db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]
  ).map((t) => t.name);
}

export function countRows(db: Database.Database, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
}

/** Count rows in a database file without keeping it open. */
export function countRowsInFile(file: string, table: string): number {
  const db = openTestFile(file);
  try {
    return countRows(db, table);
  } finally {
    db.close();
  }
}

/** A valid 10-digit birth number for a date (women: month + 50), by the mod-11 rule. */
export function birthNumberFor(date: string, options: { female?: boolean; serial?: number } = {}): string {
  const [y = '', m = '', d = ''] = date.split('-');
  const month = String(Number(m) + (options.female ? 50 : 0)).padStart(2, '0');
  for (let serial = options.serial ?? 123; ; serial += 1) {
    const head = `${y.slice(2)}${month}${d}${String(serial).padStart(3, '0')}`;
    const rest = Number(head) % 11;
    if (rest !== 10) return `${head}${rest}`;
  }
}

export const employerInput = {
  name: 'Kontaktní centrum Přístav, z. s.',
  street: 'Křenová 62',
  city: 'Brno',
  postcode: '602 00',
  ico: '22601007',
  representativeName: 'Mgr. Šárka Dvořáková',
  representativeRole: 'ředitelka',
  payday: 15,
};

/** A valid period of pay parameters for 2027 (values as in 2026). */
export const parameters2027 = {
  validFrom: '2027-01-01',
  validTo: '2027-12-31',
  minWageHourly: 14000,
  minWageMonthly: 2330000,
  insuranceThresholdMonthly: 450000,
  employeeSocialRate: 710,
  employeeHealthRate: 450,
  employerSocialRate: 2480,
  employerHealthRate: 900,
  incomeTaxRate: 1500,
  taxpayerCreditMonthly: 257000,
  advanceTaxRoundingLimit: 10000,
  maxAverageWeeklyMinutes: 1200,
  noticePeriodDays: 15,
  scheduleNoticeDays: 3,
  weekendPremiumRate: 1000,
  maxShiftMinutes: 720,
  balancingPeriodWeeks: 52,
  holidayPremiumRate: 10000,
};

/** Texts join numbers to units and the parts of a date with no-break spaces; tests compare plain text. */
export const plain = (text: string) => text.replaceAll('\u00a0', ' ');
