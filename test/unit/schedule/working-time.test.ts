import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../helpers/db.js';
import { employerInput, makeTempDir, plain, removeDir } from '../support.js';
import { addClients, book, bookingError, refOn, shiftOn, week } from './support.js';

// The clock: Tuesday 2026-11-24 09:00 (week 48). Seeded pattern: Mon, Wed, Fri 9–12, 4 places.
let app: TestApp;
beforeEach(() => {
  app = testApp();
  addClients(app, 2);
});
afterEach(() => app.close());

const shift = { start: '08:00', end: '20:00', places: 2, place: 'Kontaktní centrum', task: null };
const codes = (warnings: { code: string }[]) => warnings.map((w) => w.code);

describe('the longest shift (Labour Code § 83)', () => {
  test('twelve hours pass; a minute more is refused at the end time, on an extra shift, a change and a pattern', () => {
    expect(app.ok('schedule.addExtraShift', { date: '2026-12-01', ...shift }).shiftId).toBeGreaterThan(0);
    const tooLong = { ...shift, end: '20:01' };
    const refused = app.err('schedule.addExtraShift', { date: '2026-12-01', ...tooLong });
    expect(refused).toMatchObject({ code: 'schedule.shiftTooLong', field: 'end' });
    expect(plain(refused.message)).toContain('at most 12 h (Labour Code § 83); this one lasts 12 h 1 min');
    expect(app.err('schedule.updateShift', { shift: refOn(app, '2026-11-30'), ...tooLong }).code).toBe(
      'schedule.shiftTooLong',
    );
    const pattern = { weekday: 2, ...tooLong, validFrom: '2026-12-01', validTo: null };
    expect(app.err('schedule.savePattern', pattern).code).toBe('schedule.shiftTooLong');
    expect(app.ok('schedule.listPatterns', {})).toHaveLength(3);
  });

  test('the limit is a yearly figure: a shorter one entered for 2026 refuses what 12 hours allowed', () => {
    const p2026 = app.ok('settings.parametersOn', { date: '2026-06-01' });
    expect(p2026.maxShiftMinutes).toBe(720);
    const { updatedAt: _u, minimumWorkAge: _m, adultAge: _a, ...input } = p2026;
    app.ok('settings.saveParameters', { ...input, maxShiftMinutes: 600 });
    expect(plain(app.err('schedule.addExtraShift', { date: '2026-12-01', ...shift }, 'cs').message)).toContain(
      'nejvýše 10 h',
    );
  });
});

describe('public holidays', () => {
  test('kept as data for 2025–2027, with Good Friday and Easter Monday', () => {
    const list = app.ok('holidays.list', { year: 2027 });
    expect(list).toHaveLength(13);
    expect(list.map((h) => h.date)).toContain('2027-03-26');
    expect(list.find((h) => h.date === '2027-03-29')?.nameEn).toBe('Easter Monday');
    expect(app.ok('holidays.list', { year: 2025 }).map((h) => h.date)).toContain('2025-04-18');
    expect(app.ok('holidays.list', { year: 2028 })).toEqual([]);
  });

  test('marked on the board; a pattern shift on one is closed to sign-up until opened, with holiday pay said', () => {
    app.ok('holidays.save', { date: '2026-11-27', nameCs: 'Zkušební svátek', nameEn: 'Test holiday' });
    const board = week(app, 48);
    expect(board.holidays).toEqual([{ date: '2026-11-27', name: 'Zkušební svátek' }]);
    expect(shiftOn(app, '2026-11-27')).toMatchObject({ holiday: 'Zkušební svátek', closedForHoliday: true });
    expect(shiftOn(app, '2026-11-25')).toMatchObject({ holiday: null, closedForHoliday: false });

    const refused = bookingError(app, '2026-11-27', 1);
    expect(refused).toMatchObject({ code: 'schedule.holidayClosed', field: 'shift' });
    expect(refused.message).toContain('Test holiday');
    expect(app.err('schedule.addToWaitingList', { shift: refOn(app, '2026-11-27'), clientId: 1 }).code).toBe(
      'schedule.holidayClosed',
    );

    const opened = app.ok('schedule.openHolidayShift', { shift: refOn(app, '2026-11-27') });
    expect(codes(opened.warnings)).toEqual(['schedule.holidayPay']);
    expect(shiftOn(app, '2026-11-27')).toMatchObject({ holiday: 'Zkušební svátek', closedForHoliday: false });
    expect(codes(book(app, '2026-11-27', 1).warnings)).toContain('schedule.holidayPay');
  });

  test('a refused booking on a closed holiday shift changes nothing; a removed holiday opens the day again', () => {
    app.ok('holidays.save', { date: '2026-11-30', nameCs: 'Svátek', nameEn: 'Holiday' });
    bookingError(app, '2026-11-30', 1);
    expect(shiftOn(app, '2026-11-30').bookings).toEqual([]);
    app.ok('holidays.delete', { date: '2026-11-30' });
    expect(codes(book(app, '2026-11-30', 1).warnings)).not.toContain('schedule.holidayPay');
    expect(app.err('holidays.delete', { date: '2026-11-30' }).code).toBe('notFound');
  });

  test('Christmas on the pattern: Friday 25 December is marked and closed', () => {
    const christmas = shiftOn(app, '2026-12-25');
    expect(christmas).toMatchObject({ holiday: '1. svátek vánoční', closedForHoliday: true });
    expect(week(app, 52).holidays.map((h) => h.date)).toEqual(['2026-12-24', '2026-12-25', '2026-12-26']);
  });
});

describe('weekend premium (Labour Code § 118)', () => {
  test('a Saturday shift warns when created and when booked', () => {
    const added = app.ok('schedule.addExtraShift', { date: '2026-11-28', ...shift, end: '11:00' });
    expect(codes(added.warnings)).toEqual(['schedule.weekendPremium']);
    expect(added.warnings[0]?.message).toContain('§ 118');
    const booked = app.ok('schedule.book', { shift: { shiftId: added.shiftId }, clientId: 1 });
    expect(codes(booked.warnings)).toContain('schedule.weekendPremium');
    expect(codes(app.ok('schedule.addExtraShift', { date: '2026-12-01', ...shift }).warnings)).toEqual([]);
  });

  test('a Sunday pattern warns once; a Tuesday pattern names the holidays it meets within a year', () => {
    const sunday = { weekday: 7, ...shift, end: '11:00', validFrom: '2026-12-01', validTo: null };
    expect(codes(app.ok('schedule.savePattern', sunday).warnings)).toEqual(['schedule.weekendPremium']);
    const tuesday = { ...sunday, weekday: 2 };
    const tuesdays = app.ok('schedule.savePattern', tuesday).warnings;
    expect(tuesdays.map((w) => [w.code, plain(String(w.params['date']))])).toEqual([
      ['schedule.holidayPay', '6. 7. 2027'],
      ['schedule.holidayPay', '28. 9. 2027'],
    ]);
  });
});

describe('holidays on the printed wall sheet', () => {
  const pdfText = async (week: number, lang: 'cs' | 'en', keep: string) => {
    const file = await app.print('schedule.printWeek', { year: 2026, week, lang });
    const out = path.join(dir, keep);
    fs.writeFileSync(out, file.bytes ?? new Uint8Array());
    return plain(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).replace(/\s+/g, ' ');
  };
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir();
    app.ok('settings.saveEmployer', employerInput);
  });
  afterEach(() => removeDir(dir));

  test('Christmas week: the holiday is named in each language, the closed shift has no lines, an opened one has', async () => {
    const cs = await pdfText(52, 'cs', 'cs.pdf');
    expect(cs).toContain('Svátek: 1. svátek vánoční');
    expect(cs).toContain('Státní svátek – směna se nekoná');
    const en = await pdfText(52, 'en', 'en.pdf');
    expect(en).toContain('Holiday: Christmas Day');
    expect(en).toContain('Public holiday – no shift');
    app.ok('schedule.openHolidayShift', { shift: refOn(app, '2026-12-25') });
    const opened = await pdfText(52, 'en', 'opened.pdf');
    expect(opened).toContain('Holiday: Christmas Day');
    expect(opened).not.toContain('Public holiday – no shift');
  });
});
