import { afterEach, describe, expect, test } from 'vitest';
import { rehor, testApp, type TestApp } from '../../helpers/db.js';
import { snapshotConnection } from '../support.js';
import { clientWithHistory } from './support.js';

let app: TestApp;
afterEach(() => app.close());

/** Every row of every table, as text: what someone with the file and the password could read. */
function everything(): string {
  return JSON.stringify(snapshotConnection(app.database.sqlite).rows);
}

function tableText(table: string): string {
  return JSON.stringify(app.database.sqlite.prepare(`SELECT * FROM ${table}`).all());
}

/** What the client's history put in free text: none of it is a pay record. */
const freeTexts = ['pervitin', 'Třes rukou', 'Bručoun', '777 123 456', 'Rvačka', 'Zametal dvůr', 'Chce vše', 'Odešel'];

describe('anonymising a client who left', () => {
  test('refused while the client is in the programme, and until the setting’s months have passed', () => {
    const history = clientWithHistory();
    app = history.app;
    const { clientId } = history;
    expect(app.err('privacy.anonymise', { clientId }).code).toBe('privacy.clientActive');
    app.ok('clients.deactivate', { id: clientId, reason: 'Odešel do Prahy' });
    const plan = app.ok('privacy.anonymisePlan', { clientId });
    expect(plan).toMatchObject({ blockedBy: 'tooRecent', leftOn: '2026-11-23', possibleFrom: '2027-11-23' });
    const refused = app.err('privacy.anonymise', { clientId });
    expect(refused).toMatchObject({ code: 'privacy.leftTooRecently', field: 'clientId' });
    expect(refused.message).toContain('2027-11-23');
    expect(app.err('privacy.saveSettings', { anonymiseAfterMonths: -1 }).field).toBe('anonymiseAfterMonths');
  });

  test('shows what pay records keep and until when by which law, then removes the rest everywhere', () => {
    const history = clientWithHistory();
    app = history.app;
    const { clientId } = history;
    app.ok('clients.deactivate', { id: clientId, reason: 'Odešel do Prahy' });
    (history.app as { at(date: string, time: string): void }).at('2027-12-01', '10:00');
    const plan = app.ok('privacy.anonymisePlan', { clientId });
    expect(plan.blockedBy).toBeNull();
    const payroll = { until: '2056-12-31', years: 30, citation: 'zákon č. 582/1991 Sb., § 35a odst. 4' };
    expect(plan.kept).toEqual([
      { group: 'identity', ...payroll },
      { group: 'agreements', ...payroll },
      { group: 'workRecords', ...payroll },
    ]);
    expect(plan.removed).toEqual(['contact', 'notes', 'suspensions', 'health', 'reasons', 'auditValues']);
    const beforeNotes = everything();
    expect(beforeNotes).toContain('Bručoun');

    expect(app.ok('privacy.anonymise', { clientId }).blockedBy).toBe('alreadyAnonymised');
    const after = everything();
    for (const text of freeTexts) expect(after, text).not.toContain(text);
    // Identity stays where pay records need it, and nowhere in the logs.
    expect(tableText('clients')).toContain('Šťastný');
    expect(tableText('audit_changes')).not.toContain('Šťastný');
    expect(tableText('audit_changes')).not.toContain('Cejl');
    expect(tableText('audit_log')).not.toContain('Šťastný');
    const client = app.ok('clients.get', { id: clientId });
    expect(client).toMatchObject({ lastName: 'Šťastný', nickname: null, phone: null, notes: null });
    expect(app.ok('clients.list', { query: 'bručoun', includeInactive: true }).items).toEqual([]);
    expect(app.err('privacy.anonymise', { clientId }).code).toBe('privacy.alreadyAnonymised');
    const log = app.ok('privacy.auditLog', { clientId });
    expect(log.entries.some((e) => e.redacted)).toBe(true);
  });

  test('a client with no pay records keeps nothing that names them', () => {
    app = testApp();
    app.ok('privacy.saveSettings', { anonymiseAfterMonths: 0 });
    const { id } = app.ok('clients.create', { ...rehor, code: 'K-777', phone: '777 123 456', notes: 'Užívá pervitin' });
    app.ok('clients.deactivate', { id, reason: 'Odešel' });
    const plan = app.ok('privacy.anonymisePlan', { clientId: id });
    expect(plan.kept).toEqual([]);
    expect(plan.removed[0]).toBe('identity');
    app.ok('privacy.anonymise', { clientId: id });
    const after = everything();
    for (const text of ['Řehoř', 'Šťastný', 'rehor', 'stastny', 'Řeha', '777 123 456', 'pervitin', '1980-03-15']) {
      expect(after, text).not.toContain(text);
    }
    expect(app.ok('clients.get', { id })).toMatchObject({ code: 'K-777', firstName: '—', birthDate: '1980-01-01' });
  });
});
