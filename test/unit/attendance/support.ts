import type { DayClientView, DayView } from '../../../core/contract/attendance.js';
import { testApp, type TestApp } from '../../helpers/db.js';
import { employerInput } from '../support.js';
import { addClients, book, signAgreement } from '../schedule/support.js';

/**
 * Shared helpers for the shift-day tests (not a test file itself). The clock
 * is movable: it starts at Monday 2026-11-23 08:00, before the seeded Monday
 * shift (9:00–12:00, four places), so clients can still be booked on it.
 */

export const monday = '2026-11-23';

export interface DeskApp extends TestApp {
  /** Moves the clock to a local date and time. */
  at(date: string, time: string): void;
}

export function deskApp(): DeskApp {
  let now = new Date(2026, 10, 23, 8, 0, 0);
  const app = testApp({ now: () => now });
  return {
    ...app,
    at: (date, time) => {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      const [hh, mm] = time.split(':').map(Number) as [number, number];
      now = new Date(y, m - 1, d, hh, mm, 0);
    },
  };
}

/**
 * `count` clients booked on Monday's shift, the first `withAgreement` of them
 * with a signed agreement from 1 November; the clock left at 8:00.
 */
export function bookedMonday(app: DeskApp, count: number, withAgreement = count): number[] {
  const ids = addClients(app, count);
  ids.slice(0, withAgreement).forEach((id) => signAgreement(app, id, '2026-11-01'));
  ids.forEach((id) => book(app, monday, id));
  return ids;
}

export function deskDay(app: TestApp, date = monday): DayView {
  return app.ok('attendance.day', { date });
}

/** The desk's line of a client on the day's first shift. */
export function line(app: TestApp, clientId: number, date = monday): DayClientView {
  const found = deskDay(app, date)
    .shifts.flatMap((s) => s.clients)
    .find((c) => c.clientId === clientId);
  if (!found) throw new Error(`client ${clientId} is not on ${date}`);
  return found;
}

/** Every default fitness item answered yes, with the labels as the screen shows them (English tests). */
export function fitAnswers(app: TestApp): { label: string; ok: boolean; note: string | null }[] {
  return app.ok('attendance.getSettings').fitnessItems.map((item) => ({ label: item.en, ok: true, note: null }));
}

export function admit(app: TestApp, bookingId: number, time = '09:00') {
  return app.ok('attendance.recordArrival', { bookingId, outcome: 'admitted', time, fitness: fitAnswers(app) });
}

/** A young client (17 on the Monday) with a signed agreement from 1 November, schooling confirmed. */
export function youngClient(app: DeskApp): number {
  const { id } = app.ok('clients.create', {
    code: 'K-017',
    firstName: 'Tereza',
    lastName: 'Malá',
    birthDate: '2009-06-01',
  });
  app.ok('settings.saveEmployer', employerInput);
  const { input } = app.ok('agreements.draftDefaults', { clientId: id, validFrom: '2026-11-01' });
  const draft = app.ok('agreements.create', { ...input, validTo: null, schoolingConfirmed: true });
  app.ok('agreements.print', { id: draft.id });
  app.ok('agreements.sign', { id: draft.id, signedOn: '2026-11-01' });
  return id;
}

export function rowCount(app: TestApp, table: string): number {
  return (app.database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** One more adult client, named by a code not used by addClients. */
export function extraClient(app: TestApp, code: string, lastName: string): number {
  return app.ok('clients.create', { code, firstName: 'Karel', lastName, birthDate: '1970-01-01' }).id;
}
