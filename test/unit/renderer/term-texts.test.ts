import { termsFields, type AgreementTerms } from '@contract/agreements/schemas.js';
import { expect, test } from 'vitest';
import { z } from 'zod';
import { fromTexts, toTexts } from '../../../renderer/src/features/agreements/termTexts.js';

const terms: AgreementTerms = {
  validTo: '2027-06-30',
  workDescription: 'Úklid a drobné opravy',
  workplace: 'Křenová 62, Brno',
  weeklyMinutes: 150,
  hourlyRate: 13440,
  advanceShareBp: 5000,
  payday: 15,
  noticeDays: 15,
  scheduleNoticeDays: 3,
  noticeTerms: 'Výpověď písemně.',
};
const termsInput = z.strictObject(termsFields);

test('terms shown as people type them: hours, CZK, per cent', () => {
  expect(toTexts(terms, 'cs')).toMatchObject({ weeklyMinutes: '2,5', hourlyRate: '134,40', advanceShareBp: '50' });
  expect(toTexts({ ...terms, weeklyMinutes: 200, advanceShareBp: 1250 }, 'en')).toMatchObject({
    weeklyMinutes: '3.33',
    advanceShareBp: '12.5',
  });
});

test('what is shown reads back as the same terms, in both languages', () => {
  for (const lang of ['cs', 'en']) {
    expect(fromTexts(toTexts(terms, lang))).toEqual(terms);
    expect(fromTexts(toTexts({ ...terms, validTo: null, weeklyMinutes: 600 }, lang))).toMatchObject({
      validTo: null,
      weeklyMinutes: 600,
    });
  }
});

test('typed hours become minutes; the contract accepts the result', () => {
  const typed = fromTexts({ ...toTexts(terms, 'cs'), weeklyMinutes: '3', hourlyRate: '140', payday: ' 10 ' });
  expect(typed).toMatchObject({ weeklyMinutes: 180, hourlyRate: 14000, payday: 10 });
  expect(termsInput.safeParse(typed).success).toBe(true);
});

test('text that is no number is refused by the contract at its own field', () => {
  const typed = fromTexts({ ...toTexts(terms, 'cs'), weeklyMinutes: 'hodně', hourlyRate: '', payday: '15.' });
  const issues = termsInput.safeParse(typed).error?.issues ?? [];
  expect(issues.map((i) => i.path.join('.')).sort()).toEqual(['hourlyRate', 'payday', 'weeklyMinutes']);
});
