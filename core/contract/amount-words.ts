/**
 * An amount of money in words, as a cash receipt states it beside the figure
 * ("dva tisíce sto korun českých", "two thousand one hundred Czech crowns"),
 * so a changed digit shows. Czech numerals agree with the noun they count: a
 * crown is feminine ("jedna", "dvě koruny"), a thousand, a million and a
 * haléř masculine ("jeden", "dva tisíce"); the noun takes the form of the last
 * numeral word ("dvacet dva tisíce", but "dvacet jedna korun"). English is
 * written the British way ("one hundred and one").
 */
import type { Locale } from './i18n.js';

type Gender = 'feminine' | 'masculine';

/** The three Czech forms of a counted noun: 1, 2–4, 5 and more (and compounds ending in 1). */
type CzechForms = readonly [one: string, few: string, many: string];

const csUnits = ['', 'jedna', 'dva', 'tři', 'čtyři', 'pět', 'šest', 'sedm', 'osm', 'devět'];
const csTeens = [
  'deset',
  'jedenáct',
  'dvanáct',
  'třináct',
  'čtrnáct',
  'patnáct',
  'šestnáct',
  'sedmnáct',
  'osmnáct',
  'devatenáct',
];
const csTens = ['', '', 'dvacet', 'třicet', 'čtyřicet', 'padesát', 'šedesát', 'sedmdesát', 'osmdesát', 'devadesát'];
const csHundreds = [
  '',
  'sto',
  'dvě stě',
  'tři sta',
  'čtyři sta',
  'pět set',
  'šest set',
  'sedm set',
  'osm set',
  'devět set',
];

const crowns: CzechForms = ['koruna česká', 'koruny české', 'korun českých'];
const haleru: CzechForms = ['haléř', 'haléře', 'haléřů'];
const thousands: CzechForms = ['tisíc', 'tisíce', 'tisíc'];
const millions: CzechForms = ['milion', 'miliony', 'milionů'];

/** The largest amount written out, in haléře (under a billion crowns: far beyond a cash box). */
export const maxAmountInWords = 99_999_999_999;

function csUnit(n: number, gender: Gender): string {
  if (n === 1) return gender === 'feminine' ? 'jedna' : 'jeden';
  if (n === 2) return gender === 'feminine' ? 'dvě' : 'dva';
  return csUnits[n] ?? '';
}

/** 1–999 in Czech words, the units agreeing with `gender`. */
function csBelowThousand(n: number, gender: Gender): string[] {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) words.push(csHundreds[hundreds] ?? '');
  if (rest >= 10 && rest < 20) words.push(csTeens[rest - 10] ?? '');
  else {
    if (rest >= 20) words.push(csTens[Math.floor(rest / 10)] ?? '');
    if (rest % 10 > 0) words.push(csUnit(rest % 10, gender));
  }
  return words;
}

/** The form of the counted noun after `n`: "1 koruna", "2–4 koruny", "5 korun", "21 korun". */
function csForm(n: number, forms: CzechForms): string {
  if (n === 1) return forms[0];
  const last = n % 10;
  const lastTwo = n % 100;
  return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? forms[1] : forms[2];
}

/** A count of `forms` in words with the noun; "tisíc", "milion" alone for one. */
function csGroup(n: number, forms: CzechForms, gender: Gender, omitOne: boolean): string[] {
  const numeral = n === 1 && omitOne ? [] : csBelowThousand(n, gender);
  return [...numeral, csForm(n, forms)];
}

/** Whole numbers in Czech words counting a noun of `gender` (0 is "nula"). */
function csNumber(n: number, gender: Gender): string[] {
  if (n === 0) return ['nula'];
  const words: string[] = [];
  const m = Math.floor(n / 1_000_000);
  const t = Math.floor(n / 1000) % 1000;
  const rest = n % 1000;
  if (m > 0) words.push(...csGroup(m, millions, 'masculine', true));
  if (t > 0) words.push(...csGroup(t, thousands, 'masculine', true));
  if (rest > 0) words.push(...csBelowThousand(rest, gender));
  return words;
}

function csAmount(crownCount: number, halerCount: number): string {
  const words = [...csNumber(crownCount, 'feminine'), csForm(crownCount, crowns)];
  if (halerCount > 0) words.push('a', ...csNumber(halerCount, 'masculine'), csForm(halerCount, haleru));
  return words.join(' ');
}

const enUnits = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const enTens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function enBelowHundred(n: number): string {
  if (n < 20) return enUnits[n] ?? '';
  const unit = n % 10;
  return unit === 0 ? (enTens[n / 10] ?? '') : `${enTens[Math.floor(n / 10)] ?? ''}-${enUnits[unit] ?? ''}`;
}

function enBelowThousand(n: number): string[] {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const words: string[] = [];
  if (hundreds > 0) words.push(enUnits[hundreds] ?? '', 'hundred');
  if (rest > 0) words.push(...(hundreds > 0 ? ['and'] : []), enBelowHundred(rest));
  return words;
}

function enNumber(n: number): string[] {
  if (n === 0) return ['zero'];
  const words: string[] = [];
  const m = Math.floor(n / 1_000_000);
  const t = Math.floor(n / 1000) % 1000;
  const rest = n % 1000;
  if (m > 0) words.push(...enBelowThousand(m), 'million');
  if (t > 0) words.push(...enBelowThousand(t), 'thousand');
  // "two thousand and one": the last group takes "and" when it has no hundreds.
  if (rest > 0) words.push(...(n >= 1000 && rest < 100 ? ['and'] : []), ...enBelowThousand(rest));
  return words;
}

function enAmount(crownCount: number, halerCount: number): string {
  const words = [...enNumber(crownCount), 'Czech', crownCount === 1 ? 'crown' : 'crowns'];
  if (halerCount > 0) words.push('and', ...enNumber(halerCount), halerCount === 1 ? 'heller' : 'hellers');
  return words.join(' ');
}

/** Haléře (a whole number, 0 or more) in words: 210000 → "dva tisíce sto korun českých". */
export function amountInWords(lang: Locale, halere: number): string {
  if (!Number.isSafeInteger(halere) || halere < 0 || halere > maxAmountInWords) {
    throw new RangeError(`An amount in words needs whole haléře from 0 to ${maxAmountInWords}, got ${halere}`);
  }
  const crownCount = Math.floor(halere / 100);
  const halerCount = halere % 100;
  return lang === 'cs' ? csAmount(crownCount, halerCount) : enAmount(crownCount, halerCount);
}
