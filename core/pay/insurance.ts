import { roundDownToWholeCrowns, roundUpToWholeCrowns } from './rounding.js';
import type { ClientPayFacts, PayFigures, PayLine } from './types.js';

const basisPoints = 10000;

export interface Insurance {
  employeeSocial: number;
  employeeHealth: number;
  employerSocial: number;
  employerHealth: number;
  lines: PayLine[];
}

/**
 * Social and health insurance of an insured month (the caller checks the
 * threshold). Health insurance is one premium of both rates, rounded up; the
 * employee pays the share of their rate (a third), rounded down, and the
 * employer the rest. Below the monthly minimum wage the premium is owed from
 * the minimum base, unless the state also pays for the client; the employee
 * bears the whole difference.
 */
export function insuranceOf(gross: number, figures: PayFigures, facts: ClientPayFacts): Insurance {
  const healthRate = figures.employeeHealthRate + figures.employerHealthRate;
  const employeeSocial = roundUpToWholeCrowns(gross * figures.employeeSocialRate, basisPoints);
  const employerSocial = roundUpToWholeCrowns(gross * figures.employerSocialRate, basisPoints);
  const premium = roundUpToWholeCrowns(gross * healthRate, basisPoints);
  const employeeThird = roundDownToWholeCrowns(premium * figures.employeeHealthRate, healthRate);
  const employerHealth = premium - employeeThird;
  const minimumApplies = !facts.statePaysHealthInsurance && gross < figures.minWageMonthly;
  const topUp = minimumApplies ? roundUpToWholeCrowns(figures.minWageMonthly * healthRate, basisPoints) - premium : 0;
  const lines: PayLine[] = [
    {
      key: 'employeeSocial',
      amount: employeeSocial,
      basis: { base: gross, rateBp: figures.employeeSocialRate },
      rule: 'socialInsurance',
    },
    { key: 'healthPremium', amount: premium, basis: { base: gross, rateBp: healthRate }, rule: 'healthInsurance' },
    {
      key: 'employeeHealth',
      amount: employeeThird,
      basis: { base: premium, rateBp: figures.employeeHealthRate, ofRateBp: healthRate },
      rule: 'healthInsurance',
    },
  ];
  if (minimumApplies) {
    lines.push({
      key: 'employeeHealthTopUp',
      amount: topUp,
      basis: { base: figures.minWageMonthly, rateBp: healthRate },
      rule: 'healthMinimumBase',
    });
  }
  lines.push(
    {
      key: 'employerSocial',
      amount: employerSocial,
      basis: { base: gross, rateBp: figures.employerSocialRate },
      rule: 'socialInsurance',
    },
    {
      key: 'employerHealth',
      amount: employerHealth,
      basis: { base: premium, rateBp: figures.employerHealthRate, ofRateBp: healthRate },
      rule: 'healthInsurance',
    },
  );
  return { employeeSocial, employeeHealth: employeeThird + topUp, employerSocial, employerHealth, lines };
}
