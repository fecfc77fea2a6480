import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Client, ClientSummary } from '../../../core/contract/clients.js';
import { rehor, testApp, type TestApp } from '../../helpers/db.js';

// The test clock stands at 2026-11-24 09:00.
let app: TestApp;
beforeEach(() => {
  app = testApp();
  app.ok('clients.create', rehor);
});
afterEach(() => app.close());

function summary(): ClientSummary {
  const item = app.ok('clients.list', { query: 'rehor' }).items[0];
  if (!item) throw new Error('client not listed');
  return item;
}

function suspend(fromDate: string, toDate: string | null, reason = 'Agrese vůči personálu'): Client {
  return app.ok('clients.addSuspension', { clientId: 1, fromDate, toDate, reason });
}

describe('suspensions', () => {
  test('one covering today shows as suspended until its last day', () => {
    const client = suspend('2026-11-20', '2026-11-30');
    expect(client.suspensions).toEqual([
      { id: 1, clientId: 1, fromDate: '2026-11-20', toDate: '2026-11-30', reason: 'Agrese vůči personálu' },
    ]);
    expect(client.suspendedNow).toEqual(client.suspensions[0]);
    expect(summary()).toMatchObject({ suspended: true, suspendedUntil: '2026-11-30' });
  });

  test('an open-ended one is suspended with no end', () => {
    expect(suspend('2026-11-01', null).suspendedNow?.toDate).toBeNull();
    expect(summary()).toMatchObject({ suspended: true, suspendedUntil: null });
  });

  test.each([
    ['past', '2026-10-01', '2026-10-31', false, null],
    ['ended yesterday', '2026-11-01', '2026-11-23', false, null],
    ['ends today', '2026-11-01', '2026-11-24', true, '2026-11-24'],
    ['starts today', '2026-11-24', '2026-12-24', true, '2026-12-24'],
    ['starts tomorrow', '2026-11-25', null, false, null],
  ])('%s (%s – %s)', (_name, from, to, suspended, until) => {
    const client = suspend(from, to);
    expect(client.suspendedNow !== null).toBe(suspended);
    expect(summary()).toMatchObject({ suspended, suspendedUntil: until });
  });

  test('overlapping suspensions: the latest end wins, an open one means no end', () => {
    suspend('2026-11-20', '2026-11-30');
    suspend('2026-11-10', '2026-12-15');
    suspend('2027-01-01', '2027-02-01');
    expect(summary()).toMatchObject({ suspended: true, suspendedUntil: '2026-12-15' });
    suspend('2026-11-24', null);
    expect(summary()).toMatchObject({ suspended: true, suspendedUntil: null });
  });

  test('an end before the start is refused', () => {
    const error = app.err(
      'clients.addSuspension',
      { clientId: 1, fromDate: '2026-11-20', toDate: '2026-11-19', reason: 'x' },
      'en',
    );
    expect(error).toMatchObject({
      code: 'invalidInput',
      field: 'toDate',
      message: 'To: The end cannot be before the start.',
    });
    expect(app.ok('clients.get', { id: 1 }).suspensions).toEqual([]);
  });

  test('a reason is required and the client must exist', () => {
    expect(app.err('clients.addSuspension', { clientId: 1, fromDate: '2026-11-20', reason: ' ' }).field).toBe('reason');
    expect(app.err('clients.addSuspension', { clientId: 9, fromDate: '2026-11-20', reason: 'x' })).toMatchObject({
      code: 'notFound',
      field: 'clientId',
    });
  });

  test('removing one lifts it; removing it again is notFound', () => {
    const client = suspend('2026-11-20', '2026-11-30');
    const removed = app.ok('clients.removeSuspension', { id: client.suspensions[0]?.id ?? 0 });
    expect(removed).toMatchObject({ id: 1, suspensions: [], suspendedNow: null });
    expect(summary()).toMatchObject({ suspended: false, suspendedUntil: null });
    expect(app.err('clients.removeSuspension', { id: 1 }).code).toBe('notFound');
  });
});

interface AuditRow {
  actor: string;
  method: string;
  entity: string;
  entity_id: number | null;
  detail: string;
}

function lastAudit(): AuditRow & { parsed: Record<string, unknown> } {
  const row = app.database.sqlite
    .prepare('SELECT actor, method, entity, entity_id, detail FROM audit_log ORDER BY id DESC LIMIT 1')
    .get() as AuditRow;
  return { ...row, parsed: JSON.parse(row.detail) as Record<string, unknown> };
}

describe('audit log of client changes', () => {
  const secret = 'Užívá pervitin, hepatitida C';

  /** The row change the call left in audit_changes: only the changed columns, before and after. */
  function lastRowChange(): { before: Record<string, unknown>; after: Record<string, unknown> } {
    const row = app.database.sqlite
      .prepare(`SELECT before, after FROM audit_changes WHERE table_name = 'clients' ORDER BY id DESC LIMIT 1`)
      .get() as { before: string; after: string };
    return {
      before: JSON.parse(row.before) as Record<string, unknown>,
      after: JSON.parse(row.after) as Record<string, unknown>,
    };
  }

  test('an update is one action in audit_log; its fields, before and after, are the row change, never the notes', () => {
    app.ok('clients.update', {
      ...rehor,
      id: 1,
      lastName: 'Šťastná',
      city: 'Brno',
      phone: '777 123 456',
      paymentMethod: 'bank',
      bankAccount: '1234567004/0800',
      notes: secret,
    });
    const row = lastAudit();
    expect(row).toMatchObject({ actor: 'test', method: 'clients.update', entity: 'client', entity_id: 1 });
    // The diff is not written twice.
    expect(row.parsed).toEqual({});
    const change = lastRowChange();
    expect(change.before).toEqual({
      last_name: 'Šťastný',
      city: null,
      phone: null,
      payment_method: 'cash',
      bank_account: null,
      notes: null,
    });
    expect(change.after).toEqual({
      last_name: 'Šťastná',
      city: 'Brno',
      phone: '777 123 456',
      payment_method: 'bank',
      bank_account: '1234567004/0800',
      notes: { masked: true },
    });
    expect(JSON.stringify(change)).not.toContain('pervitin');
  });

  test('an update that changes nothing leaves the action and no row change', () => {
    const changes = () => app.database.sqlite.prepare('SELECT count(*) AS n FROM audit_changes').get();
    const before = changes();
    app.ok('clients.update', { ...rehor, id: 1 });
    expect(lastAudit()).toMatchObject({ method: 'clients.update', parsed: {} });
    expect(changes()).toEqual(before);
  });

  test('a changed birth number and tax declaration are logged with old and new values', () => {
    app.ok('clients.update', {
      ...rehor,
      id: 1,
      birthNumber: '8003150001',
      taxDeclarationSigned: true,
      taxDeclarationSince: '2026-01-01',
    });
    expect(lastRowChange()).toEqual({
      before: { birth_number: null, tax_declaration_signed: 0, tax_declaration_since: null },
      after: { birth_number: '800315/0001', tax_declaration_signed: 1, tax_declaration_since: '2026-01-01' },
    });
  });

  test('creating a client with notes and suspending with a reason copy neither text', () => {
    app.ok('clients.create', {
      code: 'K-2',
      firstName: 'Jan',
      lastName: 'Novák',
      birthDate: '1970-01-01',
      notes: secret,
    });
    expect(lastAudit()).toMatchObject({
      method: 'clients.create',
      entity_id: 2,
      parsed: { created: true, duplicateConfirmed: false },
    });
    expect(lastAudit().detail).not.toContain('pervitin');
    suspend('2026-11-20', null, 'Užívání drog v prostorách centra');
    expect(lastAudit()).toMatchObject({
      method: 'clients.addSuspension',
      entity: 'clientSuspension',
      parsed: { clientId: 1, fromDate: '2026-11-20', toDate: null },
    });
    expect(lastAudit().detail).not.toContain('drog');
  });
});
