import { refOn } from '../schedule/support.js';
import { rehor, testApp, type TestApp } from '../../helpers/db.js';
import { employerInput } from '../support.js';

/**
 * A worked shift made as the desk makes one, on a clock the test moves:
 * booked before the shift, admitted after the fitness check, its work record
 * saved. The seeded pattern has Mon, Wed and Fri shifts 9:00–12:00.
 */
export interface ShiftDesk {
  app: TestApp;
  clientId: number;
  /** Moves the clock to a local day and time. */
  at(date: string, time?: string): void;
  /** Books, admits and records a shift worked by the client; answers the work record's id. */
  work(date: string, times?: { start: string; end: string }): number;
}

export function shiftDesk(options: { hourlyRate?: number; statePaysHealthInsurance?: boolean } = {}): ShiftDesk {
  let clock = new Date(2026, 10, 2, 7, 0);
  const app = testApp({ now: () => clock });
  const at = (date: string, time = '07:00') => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const [h, min] = time.split(':').map(Number) as [number, number];
    clock = new Date(y, m - 1, d, h, min);
  };
  app.ok('settings.saveEmployer', employerInput);
  const clientId = app.ok('clients.create', {
    ...rehor,
    statePaysHealthInsurance: options.statePaysHealthInsurance ?? false,
  }).id;
  const { input } = app.ok('agreements.draftDefaults', { clientId, validFrom: '2026-11-02' });
  const draft = app.ok('agreements.create', { ...input, hourlyRate: options.hourlyRate ?? input.hourlyRate });
  app.ok('agreements.print', { id: draft.id });
  app.ok('agreements.sign', { id: draft.id, signedOn: '2026-11-02' });
  const fitness = app.ok('attendance.getSettings').fitnessItems.map((item) => ({ label: item.cs, ok: true }));
  const work = (date: string, times = { start: '09:00', end: '12:00' }) => {
    at(date, '07:00');
    const { bookingId } = app.ok('schedule.book', { shift: refOn(app, date), clientId, overrideReason: 'test' });
    at(date, '12:30');
    const { arrival } = app.ok('attendance.recordArrival', { bookingId, outcome: 'admitted', time: '09:00', fitness });
    return app.ok('attendance.saveWorkRecord', { arrivalId: arrival.id, ...times }).id;
  };
  return { app, clientId, at, work };
}
