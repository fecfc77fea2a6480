import { afterEach, beforeEach, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../helpers/db.js';
import { setUp, signedAgreement } from '../agreements/support.js';

// A kept paper is reprinted from its stored data and timestamp; nothing in it
// may come from the time zone of the machine that reprints it.

let app: TestApp;
beforeEach(() => {
  app = testApp();
});
afterEach(() => {
  process.env.TZ = 'Europe/Prague';
  app.close();
});

/** Node applies a changed TZ at once; the check keeps the test from passing on a zone that did not change. */
function moveMachineTo(zone: string, expectedOffset: number): void {
  process.env.TZ = zone;
  expect(new Date(2026, 10, 24, 9, 0).getTimezoneOffset()).toBe(expectedOffset);
}

test('a reprint in New York is byte-identical to the paper printed in Prague', async () => {
  const agreement = signedAgreement(app, setUp(app));
  const stored = app.ok('agreements.get', { id: agreement.id }).documents.find((d) => d.kind === 'agreement');
  expect(stored?.printedAt).toBe('2026-11-24T09:00:00+01:00');
  const documentId = stored?.id ?? 0;
  const prague = Buffer.from((await app.print('agreements.reprint', { documentId })).bytes ?? new Uint8Array());
  // Creation and modification date: the stored moment, 9:00 in Prague, written as UTC.
  expect(prague.toString('latin1').match(/\(D:\d+Z\)/g)).toEqual(['(D:20261124080000Z)', '(D:20261124080000Z)']);

  moveMachineTo('America/New_York', 300);
  const newYork = Buffer.from((await app.print('agreements.reprint', { documentId })).bytes ?? new Uint8Array());
  expect(newYork.length).toBeGreaterThan(1000);
  expect(newYork.equals(prague)).toBe(true);
});
