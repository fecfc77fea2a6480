import type { Dispatcher } from '../api/dispatcher.js';
import type { Client } from '../contract/clients.js';
import { addDays, localIsoDate } from '../contract/dates.js';
import { demoClient } from './clients.js';
import { suspensionReasons } from './names.js';
import { pick, seededRandom } from './random.js';

export interface SeedOptions {
  clients: number;
  seed?: number;
  /** Share of clients with a suspension around today. */
  suspendedShare?: number;
  now?: Date;
}

/** Calls a method and throws on a refused call: seed data must satisfy every rule. */
export function must<T>(api: Dispatcher, method: string, input: unknown): T {
  const result = api.call(method, input, { locale: 'en' });
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

/**
 * Fills a database through the dispatcher, so demo data passes the same rules
 * as the coordinator's own input.
 */
export function seedClients(api: Dispatcher, options: SeedOptions): Client[] {
  const random = seededRandom(options.seed ?? 2026);
  const today = localIsoDate(options.now ?? new Date());
  const created: Client[] = [];
  for (let i = 1; i <= options.clients; i += 1) {
    const client = must<Client>(api, 'clients.create', demoClient(random, i, today));
    if (random() < (options.suspendedShare ?? 0.1)) {
      const from = addDays(today, -Math.floor(random() * 40));
      must(api, 'clients.addSuspension', {
        clientId: client.id,
        fromDate: from,
        toDate: random() < 0.2 ? null : addDays(from, 14 + Math.floor(random() * 60)),
        reason: pick(random, suspensionReasons),
      });
    }
    created.push(client);
  }
  return created;
}

export function seedEmployer(api: Dispatcher): void {
  must(api, 'settings.saveEmployer', {
    name: 'Kontaktní centrum Přístav, z. s.',
    street: 'Křenová 62',
    city: 'Brno',
    postcode: '602 00',
    ico: '22601007',
    representativeName: 'Mgr. Šárka Dvořáková',
    representativeRole: 'ředitelka',
    payday: 15,
  });
}
