import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { worseTerms } from '../../../core/agreements/terms.js';
import type { Agreement, AgreementTerms } from '../../../core/contract/agreements/schemas.js';
import { testApp, type TestApp } from '../../helpers/db.js';
import { countRows } from '../support.js';
import { enter2027, movableClock, plain, setUp, signedAgreement } from './support.js';

let app: TestApp;
let clock: ReturnType<typeof movableClock>;
let agreement: Agreement;
beforeEach(() => {
  clock = movableClock();
  app = testApp({ now: clock.now });
  const clientId = setUp(app);
  enter2027(app);
  agreement = signedAgreement(app, clientId, { hourlyRate: 15000, validTo: '2027-06-30' });
  clock.setToday('2027-01-05');
});
afterEach(() => app.close());

const amend = (changes: Partial<AgreementTerms> & { effectiveFrom: string }) => ({
  ...agreement.current,
  agreementId: agreement.id,
  ...changes,
});

/** Prepared, printed and signed on `signedOn`; returns the call's error or the agreement. */
function amendAndSign(changes: Partial<AgreementTerms> & { effectiveFrom: string }, signedOn: string) {
  const prepared = app.ok('agreements.amend', amend(changes));
  const id = prepared.amendments.at(-1)?.id ?? 0;
  app.ok('agreements.printAmendment', { id });
  return app.api.call('agreements.signAmendment', { id, signedOn }, { locale: 'en' });
}

describe('an amendment signed later than it takes effect', () => {
  test('a raise from 1 January signed on 5 January is fine', () => {
    const result = amendAndSign({ effectiveFrom: '2027-01-01', hourlyRate: 16000 }, '2027-01-05');
    expect(result.ok && result.value).toMatchObject({ current: { hourlyRate: 16000 } });
  });

  test('a pay cut cannot take effect before today, and the message names the term', () => {
    const error = app.err('agreements.amend', amend({ effectiveFrom: '2027-01-01', hourlyRate: 14000 }), 'cs');
    expect({ ...error, message: plain(error.message) }).toMatchObject({
      code: 'agreement.worseRetroactive',
      field: 'effectiveFrom',
      message:
        'Dodatek zhoršuje podmínky (Hodinová odměna), proto může nabýt účinnosti nejdříve 5. 1. 2027, v den podpisu (již vydělanou odměnu nelze snížit). Zpětně lze sjednat jen změnu k lepšímu.',
    });
    expect(countRows(app.database.sqlite, 'agreement_amendments')).toBe(0);
  });

  test('a pay cut prepared for today cannot be signed on a later day', () => {
    const prepared = app.ok('agreements.amend', amend({ effectiveFrom: '2027-01-05', hourlyRate: 14000 }));
    const id = prepared.amendments[0]?.id ?? 0;
    app.ok('agreements.printAmendment', { id });
    clock.setToday('2027-01-07');
    expect(app.err('agreements.signAmendment', { id, signedOn: '2027-01-07' })).toMatchObject({
      code: 'agreement.worseRetroactive',
      field: 'signedOn',
    });
    expect(app.ok('agreements.signAmendment', { id, signedOn: '2027-01-05' }).current.hourlyRate).toBe(14000);
  });

  test('a shorter period or new wording is not back-dated; a longer period is', () => {
    expect(app.err('agreements.amend', amend({ effectiveFrom: '2027-01-02', validTo: '2027-03-31' })).code).toBe(
      'agreement.worseRetroactive',
    );
    expect(app.err('agreements.amend', amend({ effectiveFrom: '2027-01-02', workplace: 'Sklad, Cejl 1' })).code).toBe(
      'agreement.worseRetroactive',
    );
    const longer = amendAndSign({ effectiveFrom: '2027-01-02', validTo: '2027-12-31' }, '2027-01-05');
    expect(longer.ok && longer.value).toMatchObject({ lastDay: '2027-12-31' });
  });
});

describe('which changes are worse for the employee', () => {
  const base: AgreementTerms = {
    validTo: '2027-06-30',
    workDescription: 'Úklid',
    workplace: 'Křenová 62',
    weeklyMinutes: 180,
    hourlyRate: 15000,
    advanceShareBp: 7500,
    payday: 15,
    noticeDays: 15,
    scheduleNoticeDays: 3,
    noticeTerms: 'Výpovědí.',
  };
  test.each([
    [{ hourlyRate: 16000, weeklyMinutes: 240, advanceShareBp: 8000, payday: 10, noticeDays: 30 }, []],
    [{ validTo: null }, []],
    [{ validTo: '2027-12-31' }, []],
    [{ hourlyRate: 14999 }, ['hourlyRate']],
    [{ weeklyMinutes: 120, payday: 20 }, ['weeklyMinutes', 'payday']],
    [{ advanceShareBp: 5000, noticeDays: 10 }, ['advanceShareBp', 'noticeDays']],
    [{ validTo: '2027-03-31' }, ['validTo']],
    [{ scheduleNoticeDays: 1 }, ['scheduleNoticeDays']],
    [{ scheduleNoticeDays: 7 }, []],
    [{ workDescription: 'Úklid a příprava materiálu' }, ['workDescription']],
  ] as const)('%j → %j', (change, worse) => {
    expect(worseTerms(base, { ...base, ...change })).toEqual(worse);
  });

  test('an open-ended agreement given an end is worse', () => {
    expect(worseTerms({ ...base, validTo: null }, base)).toEqual(['validTo']);
  });
});
