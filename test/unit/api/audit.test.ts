import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { agreementSettingsDefaults } from '../../../core/agreements/settings.js';
import { attendanceDefaults } from '../../../core/attendance/settings.js';
import { contract } from '../../../core/contract/index.js';
import { rehor, testApp, type TestApp } from '../../helpers/db.js';
import { scheduleDefaults } from '../../../core/schedule/settings.js';
import { countRows, employerInput, parameters2027 } from '../support.js';
import { shiftDesk } from '../cash/shift.js';

/** Every write through the dispatcher leaves who, what and when; a read leaves nothing. */
let app: TestApp;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.close());

/** The life of one agreement of client 1, each call valid after the ones before it. */
const agreementTerms = {
  validTo: null,
  workDescription: 'úklid',
  workplace: 'Křenová 62, 602 00 Brno',
  weeklyMinutes: 180,
  hourlyRate: 13440,
  advanceShareBp: 7500,
  payday: 15,
  noticeDays: 15,
  scheduleNoticeDays: 3,
  noticeTerms: 'Dohodu lze zrušit výpovědí.',
};
const agreementCalls: [string, unknown][] = [
  ['agreements.saveSettings', { ...agreementSettingsDefaults, watchDays: 45 }],
  ['agreements.create', { clientId: 1, validFrom: '2026-12-01', ...agreementTerms }],
  ['agreements.delete', { id: 1 }],
  ['agreements.create', { clientId: 1, validFrom: '2026-12-01', ...agreementTerms }],
  ['agreements.update', { id: 2, validFrom: '2026-12-01', ...agreementTerms, hourlyRate: 13500 }],
  ['agreements.print', { id: 2 }],
  ['agreements.sign', { id: 2, signedOn: '2026-11-24' }],
  ['agreements.undoSign', { id: 2 }],
  ['agreements.sign', { id: 2, signedOn: '2026-11-24' }],
  ['agreements.printInformation', { id: 2 }],
  ['agreements.amend', { agreementId: 2, effectiveFrom: '2026-12-10', ...agreementTerms, hourlyRate: 13600 }],
  ['agreements.printAmendment', { id: 1 }],
  ['agreements.signAmendment', { id: 1, signedOn: '2026-11-24' }],
  ['agreements.amend', { agreementId: 2, effectiveFrom: '2026-12-20', ...agreementTerms, hourlyRate: 13700 }],
  ['agreements.discardAmendment', { id: 2 }],
  ['agreements.end', { id: 2, reason: 'notice', noticeBy: 'employer', deliveredOn: '2026-11-24' }],
  ['agreements.printNotice', { id: 2 }],
  ['agreements.undoEnd', { id: 2 }],
  ['agreements.prepareNotice', { id: 2, noticeBy: 'employer' }],
  [
    'agreements.recordSigned',
    { clientId: 1, validFrom: '2025-12-15', ...agreementTerms, validTo: '2026-06-30', signedOn: '2025-12-10' },
  ],
];

const tuesday = { patternId: 4, date: '2026-11-24' };
const fitAll = attendanceDefaults.fitnessItems.map((item) => ({ label: item.cs, ok: true }));

describe('audit log', () => {
  /** One call for every write method; the test fails when a write method is added without a case here. */
  const writeCalls: [string, unknown][] = [
    ['clients.create', rehor],
    ['clients.update', { ...rehor, id: 1, city: 'Brno' }],
    ['clients.addSuspension', { clientId: 1, fromDate: '2026-11-01', toDate: '2026-11-30', reason: 'Agrese' }],
    ['clients.removeSuspension', { id: 1 }],
    ['clients.deactivate', { id: 1, reason: 'Odstěhoval se' }],
    ['clients.reactivate', { id: 1 }],
    ['settings.saveEmployer', employerInput],
    ['settings.savePreferences', { language: 'en' }],
    ...agreementCalls,
    ['settings.saveParameters', parameters2027],
    ['agreements.prepareMinimumWage', { effectiveFrom: '2027-01-01', agreementIds: [2] }],
    ['agreements.printAmendments', { ids: [3] }],
    ['settings.deleteParameters', { id: 3 }],
    // The schedule, in an order where each call is allowed: seeded patterns 1–3 (Mon, Wed, Fri).
    ['schedule.saveSettings', { ...scheduleDefaults, weeklyLimit: 1 }],
    [
      'schedule.savePattern',
      { weekday: 2, start: '13:00', end: '16:00', places: 1, place: 'Sklad', validFrom: '2026-11-01' },
    ],
    ['schedule.endPattern', { id: 4, lastDay: '2026-12-31' }],
    // Writes week 49 (shifts 1–4: Mon, Tue, Wed, Fri) and adds shift 5 on Saturday.
    ['schedule.addExtraShift', { date: '2026-12-05', start: '09:00', end: '12:00', places: 1, place: 'Sklad' }],
    ['schedule.book', { shift: { shiftId: 5 }, clientId: 1 }],
    ['clients.create', { ...rehor, code: 'K-002', firstName: 'Jana', lastName: 'Nováková' }],
    ['schedule.addToWaitingList', { shift: { shiftId: 5 }, clientId: 2 }],
    ['schedule.removeFromWaitingList', { entryId: 1 }],
    ['schedule.addToWaitingList', { shift: { shiftId: 5 }, clientId: 2 }],
    ['schedule.cancelBooking', { bookingId: 1, kind: 'inTime' }],
    ['schedule.markTold', { bookingId: 2 }],
    ['schedule.updateShift', { shift: { shiftId: 5 }, start: '09:00', end: '12:00', places: 2, place: 'Sklad' }],
    ['schedule.restoreBooking', { bookingId: 1 }],
    ['schedule.moveBooking', { bookingId: 1, to: { shiftId: 1 } }],
    ['schedule.cancelShift', { shift: { shiftId: 1 }, reason: 'Svátek' }],
    ['schedule.restoreShift', { shiftId: 1 }],
    ['holidays.save', { date: '2026-12-07', nameCs: 'Svátek', nameEn: 'Holiday' }],
    ['schedule.openHolidayShift', { shift: { patternId: 1, date: '2026-12-07' } }],
    ['holidays.delete', { date: '2026-12-07' }],
    // The shift day on Tuesday's pattern shift (13:00) of this week; client 2 gets an agreement.
    ['attendance.saveSettings', { ...attendanceDefaults, roundingMinutes: 5 }],
    [
      'agreements.recordSigned',
      { clientId: 2, validFrom: '2026-11-01', ...agreementTerms, validTo: null, signedOn: '2026-10-30' },
    ],
    ['schedule.updateShift', { shift: tuesday, start: '13:00', end: '16:00', places: 2, place: 'Sklad' }],
    ['attendance.walkIn', { shift: tuesday, clientId: 1, outcome: 'sentAway', time: '08:55', sentAwayReason: 'Opilý' }],
    ['schedule.book', { shift: tuesday, clientId: 2 }],
    ['attendance.recordNoShow', { bookingId: 6 }],
    ['attendance.undoArrival', { arrivalId: 2 }],
    ['attendance.recordArrival', { bookingId: 6, outcome: 'admitted', time: '08:55', fitness: fitAll }],
    ['attendance.saveWorkRecord', { arrivalId: 3, start: '13:00', end: '16:00' }],
    // The cash book, and the advance of the work just recorded: paid, its receipt cancelled, then declined.
    ['cash.setOpeningBalance', { date: '2026-11-24', amount: 100000 }],
    ['cash.topUp', { date: '2026-11-24', amount: 50000, note: 'Banka' }],
    ['advances.pay', { workRecordId: 1 }],
    ['cash.cancelReceipt', { id: 1, reason: 'Chybný doklad' }],
    ['advances.decline', { workRecordId: 1, reason: null }],
    // A third client leaves and, with the setting at zero months, is anonymised at once.
    ['privacy.saveSettings', { anonymiseAfterMonths: 0 }],
    ['clients.create', { ...rehor, code: 'K-003', firstName: 'Petr', lastName: 'Malý' }],
    ['clients.deactivate', { id: 3, reason: 'Odešel' }],
    ['privacy.anonymise', { clientId: 3 }],
    ['backups.saveSettings', { secondFolder: null, printedKeepDays: 30 }],
    // Last: from here on the stored name, not the door's, is who acts.
    ['settings.saveCoordinator', { coordinatorName: 'Jana Malá' }],
  ];

  /** Pay needs a month that is over, so its calls run on a desk whose clock moves: one November shift, paid in December. */
  const payrollCalls: [string, unknown][] = [
    ['payroll.markSeen', { month: '2026-11' }],
    ['payroll.close', { month: '2026-11', confirmWarnings: true }],
    ['payroll.markPaid', { month: '2026-11', clientId: 1 }],
    ['payroll.unmarkPaid', { month: '2026-11', clientId: 1, reason: 'Omyl' }],
    [
      'payroll.addAdjustment',
      { month: '2026-12', clientId: 1, sourceMonth: '2026-11', amount: 5000, reason: 'Oprava' },
    ],
    ['payroll.removeAdjustment', { id: 1 }],
  ];

  test('covers every write method of the contract', () => {
    const kindOf = (name: string) => (contract as Record<string, { kind: string }>)[name]?.kind;
    const writeMethods = Object.entries(contract)
      .filter(([, def]) => def.kind === 'write')
      .map(([name]) => name);
    const called = new Set([...writeCalls, ...payrollCalls].map(([name]) => name));
    expect([...called].filter((name) => kindOf(name) === 'write').sort()).toEqual(writeMethods.sort());
  });

  test('every write method leaves an entry with actor, method and time', () => {
    for (const [name, input] of writeCalls) {
      const before = countRows(app.database.sqlite, 'audit_log');
      expect(app.api.call(name, input), name).toMatchObject({ ok: true });
      const rows = app.database.sqlite.prepare('SELECT actor, method, at FROM audit_log WHERE id > ?').all(before);
      expect(rows, name).toEqual([{ actor: 'test', method: name, at: '2026-11-24T09:00:00+01:00' }]);
    }
  });

  test('every pay run write leaves an entry with actor and method', () => {
    const desk = shiftDesk();
    desk.work('2026-11-02');
    desk.at('2026-12-01', '10:00');
    desk.app.ok('cash.setOpeningBalance', { date: '2026-12-01', amount: 100000 });
    const sqlite = desk.app.database.sqlite;
    for (const [name, input] of payrollCalls) {
      const before = countRows(sqlite, 'audit_log');
      expect(desk.app.api.call(name, input), name).toMatchObject({ ok: true });
      const rows = sqlite.prepare('SELECT actor, method FROM audit_log WHERE id > ?').all(before);
      expect(rows, name).toEqual([{ actor: 'test', method: name }]);
    }
    const before = countRows(sqlite, 'audit_log');
    expect(desk.app.api.call('payroll.printIncomeCertificate', { clientId: 1, year: 2026 }).ok).toBe(true);
    expect(countRows(sqlite, 'audit_log')).toBe(before);
    desk.app.close();
  });

  // Every read of the contract, documents included: longer than the default five seconds on a busy machine.
  test('read methods leave none', async () => {
    app.ok('clients.create', { ...rehor, street: 'Cejl 12', city: 'Brno', postcode: '602 00' });
    app.ok('settings.saveEmployer', employerInput);
    const draft = app.ok('agreements.draftDefaults', { clientId: 1 });
    const agreement = app.ok('agreements.create', draft.input);
    expect((await app.api.run('agreements.print', { id: agreement.id })).ok).toBe(true);
    app.ok('agreements.sign', { id: agreement.id, signedOn: '2026-11-24' });
    const extra = { date: '2026-11-24', start: '10:00', end: '12:00', places: 1, place: 'Sklad' };
    const { shiftId } = app.ok('schedule.addExtraShift', extra);
    const walkIn = { shift: { shiftId }, clientId: 1, outcome: 'admitted', time: '09:00', fitness: fitAll } as const;
    const { arrival } = app.ok('attendance.walkIn', walkIn);
    const record = app.ok('attendance.saveWorkRecord', { arrivalId: arrival.id, start: '10:00', end: '12:00' });
    // Its advance paid, for the cash book's and the advances' reads.
    app.ok('cash.setOpeningBalance', { date: '2026-11-24', amount: 100000 });
    expect((await app.api.run('advances.pay', { workRecordId: record.id })).ok).toBe(true);
    const before = countRows(app.database.sqlite, 'audit_log');
    const inputs: Record<string, unknown> = {
      'attendance.day': { date: '2026-11-24' },
      'attendance.workRecordHistory': { workRecordId: record.id },
      'agreements.get': { id: agreement.id },
      'agreements.draftDefaults': { clientId: 1 },
      'agreements.minimumWagePlan': { effectiveFrom: '2026-01-01' },
      'agreements.reprint': { documentId: 1 },
      'clients.get': { id: 1 },
      'settings.parametersOn': { date: '2026-01-01' },
      'clients.checkDuplicates': { firstName: rehor.firstName, lastName: rehor.lastName, birthDate: rehor.birthDate },
      'schedule.week': { year: 2026, week: 49 },
      'holidays.list': { year: 2026 },
      'schedule.printWeek': { year: 2026, week: 49 },
      'schedule.printDay': { date: '2026-11-30' },
      'schedule.releasePreview': { clientId: 1 },
      'schedule.clientHistory': { clientId: 1 },
      'cash.book': { from: '2026-11-01', to: '2026-11-30' },
      'cash.receipt': { id: 1 },
      'cash.printReceipt': { id: 1 },
      'cash.printDay': { date: '2026-11-24' },
      'cash.printMonth': { month: '2026-11' },
      'advances.propose': { workRecordId: record.id },
      'advances.ofDay': { date: '2026-11-24' },
      'schedule.noShows': { clientIds: [1] },
      'schedule.agreementAverage': { agreementId: agreement.id },
      'payroll.month': { month: '2026-11' },
      'payroll.printPayslip': { month: '2026-11', clientId: 1 },
      'payroll.printPayslips': { month: '2026-11' },
      'payroll.printPaydayList': { month: '2026-11' },
      'payroll.printSummary': { month: '2026-11' },
      'payroll.exportSummary': { month: '2026-11', format: 'xlsx' },
      'privacy.anonymisePlan': { clientId: 1 },
      'privacy.exportClient': { clientId: 1 },
    };
    const recording = new Set(writeCalls.map(([name]) => name));
    // Printed from closed months only: the pay run's desk above prints it.
    const afterClosing = new Set(['payroll.printIncomeCertificate']);
    for (const [name, def] of Object.entries(contract)) {
      if (def.kind === 'write' || def.kind === 'maintenance' || recording.has(name) || afterClosing.has(name)) continue;
      const result = app.api.call(name, inputs[name] ?? {});
      expect(result.ok, name).toBe(true);
    }
    expect(countRows(app.database.sqlite, 'audit_log')).toBe(before);
  }, 20_000);
});
