import { describe, expect, it } from 'vitest';
import { amountInWords } from '../../../core/contract/amount-words.js';

const crowns = (n: number) => n * 100;

describe('amount in words, Czech', () => {
  const cases: [number, string][] = [
    [crowns(0), 'nula korun českých'],
    [crowns(1), 'jedna koruna česká'],
    [crowns(2), 'dvě koruny české'],
    [crowns(3), 'tři koruny české'],
    [crowns(4), 'čtyři koruny české'],
    [crowns(5), 'pět korun českých'],
    [crowns(10), 'deset korun českých'],
    [crowns(11), 'jedenáct korun českých'],
    [crowns(12), 'dvanáct korun českých'],
    [crowns(14), 'čtrnáct korun českých'],
    [crowns(19), 'devatenáct korun českých'],
    [crowns(20), 'dvacet korun českých'],
    [crowns(21), 'dvacet jedna korun českých'],
    [crowns(22), 'dvacet dvě koruny české'],
    [crowns(25), 'dvacet pět korun českých'],
    [crowns(99), 'devadesát devět korun českých'],
    [crowns(100), 'sto korun českých'],
    [crowns(101), 'sto jedna korun českých'],
    [crowns(102), 'sto dvě koruny české'],
    [crowns(112), 'sto dvanáct korun českých'],
    [crowns(200), 'dvě stě korun českých'],
    [crowns(300), 'tři sta korun českých'],
    [crowns(500), 'pět set korun českých'],
    [crowns(999), 'devět set devadesát devět korun českých'],
    [crowns(1000), 'tisíc korun českých'],
    [crowns(1001), 'tisíc jedna korun českých'],
    [crowns(1512), 'tisíc pět set dvanáct korun českých'],
    [crowns(2000), 'dva tisíce korun českých'],
    [crowns(2100), 'dva tisíce sto korun českých'],
    [crowns(3002), 'tři tisíce dvě koruny české'],
    [crowns(5000), 'pět tisíc korun českých'],
    [crowns(12000), 'dvanáct tisíc korun českých'],
    [crowns(21000), 'dvacet jeden tisíc korun českých'],
    [crowns(22000), 'dvacet dva tisíce korun českých'],
    [crowns(100000), 'sto tisíc korun českých'],
    [crowns(201000), 'dvě stě jeden tisíc korun českých'],
    [crowns(1000000), 'milion korun českých'],
    [crowns(2000000), 'dva miliony korun českých'],
    [crowns(5000001), 'pět milionů jedna korun českých'],
    [crowns(21000000), 'dvacet jeden milionů korun českých'],
    [1, 'nula korun českých a jeden haléř'],
    [2, 'nula korun českých a dva haléře'],
    [150, 'jedna koruna česká a padesát haléřů'],
    [151200, 'tisíc pět set dvanáct korun českých'],
    [201650, 'dva tisíce šestnáct korun českých a padesát haléřů'],
    [171421, 'tisíc sedm set čtrnáct korun českých a dvacet jeden haléřů'],
  ];
  it.each(cases)('%i haléřů', (halere, words) => {
    expect(amountInWords('cs', halere)).toBe(words);
  });
});

describe('amount in words, English', () => {
  const cases: [number, string][] = [
    [crowns(0), 'zero Czech crowns'],
    [crowns(1), 'one Czech crown'],
    [crowns(2), 'two Czech crowns'],
    [crowns(5), 'five Czech crowns'],
    [crowns(13), 'thirteen Czech crowns'],
    [crowns(21), 'twenty-one Czech crowns'],
    [crowns(100), 'one hundred Czech crowns'],
    [crowns(101), 'one hundred and one Czech crowns'],
    [crowns(1000), 'one thousand Czech crowns'],
    [crowns(1001), 'one thousand and one Czech crowns'],
    [crowns(2000), 'two thousand Czech crowns'],
    [crowns(2100), 'two thousand one hundred Czech crowns'],
    [crowns(21512), 'twenty-one thousand five hundred and twelve Czech crowns'],
    [crowns(1000000), 'one million Czech crowns'],
    [crowns(2000090), 'two million and ninety Czech crowns'],
    [101, 'one Czech crown and one heller'],
    [201650, 'two thousand and sixteen Czech crowns and fifty hellers'],
  ];
  it.each(cases)('%i haléřů', (halere, words) => {
    expect(amountInWords('en', halere)).toBe(words);
  });
});

describe('amounts that cannot be written', () => {
  it.each([-100, 0.5, Number.NaN, 100_000_000_000])('%s is refused', (value) => {
    expect(() => amountInWords('cs', value)).toThrow(RangeError);
  });
});
