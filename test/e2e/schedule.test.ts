import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowserApp, registerClients, type BrowserApp, visit } from '../helpers/browser.js';
import { fixedNow } from '../helpers/db.js';

// The week board as a new user meets it: a fresh database with the default
// pattern (Mon, Wed, Fri 9–12, four places), the clock at Tue 24 Nov 2026 9:00.
let app: BrowserApp;

const people = [
  ['K-001', 'Řehoř', 'Šťastný', 'rehor'],
  ['K-002', 'Jana', 'Nováková', 'novakova'],
  ['K-003', 'Petr', 'Dvořák', 'dvorak'],
  ['K-004', 'Žofie', 'Kůrková', 'zofie'],
  ['K-005', 'Čeněk', 'Říha', 'cenek'],
  ['K-006', 'Anežka', 'Černá', 'anezka'],
] as const;

beforeAll(async () => {
  app = await openBrowserApp({ now: fixedNow });
  registerClients(app, people);
  await visit(app.page, app.bridge.url);
});

afterAll(async () => {
  await app.close();
});

const monday = () => app.page.getByRole('region', { name: /^Pondělí 30\. 11\./ });
const wednesday = () => app.page.getByRole('region', { name: /^Středa 2\. 12\./ });
const heading = () => app.page.getByRole('heading', { level: 1 });

/** Types a few letters into a shift's quick-book field and picks the first match with Enter. */
async function pick(shift: Locator, label: RegExp, letters: string, name: string): Promise<void> {
  const field = shift.getByRole('combobox', { name: label });
  await field.fill(letters);
  await expect.poll(() => app.page.getByRole('option', { name: new RegExp(name) }).isVisible()).toBe(true);
  await field.press('Enter');
}

test('opens on this week; PageDown, PageUp and Home move between weeks', async () => {
  const { page } = app;
  await expect.poll(() => heading().textContent()).toBe('Týden 48');
  expect(page.url()).toMatch(/\/week\/2026\/48$/);
  await expect.poll(() => page.getByText('tento týden', { exact: true }).isVisible()).toBe(true);
  await page.keyboard.press('PageDown');
  await expect.poll(() => heading().textContent()).toBe('Týden 49');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect.poll(() => heading().textContent()).toBe('Týden 47');
  await page.keyboard.press('Home');
  await expect.poll(() => heading().textContent()).toBe('Týden 48');
  await page.keyboard.press('Alt+ArrowRight');
  await expect.poll(() => heading().textContent()).toBe('Týden 49');
});

test('books clients by a few letters until the shift is full; the next goes to the waiting list', async () => {
  for (const [, firstName, lastName, letters] of people.slice(0, 4)) {
    await pick(monday(), /^Zapsat klienta/, letters, `${firstName} ${lastName}`);
    await expect.poll(() => monday().getByText(`${firstName} ${lastName}`, { exact: true }).isVisible()).toBe(true);
  }
  await expect.poll(() => monday().getByText('Plno', { exact: true }).isVisible()).toBe(true);
  await expect.poll(() => monday().getByText('bez dohody', { exact: true }).count()).toBe(4);

  await pick(monday(), /^Zapsat na čekací listinu/, 'cenek', 'Čeněk Říha');
  const waiting = monday().getByRole('list', { name: 'Čekací listina' });
  await expect.poll(() => waiting.getByText('Čeněk Říha', { exact: true }).isVisible()).toBe(true);
  await expect.poll(() => app.page.getByText('Čeněk Říha: na čekací listině, 1. v pořadí.').isVisible()).toBe(true);
});

test('a cancellation moves the first waiting client up and says whom to tell', async () => {
  const { page } = app;
  await monday().getByRole('button', { name: 'Odepsat: Petr Dvořák' }).click();
  await page.getByRole('menuitem', { name: /Klient\(ka\) se včas omluvil\(a\)/ }).click();
  const said = page.locator('.mantine-Notification-root').filter({ hasText: 'Petr Dvořák: odepsán(a) ze směny' });
  await expect.poll(() => said.textContent()).toContain('Klient(ka) se včas omluvil(a)');
  const notices = page.getByRole('status').filter({ hasText: 'Komu dát vědět' });
  await expect
    .poll(() => notices.textContent())
    .toContain('Čeněk Říha (K-005): postoupil(a) z čekací listiny na po 30.\u00a011. 9:00');
  await expect.poll(() => monday().getByText('z čekací listiny').isVisible()).toBe(true);
  await expect.poll(() => monday().getByText('Petr Dvořák', { exact: true }).count()).toBe(0);
  await app.shot('week-promotion');
  await notices.getByRole('button', { name: 'Sděleno' }).click();
  await expect.poll(() => notices.count()).toBe(0);
});

test('a second shift in the week needs a written reason', async () => {
  const { page } = app;
  await pick(wednesday(), /^Zapsat klienta/, 'rehor', 'Řehoř Šťastný');
  const dialog = page.getByRole('dialog', { name: 'Výjimka z pravidla zápisu' });
  await expect.poll(() => dialog.textContent()).toContain('Řehoř Šťastný už má v týdnu 49 zapsanou směnu');
  await dialog.getByRole('button', { name: 'Zapsat s výjimkou' }).click();
  await expect.poll(() => dialog.getByText('Vyplňte prosím tento údaj.').isVisible()).toBe(true);
  await dialog.getByRole('textbox', { name: /Důvod výjimky/ }).fill('Zastupuje za nemocného klienta');
  await dialog.getByRole('button', { name: 'Zapsat s výjimkou' }).click();
  await expect.poll(() => wednesday().getByText('výjimka', { exact: true }).isVisible()).toBe(true);
  await expect.poll(() => wednesday().getByText('Zapsáno – jen upozornění').isVisible()).toBe(true);
  await pick(wednesday(), /^Zapsat klienta/, 'anezka', 'Anežka Černá');
  await expect.poll(() => wednesday().getByText('Anežka Černá', { exact: true }).isVisible()).toBe(true);
});

test('a filled week board (the README screenshot)', async () => {
  const { page } = app;
  await pick(monday(), /^Zapsat na čekací listinu/, 'dvorak', 'Petr Dvořák');
  await expect.poll(() => monday().getByText('Petr Dvořák', { exact: true }).isVisible()).toBe(true);
  // A calm picture: no passing notices or warnings over the columns.
  for (const close of await page.getByRole('button', { name: 'Zavřít' }).all()) await close.click();
  const notices = page.locator('.mantine-Notification-root');
  for (let i = 0; i < 20 && (await notices.count()) > 0; i += 1) {
    await notices.first().locator('.mantine-Notification-closeButton').click();
    await page.waitForTimeout(250);
  }
  await page.mouse.move(0, 0);
  await expect.poll(() => notices.count()).toBe(0);
  // Saved under test-output; docs/screenshots/week-board.png is a copy of it, refreshed by hand.
  await app.shot('week-board');
});

test('prints the weekly sheet with the names, diacritics and all', async () => {
  const { page } = app;
  const response = page.waitForResponse((r) => r.url().endsWith('/api/schedule.printWeek'));
  await page.getByRole('button', { name: 'Tisknout rozpis' }).click();
  const answer = await response;
  expect(decodeURIComponent(answer.headers()['x-shiftbook-file-name'] ?? '')).toBe('rozpis-2026-49.pdf');
  expect(answer.headers()['content-type']).toBe('application/pdf');
  await expect.poll(() => page.getByRole('dialog', { name: 'rozpis-2026-49.pdf' }).isVisible()).toBe(true);
  const file = path.join(app.dataDir, 'sheet.pdf');
  fs.writeFileSync(file, await answer.body());
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Rozpis směn – 49. týden');
  for (const name of ['Řehoř Šťastný', 'Jana Nováková', 'Žofie Kůrková', 'Čeněk Říha', 'Anežka Černá']) {
    expect(text).toContain(name);
  }
  await app.shot('week-print-preview');
  await page.keyboard.press('Escape');
});

test('cancelling a shift asks first, then lists whom to tell; undo brings it back', async () => {
  const { page } = app;
  await wednesday()
    .getByRole('button', { name: /Další akce/ })
    .click();
  await page.getByRole('menuitem', { name: 'Zrušit směnu…' }).click();
  const dialog = page.getByRole('dialog', { name: /Zrušit směnu st 2\. 12\. 9:00/ });
  await expect.poll(() => dialog.textContent()).toContain('Anežka Černá (K-006)');
  await dialog.getByRole('textbox', { name: /Důvod/ }).fill('Státní svátek');
  await dialog.getByRole('button', { name: 'Zrušit směnu' }).click();
  await expect.poll(() => wednesday().getByText('Státní svátek').isVisible()).toBe(true);
  const notices = page.getByRole('status').filter({ hasText: 'Komu dát vědět' });
  await expect
    .poll(() => notices.textContent())
    .toContain('Anežka Černá (K-006): směna st 2.\u00a012. 9:00 je zrušená');
  await page.getByRole('button', { name: 'Vrátit zpět' }).click();
  await expect.poll(() => wednesday().getByText('Anežka Černá', { exact: true }).isVisible()).toBe(true);
  await expect.poll(() => notices.count()).toBe(0);
});

test('recurring shifts are edited in Settings → Shifts', async () => {
  const { page } = app;
  await page.getByRole('link', { name: 'Nastavení' }).click();
  await page.getByRole('tab', { name: 'Směny' }).click();
  const table = page.getByRole('table', { name: 'Pravidelné směny' });
  await expect.poll(() => table.getByRole('row').count()).toBe(4);
  await expect.poll(() => table.textContent()).toContain('Kontaktní centrum');
  await app.shot('settings-shifts');
});

test('a week at the door at 1366×768: cancel with a reason, deactivate a booked client, the waiting list moves', async () => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await visit(page, new URL('/week/2026/49', app.bridge.url).href);
  await expect.poll(() => heading().textContent()).toBe('Týden 49');

  // The reason is one keystroke in a menu anchored on the row.
  await wednesday().getByRole('button', { name: 'Odepsat: Anežka Černá' }).click();
  await expect.poll(() => page.getByRole('menuitem', { name: /Omluveno/ }).isVisible()).toBe(true);
  await page.keyboard.press('2');
  await expect.poll(() => wednesday().getByText('Anežka Černá', { exact: true }).count()).toBe(0);
  const said = page.locator('.mantine-Notification-root').filter({ hasText: 'Anežka Černá: odepsán(a)' });
  await expect.poll(() => said.textContent()).toContain('Omluveno');

  // Jana is booked on Monday; Petr waits for it.
  await visit(page, new URL('/clients/2', app.bridge.url).href);
  await page.getByRole('button', { name: 'Vyřadit z programu' }).click();
  const dialog = page.getByRole('dialog', { name: /Vyřadit klienta Jana Nováková/ });
  await expect.poll(() => dialog.textContent()).toContain('po 30.\u00a011. 9:00, Kontaktní centrum');
  await app.shot('client-deactivate-releases');
  await dialog.getByRole('button', { name: 'Vyřadit z programu' }).click();
  const deactivated = page.locator('.mantine-Notification-root').filter({ hasText: 'Jana Nováková byl vyřazen' });
  await expect.poll(() => deactivated.textContent()).toContain('Místo dostává z čekací listiny: Petr Dvořák');
  const history = page.getByRole('region', { name: 'Směny' });
  await expect.poll(() => history.textContent()).toContain('Odešel/odešla z programu');
  await history.scrollIntoViewIfNeeded();
  await app.shot('client-booking-history');

  await visit(page, new URL('/week/2026/49', app.bridge.url).href);
  await expect.poll(() => monday().getByText('Petr Dvořák', { exact: true }).isVisible()).toBe(true);
  await expect.poll(() => monday().getByText('Jana Nováková', { exact: true }).count()).toBe(0);
  const notices = page.getByRole('status').filter({ hasText: 'Komu dát vědět' });
  await expect.poll(() => notices.textContent()).toContain('Petr Dvořák (K-003): postoupil(a) z čekací listiny');
});
