import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { testApp, type TestApp } from '../helpers/db.js';
import { employerInput, parameters2027 } from './support.js';

let app: TestApp;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.close());

const requiredEmployerFields = ['name', 'street', 'city', 'postcode', 'ico', 'representativeName'];

describe('employer', () => {
  test('a fresh database has an incomplete employer with payday 15', () => {
    expect(app.ok('settings.getEmployer')).toEqual({
      name: null,
      street: null,
      city: null,
      postcode: null,
      ico: null,
      representativeName: null,
      representativeRole: null,
      payday: 15,
      complete: false,
      missing: requiredEmployerFields,
    });
  });

  test('saving every field makes it complete; get returns what was saved', () => {
    const saved = app.ok('settings.saveEmployer', employerInput);
    expect(saved).toEqual({ ...employerInput, complete: true, missing: [] });
    expect(app.ok('settings.getEmployer')).toEqual(saved);
  });

  test('missing fields are listed; the role is optional', () => {
    const saved = app.ok('settings.saveEmployer', {
      ...employerInput,
      representativeName: '',
      representativeRole: null,
      city: undefined,
    });
    expect(saved).toMatchObject({ complete: false, missing: ['city', 'representativeName'], representativeRole: null });
  });

  test('an invalid IČO is refused naming the field, and nothing is saved', () => {
    expect(app.err('settings.saveEmployer', { ...employerInput, ico: '22601008' }, 'cs')).toMatchObject({
      code: 'invalidInput',
      field: 'ico',
      message: 'IČO: IČO není platné (8 číslic s kontrolní číslicí).',
    });
    expect(app.err('settings.saveEmployer', { ...employerInput, ico: '1234567' }, 'en')).toMatchObject({
      field: 'ico',
      message: 'Company ID (IČO): The company ID (IČO) is not valid (8 digits with a check digit).',
    });
    expect(app.ok('settings.getEmployer')).toMatchObject({ name: null, complete: false });
  });

  test.each([0, 32, 1.5])('payday %s is refused', (payday) => {
    expect(app.err('settings.saveEmployer', { ...employerInput, payday }).field).toBe('payday');
  });
});

describe('pay parameters', () => {
  const list = () => app.ok('settings.listParameters');

  test('2025 and 2026 are seeded with the legal figures', () => {
    const rows = list();
    expect(rows.map((r) => [r.validFrom, r.validTo, r.minWageHourly, r.minWageMonthly])).toEqual([
      ['2025-01-01', '2025-12-31', 12440, 2080000],
      ['2026-01-01', '2026-12-31', 13440, 2240000],
    ]);
    for (const r of rows) {
      expect(r).toMatchObject({
        insuranceThresholdMonthly: 450000,
        employeeSocialRate: 710,
        employeeHealthRate: 450,
        employerSocialRate: 2480,
        employerHealthRate: 900,
        incomeTaxRate: 1500,
        taxpayerCreditMonthly: 257000,
        maxAverageWeeklyMinutes: 1200,
        noticePeriodDays: 15,
        scheduleNoticeDays: 3,
        weekendPremiumRate: 1000,
        holidayPremiumRate: 10000,
      });
    }
  });

  test('parametersOn picks the period covering the day', () => {
    expect(app.ok('settings.parametersOn', { date: '2026-03-01' }).minWageHourly).toBe(13440);
    expect(app.ok('settings.parametersOn', { date: '2026-01-01' }).minWageHourly).toBe(13440);
    expect(app.ok('settings.parametersOn', { date: '2025-12-31' }).minWageHourly).toBe(12440);
  });

  test('a day without parameters is a clear error', () => {
    expect(app.err('settings.parametersOn', { date: '2027-01-01' }, 'en')).toEqual({
      code: 'settings.noParameters',
      field: 'date',
      message: 'No legal and pay figures are set for 2027-01-01. Add them in Settings.',
      params: { date: '2027-01-01' },
    });
    expect(app.err('settings.parametersOn', { date: '2024-12-31' }).code).toBe('settings.noParameters');
    expect(app.err('settings.parametersOn', { date: '2026-13-01' }).code).toBe('invalidInput');
  });

  test('a new period is added and used', () => {
    const saved = app.ok('settings.saveParameters', parameters2027);
    expect(saved).toEqual({
      id: 3,
      ...parameters2027,
      minimumWorkAge: 15,
      adultAge: 18,
      insuranceRegistrationDays: 8,
      updatedAt: '2026-11-24T09:00:00+01:00',
    });
    expect(list()).toHaveLength(3);
    expect(app.ok('settings.parametersOn', { date: '2027-06-30' }).minWageHourly).toBe(14000);
  });

  test.each([
    ['overlapping the start', '2026-07-01', '2027-06-30', '2026-01-01', '2026-12-31'],
    ['inside another', '2025-03-01', '2025-03-31', '2025-01-01', '2025-12-31'],
    ['touching on the last day', '2026-12-31', '2027-12-31', '2026-01-01', '2026-12-31'],
  ])('a period %s is refused', (_name, validFrom, validTo, from, to) => {
    const error = app.err('settings.saveParameters', { ...parameters2027, validFrom, validTo }, 'cs');
    expect(error).toMatchObject({
      code: 'settings.parametersOverlap',
      field: 'validFrom',
      message: `Období se překrývá s obdobím ${from} – ${to}.`,
    });
    expect(list()).toHaveLength(2);
  });

  test('an end before the start is refused', () => {
    expect(app.err('settings.saveParameters', { ...parameters2027, validTo: '2026-12-31' }, 'en')).toMatchObject({
      code: 'invalidInput',
      field: 'validTo',
      message: 'Valid to: The end cannot be before the start.',
    });
  });

  test('money must be whole haléře and rates at most 100 %', () => {
    expect(app.err('settings.saveParameters', { ...parameters2027, minWageHourly: 134.4 }, 'en')).toMatchObject({
      field: 'minWageHourly',
      message: 'Minimum wage per hour: Enter a whole number.',
    });
    expect(app.err('settings.saveParameters', { ...parameters2027, incomeTaxRate: 10001 }, 'en').message).toBe(
      'Income tax rate: A rate can be at most 100 %.',
    );
    expect(app.err('settings.saveParameters', { ...parameters2027, taxpayerCreditMonthly: -1 }, 'en').message).toBe(
      'Basic taxpayer credit (monthly): Cannot be negative.',
    );
  });

  test('a period is edited in place without overlapping itself', () => {
    const row = list()[1];
    if (!row) throw new Error('no 2026 parameters');
    const { updatedAt: _ignored, ...current } = row;
    const edited = app.ok('settings.saveParameters', { ...current, minWageHourly: 13500 });
    expect(edited).toMatchObject({
      id: 2,
      validFrom: '2026-01-01',
      minWageHourly: 13500,
      updatedAt: '2026-11-24T09:00:00+01:00',
    });
    expect(app.ok('settings.parametersOn', { date: '2026-11-24' }).minWageHourly).toBe(13500);
    expect(list()).toHaveLength(2);
    expect(app.err('settings.saveParameters', { ...parameters2027, id: 99 }).code).toBe('notFound');
  });

  test('a period is deleted; deleting it again is notFound', () => {
    expect(app.ok('settings.deleteParameters', { id: 1 })).toEqual({ id: 1 });
    expect(list().map((r) => r.validFrom)).toEqual(['2026-01-01']);
    expect(app.err('settings.parametersOn', { date: '2025-05-01' }).code).toBe('settings.noParameters');
    expect(app.err('settings.deleteParameters', { id: 1 }).code).toBe('notFound');
  });
});

describe('preferences', () => {
  test('the language is Czech by default and can be switched', () => {
    expect(app.ok('settings.getPreferences')).toEqual({ language: 'cs' });
    expect(app.ok('settings.savePreferences', { language: 'en' })).toEqual({ language: 'en' });
    expect(app.ok('settings.getPreferences')).toEqual({ language: 'en' });
    expect(app.ok('settings.savePreferences', { language: 'cs' })).toEqual({ language: 'cs' });
    expect(app.ok('settings.getPreferences')).toEqual({ language: 'cs' });
  });

  test('an unknown language is refused', () => {
    expect(app.err('settings.savePreferences', { language: 'de' }, 'cs')).toMatchObject({
      field: 'language',
      message: 'Jazyk: Vyberte jednu z nabízených možností.',
    });
    expect(app.ok('settings.getPreferences')).toEqual({ language: 'cs' });
  });
});
