/**
 * The law's roundings, on integers only. Amounts are haléře; a share of an
 * amount is passed as a fraction (numerator, denominator) so nothing is ever
 * a float: `roundUpToWholeCrowns(base * rateBp, 10000)` is "rate % of base,
 * rounded up to whole CZK".
 */

const halerePerCrown = 100;
const halerePerHundredCrowns = 10000;

function assertFraction(numerator: number, denominator: number): void {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0 || numerator < 0) {
    throw new RangeError(`pay rounding needs non-negative safe integers, got ${numerator}/${denominator}`);
  }
}

/** ⌊n / d⌋ exactly, correcting the double division when it lands a hair off. */
function floorDiv(numerator: number, denominator: number): number {
  let q = Math.floor(numerator / denominator);
  while (q * denominator > numerator) q -= 1;
  while ((q + 1) * denominator <= numerator) q += 1;
  return q;
}

function ceilDiv(numerator: number, denominator: number): number {
  const q = floorDiv(numerator, denominator);
  return q * denominator === numerator ? q : q + 1;
}

/** n/d rounded up to a multiple of `unit` haléře. */
function roundUpTo(unit: number, numerator: number, denominator: number): number {
  assertFraction(numerator, denominator);
  return ceilDiv(numerator, denominator * unit) * unit;
}

function roundDownTo(unit: number, numerator: number, denominator: number): number {
  assertFraction(numerator, denominator);
  return floorDiv(numerator, denominator * unit) * unit;
}

/**
 * Pay for worked time, rounded up to the haléř. The Labour Code sets no
 * rounding for the agreed pay (zákon č. 262/2006 Sb., § 138); rounding down
 * could pay a rate equal to the minimum wage below it (§ 111), so the
 * remainder goes to the employee.
 */
export function roundUpToHaler(numerator: number, denominator = 1): number {
  return roundUpTo(1, numerator, denominator);
}

/**
 * Insurance premiums: social insurance (zákon č. 589/1992 Sb., § 7) and the
 * 13.5 % health insurance premium (zákon č. 592/1992 Sb., § 2) are rounded up
 * to whole CZK. Also the advance tax and a base of 100 CZK or less for it
 * (zákon č. 586/1992 Sb., § 38h).
 */
export function roundUpToWholeCrowns(numerator: number, denominator = 1): number {
  return roundUpTo(halerePerCrown, numerator, denominator);
}

/**
 * Withholding tax: its base and the tax itself are rounded down to whole CZK
 * (zákon č. 586/1992 Sb., § 36). Also the employee's third of the health
 * premium (zákon č. 592/1992 Sb., § 9: the employee pays a sum matching one
 * third, never more; the employer pays the rest of the rounded premium).
 */
export function roundDownToWholeCrowns(numerator: number, denominator = 1): number {
  return roundDownTo(halerePerCrown, numerator, denominator);
}

/** The advance tax base above 100 CZK, rounded up to whole hundreds of CZK (zákon č. 586/1992 Sb., § 38h). */
export function roundUpToWholeHundreds(numerator: number, denominator = 1): number {
  return roundUpTo(halerePerHundredCrowns, numerator, denominator);
}

/**
 * A cash advance after a shift, rounded down to whole CZK. Cash has no coin
 * below one crown (haléř coins left circulation on 1 September 2008), and
 * rounding down keeps the advance within the pay earned; the rest is settled
 * on payday, when the month's pay is due (zákon č. 262/2006 Sb., § 141).
 */
export function roundDownAdvance(numerator: number, denominator = 1): number {
  return roundDownTo(halerePerCrown, numerator, denominator);
}

/**
 * The payday remainder paid in cash, rounded up to whole CZK. A cash payment
 * is settled in whole crowns (zákon č. 136/2011 Sb., § 3), and pay is due in
 * full (zákon č. 262/2006 Sb., § 141), so the rounding goes to the employee.
 * A bank transfer pays to the haléř and is not rounded.
 */
export function roundUpCashPay(numerator: number, denominator = 1): number {
  return roundUpTo(halerePerCrown, numerator, denominator);
}
