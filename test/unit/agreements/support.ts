import type { Agreement } from '../../../core/contract/agreements/schemas.js';
import { fixedNow, rehor, type TestApp } from '../../helpers/db.js';
import { employerInput, parameters2027 } from '../support.js';

/** Shared setup for the agreement tests (not a test file itself). */

export const rehorWithAddress = { ...rehor, street: 'Cejl 12', city: 'Brno', postcode: '602 00' };

/** A complete employer and Řehoř Šťastný; returns his client id. */
export function setUp(app: TestApp): number {
  app.ok('settings.saveEmployer', employerInput);
  return app.ok('clients.create', rehorWithAddress).id;
}

/** The 2027 figures with a higher minimum wage (140 Kč an hour). */
export function enter2027(app: TestApp, changes: Partial<typeof parameters2027> = {}): void {
  app.ok('settings.saveParameters', { ...parameters2027, ...changes });
}

/** A draft as the coordinator would accept it, with changes. */
export function draftInput(app: TestApp, clientId: number, changes: Record<string, unknown> = {}) {
  const defaults = app.ok('agreements.draftDefaults', {
    clientId,
    validFrom: (changes.validFrom as string | undefined) ?? '2026-12-01',
  });
  return { ...defaults.input, ...changes };
}

export function createDraft(app: TestApp, clientId: number, changes: Record<string, unknown> = {}): Agreement {
  return app.ok('agreements.create', draftInput(app, clientId, changes));
}

/** Created, printed and signed on the given day (before the start). */
export function signedAgreement(
  app: TestApp,
  clientId: number,
  changes: Record<string, unknown> = {},
  signedOn = '2026-11-24',
): Agreement {
  const draft = createDraft(app, clientId, changes);
  app.ok('agreements.print', { id: draft.id });
  return app.ok('agreements.sign', { id: draft.id, signedOn });
}

export { plain } from '../support.js';
/** A clock that starts at the tests' fixed moment and can be moved to 9:00 on a later day. */
export function movableClock() {
  let moment = fixedNow();
  return {
    now: () => moment,
    setToday(day: string): void {
      const [y, m, d] = day.split('-').map(Number) as [number, number, number];
      moment = new Date(y, m - 1, d, 9, 0, 0);
    },
  };
}
