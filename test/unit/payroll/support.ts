import type { PayrollMonth, PayslipView } from '../../../core/contract/payroll.js';
import { clockOfMinute } from '../../../core/contract/shift-time.js';
import type { RatePeriod } from '../../../core/pay/index.js';
import { testApp, type TestApp } from '../../helpers/db.js';
import { refOn } from '../schedule/support.js';
import { employerInput } from '../support.js';

/**
 * A desk whose clock the test moves, where clients are registered with their
 * pay facts, sign agreements (amended where a rate changes) and work shifts
 * as the desk records them: booked, admitted, their work record saved. The
 * seeded pattern has Mon, Wed and Fri 9:00–12:00 from 2025.
 */
export interface PayDesk {
  app: TestApp;
  at(date: string, time?: string): void;
  client(facts?: ClientFacts): number;
  agreement(clientId: number, rates: readonly RatePeriod[]): number;
  /** A shift worked from 9:00 for `minutes`; answers its arrival and work record. */
  work(
    clientId: number,
    date: string,
    minutes?: number,
    day?: { holiday?: boolean; weekend?: boolean },
  ): { arrivalId: number; workRecordId: number };
  /** Books a shift on a pattern day without working it yet; answers the booking's id. */
  book(clientId: number, date: string): number;
  month(month: string): PayrollMonth;
  payslip(month: string, clientId: number): PayslipView;
}

export interface ClientFacts {
  declaredSince?: string | null;
  stateInsured?: boolean;
  paymentMethod?: 'cash' | 'bank';
}

export const terms = {
  workDescription: 'úklid',
  workplace: 'Křenová 62, 602 00 Brno',
  weeklyMinutes: 600,
  advanceShareBp: 7500,
  payday: 15,
  noticeDays: 15,
  scheduleNoticeDays: 3,
  noticeTerms: 'Dohodu lze zrušit výpovědí.',
};

const fridayPattern = 3;

export function payDesk(start = '2025-01-01'): PayDesk {
  let clock = new Date(2025, 0, 1, 7, 0);
  const app = testApp({ now: () => clock });
  const at = (date: string, time = '07:00') => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const [h, min] = time.split(':').map(Number) as [number, number];
    clock = new Date(y, m - 1, d, h, min);
  };
  at(start);
  app.ok('settings.saveEmployer', employerInput);
  const fitness = app.ok('attendance.getSettings').fitnessItems.map((item) => ({ label: item.cs, ok: true }));
  let clients = 0;
  const desk: PayDesk = {
    app,
    at,
    client: (facts = {}) => {
      clients += 1;
      const declaredSince = facts.declaredSince ?? null;
      return app.ok('clients.create', {
        code: `K-${String(clients).padStart(3, '0')}`,
        firstName: 'Řehoř',
        lastName: `Šťastný ${String.fromCharCode(64 + clients)}`,
        birthDate: '1980-03-15',
        taxDeclarationSigned: declaredSince !== null,
        taxDeclarationSince: declaredSince,
        statePaysHealthInsurance: facts.stateInsured ?? false,
        paymentMethod: facts.paymentMethod ?? 'cash',
        bankAccount: facts.paymentMethod === 'bank' ? '19-2000145399/0800' : null,
      }).id;
    },
    agreement: (clientId, rates) => {
      const [first, ...later] = rates;
      if (!first) throw new Error('an agreement needs a rate');
      at(first.from);
      const signed = app.ok('agreements.recordSigned', {
        clientId,
        validFrom: first.from,
        validTo: null,
        signedOn: first.from,
        ...terms,
        hourlyRate: first.terms.hourlyRate,
      });
      for (const period of later) {
        at(period.from);
        const amended = app.ok('agreements.amend', {
          agreementId: signed.id,
          effectiveFrom: period.from,
          ...terms,
          hourlyRate: period.terms.hourlyRate,
        });
        const amendment = amended.amendments.at(-1);
        if (!amendment) throw new Error('the amendment was just made');
        app.ok('agreements.printAmendment', { id: amendment.id });
        app.ok('agreements.signAmendment', { id: amendment.id, signedOn: period.from });
      }
      return signed.id;
    },
    book: (clientId, date) => {
      at(date, '07:00');
      return app.ok('schedule.book', { shift: refOn(app, date), clientId, overrideReason: 'test' }).bookingId;
    },
    work: (clientId, date, minutes = 180, day = {}) => {
      at(date, '07:00');
      const shift =
        day.holiday && !day.weekend
          ? { shiftId: app.ok('schedule.openHolidayShift', { shift: { patternId: fridayPattern, date } }).shiftId }
          : day.weekend
            ? {
                shiftId: app.ok('schedule.addExtraShift', {
                  date,
                  start: '09:00',
                  end: '12:00',
                  places: 4,
                  place: 'Sklad',
                }).shiftId,
              }
            : refOn(app, date);
      const { bookingId } = app.ok('schedule.book', { shift, clientId, overrideReason: 'test' });
      const end = clockOfMinute(9 * 60 + minutes);
      at(date, '23:00');
      const { arrival } = app.ok('attendance.recordArrival', {
        bookingId,
        outcome: 'admitted',
        time: '09:00',
        fitness,
      });
      const record = app.ok('attendance.saveWorkRecord', { arrivalId: arrival.id, start: '09:00', end });
      return { arrivalId: arrival.id, workRecordId: record.id };
    },
    month: (month) => app.ok('payroll.month', { month }),
    payslip: (month, clientId) => {
      const found = desk.month(month).payslips.find((p) => p.clientId === clientId);
      if (!found) throw new Error(`client ${clientId} has no payslip in ${month}`);
      return found;
    },
  };
  return desk;
}

/** Every table's rows, to show that a refused call changed nothing. */
export function everything(app: TestApp): string {
  const tables = app.database.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all() as { name: string }[];
  return JSON.stringify(tables.map(({ name }) => [name, app.database.sqlite.prepare(`SELECT * FROM "${name}"`).all()]));
}

/** A text with its non-breaking spaces (dates, money) as plain ones, to compare with a written expectation. */
export function plain(text: string): string {
  return text.replace(/\u00a0|\u202f/g, ' ');
}
