import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { validAgreementOn } from '../../../core/agreements/validity.js';
import { testApp, type TestApp } from '../../helpers/db.js';
import { countRows, parameters2027, snapshotConnection } from '../support.js';
import { createDraft, draftInput, movableClock, plain, setUp, signedAgreement } from './support.js';

let app: TestApp;
let clientId: number;
let clock: ReturnType<typeof movableClock>;
beforeEach(() => {
  clock = movableClock();
  app = testApp({ now: clock.now });
  clientId = setUp(app);
});
afterEach(() => app.close());

const valid = (day: string) => validAgreementOn(app.database.db, clientId, day);

describe('a new agreement', () => {
  test('is prefilled from the settings and the figures of its first day', () => {
    const defaults = app.ok('agreements.draftDefaults', {
      clientId,
      validFrom: '2026-12-01',
    });
    expect(defaults.input).toMatchObject({
      validFrom: '2026-12-01',
      validTo: null,
      hourlyRate: 13440,
      weeklyMinutes: 180,
      advanceShareBp: 7500,
      payday: 15,
      noticeDays: 15,
      scheduleNoticeDays: 3,
      workplace: 'Křenová 62, 602 00 Brno',
    });
    expect(defaults.input.workDescription).toContain('úklid');
    expect(defaults.minWageHourly).toBe(13440);
    expect(defaults.minWageFrom).toBe('2026-01-01');
  });

  test('open-ended, its pay meets next year’s minimum and the hint names the day that takes effect', () => {
    app.ok('settings.saveParameters', parameters2027);
    const defaults = app.ok('agreements.draftDefaults', { clientId, validFrom: '2026-12-01' });
    expect(defaults.input.hourlyRate).toBe(14000);
    expect({ hourly: defaults.minWageHourly, from: defaults.minWageFrom }).toEqual({
      hourly: 14000,
      from: '2027-01-01',
    });
  });

  test('gets the next number of the year and starts as a draft, not valid', () => {
    const first = createDraft(app, clientId, { validTo: '2026-12-31' });
    const other = app.ok('clients.create', {
      code: 'K-002',
      firstName: 'Žofie',
      lastName: 'Dvořáková',
      birthDate: '1975-06-01',
    });
    const second = createDraft(app, other.id);
    expect([first.number, second.number]).toEqual(['2026/001', '2026/002']);
    expect(first).toMatchObject({ status: 'draft', state: 'draft', lastDay: '2026-12-31' });
    expect(valid('2026-12-10')).toBeNull();
  });

  test('a deleted draft leaves its number unused', () => {
    const first = createDraft(app, clientId);
    expect(app.ok('agreements.delete', { id: first.id })).toEqual({ id: first.id, number: '2026/001' });
    expect(createDraft(app, clientId).number).toBe('2026/002');
  });

  test('an inactive client gets none', () => {
    app.ok('clients.deactivate', { id: clientId });
    expect(app.err('agreements.create', draftInput(app, clientId), 'cs')).toMatchObject({
      code: 'agreement.clientInactive',
      field: 'clientId',
    });
  });
});

describe('from draft to signed', () => {
  test('printing moves a draft to printed; signing makes it valid from its first day', () => {
    const draft = createDraft(app, clientId);
    expect(app.err('agreements.sign', { id: draft.id, signedOn: '2026-11-24' }, 'cs')).toMatchObject({
      code: 'agreement.notPrinted',
      message: 'Dohodu č. 2026/001 nejdříve vytiskněte. Podepisuje se vytištěná dohoda.',
    });
    app.ok('agreements.print', { id: draft.id });
    expect(app.ok('agreements.get', { id: draft.id }).status).toBe('printed');
    const signed = app.ok('agreements.sign', { id: draft.id, signedOn: '2026-11-24' });
    expect(signed).toMatchObject({ status: 'signed', state: 'upcoming', signedOn: '2026-11-24' });
    expect(valid('2026-11-30')).toBeNull();
    expect(valid('2026-12-01')).toEqual({ id: draft.id, number: '2026/001' });
  });

  test('a signature after the first day or in the future is refused', () => {
    const draft = createDraft(app, clientId, { validFrom: '2026-11-20' });
    app.ok('agreements.print', { id: draft.id });
    const late = app.err('agreements.sign', { id: draft.id, signedOn: '2026-11-23' }, 'cs');
    expect({ ...late, message: plain(late.message) }).toMatchObject({
      code: 'agreement.signedAfterStart',
      field: 'signedOn',
      message:
        'Dohoda začíná 20. 11. 2026, podepsána však byla až 23. 11. 2026. Pracovat lze až po podpisu: upravte začátek dohody a vytiskněte ji znovu.',
    });
    expect(app.err('agreements.sign', { id: draft.id, signedOn: '2026-11-25' }).code).toBe('agreement.signedInFuture');
  });

  test('an agreement signed earlier on paper is entered with its own dates', () => {
    const draft = createDraft(app, clientId, { validFrom: '2026-03-01' });
    app.ok('agreements.print', { id: draft.id });
    const signed = app.ok('agreements.sign', { id: draft.id, signedOn: '2026-02-26' });
    expect(signed).toMatchObject({ state: 'valid', signedOn: '2026-02-26' });
    expect(valid('2026-03-01')).not.toBeNull();
  });

  test('changing a printed agreement sends it back to draft; a signed one cannot change', () => {
    const draft = createDraft(app, clientId);
    app.ok('agreements.print', { id: draft.id });
    const { clientId: _c, kind: _k, ...input } = draftInput(app, clientId, { hourlyRate: 15000 });
    const changed = app.ok('agreements.update', { ...input, id: draft.id });
    expect(changed).toMatchObject({ status: 'draft', terms: { hourlyRate: 15000 } });
    app.ok('agreements.print', { id: draft.id });
    app.ok('agreements.sign', { id: draft.id, signedOn: '2026-11-24' });
    expect(app.err('agreements.update', { ...input, id: draft.id }, 'en')).toMatchObject({
      code: 'agreement.notEditable',
      message: 'Agreement No. 2026/001 is signed, so it cannot be changed or deleted. Make an amendment instead.',
    });
    expect(app.err('agreements.delete', { id: draft.id }).code).toBe('agreement.notEditable');
  });

  test('a signature recorded by mistake can be taken back', () => {
    const signed = signedAgreement(app, clientId);
    expect(app.ok('agreements.undoSign', { id: signed.id })).toMatchObject({
      status: 'printed',
      signedOn: null,
    });
    expect(valid('2026-12-10')).toBeNull();
  });
});

describe('ending', () => {
  test('notice runs 15 days from the day of delivery, and the agreement stays valid until then', () => {
    const signed = signedAgreement(app, clientId);
    clock.setToday('2026-12-01');
    const ended = app.ok('agreements.end', {
      id: signed.id,
      reason: 'notice',
      noticeBy: 'employer',
      deliveredOn: '2026-12-01',
    });
    expect(ended).toMatchObject({
      status: 'ended',
      endReason: 'notice',
      endedOn: '2026-12-15',
      noticeDeliveredOn: '2026-12-01',
      lastDay: '2026-12-15',
      state: 'ending',
    });
    expect(valid('2026-12-15')).not.toBeNull();
    expect(valid('2026-12-16')).toBeNull();
  });

  test('notice agreed otherwise in the agreement counts its own days', () => {
    const signed = signedAgreement(app, clientId, { noticeDays: 30 });
    clock.setToday('2026-12-02');
    const ended = app.ok('agreements.end', {
      id: signed.id,
      reason: 'notice',
      noticeBy: 'employee',
      deliveredOn: '2026-12-01',
    });
    expect(ended.endedOn).toBe('2026-12-30');
  });

  test('notice running past the agreed end is refused with both dates', () => {
    const signed = signedAgreement(app, clientId, { validTo: '2026-12-10' });
    clock.setToday('2026-12-01');
    const error = app.err(
      'agreements.end',
      { id: signed.id, reason: 'notice', noticeBy: 'employer', deliveredOn: '2026-12-01' },
      'cs',
    );
    expect({ ...error, message: plain(error.message) }).toMatchObject({
      code: 'agreement.noticeAfterExpiry',
      field: 'deliveredOn',
      message:
        'Výpovědní doba by uplynula až 15. 12. 2026, dohoda však skončí již 10. 12. 2026 uplynutím sjednané doby.',
    });
  });

  test('by mutual agreement on a chosen day; by expiry only once the period ran out', () => {
    const signed = signedAgreement(app, clientId, { validTo: '2026-12-31' });
    expect(app.err('agreements.end', { id: signed.id, reason: 'mutual' }).field).toBe('endedOn');
    expect(app.err('agreements.end', { id: signed.id, reason: 'expiry' }).code).toBe('agreement.notYetExpired');
    const ended = app.ok('agreements.end', { id: signed.id, reason: 'mutual', endedOn: '2026-12-20' });
    expect(ended).toMatchObject({ endedOn: '2026-12-20', endReason: 'mutual', noticeBy: null });
    expect(app.err('agreements.end', { id: signed.id, reason: 'mutual', endedOn: '2026-12-21' }).code).toBe(
      'agreement.alreadyEnded',
    );
    const undone = app.ok('agreements.undoEnd', { id: signed.id });
    expect(undone).toMatchObject({ status: 'signed', endedOn: null, endReason: null, lastDay: '2026-12-31' });
  });

  test('an open-ended agreement cannot expire', () => {
    const signed = signedAgreement(app, clientId);
    expect(app.err('agreements.end', { id: signed.id, reason: 'expiry' }, 'en').message).toBe(
      'The agreement is open-ended, so it cannot end by expiry.',
    );
  });
});

describe('a refused call changes nothing', () => {
  test('the database is the same after each refusal', () => {
    const signed = signedAgreement(app, clientId, { validTo: '2026-12-10' });
    clock.setToday('2026-12-01');
    const before = snapshotConnection(app.database.sqlite);
    app.err('agreements.create', draftInput(app, clientId, { validFrom: '2026-12-05' }));
    app.err('agreements.end', { id: signed.id, reason: 'notice', noticeBy: 'employer', deliveredOn: '2026-12-01' });
    app.err('agreements.amend', { ...signed.terms, agreementId: signed.id, effectiveFrom: '2026-12-02' });
    app.err('agreements.sign', { id: signed.id, signedOn: '2026-11-24' });
    expect(snapshotConnection(app.database.sqlite)).toEqual(before);
    expect(countRows(app.database.sqlite, 'agreement_number_counters')).toBe(1);
  });
});
