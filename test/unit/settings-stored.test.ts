import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { agreementSettingsDefaults } from '../../core/agreements/settings.js';
import { scheduleDefaults } from '../../core/schedule/settings.js';
import { testApp, type TestApp } from '../helpers/db.js';
import { employerInput } from './support.js';

let app: TestApp;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.close());

/** Writes a stored value as a damaged file or an older version could have left it. */
function store(key: string, value: string): void {
  app.database.sqlite
    .prepare(
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, '2026-11-24T09:00:00')
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    )
    .run(key, value);
}

const readers = [
  ['employer', 'settings.getEmployer', '{"payday": 45}', 'Organisation details', 'Payday'],
  ['preferences', 'settings.getPreferences', '{"language": "de"}', 'Language', 'Language'],
  ['agreements', 'agreements.getSettings', '{"weeklyMinutes": -5}', 'Agreements', 'Agreed scope (weekly average)'],
  [
    'schedule',
    'schedule.getSettings',
    '{"weeklyLimit": "one"}',
    'Sign-up rules',
    'Shifts per client per week, at most',
  ],
] as const;

describe('a stored setting that fails its schema is reported, never replaced by the defaults', () => {
  test.each(readers)('%s: the read names the setting and the field', (key, method, bad, setting, field) => {
    store(key, bad);
    const error = app.err(method);
    expect(error.code).toBe('settings.storedInvalid');
    expect(error.message).toContain(`“${setting}”`);
    expect(error.message).toContain(`(${field}: `);
    expect(error.params).toMatchObject({ key, setting });
  });

  test('the message names the field that failed, in the caller’s language', () => {
    store('employer', '{"payday": 45}');
    expect(app.err('settings.getEmployer', {}, 'en').message).toMatch(
      /^The stored setting “Organisation details” is not valid \(.+: /,
    );
    expect(app.err('settings.getEmployer', {}, 'cs').message).toMatch(
      /^Nastavení „Údaje o organizaci“ uložené v databázi je neplatné/,
    );
  });

  test('text that is not JSON at all is reported too', () => {
    store('schedule', '{weeklyLimit: 1');
    expect(app.err('schedule.getSettings').code).toBe('settings.storedInvalid');
  });

  test('a booking does not silently use default rules over damaged ones', () => {
    store('schedule', '{"weeklyLimit": 0}');
    expect(app.err('schedule.week', { year: 2026, week: 49 }).code).toBe('settings.storedInvalid');
  });

  test('keys an older version did not store still get their defaults', () => {
    store('schedule', '{"weeklyLimit": 2}');
    expect(app.ok('schedule.getSettings')).toMatchObject({ weeklyLimit: 2, weeksAhead: 3 });
  });

  test('saving good values repairs a damaged setting', () => {
    store('employer', '[1, 2]');
    store('agreements', '{"watchDays": "soon"}');
    store('schedule', 'null');
    app.ok('settings.saveEmployer', employerInput);
    app.ok('agreements.saveSettings', agreementSettingsDefaults);
    app.ok('schedule.saveSettings', { ...scheduleDefaults, weeklyLimit: 2 });
    expect(app.ok('settings.getEmployer')).toMatchObject({ complete: true });
    expect(app.ok('agreements.getSettings')).toEqual(agreementSettingsDefaults);
    expect(app.ok('schedule.getSettings')).toMatchObject({ weeklyLimit: 2 });
  });
});
