import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { payDesk, plain, type PayDesk } from './support.js';

let desk: PayDesk;
beforeEach(() => {
  desk = payDesk('2026-11-01');
});
afterEach(() => desk.app.close());

const rate = (hourlyRate: number) => [{ from: '2026-11-01', to: null, terms: { hourlyRate } }];

function warningsOf(month: string, clientId: number) {
  return desk.month(month).warnings.filter((w) => w.clientId === clientId);
}

describe('the month run', () => {
  test('a month without pay figures is refused, naming the month', () => {
    const refused = desk.app.err('payroll.month', { month: '2024-06' });
    expect(refused).toMatchObject({ code: 'payroll.noParameters', field: 'month' });
    expect(plain(refused.message)).toBe(
      'No legal and pay figures are entered for June 2024 (in force on 30 Jun 2024). Enter them in Settings, then the month can be computed.',
    );
    expect(desk.app.ok('payroll.months')).toEqual([]);
  });

  test('a draft month shows what changed since the last look, and who is new', () => {
    const first = desk.client({ declaredSince: '2025-01-01' });
    desk.agreement(first, rate(13440));
    desk.work(first, '2026-11-02');
    expect(desk.payslip('2026-11', first).changes).toEqual([]);
    expect(desk.app.ok('payroll.markSeen', { month: '2026-11' }).month).toBe('2026-11');
    desk.work(first, '2026-11-04');
    const second = desk.client({ declaredSince: '2025-01-01' });
    desk.agreement(second, rate(13440));
    desk.work(second, '2026-11-06');
    const month = desk.month('2026-11');
    expect(month.seenAt).not.toBeNull();
    expect(month.payslips.find((p) => p.clientId === first)?.changes).toEqual([
      { key: 'minutes', before: 180, after: 360 },
      { key: 'gross', before: 40320, after: 80640 },
      { key: 'net', before: 40320, after: 80640 },
      { key: 'toPay', before: 40400, after: 80700 },
    ]);
    expect(month.payslips.find((p) => p.clientId === second)?.changes).toBeNull();
    expect(desk.app.ok('payroll.months')).toEqual([
      {
        month: '2026-11',
        state: 'draft',
        clients: 2,
        gross: 120960,
        toPay: 121100,
        paidClients: 0,
        missingParameters: false,
      },
    ]);
  });
});

describe('warnings', () => {
  test('the threshold ahead: the shifts already booked will bring 4,500 CZK', () => {
    const client = desk.client({ declaredSince: '2025-01-01' });
    desk.agreement(client, rate(15000));
    desk.work(client, '2026-11-02');
    // Nine more shifts of 3 h at 150 CZK booked: 10 × 450 = 4,500, the threshold.
    for (const date of ['04', '06', '09', '11', '13', '16', '18', '20', '23']) desk.book(client, `2026-11-${date}`);
    desk.at('2026-11-02', '13:00');
    const [ahead] = warningsOf('2026-11', client);
    expect(ahead).toMatchObject({ code: 'thresholdAhead', kind: 'warning' });
    expect(plain(ahead?.message ?? '')).toContain('bude příjem za listopad 2026 4 500,00 Kč a dosáhne hranice');
    desk.app.ok('schedule.cancelBooking', { bookingId: 9, kind: 'inTime' });
    expect(warningsOf('2026-11', client)).toEqual([]);
  });

  test('the threshold reached: register with ČSSZ and the health insurer, with the deadline', () => {
    const client = desk.client({ declaredSince: '2025-01-01', stateInsured: true });
    desk.agreement(client, rate(15000));
    for (const date of ['02', '04', '06', '09', '11', '13']) desk.work(client, `2026-11-${date}`, 300);
    const [reached] = warningsOf('2026-11', client);
    expect(reached).toMatchObject({ code: 'thresholdReached' });
    // 8 days (pay parameters) from the month's last day.
    expect(plain(reached?.message ?? '')).toContain('u ČSSZ a u zdravotní pojišťovny do 8. 12. 2026');
  });

  test('a missing declaration, a new one (ask about another employer), one withdrawn after a closed month', () => {
    const without = desk.client();
    const fresh = desk.client({ declaredSince: '2026-11-01' });
    const withdrawing = desk.client({ declaredSince: '2025-01-01' });
    for (const client of [without, fresh, withdrawing]) {
      desk.agreement(client, rate(13440));
      desk.work(client, '2026-11-02');
    }
    expect(warningsOf('2026-11', without).map((w) => w.code)).toEqual(['noTaxDeclaration']);
    expect(warningsOf('2026-11', fresh)).toMatchObject([{ code: 'declarationElsewhere', kind: 'question' }]);
    expect(warningsOf('2026-11', withdrawing)).toEqual([]);
    desk.at('2026-12-01', '10:00');
    desk.app.ok('payroll.close', { month: '2026-11', confirmWarnings: true });
    desk.app.ok('clients.update', {
      id: withdrawing,
      code: 'K-003',
      firstName: 'Řehoř',
      lastName: 'Šťastný C',
      birthDate: '1980-03-15',
      taxDeclarationSigned: false,
    });
    desk.work(withdrawing, '2026-12-02');
    expect(warningsOf('2026-12', withdrawing).map((w) => w.code)).toEqual(['taxDeclarationWithdrawn']);
  });

  test('pay below the minimum wage after the figures changed', () => {
    const client = desk.client({ declaredSince: '2025-01-01' });
    desk.agreement(client, rate(13440));
    desk.work(client, '2026-11-02');
    const { updatedAt: _updatedAt, ...figures } = desk.app.ok('settings.parametersOn', { date: '2026-11-02' });
    desk.app.ok('settings.saveParameters', { ...figures, minWageHourly: 14000 });
    const [below] = warningsOf('2026-11', client);
    expect(below).toMatchObject({ code: 'belowMinimumWage' });
    expect(plain(below?.message ?? '')).toContain('sazba 134,40 Kč za hodinu je pod minimální mzdou 140,00 Kč');
  });
});
