import type { Dispatcher } from '../api/dispatcher.js';
import type { Client } from '../contract/clients.js';
import { addIsoWeeks, isoWeekOf, localIsoDate } from '../contract/dates.js';
import type { WeekView } from '../contract/schedule-views.js';

/**
 * Next week's sheet, partly filled through the dispatcher: the first shift
 * full with two on its waiting list, the others half full. Clients the rules
 * refuse (suspended, say) are simply passed over, as the coordinator would.
 */
export function seedSignUps(api: Dispatcher, clients: Client[], now: Date): void {
  const next = addIsoWeeks(isoWeekOf(localIsoDate(now)).year, isoWeekOf(localIsoDate(now)).week, 1);
  const week = api.call('schedule.week', next, { locale: 'en' });
  if (!week.ok) return;
  const queue = [...clients];
  const take = (method: string, shift: WeekView['shifts'][number]['ref']): boolean => {
    while (queue.length > 0) {
      const client = queue.shift();
      if (client && api.call(method, { shift, clientId: client.id }, { locale: 'en' }).ok) return true;
    }
    return false;
  };
  (week.value as WeekView).shifts.forEach((planned, index) => {
    const fill = index === 0 ? planned.places : Math.ceil(planned.places / 2);
    // After the first booking the week is written, so the shift is named by its id from then on.
    let ref = planned.ref;
    for (let n = 0; n < fill; n += 1) {
      if (!take('schedule.book', ref)) return;
      const written = api.call('schedule.week', next, { locale: 'en' });
      const stored = written.ok ? (written.value as WeekView).shifts[index] : undefined;
      if (stored) ref = stored.ref;
    }
    if (index === 0) for (let n = 0; n < 2; n += 1) take('schedule.addToWaitingList', ref);
  });
}
