import { afterEach, beforeEach, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../helpers/db.js';
import { createDraft, enter2027, setUp, signedAgreement } from './support.js';

let app: TestApp;
let rehorId: number;
let zofieId: number;
beforeEach(() => {
  app = testApp();
  rehorId = setUp(app);
  zofieId = app.ok('clients.create', {
    code: 'K-002',
    firstName: 'Žofie',
    lastName: 'Dvořáková',
    birthDate: '1975-06-01',
  }).id;
});
afterEach(() => app.close());

const watch = () => app.ok('agreements.watch');

test('active clients without a valid agreement, with what is in the making', () => {
  expect(watch().withoutAgreement.map((c) => [c.lastName, c.pending])).toEqual([
    ['Dvořáková', null],
    ['Šťastný', null],
  ]);
  createDraft(app, rehorId);
  expect(watch().withoutAgreement[1]).toMatchObject({
    lastName: 'Šťastný',
    pending: { number: '2026/001', state: 'draft' },
  });
  signedAgreement(app, zofieId, { validFrom: '2026-11-01' }, '2026-10-30');
  app.ok('clients.deactivate', { id: rehorId });
  expect(watch().withoutAgreement).toEqual([]);
});

test('agreements ending within the watch window, soonest first, with any follow-up', () => {
  enter2027(app);
  signedAgreement(app, rehorId, { validFrom: '2026-11-01', validTo: '2026-12-31', hourlyRate: 13440 }, '2026-10-30');
  const zofie = signedAgreement(app, zofieId, { validFrom: '2026-11-01', hourlyRate: 14000 }, '2026-10-30');
  app.ok('agreements.end', { id: zofie.id, reason: 'notice', noticeBy: 'employee', deliveredOn: '2026-11-24' });
  expect(watch().endingSoon.map((a) => [a.number, a.lastDay, a.followUp])).toEqual([['2026/002', '2026-12-08', null]]);
  app.ok('agreements.saveSettings', { ...app.ok('agreements.getSettings'), watchDays: 40 });
  const follow = createDraft(app, rehorId, { validFrom: '2027-01-01', hourlyRate: 14000 });
  expect(watch().endingSoon.map((a) => [a.number, a.lastDay, a.followUp?.number ?? null])).toEqual([
    ['2026/002', '2026-12-08', null],
    ['2026/001', '2026-12-31', follow.number],
  ]);
});

test('the register finds agreements by client name without accents, by number and by state', () => {
  signedAgreement(app, rehorId);
  createDraft(app, zofieId);
  const list = (input: Record<string, unknown>) => app.ok('agreements.list', input);
  expect(list({}).items.map((a) => a.number)).toEqual(['2026/002', '2026/001']);
  expect(list({ query: 'stastny' }).items.map((a) => a.lastName)).toEqual(['Šťastný']);
  expect(list({ query: '2026/002' }).items.map((a) => a.lastName)).toEqual(['Dvořáková']);
  expect(list({ states: ['draft', 'printed'] })).toMatchObject({ total: 1, items: [{ state: 'draft' }] });
  expect(list({ clientId: rehorId }).items[0]).toMatchObject({
    state: 'upcoming',
    hourlyRate: 13440,
    pendingAmendment: false,
  });
});
