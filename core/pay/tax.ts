import { roundDownToWholeCrowns, roundUpToWholeCrowns, roundUpToWholeHundreds } from './rounding.js';
import type { ClientPayFacts, PayFigures, PayLine, TaxRegime } from './types.js';

const basisPoints = 10000;

export interface Tax {
  regime: TaxRegime;
  tax: number;
  lines: PayLine[];
}

/**
 * Without a signed declaration and below the insurance threshold the tax is
 * withheld and final; otherwise it is an advance, less the monthly credit when
 * the declaration is signed. The base is the gross pay itself (no "super-gross"
 * since 2021).
 */
export function taxOf(gross: number, insured: boolean, figures: PayFigures, facts: ClientPayFacts): Tax {
  const rateBp = figures.incomeTaxRate;
  if (!facts.taxDeclarationSigned && !insured) {
    const base = roundDownToWholeCrowns(gross);
    const tax = roundDownToWholeCrowns(base * rateBp, basisPoints);
    return {
      regime: 'withholding',
      tax,
      lines: [
        { key: 'withholdingTaxBase', amount: base, basis: { base: gross }, rule: 'withholdingTax' },
        { key: 'withholdingTax', amount: tax, basis: { base, rateBp }, rule: 'withholdingTax' },
      ],
    };
  }
  const base = gross <= figures.advanceTaxRoundingLimit ? roundUpToWholeCrowns(gross) : roundUpToWholeHundreds(gross);
  const beforeCredit = roundUpToWholeCrowns(base * rateBp, basisPoints);
  const credit = facts.taxDeclarationSigned ? Math.min(figures.taxpayerCreditMonthly, beforeCredit) : 0;
  const tax = beforeCredit - credit;
  const lines: PayLine[] = [
    { key: 'advanceTaxBase', amount: base, basis: { base: gross }, rule: 'advanceTax' },
    { key: 'advanceTaxBeforeCredit', amount: beforeCredit, basis: { base, rateBp }, rule: 'advanceTax' },
  ];
  if (facts.taxDeclarationSigned) {
    lines.push({
      key: 'taxpayerCredit',
      amount: credit,
      basis: { base: figures.taxpayerCreditMonthly },
      rule: 'taxpayerCredit',
    });
  }
  lines.push({ key: 'advanceTax', amount: tax, basis: { base: beforeCredit }, rule: 'advanceTax' });
  return { regime: 'advance', tax, lines };
}
