import { afterEach, expect, test } from 'vitest';
import { openBrowserApp, screenProblems, type BrowserApp, visit } from '../helpers/browser.js';
import { testPassword } from '../helpers/vault.js';

let app: BrowserApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

/** The machine running the tests may be busy: a screen gets time to appear. */
const patience = { timeout: 15_000 };

const sizes = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
];

test('the first start asks for a password and shows the recovery key once', async () => {
  app = await openBrowserApp({ vault: 'new', viewport: sizes[0] });
  const { page } = app;
  await expect.poll(() => page.getByRole('heading', { name: 'Nastavte heslo' }).isVisible(), patience).toBe(true);
  await app.shot('vault-setup-cs-1024');
  await page.getByLabel('Heslo', { exact: true }).fill('krátké');
  await page.getByLabel('Heslo znovu').fill('jiné');
  await page.getByRole('button', { name: 'Nastavit heslo' }).click();
  await expect.poll(() => page.getByText('Obě hesla musí být stejná.').isVisible(), patience).toBe(true);
  expect(await page.getByLabel('Heslo', { exact: true }).inputValue()).toBe('krátké');
  await page.getByLabel('Heslo', { exact: true }).fill(testPassword);
  await page.getByLabel('Heslo znovu').fill(testPassword);
  await page.getByRole('button', { name: 'Nastavit heslo' }).click();
  const key = page.getByLabel('Klíč pro obnovení');
  await expect.poll(() => key.isVisible(), patience).toBe(true);
  expect(await key.textContent()).toMatch(/^([0-9A-Z]{5}-){10}[0-9A-Z]{5}$/);
  await app.shot('vault-recovery-key-cs-1024');
  const next = page.getByRole('button', { name: 'Pokračovat' });
  expect(await next.isDisabled()).toBe(true);
  await page.getByLabel('Klíč mám vytištěný nebo opsaný').check();
  await next.click();
  await expect.poll(() => page.getByRole('link', { name: 'Týden' }).isVisible(), patience).toBe(true);
});

test('a locked app opens on the unlock screen, in Czech or English, at 1024 and 1366 wide', async () => {
  app = await openBrowserApp({ vault: 'locked' });
  const { page } = app;
  for (const size of sizes) {
    await page.setViewportSize(size);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Shiftbook je zamčený' }).isVisible(), patience)
      .toBe(true);
    expect(await screenProblems(page)).toEqual([]);
    await app.shot(`vault-unlock-cs-${size.width}`);
  }
  await page.getByText('English').click();
  await expect.poll(() => page.getByRole('heading', { name: 'Shiftbook is locked' }).isVisible(), patience).toBe(true);
  for (const size of sizes) {
    await page.setViewportSize(size);
    expect(await screenProblems(page)).toEqual([]);
    await app.shot(`vault-unlock-en-${size.width}`);
  }
  const field = page.getByLabel('Password', { exact: true });
  await field.fill('a wrong guess');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect.poll(() => page.getByText('The password is not right.').first().isVisible(), patience).toBe(true);
  expect(await field.inputValue()).toBe('a wrong guess');
  await app.shot('vault-unlock-wrong-en-1366');
  await page.getByLabel('Password', { exact: true }).fill(testPassword);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect.poll(() => page.getByRole('button', { name: /Lock|Zamknout/ }).isVisible(), patience).toBe(true);
});

test('the app locks itself when idle, and by the Lock button; nothing of the data stays on screen', async () => {
  let now = 0;
  app = await openBrowserApp({ clock: () => now });
  const { page } = app;
  app.runtime.dispatcher.call('clients.create', {
    code: 'K-9',
    firstName: 'Řehoř',
    lastName: 'Zámecký',
    birthDate: '1980-03-15',
  });
  await visit(page, `${app.bridge.url}clients`);
  await expect.poll(() => page.getByText('Zámecký').first().isVisible(), patience).toBe(true);
  const status = await app.gate.run('vault.saveIdleLock', { idleLockMinutes: 5 });
  expect(status.ok).toBe(true);
  now += 6 * 60_000;
  await page.reload();
  await expect.poll(() => page.getByRole('heading', { name: 'Shiftbook je zamčený' }).isVisible(), patience).toBe(true);
  expect(await page.getByText('Zámecký').count()).toBe(0);

  await page.getByLabel('Heslo', { exact: true }).fill(testPassword);
  await page.getByRole('button', { name: 'Odemknout' }).click();
  await expect.poll(() => page.getByText('Zámecký').first().isVisible(), patience).toBe(true);
  await page.getByRole('button', { name: 'Zamknout' }).click();
  await expect.poll(() => page.getByRole('button', { name: 'Odemknout' }).isVisible(), patience).toBe(true);
  expect(await page.getByText('Zámecký').count()).toBe(0);
});
