import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../../core/api/dispatcher.js';
import type { DocumentFile } from '../../../core/contract/documents.js';
import { runCli } from '../../../core/doors/cli.js';
import { checked, fixedNow, fontsDir, migrationsFolder, testApp, type TestApp } from '../../helpers/db.js';
import { employerInput, makeTempDir, removeDir } from '../support.js';
import { addClients, book, refOn } from './support.js';
import { cliKeys, newTestKey } from '../../helpers/vault.js';

// The printed sheets, read back the way a reader's PDF viewer sees them (poppler).
let dir: string;
let app: TestApp;
let api: Dispatcher;

beforeAll(async () => {
  dir = makeTempDir();
  const file = path.join(dir, 'sheet.sqlite');
  app = testApp({ file, key: await newTestKey(file) });
  api = checked(createDispatcher({ db: app.database.db, now: fixedNow, actor: 'test', fontsDir }));
  app.ok('settings.saveEmployer', employerInput);
  addClients(app, 7);
  for (const id of [1, 2, 3, 4]) book(app, '2026-11-30', id);
  app.ok('schedule.addToWaitingList', { shift: refOn(app, '2026-11-30'), clientId: 5 });
  book(app, '2026-12-02', 6);
  app.ok('schedule.cancelShift', { shift: refOn(app, '2026-12-04'), reason: 'Státní svátek' });
});
afterAll(() => {
  app.close();
  removeDir(dir);
});

async function print(method: string, input: unknown, name: string): Promise<{ file: string; text: string }> {
  const result = await api.run(method, input);
  if (!result.ok) throw new Error(result.error.message);
  const value = result.value as DocumentFile;
  const file = path.join(dir, name);
  fs.writeFileSync(file, value.bytes ?? new Uint8Array());
  return { file, text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }) };
}

const pdfInfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });

describe('the weekly sheet (Czech)', () => {
  let text: string;
  let file: string;
  beforeAll(async () => {
    ({ file, text } = await print('schedule.printWeek', { year: 2026, week: 49, lang: 'cs' }, 'week-cs.pdf'));
  });

  test('is one A4 landscape page', () => {
    const info = pdfInfo(file);
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
  });

  test('names the week and its dates, and every shift’s day, time and place', () => {
    expect(text).toContain('Rozpis směn – 49. týden · 30. 11. 2026 – 6. 12. 2026');
    for (const day of ['Pondělí 30. 11.', 'Středa 2. 12.', 'Pátek 4. 12.']) expect(text).toContain(day);
    expect(text).toContain('9:00 – 12:00');
    expect(text).toContain('Kontaktní centrum · Úklid centra a příprava');
  });

  test('fills in the booked names with their diacritics, then numbered empty lines', () => {
    expect(text).toContain('1. Řehoř Šťastný');
    expect(text).toMatch(/1\. Jiří Novák F/);
    // Monday is full; Wednesday's fourth place is an empty line; Friday is cancelled.
    expect(text).toMatch(/4\. Martin Novák D\s+4\.\s+—/);
  });

  test('has the waiting list with its names and free lines, a cancelled shift, and the house rules', () => {
    expect(text).toContain('Čekací listina');
    expect(text).toMatch(/1\. Tomáš Novák E/);
    expect(text).toContain('Zrušeno: Státní svátek');
    expect(text).toContain('Pravidla: Přijďte včas');
    expect(text).toContain('jen jednou týdně');
    expect(text).toContain('Kontaktní centrum Přístav, z. s.');
  });
});

describe('the weekly sheet (English)', () => {
  test('speaks English around the same names', async () => {
    const { text } = await print('schedule.printWeek', { year: 2026, week: 49, lang: 'en' }, 'week-en.pdf');
    expect(text).toContain('Shift sign-up – week 49 · 30 Nov 2026 – 6 Dec 2026');
    expect(text).toContain('Monday 30 Nov');
    expect(text).toContain('1. Řehoř Šťastný');
    expect(text).toContain('Waiting list');
    expect(text).toContain('Cancelled: Státní svátek');
    expect(text).toContain('House rules: Come on time');
  });

  test('without a language, the caller’s language decides', async () => {
    const result = await api.run('schedule.printWeek', { year: 2026, week: 49 }, { locale: 'en' });
    expect(result.ok && (result.value as DocumentFile).fileName).toBe('sign-up-sheet-2026-49.pdf');
  });
});

describe('the day list for the arrival desk', () => {
  test('lists who is expected with boxes, flags a missing agreement, and the stand-ins', async () => {
    const { text } = await print('schedule.printDay', { date: '2026-11-30', lang: 'cs' }, 'day-cs.pdf');
    expect(text).toContain('Příchody na směnu – pondělí 30. 11. 2026');
    expect(text).toContain('Řehoř Šťastný („Řeha“)');
    for (const column of ['Přišel(a)', 'Způsobilost', 'Poznámka']) expect(text).toContain(column);
    expect(text).toContain('chybí platná dohoda');
    expect(text).toContain('Náhradníci z čekací listiny');
    expect(text).toContain('Tomáš Novák E');
  });

  test('a cancelled day says so; a day without shifts too', async () => {
    expect((await print('schedule.printDay', { date: '2026-12-04', lang: 'en' }, 'fri.pdf')).text).toContain(
      'The shift is cancelled: Státní svátek',
    );
    expect((await print('schedule.printDay', { date: '2026-12-03', lang: 'en' }, 'thu.pdf')).text).toContain(
      'No shift is set for this day.',
    );
  });
});

describe('the command line', () => {
  test('writes the sheet with --out', async () => {
    const out = path.join(dir, 'cli-sheet.pdf');
    let stdout = '';
    let stderr = '';
    const code = await runCli(
      ['call', 'schedule.printWeek', '{"year":2026,"week":49}', '--db', path.join(dir, 'sheet.sqlite'), '--out', out],
      {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
        readStdin: () => '',
        migrationsFolder,
        fontsDir,
        version: 'test',
        now: fixedNow,
        ...cliKeys,
      },
    );
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout)).toEqual({ fileName: 'rozpis-2026-49.pdf', savedTo: out });
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toContain('Řehoř Šťastný');
  });
});

describe('short names on the wall sheet', () => {
  test('print as first name and initial; the arrival desk keeps full names', async () => {
    const settings = app.ok('schedule.getSettings', {});
    app.ok('schedule.saveSettings', { ...settings, wallNames: 'short' });
    try {
      const wall = (await print('schedule.printWeek', { year: 2026, week: 49, lang: 'cs' }, 'short.pdf')).text;
      expect(wall).toContain('1. Řehoř Š.');
      expect(wall).not.toContain('Šťastný');
      const desk = (await print('schedule.printDay', { date: '2026-11-30', lang: 'cs' }, 'desk.pdf')).text;
      expect(desk).toContain('Řehoř Šťastný');
    } finally {
      app.ok('schedule.saveSettings', settings);
    }
  });
});
