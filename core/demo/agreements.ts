import type { Dispatcher } from '../api/dispatcher.js';
import type { Client } from '../contract/clients.js';
import { addDays, localIsoDate } from '../contract/dates.js';

/**
 * Signed agreements for most demo clients (every fourth one has none, so the
 * watch list and the board's "no agreement" warning have something to show).
 * Each goes the coordinator's way: draft from the defaults, print, sign.
 */
export function seedAgreements(api: Dispatcher, clients: Client[], now: Date): number {
  const today = localIsoDate(now);
  let signed = 0;
  clients.forEach((client, index) => {
    if (index % 4 === 3 || !client.active) return;
    const validFrom = addDays(today, -30 - ((index * 17) % 200));
    const draft = api.call('agreements.draftDefaults', { clientId: client.id, validFrom }, { locale: 'en' });
    if (!draft.ok) return;
    const created = api.call('agreements.create', (draft.value as { input: unknown }).input, { locale: 'en' });
    if (!created.ok) return;
    const id = (created.value as { id: number }).id;
    if (!api.call('agreements.print', { id }, { locale: 'en' }).ok) return;
    if (api.call('agreements.sign', { id, signedOn: validFrom }, { locale: 'en' }).ok) signed += 1;
  });
  return signed;
}
