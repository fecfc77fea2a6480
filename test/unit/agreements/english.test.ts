import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Agreement } from '../../../core/contract/agreements/schemas.js';
import type { DocumentFile } from '../../../core/contract/documents.js';
import { testApp, type TestApp } from '../../helpers/db.js';
import { setUp } from './support.js';

let app: TestApp;
let dir: string;
beforeEach(() => {
  app = testApp();
  dir = mkdtempSync(path.join(tmpdir(), 'shiftbook-english-'));
});
afterEach(() => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

async function englishText(method: 'agreements.print' | 'agreements.printInformation', id: number): Promise<string> {
  const result = await app.api.run(method, { id, lang: 'en' }, { locale: 'en' });
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  const target = path.join(dir, `${method}.pdf`);
  writeFileSync(target, Buffer.from((result.value as DocumentFile).bytes ?? []));
  return execFileSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' });
}

test('an agreement drawn up in English prints in English throughout', async () => {
  const clientId = setUp(app);
  const drafted = app.api.call('agreements.draftDefaults', { clientId, validFrom: '2026-12-01' }, { locale: 'en' });
  if (!drafted.ok) throw new Error(drafted.error.message);
  const { input } = drafted.value as { input: Record<string, unknown> };
  expect(input.workDescription).toMatch(/^cleaning the contact centre/);
  const created = app.api.call('agreements.create', input, { locale: 'en' });
  if (!created.ok) throw new Error(created.error.message);
  const { id } = created.value as Agreement;
  const agreement = await englishText('agreements.print', id);
  app.ok('agreements.sign', { id, signedOn: '2026-11-24' });
  const information = await englishText('agreements.printInformation', id);
  // Names, addresses and the representative's role are as the coordinator typed them; IČO and the
  // agreement's statutory name stay Czech on purpose. Everything else must be English.
  const proper =
    /Řehoř|Šťastný|Křenová|Přístav|Kontaktní centrum|Brně?|Šárka|Dvořáková|ředitelka|IČO|dohoda o pracovní činnosti/gu;
  for (const text of [agreement, information]) {
    const leftovers = text
      .replace(proper, '')
      .split('\n')
      .filter((line) => /[ěščřžůťďňĚŠČŘŽŮŤĎŇ]/.test(line));
    expect(leftovers).toEqual([]);
  }
  expect(agreement).toContain('may be ended by agreement of the parties');
  expect(information).toContain('Shifts take place in the contact centre');
});

test('the Czech texts stay the default in Czech; both languages are saved and read back', () => {
  const clientId = setUp(app);
  const czech = app.ok('agreements.draftDefaults', { clientId, validFrom: '2026-12-01' });
  expect(czech.input.workDescription).toMatch(/^úklid/);
  const settings = app.ok('agreements.getSettings');
  const saved = app.ok('agreements.saveSettings', { ...settings, workDescriptionEn: 'Kitchen help' });
  expect(saved).toMatchObject({ workDescriptionEn: 'Kitchen help', workDescription: settings.workDescription });
  const english = app.api.call('agreements.draftDefaults', { clientId, validFrom: '2026-12-01' }, { locale: 'en' });
  expect(english).toMatchObject({ ok: true, value: { input: { workDescription: 'Kitchen help' } } });
});
