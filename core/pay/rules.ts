/**
 * The law behind each figure of a month's pay. A payslip prints the citation
 * next to the figure; tests read the rule to see which one applied.
 */
export const payRuleCitations = {
  agreementPay: 'zákon č. 262/2006 Sb., § 138',
  holidayPremium: 'zákon č. 262/2006 Sb., § 115, §§ 351–362',
  weekendPremium: 'zákon č. 262/2006 Sb., § 118, §§ 351–362',
  insuranceThreshold: 'zákon č. 187/2006 Sb., § 6; zákon č. 48/1997 Sb., § 5',
  socialInsurance: 'zákon č. 589/1992 Sb., § 7',
  healthInsurance: 'zákon č. 592/1992 Sb., § 2, § 9',
  healthMinimumBase: 'zákon č. 592/1992 Sb., § 3',
  withholdingTax: 'zákon č. 586/1992 Sb., § 6 odst. 4, § 36',
  advanceTax: 'zákon č. 586/1992 Sb., § 38h',
  taxpayerCredit: 'zákon č. 586/1992 Sb., § 35ba, § 35d, § 38k',
  netPay: 'zákon č. 262/2006 Sb., § 146',
  cashPayRounding: 'zákon č. 136/2011 Sb., § 3; zákon č. 262/2006 Sb., § 141',
} as const;

export type PayRule = keyof typeof payRuleCitations;
