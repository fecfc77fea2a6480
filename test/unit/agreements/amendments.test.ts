import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Agreement } from '../../../core/contract/agreements/schemas.js';
import { testApp, type TestApp } from '../../helpers/db.js';
import { countRows } from '../support.js';
import { createDraft, enter2027, plain, setUp, signedAgreement } from './support.js';

let app: TestApp;
let clientId: number;
beforeEach(() => {
  app = testApp();
  clientId = setUp(app);
});
afterEach(() => app.close());

const amend = (agreement: Agreement, changes: Record<string, unknown>) => ({
  ...agreement.current,
  agreementId: agreement.id,
  effectiveFrom: '2027-01-01',
  ...changes,
});

describe('an amendment', () => {
  test('changes the pay from a day once printed and signed', () => {
    enter2027(app);
    const signed = signedAgreement(app, clientId, { hourlyRate: 14000 });
    const prepared = app.ok('agreements.amend', amend(signed, { hourlyRate: 15000, note: 'Zvýšení' }));
    expect(prepared.amendments).toEqual([
      expect.objectContaining({ seq: 1, status: 'draft', effectiveFrom: '2027-01-01', changes: ['hourlyRate'] }),
    ]);
    const amendmentId = prepared.amendments[0]?.id ?? 0;
    expect(app.err('agreements.signAmendment', { id: amendmentId, signedOn: '2026-11-24' }).code).toBe(
      'agreement.amendmentNotPrinted',
    );
    app.ok('agreements.printAmendment', { id: amendmentId });
    const signedAmendment = app.ok('agreements.signAmendment', { id: amendmentId, signedOn: '2026-11-24' });
    expect(signedAmendment.amendments[0]).toMatchObject({ status: 'signed', signedOn: '2026-11-24' });
    expect(app.ok('agreements.list', {}).items[0]?.hourlyRate).toBe(14000);
  });

  test('can extend the period, and the new end is the agreement’s end once signed', () => {
    enter2027(app);
    const signed = signedAgreement(app, clientId, { validTo: '2026-12-31', hourlyRate: 14000 });
    const prepared = app.ok('agreements.amend', amend(signed, { effectiveFrom: '2026-12-15', validTo: '2027-06-30' }));
    const id = prepared.amendments[0]?.id ?? 0;
    expect(prepared.amendments[0]?.changes).toEqual(['validTo']);
    expect(prepared.validTo).toBe('2026-12-31');
    app.ok('agreements.printAmendment', { id });
    const after = app.ok('agreements.signAmendment', { id, signedOn: '2026-11-24' });
    expect(after).toMatchObject({ validTo: '2027-06-30', lastDay: '2027-06-30', terms: { validTo: '2026-12-31' } });
  });

  test('is refused when it changes nothing, falls outside the period or another one is pending', () => {
    const signed = signedAgreement(app, clientId, { validTo: '2026-12-31' });
    expect(app.err('agreements.amend', amend(signed, { effectiveFrom: '2026-12-10' })).code).toBe(
      'agreement.amendmentNoChange',
    );
    const outside = app.err('agreements.amend', amend(signed, { hourlyRate: 15000 }), 'cs');
    expect({ ...outside, message: plain(outside.message) }).toMatchObject({
      code: 'agreement.amendmentOutsidePeriod',
      field: 'effectiveFrom',
      message: 'Účinnost dodatku musí spadat do doby trvání dohody (1. 12. 2026 – 31. 12. 2026).',
    });
    app.ok('agreements.amend', amend(signed, { effectiveFrom: '2026-12-10', hourlyRate: 15000 }));
    expect(
      app.err('agreements.amend', amend(signed, { effectiveFrom: '2026-12-20', hourlyRate: 16000 }), 'en'),
    ).toMatchObject({
      code: 'agreement.pendingAmendment',
      message: 'Agreement No. 2026/001 has amendment No. 1 in preparation. Sign it or throw it away first.',
    });
  });

  test('pay below the minimum is refused here too; a draft is not amended but changed', () => {
    const signed = signedAgreement(app, clientId);
    expect(app.err('agreements.amend', amend(signed, { effectiveFrom: '2026-12-10', hourlyRate: 13000 })).code).toBe(
      'agreement.rateBelowMinimum',
    );
    const draft = createDraft(
      app,
      app.ok('clients.create', {
        code: 'K-9',
        firstName: 'Čeněk',
        lastName: 'Kůrka',
        birthDate: '1970-01-01',
      }).id,
    );
    expect(app.err('agreements.amend', amend(draft, { effectiveFrom: '2026-12-10', hourlyRate: 15000 })).code).toBe(
      'agreement.notAmendable',
    );
  });

  test('an unsigned amendment can be thrown away, a signed one cannot', () => {
    const signed = signedAgreement(app, clientId);
    const prepared = app.ok('agreements.amend', amend(signed, { effectiveFrom: '2026-12-10', hourlyRate: 15000 }));
    const id = prepared.amendments[0]?.id ?? 0;
    app.ok('agreements.printAmendment', { id });
    expect(app.ok('agreements.discardAmendment', { id }).amendments).toEqual([]);
    expect(countRows(app.database.sqlite, 'agreement_terms')).toBe(1);
    const again = app.ok('agreements.amend', amend(signed, { effectiveFrom: '2026-12-10', hourlyRate: 15000 }));
    const second = again.amendments[0]?.id ?? 0;
    expect(again.amendments[0]?.seq).toBe(1);
    app.ok('agreements.printAmendment', { id: second });
    app.ok('agreements.signAmendment', { id: second, signedOn: '2026-11-24' });
    expect(app.err('agreements.discardAmendment', { id: second }).code).toBe('agreement.amendmentSigned');
    expect(app.err('agreements.undoSign', { id: signed.id }).code).toBe('agreement.hasAmendments');
  });
});

describe('a new minimum wage from 1 January', () => {
  test('lists every running agreement below it and prepares the amendments in one go', () => {
    const rehorAgreement = signedAgreement(app, clientId);
    const zofie = app.ok('clients.create', {
      code: 'K-002',
      firstName: 'Žofie',
      lastName: 'Dvořáková',
      birthDate: '1975-06-01',
    });
    signedAgreement(app, zofie.id, { hourlyRate: 15000 });
    const ending = app.ok('clients.create', {
      code: 'K-003',
      firstName: 'Čeněk',
      lastName: 'Kůrka',
      birthDate: '1970-01-01',
    });
    signedAgreement(app, ending.id, { validTo: '2026-12-31' });

    expect(app.ok('agreements.watch').belowMinimum).toEqual([]);
    enter2027(app);
    const watch = app.ok('agreements.watch');
    expect(watch.nextParameters).toEqual({ validFrom: '2027-01-01', minWageHourly: 14000 });
    expect(watch.belowMinimum).toEqual([
      expect.objectContaining({ number: '2026/001', from: '2027-01-01', minimum: 14000, rate: 13440, pending: null }),
    ]);

    const plan = app.ok('agreements.minimumWagePlan', { effectiveFrom: '2027-01-01' });
    expect(plan).toMatchObject({ effectiveFrom: '2027-01-01', minimum: 14000 });
    expect(plan.items).toEqual([
      expect.objectContaining({ agreementId: rehorAgreement.id, rate: 13440, newRate: 14000, lastName: 'Šťastný' }),
    ]);

    const audit = countRows(app.database.sqlite, 'audit_log');
    const prepared = app.ok('agreements.prepareMinimumWage', {
      effectiveFrom: '2027-01-01',
      agreementIds: [rehorAgreement.id],
    });
    expect(prepared.amendments).toEqual([
      expect.objectContaining({ number: '2026/001', seq: 1, effectiveFrom: '2027-01-01', reason: 'minimumWage' }),
    ]);
    expect(countRows(app.database.sqlite, 'audit_log')).toBe(audit + 1);
    expect(app.ok('agreements.watch').belowMinimum[0]?.pending).toMatchObject({
      seq: 1,
      hourlyRate: 14000,
    });
    expect(
      app.err('agreements.prepareMinimumWage', { effectiveFrom: '2027-01-01', agreementIds: [rehorAgreement.id] }).code,
    ).toBe('agreement.pendingAmendment');

    const ids = prepared.amendments.map((a) => a.id);
    app.ok('agreements.printAmendments', { ids });
    app.ok('agreements.signAmendment', { id: ids[0] ?? 0, signedOn: '2026-11-24' });
    expect(app.ok('agreements.watch').belowMinimum).toEqual([]);
    expect(app.ok('agreements.minimumWagePlan', { effectiveFrom: '2027-01-01' }).items).toEqual([]);
  });

  test('an agreement that reaches the minimum is not amended', () => {
    const signed = signedAgreement(app, clientId, { hourlyRate: 15000 });
    enter2027(app);
    expect(
      app.err('agreements.prepareMinimumWage', { effectiveFrom: '2027-01-01', agreementIds: [signed.id] }).code,
    ).toBe('agreement.notBelowMinimum');
  });
});
