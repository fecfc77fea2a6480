import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createCtx, type Ctx } from '../../../core/api/context.js';
import { periodCovers, periodCoversSql } from '../../../core/periods/index.js';
import { signUpEligibility, type ClientFacts } from '../../../core/schedule/index.js';
import { loadClientFacts } from '../../../core/schedule/rules.js';
import { scheduleDefaults } from '../../../core/schedule/settings.js';
import { resolveShift } from '../../../core/schedule/shifts.js';
import { sql } from 'drizzle-orm';
import { fixedNow, testApp, type TestApp } from '../../helpers/db.js';
import { addClients, book, shiftOn, signAgreement } from './support.js';

// The clock: Tuesday 2026-11-24 09:00. Monday 2026-11-30 (week 49) has four places.
let app: TestApp;
let ctx: Ctx;
beforeEach(() => {
  app = testApp();
  addClients(app, 8);
  ctx = createCtx(app.database.db, {
    now: fixedNow,
    actor: 'test',
    method: 'test',
    locale: 'en',
    meta: { appVersion: '', schemaVersion: '' },
  });
});
afterEach(() => app.close());

const monday = '2026-11-30';
const settings = scheduleDefaults;
const facts = (ids: number[]): ClientFacts[] => ids.map((id) => loadClientFacts(ctx, id));
const shiftRow = (date: string) => resolveShift(ctx, shiftOn(app, date).ref);

describe('sign-up eligibility', () => {
  test('answers each rule for many clients at once, as it does one by one', () => {
    book(app, monday, 1);
    book(app, '2026-12-02', 2);
    app.ok('clients.addSuspension', { clientId: 3, fromDate: '2026-11-01', toDate: monday, reason: 'Domácí řád' });
    app.ok('clients.addSuspension', { clientId: 4, fromDate: '2026-11-01', toDate: '2026-11-29', reason: 'Řád' });
    app.ok('clients.deactivate', { id: 5 });
    signAgreement(app, 6, '2026-11-01');
    const shift = shiftRow(monday);
    const people = facts([1, 2, 3, 4, 5, 6]);

    const batch = signUpEligibility(ctx, shift, people, { settings });
    const oneByOne = people.map((p) => signUpEligibility(ctx, shift, [p], { settings })[0]);
    expect(batch).toEqual(oneByOne);

    const summary = batch.map((e) => [
      e.client.clientId,
      e.blocks.map((b) => b.rule),
      e.weeklyLimit?.shifts.map((s) => s.date) ?? null,
      e.warnings.map((w) => w.rule),
    ]);
    expect(summary).toEqual([
      [1, ['alreadyBooked'], [monday], ['noAgreement']],
      [2, [], ['2026-12-02'], ['noAgreement']],
      [3, ['suspended'], null, ['noAgreement']],
      [4, [], null, ['noAgreement']],
      [5, ['clientInactive'], null, ['noAgreement']],
      [6, [], null, []],
    ]);
    // Tomorrow is inside the legal schedule notice (3 days in the seeded figures).
    expect(signUpEligibility(ctx, shiftRow('2026-11-25'), facts([6]), { settings })[0]?.warnings).toEqual([
      { rule: 'shortNotice', noticeDays: 3 },
    ]);
  });

  test('a booking being moved does not count against its own week', () => {
    const { bookingId } = book(app, monday, 1);
    const wednesday = shiftRow('2026-12-02');
    const [client] = facts([1]);
    if (!client) throw new Error('no client');
    expect(signUpEligibility(ctx, wednesday, [client], { settings })[0]?.weeklyLimit).not.toBeNull();
    expect(
      signUpEligibility(ctx, wednesday, [client], { settings, movingBookingId: bookingId })[0]?.weeklyLimit,
    ).toBeNull();
  });

  test('the sign-up window closes weeks further ahead, unless a place comes back', () => {
    const far = shiftRow('2026-12-28');
    const people = facts([1]);
    expect(signUpEligibility(ctx, far, people, { settings })[0]?.blocks).toEqual([
      { rule: 'notOpenYet', opensOn: '2026-12-07' },
    ]);
    expect(signUpEligibility(ctx, far, people, { settings, signUpWindow: false })[0]?.blocks).toEqual([]);
  });
});

describe('a dated period covers a day', () => {
  test.each([
    ['2026-11-01', '2026-11-30', '2026-11-30', true],
    ['2026-11-30', null, '2026-11-30', true],
    ['2026-11-01', null, '2027-06-01', true],
    ['2026-11-01', '2026-11-29', '2026-11-30', false],
    ['2026-12-01', null, '2026-11-30', false],
  ])('from %s to %s, on %s: %s (in TS and in SQL alike)', (from, to, day, covered) => {
    expect(periodCovers({ from, to }, day)).toBe(covered);
    const row = app.database.db.get<{ covered: number }>(
      sql`SELECT ${periodCoversSql({ from: sql`${from}`, to: sql`${to}` }, day)} AS covered`,
    );
    expect(row.covered).toBe(covered ? 1 : 0);
  });
});
