import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Agreement } from '../../core/contract/agreements/schemas.js';
import { must } from '../../core/demo/seed.js';
import { openBrowserApp, type BrowserApp, visit } from '../helpers/browser.js';
import { fixedNow, rehor } from '../helpers/db.js';
import { parameters2027 } from '../unit/support.js';

let app: BrowserApp;

beforeAll(async () => {
  app = await openBrowserApp({ now: fixedNow });
  const created = app.runtime.dispatcher.call('clients.create', {
    ...rehor,
    street: 'Cejl 12',
    city: 'Brno',
    postcode: '602 00',
  });
  expect(created.ok).toBe(true);
});

afterAll(async () => {
  await app.close();
});

const agreementNo1 = () => {
  const result = app.runtime.dispatcher.call('agreements.get', { id: 1 });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Agreement;
};

const button = (name: string | RegExp) => app.page.getByRole('button', { name });
const dialog = () => app.page.getByRole('dialog');
const visible = (text: string | RegExp) => app.page.getByText(text).first().isVisible();
/** Waits for a text; notifications queue behind earlier ones, so allow them time. */
const seen = (text: string | RegExp) => expect.poll(() => visible(text), { timeout: 10_000 }).toBe(true);

/** The print preview opens with the PDF; closing it returns to the page. */
async function closePreview(fileName: RegExp, close = 'Zavřít'): Promise<void> {
  const { page } = app;
  await expect.poll(() => page.getByRole('dialog', { name: fileName }).isVisible()).toBe(true);
  await page.getByRole('dialog', { name: fileName }).getByRole('button', { name: close, exact: true }).click();
  await expect.poll(() => page.getByRole('dialog', { name: fileName }).count()).toBe(0);
}

test('a new client without an agreement shows up, and a prefilled draft is one click away', async () => {
  const { page } = app;
  await page.getByRole('link', { name: 'Dohody' }).first().click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Dohody');
  await seen('Aktivní klienti bez platné dohody');
  await seen('Zatím tu žádná dohoda není.');
  await app.shot('agreements-empty');

  await page.getByRole('link', { name: 'Vytvořit dohodu' }).click();
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toBe('Nová dohoda o pracovní činnosti');
  await expect.poll(() => page.getByRole('textbox', { name: /^Hodinová odměna/ }).inputValue()).toBe('134,40');
  await seen(/Minimální mzda od 1\.\s1\.\s2026:\s134,40/);
  await seen('Před tiskem bude potřeba doplnit v Nastavení údaje o organizaci');
  await app.shot('agreement-new');

  // Without the employer's address there is no default place of work.
  await page.getByRole('textbox', { name: /^Místo výkonu práce/ }).fill('Kontaktní centrum, Křenová 62, Brno');
  // A rate below the minimum wage is refused at the field.
  await page.getByRole('textbox', { name: /^Hodinová odměna/ }).fill('120');
  await button('Uložit dohodu').click();
  await seen(/Hodinová odměna 120,00\sKč je nižší než minimální mzda 134,40\sKč/);
  await app.shot('agreement-new-below-minimum');
  await page.getByRole('textbox', { name: /^Hodinová odměna/ }).fill('134,40');
  await button('Uložit dohodu').click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Dohoda č. 2026/001');
  await seen(/Další krok: vytiskněte dohodu/);
});

test('printing needs the employer’s details; with them the draft prints and becomes printed', async () => {
  const { page } = app;
  await button('Vytisknout dohodu').click();
  await seen(/Před tiskem doplňte v Nastavení údaje o organizaci: Název organizace/);

  await page.getByRole('link', { name: 'Nastavení' }).click();
  const field = (label: RegExp) => page.getByRole('textbox', { name: label });
  await field(/^Název organizace/).fill('Kontaktní centrum Přístav, z. s.');
  await field(/^Ulice a číslo/).fill('Křenová 62');
  await field(/^Obec/).fill('Brno');
  await field(/^PSČ/).fill('602 00');
  await field(/^IČO/).fill('22601007');
  await field(/^Jméno zástupce/).fill('Mgr. Šárka Dvořáková');
  await field(/^Funkce zástupce/).fill('ředitelka');
  await button('Uložit').click();
  await seen('Údaje o organizaci jsou úplné.');

  await page.getByRole('link', { name: 'Dohody' }).first().click();
  await page.getByRole('row', { name: /2026\/001/ }).click();
  await button('Vytisknout dohodu').click();
  await closePreview(/dohoda-2026-001-stastny-rehor\.pdf/);
  await expect.poll(() => agreementNo1().status).toBe('printed');
  await seen(/Další krok: až obě strany dohodu podepíšou/);
  await app.shot('agreement-printed');
});

test('signing records the day, and the information sheet is the next step', async () => {
  await button('Zaznamenat podpis').click();
  await expect
    .poll(() =>
      dialog()
        .getByRole('textbox', { name: /^Datum podpisu/ })
        .inputValue(),
    )
    .toBe('24. 11. 2026');
  await dialog().getByRole('button', { name: 'Zaznamenat podpis' }).click();
  await seen('Podpis dohody č. 2026/001 je zaznamenán.');
  await expect.poll(() => agreementNo1()).toMatchObject({ status: 'signed', signedOn: '2026-11-24', state: 'valid' });
  await button('Vytisknout informaci o podmínkách').click();
  await closePreview(/informace-2026-001-stastny-rehor\.pdf/);
  await app.shot('agreement-signed');
});

test('an amendment raises the pay from a day, printed and signed', async () => {
  const { page } = app;
  await button('Sjednat dodatek').click();
  const form = dialog();
  await form.getByRole('textbox', { name: /^Účinnost od/ }).fill('1. 12. 2026');
  await form.getByRole('textbox', { name: /^Účinnost od/ }).blur();
  await form.getByRole('textbox', { name: /^Hodinová odměna/ }).fill('150');
  await app.shot('agreement-amend');
  await form.getByRole('button', { name: 'Připravit dodatek' }).click();
  await seen('Dodatek č. 1 je připraven. Vytiskněte ho a dejte podepsat.');
  await page.getByRole('button', { name: 'Vytisknout', exact: true }).click();
  await closePreview(/dodatek-1-2026-001-stastny-rehor\.pdf/);
  await page.getByRole('button', { name: 'Zaznamenat podpis' }).click();
  await expect
    .poll(() =>
      dialog()
        .getByRole('textbox', { name: /^Datum podpisu/ })
        .inputValue(),
    )
    .toBe('24. 11. 2026');
  await dialog().getByRole('button', { name: 'Zaznamenat podpis' }).click();
  await seen('Podpis dodatku č. 1 je zaznamenán.');
  await expect.poll(() => agreementNo1().amendments[0]).toMatchObject({ status: 'signed', changes: ['hourlyRate'] });
  // Signed, but in force only from 1 December: today's terms are still the original ones.
  await seen(/Podepsán 24\.\s11\.\s2026/);
  await seen('Podmínky platné dnes');
  await app.shot('agreement-amended');
});

test('ending by notice shows the last day first, then the notice prints', async () => {
  const { page } = app;
  await button('Ukončit dohodu').click();
  await expect.poll(() => dialog().getByText('Poslední den dohody: 8. 12. 2026').isVisible()).toBe(true);
  await app.shot('agreement-end');
  await dialog().getByRole('button', { name: 'Ukončit dohodu' }).click();
  await seen(/Dohoda č\. 2026\/001 končí 8\.\s12\.\s2026\./);
  await expect
    .poll(() => agreementNo1())
    .toMatchObject({
      status: 'ended',
      endReason: 'notice',
      noticeBy: 'employer',
      endedOn: '2026-12-08',
    });
  await button('Vytisknout výpověď').click();
  await closePreview(/vypoved-2026-001-stastny-rehor\.pdf/);
  await expect.poll(() => page.getByRole('table', { name: 'Vytištěné dokumenty' }).getByRole('row').count()).toBe(4);
  await app.shot('agreement-ended');

  await page.getByRole('link', { name: 'Šťastný Řehoř' }).click();
  await expect
    .poll(() => page.getByRole('table', { name: 'Dohody o pracovní činnosti' }).getByRole('row').count())
    .toBe(1);
});

test('a new minimum wage: the watch list finds the agreement and the amendments print in one file', async () => {
  const { page } = app;
  const api = app.runtime.dispatcher;
  const zofie = api.call('clients.create', {
    code: 'K-002',
    firstName: 'Žofie',
    lastName: 'Dvořáková',
    birthDate: '1975-06-01',
  });
  if (!zofie.ok) throw new Error(zofie.error.message);
  const defaults = api.call('agreements.draftDefaults', { clientId: (zofie.value as { id: number }).id });
  if (!defaults.ok) throw new Error(defaults.error.message);
  const draft = api.call('agreements.create', (defaults.value as { input: unknown }).input);
  if (!draft.ok) throw new Error(draft.error.message);
  const id = (draft.value as { id: number }).id;
  expect((await api.run('agreements.print', { id })).ok).toBe(true);
  expect(api.call('agreements.sign', { id, signedOn: '2026-11-24' }).ok).toBe(true);
  expect(api.call('settings.saveParameters', parameters2027).ok).toBe(true);

  await page.getByRole('link', { name: 'Dohody' }).first().click();
  await seen(/od 1\.\s1\.\s2027:\s134,40\sKč místo alespoň 140,00\sKč/);
  await app.shot('agreements-watch');
  await button('Připravit dodatky').click();
  await expect
    .poll(() =>
      dialog()
        .getByRole('row', { name: /Dvořáková Žofie/ })
        .isVisible(),
    )
    .toBe(true);
  await dialog().getByRole('button', { name: 'Připravit dodatky (1)' }).click();
  await seen('Připraveno dodatků: 1. Vytiskněte je a dejte podepsat.');
  await app.shot('agreements-minimum-wage');
  await dialog().getByRole('button', { name: 'Vytisknout připravené dodatky' }).click();
  await closePreview(/dodatky-2026-11-24\.pdf/);
  await dialog().getByRole('button', { name: 'Zavřít', exact: true }).click();
  await expect.poll(() => dialog().count()).toBe(0);
});

test('a young client’s agreement signed on paper earlier is recorded in one step; a notice is prepared ahead', async () => {
  const { page } = app;
  const tereza = app.runtime.dispatcher.call('clients.create', {
    code: 'K-003',
    firstName: 'Tereza',
    lastName: 'Malá',
    birthDate: '2010-05-01',
  });
  if (!tereza.ok) throw new Error(tereza.error.message);
  const id = (tereza.value as { id: number }).id;
  await visit(page, new URL(`/agreements/new?client=${id}`, page.url()).href);
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toBe('Nová dohoda o pracovní činnosti');
  await page.getByRole('checkbox', { name: 'Už podepsaná na papíře dříve' }).check();
  const signedOn = page.getByRole('textbox', { name: /^Datum podpisu/ });
  await signedOn.fill('20. 11. 2026');
  await signedOn.blur();
  // Under 18 on the first day: compulsory schooling must be confirmed first.
  await button('Zaznamenat podepsanou dohodu').click();
  await seen(/potvrďte, že ukončil povinnou školní docházku/);
  await page.getByRole('checkbox', { name: 'Klient ukončil povinnou školní docházku' }).check();
  await app.shot('agreement-paper-young');
  await button('Zaznamenat podepsanou dohodu').click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Dohoda č. 2026/003');
  await seen('Dohoda č. 2026/003 je zaznamenána jako podepsaná.');
  await seen('Mladistvý zaměstnanec');
  await seen(/§§ 243–247/);

  await button('Připravit výpověď').click();
  const planned = dialog().getByRole('textbox', { name: /^Plánovaný den doručení/ });
  await planned.fill('15. 12. 2026');
  await planned.blur();
  await expect.poll(() => dialog().getByText('Poslední den dohody: 29. 12. 2026').isVisible()).toBe(true);
  await app.shot('agreement-prepare-notice');
  await dialog().getByRole('button', { name: 'Vytisknout výpověď' }).click();
  await closePreview(/vypoved-2026-003-mala-tereza\.pdf/);
  const stored = app.runtime.dispatcher.call('agreements.get', { id: 3 });
  expect(stored.ok && stored.value).toMatchObject({
    status: 'signed',
    signedOn: '2026-11-20',
    schoolingConfirmed: true,
    endedOn: null,
  });
});

test('everything reads in English after switching the language', async () => {
  const { page } = app;
  await page.getByRole('link', { name: 'Nastavení' }).click();
  await page.getByRole('tab', { name: 'Dohody' }).click();
  await expect.poll(() => page.getByRole('textbox', { name: /^Záloha po směně/ }).inputValue()).toBe('75');
  await app.shot('settings-agreements');
  await page.getByRole('tab', { name: 'Osobní' }).click();
  await page.getByText('English', { exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Settings');
  await page.getByRole('link', { name: 'Agreements' }).first().click();
  await seen('Agreement register');
  await page.getByRole('row', { name: /2026\/001/ }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Agreement No. 2026/001');
  await seen(/The agreement is valid until 8\s?Dec\s?2026/);
  await page.getByRole('button', { name: 'Print in Czech' }).click();
  await closePreview(/dohoda-2026-001-stastny-rehor\.pdf/, 'Close');
  await app.shot('agreement-ended-en');
});

test('deleting a draft asks in the app’s dialog: Escape keeps it, focus back on Delete; confirming deletes', async () => {
  const { page } = app;
  const api = app.runtime.dispatcher;
  const emil = must<{ id: number }>(api, 'clients.create', {
    code: 'K-004',
    firstName: 'Emil',
    lastName: 'Procházka',
    birthDate: '1975-06-01',
  });
  const { input } = must<{ input: unknown }>(api, 'agreements.draftDefaults', {
    clientId: emil.id,
    validFrom: '2026-12-01',
  });
  const draft = must<Agreement>(api, 'agreements.create', input);
  const focused = async (name: string) =>
    (await page.getByRole('button', { name, exact: true }).and(page.locator(':focus')).count()) === 1;
  await page.setViewportSize({ width: 1024, height: 768 });
  for (const [lang, title] of [
    ['en', `Delete agreement No. ${draft.number}?`],
    ['cs', `Smazat dohodu č. ${draft.number}?`],
  ] as const) {
    must(api, 'settings.savePreferences', { language: lang });
    await visit(page, new URL(`/agreements/${draft.id}`, page.url()).href);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
    await page.getByRole('button', { name: lang === 'cs' ? 'Smazat' : 'Delete', exact: true }).click();
    await expect.poll(() => page.getByRole('dialog', { name: title }).isVisible()).toBe(true);
    await page.waitForLoadState('networkidle');
    await app.shot(`agreement-delete-confirm-${lang}-1024`);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
  }

  // By keyboard: Cancel takes focus first, so Enter does no harm; Escape returns focus to Delete.
  const remove = page.getByRole('button', { name: 'Smazat', exact: true });
  await remove.focus();
  await page.keyboard.press('Enter');
  const asked = page.getByRole('dialog', { name: `Smazat dohodu č. ${draft.number}?` });
  await expect.poll(() => asked.isVisible()).toBe(true);
  await expect.poll(() => focused('Zrušit')).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => asked.count()).toBe(0);
  await expect.poll(() => focused('Smazat')).toBe(true);
  expect(api.call('agreements.get', { id: draft.id }).ok).toBe(true);

  await page.keyboard.press('Enter');
  await expect.poll(() => focused('Zrušit')).toBe(true);
  await page.keyboard.press('Tab');
  await expect.poll(() => focused('Smazat dohodu')).toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Dohody');
  await seen(`Dohoda č. ${draft.number} byla smazána.`);
  expect(api.call('agreements.get', { id: draft.id })).toMatchObject({ ok: false });
});
