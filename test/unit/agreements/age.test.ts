import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../helpers/db.js';
import { countRows } from '../support.js';
import { createDraft, draftInput, enter2027, plain, setUp } from './support.js';

let app: TestApp;
let adultId: number;
beforeEach(() => {
  app = testApp();
  adultId = setUp(app);
  enter2027(app);
});
afterEach(() => app.close());

const young = (birthDate: string) =>
  app.ok('clients.create', { code: `M-${birthDate}`, firstName: 'Tereza', lastName: 'Malá', birthDate }).id;

describe('the minimum age (Civil Code § 35, Labour Code § 6)', () => {
  test('an agreement cannot start before the 15th birthday, which the message names', () => {
    const id = young('2012-01-10');
    const error = app.err('agreements.create', draftInput(app, id, { schoolingConfirmed: true }), 'cs');
    expect({ ...error, message: plain(error.message) }).toMatchObject({
      code: 'agreement.tooYoung',
      field: 'validFrom',
      message:
        'Klient smí pracovat až od 15 let (§ 35 občanského zákoníku, § 6 zákoníku práce). Dohoda může začít nejdříve 10. 1. 2027.',
    });
    expect(countRows(app.database.sqlite, 'agreements')).toBe(0);
    expect(
      app.err('agreements.create', draftInput(app, id, { validFrom: '2027-01-09', schoolingConfirmed: true })).code,
    ).toBe('agreement.tooYoung');
    expect(createDraft(app, id, { validFrom: '2027-01-10', schoolingConfirmed: true }).validFrom).toBe('2027-01-10');
  });

  test('born on 29 February: 15 on 1 March in a common year', () => {
    const id = young('2012-02-29');
    expect(
      app.err('agreements.create', draftInput(app, id, { validFrom: '2027-02-28', schoolingConfirmed: true })).code,
    ).toBe('agreement.tooYoung');
    expect(createDraft(app, id, { validFrom: '2027-03-01', schoolingConfirmed: true }).status).toBe('draft');
  });

  test('a draft moved to an earlier start is refused too', () => {
    const id = young('2012-01-10');
    const draft = createDraft(app, id, { validFrom: '2027-02-01', schoolingConfirmed: true });
    const { clientId: _client, kind: _kind, ...input } = draftInput(app, id, { validFrom: '2027-01-05' });
    const error = app.err('agreements.update', { ...input, schoolingConfirmed: true, id: draft.id });
    expect(error).toMatchObject({ code: 'agreement.tooYoung', field: 'validFrom' });
  });
});

describe('a client under 18 on the first day', () => {
  test('needs compulsory schooling confirmed, which is stored with the agreement', () => {
    const id = young('2010-05-01');
    const error = app.err('agreements.create', draftInput(app, id), 'en');
    expect(error).toMatchObject({
      code: 'agreement.schoolingNotConfirmed',
      field: 'schoolingConfirmed',
      message:
        'The client is under 18 on the first day: confirm that they have finished compulsory schooling (Civil Code § 35).',
    });
    const draft = createDraft(app, id, { schoolingConfirmed: true });
    expect(draft.schoolingConfirmed).toBe(true);
    expect(app.ok('agreements.get', { id: draft.id }).schoolingConfirmed).toBe(true);
  });

  test('gets a warning naming the young-employee limits and the day they end', () => {
    const id = young('2010-05-01');
    const draft = app.ok('agreements.create', draftInput(app, id, { schoolingConfirmed: true }));
    expect(draft.warnings).toHaveLength(1);
    expect(draft.warnings[0]).toMatchObject({ code: 'agreement.youngEmployee', params: { age: 16, adultAge: 18 } });
    expect(plain(draft.warnings[0]?.message ?? '')).toContain('do 1. 5. 2028 je mladistvým zaměstnancem');
    expect(draft.warnings[0]?.message).toContain('§§ 243–247');
    const english = app.api.call('agreements.get', { id: draft.id }, { locale: 'en' });
    expect(english.ok && english.value).toMatchObject({
      warnings: [{ message: expect.stringContaining('no night work') as unknown }],
    });
  });

  test('an adult needs no confirmation and gets no warning', () => {
    const draft = createDraft(app, adultId);
    expect(draft).toMatchObject({ schoolingConfirmed: false, warnings: [] });
  });

  test('the form learns the ages from the figures of the first day', () => {
    const id = young('2010-05-01');
    const defaults = app.ok('agreements.draftDefaults', {
      clientId: id,
      validFrom: '2026-12-01',
    });
    expect(defaults.client).toEqual({ birthDate: '2010-05-01', minimumWorkAge: 15, adultAge: 18 });
    expect(defaults.input.schoolingConfirmed).toBe(false);
  });
});
