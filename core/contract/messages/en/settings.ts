import type { Shape } from '../shape.js';
import type { csSettings } from '../cs/settings.js';

/** English texts of the settings: the organisation and the yearly legal and pay figures. */
export const enSettings: Shape<typeof csSettings> = {
  errors: {
    parametersOverlap: 'The period overlaps the period {{from}} – {{to}}.',
    noParameters: 'No legal and pay figures are set for {{date}}. Add them in Settings.',
    storedInvalid:
      'The stored setting “{{setting}}” is not valid ({{problem}}). Nothing was used or changed: check it in Settings and save it again, or restore the database from a backup.',
  },
  names: {
    coordinator: 'Coordinator’s name',
    employer: 'Organisation details',
    preferences: 'Language',
    agreements: 'Agreements',
    schedule: 'Sign-up rules',
  },
  validation: {
    ico: 'The company ID (IČO) is not valid (8 digits with a check digit).',
    payday: 'Payday is a day of the month, 1–31.',
  },
  fields: {
    coordinatorName: 'Your name',
    name: 'Organisation name',
    ico: 'Company ID (IČO)',
    representativeName: 'Representative',
    representativeRole: 'Representative’s role',
    payday: 'Payday',
    validFrom: 'Valid from',
    validTo: 'Valid to',
    minWageHourly: 'Minimum wage per hour',
    minWageMonthly: 'Minimum wage per month',
    insuranceThresholdMonthly: 'DPČ insurance threshold (monthly)',
    employeeSocialRate: 'Social insurance – employee',
    employeeHealthRate: 'Health insurance – employee',
    employerSocialRate: 'Social insurance – employer',
    employerHealthRate: 'Health insurance – employer',
    incomeTaxRate: 'Income tax rate',
    taxpayerCreditMonthly: 'Basic taxpayer credit (monthly)',
    advanceTaxRoundingLimit: 'Advance tax base rounding limit',
    maxAverageWeeklyMinutes: 'Weekly average limit (DPČ)',
    noticePeriodDays: 'Notice period (days)',
    scheduleNoticeDays: 'Schedule notice (days)',
    maxShiftMinutes: 'Longest shift (hours)',
    balancingPeriodWeeks: 'Longest balancing period (weeks)',
    nameCs: 'Holiday name (Czech)',
    nameEn: 'Holiday name (English)',
    weekendPremiumRate: 'Saturday and Sunday premium (of average earnings)',
    holidayPremiumRate: 'Public holiday premium (of average earnings)',
    minimumWorkAge: 'Minimum working age',
    adultAge: 'Young employee until the age of',
  },
};
