import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../helpers/db.js';
import { countRows, snapshotConnection } from '../support.js';
import { createDraft, draftInput, movableClock, setUp, signedAgreement } from './support.js';

let app: TestApp;
let clientId: number;
let clock: ReturnType<typeof movableClock>;
beforeEach(() => {
  clock = movableClock();
  app = testApp({ now: clock.now });
  clientId = setUp(app);
});
afterEach(() => app.close());

/** Signed on paper in December 2025 at that year's minimum (124.40 Kč), open-ended. */
const paper = () => ({
  ...draftInput(app, clientId, { validFrom: '2025-12-15', hourlyRate: 12440 }),
  signedOn: '2025-12-10',
});

describe('an agreement signed on paper earlier', () => {
  test('is recorded as signed in one step, with its real dates, without a print', () => {
    const recorded = app.ok('agreements.recordSigned', paper());
    expect(recorded).toMatchObject({
      status: 'signed',
      state: 'valid',
      validFrom: '2025-12-15',
      signedOn: '2025-12-10',
      terms: { hourlyRate: 12440 },
      documents: [],
    });
  });

  test('is held to the minimum wage known when it was signed; the later rise puts it on the watch list', () => {
    const { signedOn: _signedOn, ...asNew } = paper();
    expect(app.err('agreements.create', asNew).code).toBe('agreement.rateBelowMinimum');
    const recorded = app.ok('agreements.recordSigned', paper());
    const watch = app.ok('agreements.watch');
    expect(watch.belowMinimum).toEqual([
      expect.objectContaining({ id: recorded.id, rate: 12440, minimum: 13440, from: '2026-11-24' }),
    ]);
    expect(app.err('agreements.recordSigned', { ...paper(), hourlyRate: 12000 }).code).toBe(
      'agreement.rateBelowMinimum',
    );
  });

  test('keeps the other rules: signed by today, before the first day, one at a time', () => {
    expect(app.err('agreements.recordSigned', { ...paper(), signedOn: '2026-11-25' })).toMatchObject({
      code: 'agreement.signedInFuture',
      field: 'signedOn',
    });
    expect(app.err('agreements.recordSigned', { ...paper(), signedOn: '2025-12-16' })).toMatchObject({
      code: 'agreement.signedAfterStart',
      field: 'signedOn',
    });
    app.ok('agreements.recordSigned', paper());
    expect(app.err('agreements.recordSigned', paper()).code).toBe('agreement.overlaps');
    expect(countRows(app.database.sqlite, 'agreements')).toBe(1);
  });
});

describe('notice', () => {
  test('is recorded as delivered only on a day that has happened; a refusal changes nothing', () => {
    const signed = signedAgreement(app, clientId);
    const before = snapshotConnection(app.database.sqlite);
    const error = app.err(
      'agreements.end',
      { id: signed.id, reason: 'notice', noticeBy: 'employer', deliveredOn: '2026-12-15' },
      'en',
    );
    expect(error).toMatchObject({ code: 'agreement.deliveredInFuture', field: 'deliveredOn' });
    expect(snapshotConnection(app.database.sqlite)).toEqual(before);
  });

  test('to be handed over later is printed without ending the agreement, then recorded when delivered', () => {
    const signed = signedAgreement(app, clientId);
    const job = app.ok('agreements.prepareNotice', {
      id: signed.id,
      noticeBy: 'employer',
      deliveredOn: '2026-12-15',
    });
    expect(job.data).toMatchObject({ deliveredOn: '2026-12-15', endedOn: '2026-12-29' });
    const still = app.ok('agreements.get', { id: signed.id });
    expect(still).toMatchObject({ status: 'signed', endedOn: null, lastDay: null });
    expect(still.documents.map((d) => d.kind)).toEqual(['notice', 'agreement']);
    clock.setToday('2026-12-15');
    const ended = app.ok('agreements.end', {
      id: signed.id,
      reason: 'notice',
      noticeBy: 'employer',
      deliveredOn: '2026-12-15',
    });
    expect(ended).toMatchObject({ status: 'ended', endedOn: '2026-12-29', noticeDeliveredOn: '2026-12-15' });
  });

  test('prepared without a day leaves the dates to fill in; a past day or an unsigned agreement is refused', () => {
    const signed = signedAgreement(app, clientId, { validTo: '2026-12-20' });
    const job = app.ok('agreements.prepareNotice', {
      id: signed.id,
      noticeBy: 'employee',
    });
    expect(job.data).toMatchObject({ deliveredOn: null, endedOn: null });
    expect(
      app.err('agreements.prepareNotice', { id: signed.id, noticeBy: 'employee', deliveredOn: '2026-11-23' }),
    ).toMatchObject({ code: 'agreement.plannedDeliveryPast', field: 'deliveredOn' });
    expect(
      app.err('agreements.prepareNotice', { id: signed.id, noticeBy: 'employee', deliveredOn: '2026-12-10' }),
    ).toMatchObject({ code: 'agreement.noticeAfterExpiry', field: 'deliveredOn' });
    const draft = createDraft(app, clientId, { validFrom: '2026-12-21' });
    expect(app.err('agreements.prepareNotice', { id: draft.id, noticeBy: 'employer' }).code).toBe(
      'agreement.notSigned',
    );
  });
});
