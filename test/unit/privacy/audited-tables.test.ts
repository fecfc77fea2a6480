import { afterEach, describe, expect, test } from 'vitest';
import { auditedTables, notAuditedTables, tableNameOf } from '../../../core/privacy/audited.js';
import { testApp, type TestApp } from '../../helpers/db.js';
import { clientWithHistory } from './support.js';
import { payDesk, type PayDesk } from '../payroll/support.js';

let app: TestApp | null = null;
let desk: PayDesk | null = null;
afterEach(() => {
  app?.close();
  desk?.app.close();
  app = desk = null;
});

describe('no table escapes the change log', () => {
  test('every table of the migrated file is audited, or listed as about nobody with the reason', () => {
    app = testApp();
    const tables = (
      app.database.sqlite
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'`,
        )
        .all() as { name: string }[]
    ).map((row) => row.name);
    const audited = auditedTables.map(tableNameOf);
    const exempt = Object.keys(notAuditedTables);
    expect(tables.filter((name) => !audited.includes(name) && !exempt.includes(name))).toEqual([]);
    // Neither list names a table the file does not have, nor one table twice.
    expect([...audited, ...exempt].filter((name) => !tables.includes(name))).toEqual([]);
    expect(audited.filter((name) => exempt.includes(name))).toEqual([]);
  });

  test('a closed month’s payslips, a correction and a payout are logged under pay, with the client', () => {
    desk = payDesk('2026-11-01');
    desk.app.ok('cash.setOpeningBalance', { date: '2026-11-01', amount: 500000 });
    const client = desk.client();
    desk.agreement(client, [{ from: '2026-11-01', to: null, terms: { hourlyRate: 13440 } }]);
    desk.work(client, '2026-11-02');
    desk.at('2026-12-01', '10:00');
    desk.app.ok('payroll.close', { month: '2026-11', confirmWarnings: true });
    desk.app.ok('payroll.addAdjustment', {
      month: '2026-12',
      clientId: client,
      sourceMonth: '2026-11',
      amount: 100,
      reason: 'Oprava',
    });
    desk.at('2026-12-15', '10:00');
    desk.app.ok('payroll.markPaid', { month: '2026-11', clientId: client });
    const rows = desk.app.database.sqlite
      .prepare(
        `SELECT table_name AS tableName, method, client_id AS clientId, after FROM audit_changes
         WHERE table_name IN ('payslips', 'payroll_adjustments', 'payroll_payments') ORDER BY id`,
      )
      .all() as { tableName: string; method: string; clientId: number; after: string }[];
    expect(rows.map((row) => [row.tableName, row.method, row.clientId])).toEqual([
      ['payslips', 'payroll.close', client],
      ['payroll_adjustments', 'payroll.addAdjustment', client],
      ['payroll_payments', 'payroll.markPaid', client],
    ]);
    expect(JSON.parse(rows[0]?.after ?? '{}')).toMatchObject({ month: '2026-11', net: 34320 });
    // The kept paper is not copied into the log.
    expect(JSON.parse(rows[0]?.after ?? '{}')).not.toHaveProperty('data');
    const log = desk.app.ok('privacy.auditLog', { clientId: client, area: 'pay' });
    expect(log.entries.map((entry) => entry.record)).toEqual(['Výplata', 'Oprava mzdy', 'Výplatní páska']);
  });

  test('the actions in audit_log do not repeat the field values the row changes hold', () => {
    const history = clientWithHistory();
    app = history.app;
    const details = (
      app.database.sqlite.prepare('SELECT method, detail FROM audit_log').all() as { method: string; detail: string }[]
    ).map((row) => ({ method: row.method, keys: Object.keys(JSON.parse(row.detail) as object) }));
    expect(details.map((d) => d.method)).toContain('clients.update');
    const diffs = details.filter((d) => d.keys.some((key) => ['before', 'after', 'changes', 'changed'].includes(key)));
    expect(diffs).toEqual([]);
  });
});
