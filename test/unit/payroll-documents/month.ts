/**
 * November 2026 paid as the desk pays it, through the contract on a real
 * database: two clients with signed agreements, shifts booked, admitted and
 * recorded on a clock the test moves, advances paid in cash.
 * - Řehoř Šťastný (cash, no tax declaration): domain.md's worked example, five
 *   three-hour shifts, two advances of 302 CZK.
 * - Žofie Čermáková (bank, declaration signed, the state pays her health
 *   insurance): five eight-hour days, enough to reach the insurance threshold.
 */
import { refOn } from '../schedule/support.js';
import { testApp, type TestApp } from '../../helpers/db.js';
import { birthNumberFor, employerInput } from '../support.js';

export interface PayMonth {
  app: TestApp;
  rehor: number;
  zofie: number;
  /** Moves the clock to a local day and time. */
  at(date: string, time?: string): void;
}

/** A valid birth number for 15 March 1980, as a client record may hold one. */
export const rehorBirthNumber = birthNumberFor('1980-03-15');

export const rehorDays = ['2026-11-02', '2026-11-04', '2026-11-06', '2026-11-09', '2026-11-11'];
export const zofieDays = ['2026-11-16', '2026-11-18', '2026-11-20', '2026-11-23', '2026-11-25'];

function signed(app: TestApp, clientId: number): void {
  const { input } = app.ok('agreements.draftDefaults', { clientId, validFrom: '2026-11-02' });
  const draft = app.ok('agreements.create', input);
  app.ok('agreements.print', { id: draft.id });
  app.ok('agreements.sign', { id: draft.id, signedOn: '2026-11-02' });
}

export function novemberWorked(): PayMonth {
  let clock = new Date(2026, 10, 2, 7, 0);
  const app = testApp({ now: () => clock });
  const at = (date: string, time = '07:00') => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const [h, min] = time.split(':').map(Number) as [number, number];
    clock = new Date(y, m - 1, d, h, min);
  };
  app.ok('settings.saveEmployer', employerInput);
  app.ok('cash.setOpeningBalance', { date: '2026-11-02', amount: 1_000_000 });
  const rehor = app.ok('clients.create', {
    code: 'K-001',
    firstName: 'Řehoř',
    lastName: 'Šťastný',
    birthDate: '1980-03-15',
    birthNumber: rehorBirthNumber,
    street: 'Cejl 12',
    city: 'Brno',
    postcode: '602 00',
  }).id;
  const zofie = app.ok('clients.create', {
    code: 'K-002',
    firstName: 'Žofie',
    lastName: 'Čermáková',
    birthDate: '1975-06-01',
    paymentMethod: 'bank',
    bankAccount: '2000145399/2010',
    taxDeclarationSigned: true,
    taxDeclarationSince: '2026-11-01',
    statePaysHealthInsurance: true,
  }).id;
  signed(app, rehor);
  signed(app, zofie);
  const fitness = app.ok('attendance.getSettings').fitnessItems.map((item) => ({ label: item.cs, ok: true }));
  const work = (clientId: number, date: string, end: string) => {
    at(date, '07:00');
    const { bookingId } = app.ok('schedule.book', { shift: refOn(app, date), clientId, overrideReason: 'test' });
    at(date, end === '12:00' ? '12:30' : '17:30');
    const { arrival } = app.ok('attendance.recordArrival', { bookingId, outcome: 'admitted', time: '09:00', fitness });
    return app.ok('attendance.saveWorkRecord', { arrivalId: arrival.id, start: '09:00', end }).id;
  };
  rehorDays.forEach((date, i) => {
    const record = work(rehor, date, '12:00');
    if (i < 2) app.ok('advances.pay', { workRecordId: record });
  });
  zofieDays.forEach((date) => work(zofie, date, '17:00'));
  at('2026-11-30', '18:00');
  return { app, rehor, zofie, at };
}

/** Closes November on 1 December, its warnings confirmed. */
export function closeNovember(month: PayMonth): void {
  month.at('2026-12-01', '09:00');
  month.app.ok('payroll.close', { month: '2026-11', confirmWarnings: true });
}
