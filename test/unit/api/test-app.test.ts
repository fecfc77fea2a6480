import { afterEach, beforeEach, expect, test } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../../core/api/dispatcher.js';
import { checked, fixedNow, fontsDir, testApp, type TestApp } from '../../helpers/db.js';
import { employerInput } from '../support.js';

// The test app stands between every test and the dispatcher; these prove it
// holds the handlers to the contract rather than passing whatever they answer.

let app: TestApp;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.close());

/** The real dispatcher, with one method answering a wrong shape. */
function answeringWrongly(method: string, value: unknown): Dispatcher {
  const real = createDispatcher({ db: app.database.db, now: fixedNow, fontsDir });
  const swap = <T>(name: string, result: T) => (name === method ? ({ ok: true, value } as T) : result);
  return {
    meta: real.meta,
    call: (name, input, options) => swap(name, real.call(name, input, options)),
    run: async (name, input, options) => swap(name, await real.run(name, input, options)),
  };
}

test('an answer outside the method’s output schema fails the test', () => {
  const wrong = checked(answeringWrongly('system.info', { appVersion: '0.0.0', today: 20261124 }));
  expect(() => wrong.call('system.info', {})).toThrow(/system\.info answered outside its output schema/);
  expect(wrong.call('clients.get', { id: 1 })).toMatchObject({ ok: false, error: { code: 'notFound' } });
  expect(app.ok('system.info')).toEqual({ appVersion: '0.0.0', schemaVersion: '', today: '2026-11-24' });
});

test('a door that would hide the throw hears of the violation first', async () => {
  const heard: string[] = [];
  const wrong = checked(answeringWrongly('clients.list', { items: [{ id: 'one' }], total: 1 }), (p) => heard.push(p));
  await expect(wrong.run('clients.list', {})).rejects.toThrow(/clients\.list/);
  expect(heard).toHaveLength(1);
});

test('a printing method: call answers its job, run its file, each checked', async () => {
  app.ok('settings.saveEmployer', employerInput);
  const job = app.ok('schedule.printWeek', { year: 2026, week: 49 });
  expect(job).toMatchObject({ template: 'schedule.week', lang: 'cs', createdAt: '2026-11-24T09:00:00+01:00' });
  const file = await app.print('schedule.printWeek', { year: 2026, week: 49 });
  expect(file).toMatchObject({ contentType: 'application/pdf', fileName: job.fileName });
  const stampless = checked(answeringWrongly('schedule.printWeek', { ...job, createdAt: '2026-11-24T09:00:00' }));
  expect(() => stampless.call('schedule.printWeek', { year: 2026, week: 49 })).toThrow(/createdAt/);
});
