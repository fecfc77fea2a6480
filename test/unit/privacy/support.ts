import { rehor, testApp, type TestApp } from '../../helpers/db.js';
import { employerInput } from '../support.js';
import { admit, deskApp, fitAnswers, monday, type DeskApp } from '../attendance/support.js';
import { addClients, book, signAgreement } from '../schedule/support.js';

/**
 * A client with a full history, built through the contract: address, notes,
 * a suspension, a signed agreement, a booking on Monday, an arrival with a
 * fitness note, a work record with a note, an advance declined with a reason.
 * The clock is left on Monday 2026-11-23 at 13:00.
 */
export function clientWithHistory(): { app: DeskApp; clientId: number } {
  const app = deskApp();
  app.ok('settings.saveEmployer', employerInput);
  const [clientId = 0] = addClients(app, 1);
  app.ok('clients.update', {
    ...rehor,
    id: clientId,
    nickname: 'Bručoun',
    street: 'Cejl 12',
    city: 'Brno',
    postcode: '602 00',
    phone: '777 123 456',
    notes: 'Užívá pervitin',
  });
  app.ok('clients.addSuspension', {
    clientId,
    fromDate: '2026-10-01',
    toDate: '2026-10-05',
    reason: 'Rvačka na chodbě',
  });
  signAgreement(app, clientId, '2026-11-01');
  const { bookingId } = book(app, monday, clientId);
  app.at(monday, '09:05');
  const fitness = fitAnswers(app).map((item, index) => (index === 0 ? { ...item, note: 'Třes rukou' } : item));
  const { arrival } = app.ok('attendance.recordArrival', { bookingId, outcome: 'admitted', time: '09:00', fitness });
  app.at(monday, '13:00');
  const record = app.ok('attendance.saveWorkRecord', {
    arrivalId: arrival.id,
    start: '09:00',
    end: '12:00',
    taskNote: 'Zametal dvůr',
  });
  app.ok('advances.decline', { workRecordId: record.id, reason: 'Chce vše ve výplatní den' });
  return { app, clientId };
}

export { admit, testApp, type TestApp };
