import { afterEach, describe, expect, test } from 'vitest';
import { auditedTables, capturedColumns, tableNameOf } from '../../../core/privacy/audited.js';
import { rehor, testApp, type TestApp } from '../../helpers/db.js';
import { plain } from '../support.js';
import { clientWithHistory } from './support.js';

let app: TestApp;
afterEach(() => app.close());

interface ChangeRow {
  actor: string;
  method: string;
  at: string;
  table_name: string;
  operation: string;
  client_id: number | null;
  before: string | null;
  after: string | null;
}

function changes(where = '1 = 1'): ChangeRow[] {
  return app.database.sqlite.prepare(`SELECT * FROM audit_changes WHERE ${where} ORDER BY id`).all() as ChangeRow[];
}

describe('every change is logged with who, when and each field before and after', () => {
  test('an update keeps only the fields that changed, from the call that changed them', () => {
    app = testApp();
    const { id } = app.ok('clients.create', rehor);
    app.ok('clients.update', { ...rehor, id, city: 'Brno', street: 'Cejl 12' });
    const [created, updated] = changes(`table_name = 'clients'`);
    expect(created).toMatchObject({ operation: 'insert', method: 'clients.create', actor: 'test', client_id: id });
    expect(JSON.parse(created?.after ?? '{}')).toMatchObject({ first_name: 'Řehoř', last_name: 'Šťastný' });
    expect(updated).toMatchObject({
      operation: 'update',
      method: 'clients.update',
      at: '2026-11-24T09:00:00+01:00',
      client_id: id,
    });
    expect(JSON.parse(updated?.before ?? '')).toEqual({ street: null, city: null });
    expect(JSON.parse(updated?.after ?? '')).toEqual({ street: 'Cejl 12', city: 'Brno' });
  });

  test('notes and fitness answers are logged as changed, never with their text', () => {
    const history = clientWithHistory();
    app = history.app;
    const all = JSON.stringify(changes());
    expect(all).not.toContain('pervitin');
    expect(all).not.toContain('Třes rukou');
    const notes = changes(`table_name = 'clients' AND after LIKE '%notes%'`);
    expect(JSON.parse(notes[0]?.after ?? '')).toMatchObject({ notes: { masked: true } });
  });

  test('a refused call logs nothing', () => {
    app = testApp();
    app.ok('clients.create', rehor);
    const before = changes().length;
    app.err('clients.create', rehor); // the same code again
    app.err('clients.update', { ...rehor, id: 99 });
    expect(changes()).toHaveLength(before);
  });

  test('agreements, attendance and advances land in their areas, with the client', () => {
    const history = clientWithHistory();
    app = history.app;
    const tables = new Set(changes(`client_id = ${history.clientId}`).map((c) => c.table_name));
    for (const table of ['clients', 'client_suspensions', 'agreements', 'agreement_terms', 'bookings', 'arrivals']) {
      expect(tables, table).toContain(table);
    }
    for (const table of ['work_records', 'advance_declines']) expect(tables, table).toContain(table);
  });

  test('every audited table has its three triggers on the dispatcher’s connection', () => {
    app = testApp();
    const triggers = app.database.sqlite
      .prepare(`SELECT name FROM sqlite_temp_master WHERE type = 'trigger' AND name LIKE 'audit_capture_%'`)
      .all();
    expect(triggers).toHaveLength(auditedTables.length * 3);
    for (const entry of auditedTables) expect(capturedColumns(entry).length, tableNameOf(entry)).toBeGreaterThan(1);
  });
});

describe('the log is append-only', () => {
  function refused(sql: string): string {
    try {
      app.database.sqlite.exec(sql);
    } catch (error) {
      return (error as Error).message;
    }
    return 'allowed';
  }

  test('UPDATE and DELETE are refused on both logs', () => {
    app = testApp();
    app.ok('clients.create', rehor);
    expect(refused(`DELETE FROM audit_log`)).toContain('append-only');
    expect(refused(`UPDATE audit_log SET actor = 'someone else'`)).toContain('append-only');
    expect(refused(`UPDATE audit_log SET detail = '{}'`)).toContain('append-only');
    expect(refused(`DELETE FROM audit_changes`)).toContain('append-only');
    expect(refused(`UPDATE audit_changes SET actor = 'x'`)).toContain('append-only');
    expect(refused(`UPDATE audit_changes SET after = json_set(after, '$.first_name', 'Jan'), redacted = 1`)).toContain(
      'append-only',
    );
    expect(refused(`UPDATE audit_changes SET after = json_remove(after, '$.first_name'), redacted = 1`)).toContain(
      'append-only',
    );
  });

  test('the one change allowed is a redaction: values become null, once', () => {
    app = testApp();
    app.ok('clients.create', rehor);
    expect(refused(`UPDATE audit_changes SET after = json_set(after, '$.first_name', NULL), redacted = 1`)).toBe(
      'allowed',
    );
    expect(refused(`UPDATE audit_changes SET after = json_set(after, '$.last_name', NULL), redacted = 1`)).toContain(
      'append-only',
    );
    expect(refused(`UPDATE audit_log SET detail = '{"redacted":true}'`)).toBe('allowed');
    expect(refused(`UPDATE audit_log SET detail = '{"created":true}'`)).toContain('append-only');
  });
});

describe('privacy.auditLog', () => {
  test('filters by client, date and kind, in the coordinator’s words', () => {
    const history = clientWithHistory();
    app = history.app;
    const { entries, total } = app.ok('privacy.auditLog', { clientId: history.clientId, area: 'personal' });
    expect(total).toBe(entries.length);
    expect(entries.every((e) => e.area === 'personal' && e.clientId === history.clientId)).toBe(true);
    const address = entries.find((e) => e.changes.some((c) => c.field === 'street'));
    expect(address?.record).toBe('Klient');
    expect(address?.changes.find((c) => c.field === 'street')).toEqual({
      field: 'street',
      label: 'Ulice a číslo',
      before: '—',
      after: 'Cejl 12',
    });
    const english = app.api.call(
      'privacy.auditLog',
      { clientId: history.clientId, area: 'agreements' },
      { locale: 'en' },
    );
    if (!english.ok) throw new Error(english.error.message);
    const terms = (
      english.value as { entries: { record: string; changes: { field: string; after: string }[] }[] }
    ).entries.find((e) => e.record === 'Agreement terms');
    expect(plain(terms?.changes.find((c) => c.field === 'hourly_rate')?.after ?? '')).toMatch(/^CZK \d/);
    expect(app.ok('privacy.auditLog', { fromDate: '2026-11-25' }).total).toBe(0);
    expect(app.ok('privacy.auditLog', { toDate: '2026-11-23', area: 'advances' }).total).toBeGreaterThan(0);
    expect(app.ok('privacy.auditLog', { clientId: 999 }).entries).toEqual([]);
  });
});
