import { figuresOn, rateOn } from './periods.js';
import { roundUpToHaler } from './rounding.js';
import type { MonthPayInput, PayLine, PayLineKey } from './types.js';

const minutesPerHour = 60;
const basisPoints = 10000;

type GrossKey = Extract<PayLineKey, 'work' | 'holidayPremium' | 'weekendPremium'>;

interface Group {
  key: GrossKey;
  hourlyRate: number;
  rateBp: number;
  minutes: number;
}

/**
 * Work and premiums as payslip lines, one per kind and rate: minutes at one
 * rate are summed and rounded once, so "9 h × 134.40 = 1,209.60" can be
 * checked by hand. Premiums are shares of the average earnings, which for
 * these clients are the probable earnings, i.e. the rate agreed for the day
 * (Labour Code § 351–362: fewer than 21 days worked in the previous quarter).
 */
export function grossLines(input: MonthPayInput): PayLine[] {
  const groups = new Map<string, Group>();
  const add = (key: GrossKey, hourlyRate: number, rateBp: number, minutes: number) => {
    const id = `${key}|${hourlyRate}|${rateBp}`;
    const group = groups.get(id) ?? { key, hourlyRate, rateBp, minutes: 0 };
    group.minutes += minutes;
    groups.set(id, group);
  };
  const pieces = [...input.work].sort((a, b) => a.date.localeCompare(b.date));
  for (const piece of pieces) {
    if (piece.date.slice(0, 7) !== input.month) throw new RangeError(`${piece.date} is not in ${input.month}`);
    if (!Number.isSafeInteger(piece.minutes) || piece.minutes < 0) {
      throw new RangeError(`worked minutes must be a whole number, got ${piece.minutes}`);
    }
    const hourlyRate = rateOn(input.terms, piece.date);
    add('work', hourlyRate, basisPoints, piece.minutes);
    if (piece.holiday || piece.weekend) {
      const figures = figuresOn(input.parameters, piece.date);
      if (piece.holiday) add('holidayPremium', hourlyRate, figures.holidayPremiumRate, piece.minutes);
      if (piece.weekend) add('weekendPremium', hourlyRate, figures.weekendPremiumRate, piece.minutes);
    }
  }
  const order: GrossKey[] = ['work', 'holidayPremium', 'weekendPremium'];
  return [...groups.values()]
    .sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key))
    .map(({ key, hourlyRate, rateBp, minutes }) => ({
      key,
      amount: roundUpToHaler(minutes * hourlyRate * rateBp, minutesPerHour * basisPoints),
      basis: key === 'work' ? { minutes, hourlyRate } : { minutes, hourlyRate, rateBp },
      rule: key === 'work' ? 'agreementPay' : key,
    }));
}
