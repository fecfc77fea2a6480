import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { firstBelowMinimum, firstOverScope, highestMinimum } from '../../../core/agreements/limits.js';
import { noticeEnd, segmentsOf } from '../../../core/agreements/terms.js';
import type { AgreementTerms } from '../../../core/contract/agreements/schemas.js';
import { testApp, type TestApp } from '../../helpers/db.js';
import { countRows } from '../support.js';
import { createDraft, draftInput, enter2027, plain, setUp, signedAgreement } from './support.js';

const terms: AgreementTerms = {
  validTo: null,
  workDescription: 'úklid',
  workplace: 'Brno',
  weeklyMinutes: 180,
  hourlyRate: 13440,
  advanceShareBp: 7500,
  payday: 15,
  noticeDays: 15,
  scheduleNoticeDays: 3,
  noticeTerms: 'Výpovědí.',
};
const periods = [
  { validFrom: '2026-01-01', validTo: '2026-12-31', minWageHourly: 13440, maxAverageWeeklyMinutes: 1200 },
  { validFrom: '2027-01-01', validTo: '2027-12-31', minWageHourly: 14000, maxAverageWeeklyMinutes: 1200 },
];

describe('limits (pure)', () => {
  test('pay at the 2026 minimum is fine in 2026 and too low from 1 January 2027', () => {
    expect(firstBelowMinimum(periods, segmentsOf('2026-06-01', '2026-12-31', terms, []))).toBeNull();
    expect(firstBelowMinimum(periods, segmentsOf('2026-12-01', '2027-03-31', terms, []))).toEqual({
      day: '2027-01-01',
      limit: 14000,
      value: 13440,
    });
  });

  test('an amendment from 1 January lifts the pay for the rest of the period', () => {
    const raised = { effectiveFrom: '2027-01-01', terms: { ...terms, hourlyRate: 14000 } };
    const segments = segmentsOf('2026-12-01', null, terms, [raised]);
    expect(segments.map((s) => [s.from, s.to, s.terms.hourlyRate])).toEqual([
      ['2026-12-01', '2026-12-31', 13440],
      ['2027-01-01', null, 14000],
    ]);
    expect(firstBelowMinimum(periods, segments)).toBeNull();
  });

  test('days without entered figures cannot be checked, and the highest known minimum is used', () => {
    expect(firstBelowMinimum(periods.slice(0, 1), segmentsOf('2026-12-01', null, terms, []))).toBeNull();
    expect(highestMinimum(periods, '2026-12-01', null)).toBe(14000);
    expect(highestMinimum(periods, '2026-12-01', '2026-12-31')).toBe(13440);
  });

  test('the scope may be at most the weekly average of the figures', () => {
    expect(firstOverScope(periods, segmentsOf('2026-12-01', null, { ...terms, weeklyMinutes: 1200 }, []))).toBeNull();
    expect(
      firstOverScope(periods, segmentsOf('2026-12-01', null, { ...terms, weeklyMinutes: 1260 }, [])),
    ).toMatchObject({ day: '2026-12-01', limit: 1200 });
  });

  test('notice ends on the 15th day counting the day of delivery', () => {
    expect(noticeEnd('2026-12-01', 15)).toBe('2026-12-15');
    expect(noticeEnd('2026-12-20', 15)).toBe('2027-01-03');
  });
});

describe('checks through the API', () => {
  let app: TestApp;
  let clientId: number;
  beforeEach(() => {
    app = testApp();
    clientId = setUp(app);
  });
  afterEach(() => app.close());

  test('pay below the minimum wage is refused at the field, naming the minimum', () => {
    const error = app.err('agreements.create', draftInput(app, clientId, { hourlyRate: 12000 }), 'cs');
    expect({ ...error, message: plain(error.message) }).toMatchObject({
      code: 'agreement.rateBelowMinimum',
      field: 'hourlyRate',
      message:
        'Hodinová odměna 120,00 Kč je nižší než minimální mzda 134,40 Kč, která platí od 1. 12. 2026. Zvyšte odměnu alespoň na minimální mzdu.',
    });
    expect(countRows(app.database.sqlite, 'agreements')).toBe(0);
  });

  test('an agreement spanning 1 January must reach the new minimum wage once it is entered', () => {
    enter2027(app);
    const spanning = { validFrom: '2026-12-01', validTo: '2027-03-31', hourlyRate: 13440 };
    const error = app.err('agreements.create', draftInput(app, clientId, spanning), 'en');
    expect(plain(error.message)).toBe(
      'The hourly pay CZK 134.40 is below the minimum wage of CZK 140.00 valid from 1 Jan 2027. Raise the pay to at least the minimum wage.',
    );
    expect(error.params?.day).toBe('2027-01-01');
    expect(app.ok('agreements.create', draftInput(app, clientId, { ...spanning, hourlyRate: 14000 }))).toMatchObject({
      number: '2026/001',
      terms: { hourlyRate: 14000 },
    });
    // Ending on 31 December, the 2026 minimum is enough.
    const other = app.ok('clients.create', {
      code: 'K-002',
      firstName: 'Žofie',
      lastName: 'Dvořáková',
      birthDate: '1975-06-01',
    });
    expect(
      app.ok('agreements.create', draftInput(app, other.id, { validTo: '2026-12-31', hourlyRate: 13440 })),
    ).toBeTruthy();
  });

  test('the prefilled pay of an open-ended agreement already reaches next year’s entered minimum', () => {
    enter2027(app);
    expect(draftInput(app, clientId).hourlyRate).toBe(14000);
  });

  test('a new minimum entered after printing stops the signature until the pay is raised', () => {
    const draft = createDraft(app, clientId);
    app.ok('agreements.print', { id: draft.id });
    enter2027(app);
    expect(app.err('agreements.sign', { id: draft.id, signedOn: '2026-11-24' }).code).toBe(
      'agreement.rateBelowMinimum',
    );
  });

  test('more than 20 hours a week on average is refused', () => {
    const error = app.err('agreements.create', draftInput(app, clientId, { weeklyMinutes: 21 * 60 }), 'cs');
    expect({ ...error, message: plain(error.message) }).toMatchObject({
      code: 'agreement.scopeTooLarge',
      field: 'weeklyMinutes',
      message:
        'Sjednaný rozsah 21 h týdně je větší, než zákon u dohody o pracovní činnosti dovoluje (v průměru nejvýše 20 h týdně).',
    });
    expect(app.ok('agreements.create', draftInput(app, clientId, { weeklyMinutes: 20 * 60 }))).toBeTruthy();
  });

  test('one client, one agreement at a time: an overlap is refused, the next day is fine', () => {
    const first = signedAgreement(app, clientId, { validTo: '2026-12-31' });
    enter2027(app);
    const error = app.err('agreements.create', draftInput(app, clientId, { validFrom: '2026-12-31' }), 'cs');
    expect({ ...error, message: plain(error.message) }).toMatchObject({
      code: 'agreement.overlaps',
      field: 'validFrom',
      message:
        'Klient už má dohodu č. 2026/001 (1. 12. 2026 – 31. 12. 2026). V jednom období může mít jen jednu dohodu o pracovní činnosti.',
    });
    expect(createDraft(app, clientId, { validFrom: '2027-01-01' }).number).toBe('2026/002');
    expect(first.number).toBe('2026/001');
  });

  test('an agreement ended early frees the days after its last day', () => {
    enter2027(app);
    const first = signedAgreement(app, clientId);
    expect(app.err('agreements.create', draftInput(app, clientId, { validFrom: '2027-02-01' })).code).toBe(
      'agreement.overlaps',
    );
    app.ok('agreements.end', { id: first.id, reason: 'mutual', endedOn: '2027-01-31' });
    expect(createDraft(app, clientId, { validFrom: '2027-02-01' }).state).toBe('draft');
  });

  test('nothing is printed while the employer’s details are incomplete', () => {
    app.ok('settings.saveEmployer', { name: 'Přístav', payday: 15 });
    const draft = createDraft(app, clientId, { workplace: 'Kontaktní centrum' });
    const error = app.err('agreements.print', { id: draft.id }, 'cs');
    expect(error).toMatchObject({
      code: 'agreement.employerIncomplete',
      message: 'Před tiskem doplňte v Nastavení údaje o organizaci: Ulice a číslo, Obec, PSČ, IČO, Jméno zástupce.',
    });
    expect(app.ok('agreements.get', { id: draft.id })).toMatchObject({ status: 'draft', documents: [] });
  });

  test('a first day without entered figures is refused at the field', () => {
    expect(app.err('agreements.create', { ...draftInput(app, clientId), validFrom: '2028-01-01' })).toMatchObject({
      code: 'settings.noParameters',
      field: 'validFrom',
    });
  });
});
