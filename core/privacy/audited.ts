import { getTableColumns, getTableName, type Table } from 'drizzle-orm';
import {
  advanceDeclines,
  agreementAmendments,
  agreementDocuments,
  agreements,
  agreementTerms,
  arrivals,
  bookings,
  cashEntries,
  cashReceipts,
  clients,
  clientSuspensions,
  payParameters,
  payrollAdjustments,
  payrollPayments,
  payslips,
  waitingEntries,
  workRecordChanges,
  workRecords,
} from '../../db/schema/index.js';
import type { AuditArea } from '../contract/privacy.js';

/** How SQL names the row: a trigger's OLD or NEW, or the table itself in a plain statement. */
export type RowRef = string;

/**
 * One audited table. Every column is captured unless `skipped` (derived, or a
 * copy kept elsewhere); `masked` columns are logged as changed without their
 * value (health details and free notes: an append-only log must not keep text
 * the coordinator later removes); `personal` columns are blanked when the
 * client is anonymised (with the value they get); `identity` columns are kept
 * while the client's pay records must be, otherwise blanked too.
 */
export interface AuditedTable {
  table: Table;
  area: AuditArea;
  /** SQL naming the row's client, or NULL for rows about nobody. */
  client: (row: RowRef) => string;
  skipped?: readonly string[];
  masked?: readonly string[];
  /** Column → the SQL expression it is blanked to. */
  personal?: Readonly<Record<string, string>>;
  identity?: Readonly<Record<string, string>>;
  /** The `ctx.audit` entities whose entity id is a row of this table: their details are redacted with it. */
  entities?: readonly string[];
}

const own = (row: RowRef) => `${row}.client_id`;
const viaAgreement = (row: RowRef) => `(SELECT client_id FROM agreements WHERE id = ${row}.agreement_id)`;
/**
 * Left out of every table: who and when are the log's own columns, and links
 * between rows and notice marks are bookkeeping nobody reads as a change.
 */
const notAudited = new Set([
  'created_at',
  'updated_at',
  'created_by',
  'updated_by',
  'booked_at',
  'booked_by',
  'recorded_at',
  'recorded_by',
  'changed_at',
  'changed_by',
  'declined_at',
  'declined_by',
  'resolved_at',
  'resolved_by',
  'cancelled_by',
  'told_at',
  'tell_kind',
  'position',
  'from_waiting_id',
  'freed_by_id',
  'moved_to_id',
  'suspension_id',
  'source_id',
  'replaces_id',
  'cancel_entry_id',
]);

/** Personal data, agreements, attendance, advances and pay: every table whose changes the log keeps. */
export const auditedTables: readonly AuditedTable[] = [
  {
    table: clients,
    area: 'personal',
    client: (row) => `${row}.id`,
    entities: ['client'],
    skipped: ['code_key', 'search_text', 'sort_key', 'duplicate_key'],
    masked: ['notes'],
    personal: {
      nickname: 'NULL',
      phone: 'NULL',
      id_document_number: 'NULL',
      bank_account: 'NULL',
      notes: 'NULL',
      deactivation_reason: 'NULL',
    },
    identity: {
      first_name: "'—'",
      last_name: "'—'",
      birth_date: "substr(birth_date, 1, 4) || '-01-01'",
      birth_number: 'NULL',
      street: 'NULL',
      city: 'NULL',
      postcode: 'NULL',
      health_insurer: 'NULL',
    },
  },
  {
    table: clientSuspensions,
    area: 'personal',
    client: own,
    personal: { reason: "''" },
    entities: ['clientSuspension'],
  },
  { table: agreements, area: 'agreements', client: own, entities: ['agreement'] },
  { table: agreementAmendments, area: 'agreements', client: viaAgreement, entities: ['agreementAmendment'] },
  { table: agreementTerms, area: 'agreements', client: viaAgreement },
  // The kept print's data is the paper itself; the log names the print.
  {
    table: agreementDocuments,
    area: 'agreements',
    client: viaAgreement,
    skipped: ['data'],
    entities: ['agreementDocument'],
  },
  {
    table: arrivals,
    area: 'attendance',
    client: own,
    masked: ['fitness'],
    personal: { fitness: "'[]'", sent_away_reason: 'NULL' },
    entities: ['arrival'],
  },
  {
    table: workRecords,
    area: 'attendance',
    client: own,
    personal: { task_note: 'NULL' },
    // An advance is audited under the work record it is for.
    entities: ['workRecord', 'advance'],
  },
  {
    table: workRecordChanges,
    area: 'attendance',
    client: (row) => `(SELECT client_id FROM work_records WHERE id = ${row}.work_record_id)`,
    // The change's own copy of the record; the work record's row change says the same.
    skipped: ['before', 'after'],
    personal: {
      before: `json_replace(before, '$.taskNote', NULL)`,
      after: `json_replace(after, '$.taskNote', NULL)`,
    },
  },
  {
    table: bookings,
    area: 'attendance',
    client: own,
    personal: { override_reason: 'NULL', cancel_reason: 'NULL' },
    entities: ['booking'],
  },
  {
    table: waitingEntries,
    area: 'attendance',
    client: own,
    personal: { override_reason: 'NULL' },
    entities: ['waitingEntry'],
  },
  { table: cashEntries, area: 'advances', client: own, entities: ['cashEntry'] },
  // The receipt's printed data is the paper; the log names the receipt.
  { table: cashReceipts, area: 'advances', client: own, skipped: ['data'], entities: ['cashReceipt'] },
  { table: advanceDeclines, area: 'advances', client: own, personal: { reason: 'NULL' } },
  { table: payParameters, area: 'pay', client: () => 'NULL' },
  // The payslip's data is the paper kept for reprints; its figures are the columns.
  { table: payslips, area: 'pay', client: own, skipped: ['data'] },
  { table: payrollAdjustments, area: 'pay', client: own },
  {
    table: payrollPayments,
    area: 'pay',
    client: (row) => `(SELECT client_id FROM payslips WHERE id = ${row}.payslip_id)`,
    skipped: ['marked_at', 'marked_by', 'undone_by'],
  },
];

/**
 * The tables that hold nothing about a person's data, agreements, attendance,
 * cash or pay, each with why; every other table must be in `auditedTables`
 * (a test holds it, so a new table cannot escape the log unnoticed).
 */
export const notAuditedTables: Readonly<Record<string, string>> = {
  audit_log: 'the log itself',
  audit_changes: 'the log itself',
  retention_rules: 'law as data, shipped with the migrations',
  settings: 'the centre’s settings; each save is an audit_log entry with its method',
  public_holidays: 'the calendar, about nobody',
  shift_patterns: 'the weekly plan, about nobody',
  shifts: 'times and places, about nobody; a booking is audited',
  agreement_number_counters: 'the next agreement number, bookkeeping',
  payroll_months: 'that a month is closed, with its figures: the payslips and pay parameters are audited',
  payroll_seen: 'what the coordinator last looked at, a screen’s memory',
};

/** The SQL names of a table's columns the log captures. */
export function capturedColumns(entry: AuditedTable): string[] {
  const skipped = new Set(entry.skipped ?? []);
  return Object.values(getTableColumns(entry.table))
    .map((column) => column.name)
    .filter((name) => !skipped.has(name) && !notAudited.has(name));
}

export const auditedByName: ReadonlyMap<string, AuditedTable> = new Map(
  auditedTables.map((entry) => [getTableName(entry.table), entry]),
);

export function tableNameOf(entry: AuditedTable): string {
  return getTableName(entry.table);
}

/** Every column an anonymisation blanks in the log: personal, identity and masked ones. */
export function redactedColumns(entry: AuditedTable): Set<string> {
  return new Set([...Object.keys(entry.personal ?? {}), ...Object.keys(entry.identity ?? {}), ...(entry.masked ?? [])]);
}

/** The tables of one area of the log's filter. */
export function tablesOfArea(area: AuditArea): string[] {
  return auditedTables.filter((entry) => entry.area === area).map(tableNameOf);
}
