import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DocumentFile } from '../../../core/contract/documents.js';
import { testApp, type TestApp } from '../../helpers/db.js';
import { createDraft, plain, setUp, signedAgreement } from './support.js';

// The schedule clause (Labour Code § 74(2)) and the balancing period (§ 76) on paper.
let app: TestApp;
let clientId: number;
let dir: string;
beforeEach(() => {
  app = testApp();
  clientId = setUp(app);
  dir = mkdtempSync(path.join(tmpdir(), 'shiftbook-schedule-terms-'));
});
afterEach(() => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The PDF as one line of text; `SHIFTBOOK_KEEP_PDFS=folder` keeps the files to look at. */
async function text(method: 'agreements.print' | 'agreements.printInformation', input: object, name: string) {
  const file: DocumentFile = await app.print(method, input as never);
  const target = path.join(process.env.SHIFTBOOK_KEEP_PDFS ?? dir, `${name}.pdf`);
  writeFileSync(target, file.bytes ?? new Uint8Array());
  return plain(execFileSync('pdftotext', [target, '-'], { encoding: 'utf8' })).replace(/\s+/g, ' ');
}

describe('the agreed schedule notice', () => {
  test('drafts default to the yearly figure; the agreement prints the law alone', async () => {
    expect(app.ok('agreements.draftDefaults', { clientId, validFrom: '2026-12-01' }).input.scheduleNoticeDays).toBe(3);
    const agreement = createDraft(app, clientId);
    const cs = await text('agreements.print', { id: agreement.id }, 'law-cs');
    expect(cs).toContain('seznámí zaměstnavatel zaměstnance písemně nejpozději 3 dny před začátkem směny.');
    expect(cs).not.toContain('nedohodnou-li se jinak');
  });

  test('a shorter notice agreed: the law "unless agreed otherwise" and the consent, in Czech and English', async () => {
    const agreement = signedAgreement(app, clientId, { scheduleNoticeDays: 1, validTo: '2027-05-31' });
    expect(agreement.current.scheduleNoticeDays).toBe(1);
    const cs = await text('agreements.print', { id: agreement.id }, 'agreement-cs');
    expect(cs).toContain('nejpozději 3 dny před začátkem směny, nedohodnou-li se jinak.');
    expect(cs).toContain(
      'Strany se dohodly, že zaměstnanec může být s rozvrhem nebo jeho změnou seznámen i později, nejpozději 1 den před začátkem směny.',
    );
    const en = await text('agreements.print', { id: agreement.id, lang: 'en' }, 'agreement-en');
    expect(en).toContain('at least 3 days before a shift starts, unless agreed otherwise.');
    expect(en).toContain('later too, at least 1 day before the shift starts.');
    const info = await text('agreements.printInformation', { id: agreement.id }, 'information-cs');
    expect(info).toContain('nedohodnou-li se jinak');
    expect(info).toContain('nejpozději 1 den před začátkem směny');
    const infoEn = await text('agreements.printInformation', { id: agreement.id, lang: 'en' }, 'information-en');
    expect(infoEn).toContain('unless agreed otherwise');
  });

  test('notice on the day itself reads as such; a negative figure is refused at its field', async () => {
    const agreement = createDraft(app, clientId, { scheduleNoticeDays: 0 });
    expect(await text('agreements.print', { id: agreement.id, lang: 'en' }, 'same-day')).toContain(
      'on the day of the shift too, before it starts',
    );
    const refused = app.err('agreements.create', {
      ...app.ok('agreements.draftDefaults', { clientId, validFrom: '2026-12-01' }).input,
      scheduleNoticeDays: -1,
    });
    expect(refused.code).toBe('invalidInput');
    expect(refused.field).toBe('scheduleNoticeDays');
  });
});

describe('the balancing period on the information sheet', () => {
  test('a fixed-term agreement: its own length in weeks', async () => {
    const agreement = signedAgreement(app, clientId, { validTo: '2027-02-28' });
    const cs = await text('agreements.printInformation', { id: agreement.id }, 'balancing-cs');
    expect(cs).toContain('vyrovnávací období, kterým je celá doba trvání dohody (13 týdnů)');
    const en = await text('agreements.printInformation', { id: agreement.id, lang: 'en' }, 'balancing-en');
    expect(en).toContain('the whole length of the agreement (13 weeks)');
  });

  test('an open-ended agreement: the legal longest, 52 weeks, a yearly figure', async () => {
    const agreement = signedAgreement(app, clientId);
    const cs = await text('agreements.printInformation', { id: agreement.id }, 'open-cs');
    expect(cs).toContain('vyrovnávací období 52 týdnů (nejdelší, které zákon připouští)');
    const en = await text('agreements.printInformation', { id: agreement.id, lang: 'en' }, 'open-en');
    expect(en).toContain('balancing periods of 52 weeks (the longest the law allows)');
  });
});
