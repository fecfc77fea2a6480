import type { Locale } from './i18n.js';

/** The plural forms a catalogue key can end in, as i18next names them (`days_one`, `days_few`, …). */
export const pluralSuffixes = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralSuffix = (typeof pluralSuffixes)[number];

// Creating an Intl object costs far more than using one; one per language is enough.
const rules = new Map<Locale, Intl.PluralRules>();

/**
 * Which plural form a count takes: Czech has one (1), few (2–4), many (fractions)
 * and other (0, 5 and up); English has one and other.
 */
export function pluralCategory(locale: Locale, count: number): PluralSuffix {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return rule.select(count);
}

// Czech writes "ze" before a word that starts with s, z, š, ž or a hard cluster
// ("ze dvou", "ze tří", "ze čtyř", "ze sedmi"), "z" otherwise ("z pěti", "z osmi").
// A number is read aloud, so the choice follows the first word of its spoken form
// in the genitive: 1 jednoho, 2 dvou, 3 tří, … 19 devatenácti, 20 dvaceti, … 90 devadesáti.
const unitsAndTeens = [
  'z', // nula
  'z', // jednoho
  'ze', // dvou
  'ze', // tří
  'ze', // čtyř
  'z', // pěti
  'ze', // šesti
  'ze', // sedmi
  'z', // osmi
  'z', // devíti
  'z', // deseti
  'z', // jedenácti
  'ze', // dvanácti
  'ze', // třinácti
  'ze', // čtrnácti
  'z', // patnácti
  'ze', // šestnácti
  'ze', // sedmnácti
  'z', // osmnácti
  'z', // devatenácti
] as const;
const tens = ['z', 'z', 'ze', 'ze', 'ze', 'z', 'ze', 'ze', 'z', 'z'] as const; // dvaceti, třiceti, … devadesáti

/** "z" or "ze" before a whole number written in digits: "4 ze 4", "5 z 5", "20 ze 21". */
export function czechFrom(n: number): 'z' | 'ze' {
  const whole = Math.floor(Math.abs(n));
  if (whole >= 1000) {
    const thousands = Math.floor(whole / 1000);
    return thousands === 1 ? 'z' : czechFrom(thousands); // tisíce; dvou tisíc
  }
  if (whole >= 100) {
    const hundreds = Math.floor(whole / 100);
    return hundreds === 1 ? 'ze' : (unitsAndTeens[hundreds] ?? 'z'); // sta; dvou set, pěti set
  }
  if (whole >= 20) return tens[Math.floor(whole / 10)] ?? 'z';
  return unitsAndTeens[whole] ?? 'z';
}
