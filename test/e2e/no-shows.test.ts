import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Client } from '../../core/contract/clients.js';
import { isoWeekOf } from '../../core/contract/dates.js';
import type { BookingResult, ShiftView } from '../../core/contract/schedule-views.js';
import { must, seedEmployer } from '../../core/demo/seed.js';
import { openBrowserApp, screenProblems, type BrowserApp, visit } from '../helpers/browser.js';

// A client who worked one shift (Friday 30 Oct) and then did not come
// three times (Mondays 2, 9 and 16 Nov), met on Tuesday 24 Nov 2026 at 9:00.
// The defaults: three no-shows within eight weeks block sign-up for four
// weeks from the last one, so until Sunday 13 Dec 2026.
let app: BrowserApp;
let now = new Date(2026, 9, 1, 8, 0, 0);
let radek: Client;
let agreementId: number;

function at(date: string, time: string): void {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  now = new Date(y, m - 1, d, hh, mm, 0);
}

function shiftOn(date: string): ShiftView {
  const { year, week } = isoWeekOf(date);
  const shift = must<{ shifts: ShiftView[] }>(app.runtime.dispatcher, 'schedule.week', { year, week }).shifts.find(
    (s) => s.date === date,
  );
  if (!shift) throw new Error(`no shift on ${date}`);
  return shift;
}

/** Booked in the morning of the shift's day; answers the booking. */
function bookOn(date: string, clientId: number): number {
  at(date, '08:00');
  return must<BookingResult>(app.runtime.dispatcher, 'schedule.book', { shift: shiftOn(date).ref, clientId }).bookingId;
}

beforeAll(async () => {
  app = await openBrowserApp({ now: () => now });
  const api = app.runtime.dispatcher;
  seedEmployer(api);
  radek = must<Client>(api, 'clients.create', {
    code: 'K-101',
    firstName: 'Radek',
    lastName: 'Nedbal',
    birthDate: '1984-06-12',
  });
  const { input } = must<{ input: Record<string, unknown> }>(api, 'agreements.draftDefaults', {
    clientId: radek.id,
    validFrom: '2026-10-01',
  });
  agreementId = must<{ id: number }>(api, 'agreements.create', { ...input, schoolingConfirmed: true }).id;
  must(api, 'agreements.print', { id: agreementId });
  must(api, 'agreements.sign', { id: agreementId, signedOn: '2026-10-01' });

  // Friday 30 Oct: one shift worked, 9:00–12:00.
  const worked = bookOn('2026-10-30', radek.id);
  at('2026-10-30', '12:30');
  const fitness = must<{ fitnessItems: { cs: string }[] }>(api, 'attendance.getSettings', {}).fitnessItems.map(
    (item) => ({ label: item.cs, ok: true, note: null }),
  );
  const { arrival } = must<{ arrival: { id: number } }>(api, 'attendance.recordArrival', {
    bookingId: worked,
    outcome: 'admitted',
    time: '09:00',
    fitness,
  });
  must(api, 'attendance.saveWorkRecord', { arrivalId: arrival.id, start: '09:00', end: '12:00' });
  for (const date of ['2026-11-02', '2026-11-09', '2026-11-16']) {
    const bookingId = bookOn(date, radek.id);
    at(date, '10:00');
    must(api, 'attendance.recordNoShow', { bookingId });
  }
  at('2026-11-24', '09:00');
  await app.page.clock.setFixedTime(now);
});

afterAll(async () => {
  await app.close();
});

const wednesday = () => app.page.getByRole('region', { name: /^Středa 25\. 11\./ });
const heading = () => app.page.getByRole('heading', { level: 1 });

test('the client page counts the no-shows and says until when sign-up is blocked', async () => {
  const { page } = app;
  await visit(page, new URL(`/clients/${radek.id}`, app.bridge.url).href);
  await expect.poll(() => heading().textContent()).toContain('Nedbal Radek');
  await expect.poll(() => page.getByText('za posledních 8 týdnů: 3 (celkem 3)').isVisible()).toBe(true);
  await expect.poll(() => page.getByText(/^Zápis blokovaný do 13\.\s12\.\s2026\./).isVisible()).toBe(true);
  expect(await screenProblems(page)).toEqual([]);
});

test('the booking picker marks the block; booking is refused until a written reason is given', async () => {
  const { page } = app;
  await visit(page, new URL('/week/2026/48', app.bridge.url).href);
  await expect.poll(() => heading().textContent()).toBe('Týden 48');
  const field = wednesday().getByRole('combobox', { name: /^Zapsat klienta/ });
  await field.fill('nedbal');
  const option = page.getByRole('option', { name: /Radek Nedbal/ });
  await expect.poll(() => option.textContent()).toMatch(/nepříchody: blokace do 13\.\s12\./);
  // The mark is read whole in the picker, not cut short.
  expect(await screenProblems(page)).toEqual([]);
  await field.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Výjimka z pravidla zápisu' });
  await expect
    .poll(() => dialog.textContent())
    .toMatch(/Radek Nedbal nepřišel\/nepřišla 3× během 8 týdnů .*blokovaný do 13\.\s12\.\s2026/);
  // Refused without a reason: nothing is booked.
  await dialog.getByRole('button', { name: 'Zapsat s výjimkou' }).click();
  await expect.poll(() => dialog.getByText('Vyplňte prosím tento údaj.').isVisible()).toBe(true);
  expect(shiftOn('2026-11-25').bookings).toEqual([]);

  await dialog.getByRole('textbox', { name: /Důvod výjimky/ }).fill('Byl v nemocnici, doložil zprávu');
  await dialog.getByRole('button', { name: 'Zapsat s výjimkou' }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);
  // Ready for the next client: focus is back in the field, emptied once the booking went through.
  await expect.poll(() => field.inputValue()).toBe('');
  await expect.poll(() => field.and(page.locator(':focus')).count()).toBe(1);
  await expect.poll(() => wednesday().getByText('Radek Nedbal', { exact: true }).isVisible()).toBe(true);
  await expect.poll(() => wednesday().getByText('výjimka', { exact: true }).isVisible()).toBe(true);
  await expect.poll(() => wednesday().getByText('nepříchody', { exact: true }).isVisible()).toBe(true);
  await expect
    .poll(() =>
      page
        .getByText('Výjimka z blokace za nepříchody byla zaznamenána (důvod: Byl v nemocnici, doložil zprávu).')
        .isVisible(),
    )
    .toBe(true);
  expect(shiftOn('2026-11-25').bookings.map((b) => [b.clientId, b.noShowBlockedUntil])).toEqual([
    [radek.id, '2026-12-13'],
  ]);
  await app.shot('no-shows-week');
  expect(await screenProblems(page)).toEqual([]);
});

test("the agreement's page shows the running weekly average of hours worked", async () => {
  const { page } = app;
  await visit(page, new URL(`/agreements/${agreementId}`, app.bridge.url).href);
  const line = page.getByTestId('weekly-average');
  await expect.poll(() => line.textContent()).toContain('Dosavadní týdenní průměr:');
  await app.shot('no-shows-agreement');
  // 3 h worked by Tuesday 24 Nov, in week 8 of the period from 1 Oct: 180 / 8 = 22.5, shown as 22 min.
  expect((await line.textContent())?.replace(/\u00a0/g, ' ')).toBe(
    'Dosavadní týdenní průměr: 22 min (nejvýše 20 h, zákoník práce § 76) — odpracováno 3 h, ' +
      '8. týden z 52 týdnů vyrovnávacího období 1. 10. 2026 – 29. 9. 2027.',
  );
});
