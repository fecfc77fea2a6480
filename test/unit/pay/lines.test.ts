import { describe, expect, test } from 'vitest';
import { payMonth, type MonthPay } from '../../../core/pay/index.js';
import { above, declared, fiveShifts, monthInput, noDeclaration, onlyRate, rate2026, shift } from './support.js';

describe('the figures a payslip prints', () => {
  const line = (pay: MonthPay, key: string) => pay.lines.filter((l) => l.key === key);

  test('the worked example without a declaration', () => {
    const pay = payMonth(monthInput('2026-03', fiveShifts, onlyRate(rate2026), noDeclaration));
    expect(pay.minutes).toBe(900);
    expect(pay.lines.map((l) => [l.key, l.amount, l.rule])).toEqual([
      ['work', 201600, 'agreementPay'],
      ['gross', 201600, 'agreementPay'],
      ['insuranceThreshold', 450000, 'insuranceThreshold'],
      ['withholdingTaxBase', 201600, 'withholdingTax'],
      ['withholdingTax', 30200, 'withholdingTax'],
      ['net', 171400, 'netPay'],
    ]);
    expect(line(pay, 'work')[0]?.basis).toEqual({ minutes: 900, hourlyRate: rate2026 });
    expect(line(pay, 'withholdingTax')[0]?.basis).toEqual({ base: 201600, rateBp: 1500 });
  });

  test('a mid-month amendment gives one line per rate', () => {
    const pay = payMonth(
      monthInput(
        '2026-03',
        ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23'].map((d) => shift(d)),
        [
          { from: '2026-01-01', to: '2026-03-15', terms: { hourlyRate: rate2026 } },
          { from: '2026-03-16', to: null, terms: { hourlyRate: 15000 } },
        ],
      ),
    );
    expect(line(pay, 'work').map((l) => [l.basis.minutes, l.basis.hourlyRate, l.amount])).toEqual([
      [360, rate2026, 80640],
      [360, 15000, 90000],
    ]);
  });

  test('premiums name their basis: minutes, the average earnings and the share', () => {
    const pay = payMonth(
      monthInput('2026-07', [shift('2026-07-05', 180, { holiday: true, weekend: true })], onlyRate(rate2026)),
    );
    expect(pay.lines.slice(0, 3).map((l) => [l.key, l.amount, l.basis, l.rule])).toEqual([
      ['work', 40320, { minutes: 180, hourlyRate: rate2026 }, 'agreementPay'],
      ['holidayPremium', 40320, { minutes: 180, hourlyRate: rate2026, rateBp: 10000 }, 'holidayPremium'],
      ['weekendPremium', 4032, { minutes: 180, hourlyRate: rate2026, rateBp: 1000 }, 'weekendPremium'],
    ]);
  });

  test('the minimum base top-up is its own line; the credit shows what it took off', () => {
    const pay = payMonth(monthInput('2026-01', above, onlyRate(13500), declared));
    expect(line(pay, 'employeeHealth')[0]).toMatchObject({
      amount: 21900,
      basis: { base: 65700, rateBp: 450, ofRateBp: 1350 },
    });
    expect(line(pay, 'employeeHealthTopUp')[0]).toMatchObject({
      amount: 236700,
      basis: { base: 2240000, rateBp: 1350 },
      rule: 'healthMinimumBase',
    });
    expect(line(pay, 'advanceTaxBase')[0]?.amount).toBe(490000);
    expect(line(pay, 'taxpayerCredit')[0]).toMatchObject({ amount: 73500, basis: { base: 257000 } });
    expect(line(pay, 'advanceTax')[0]?.amount).toBe(0);
  });
});
