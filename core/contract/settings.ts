import { z } from 'zod';
import { id, isoDate, money, optionalText, rate, requiredText } from './fields.js';
import { isValidIco } from './identifiers.js';
import { isPersonName } from './text.js';
import { locales } from './i18n.js';
import { method } from './method.js';

export const employer = z.strictObject({
  name: optionalText(120),
  street: optionalText(120),
  city: optionalText(80),
  postcode: optionalText(6).refine((v) => v === null || /^\d{3} ?\d{2}$/.test(v), 'validation.postcode'),
  ico: optionalText(8).refine((v) => v === null || isValidIco(v), 'validation.ico'),
  representativeName: optionalText(120),
  representativeRole: optionalText(120),
  /** Day of the month the remainder of pay is paid; clamped to the month's last day. */
  payday: z
    .number({ error: 'validation.required' })
    .int('validation.integer')
    .min(1, 'validation.payday')
    .max(31, 'validation.payday'),
});
export type Employer = z.output<typeof employer>;

export const preferences = z.strictObject({
  language: z.enum(locales, { error: 'validation.invalidOption' }),
});
export type Preferences = z.output<typeof preferences>;

/** The coordinator, recorded as "who" in the audit log, on bookings and on limit overrides. */
export const coordinator = z.strictObject({
  coordinatorName: requiredText(120).refine(isPersonName, 'validation.personName'),
});
export type Coordinator = z.output<typeof coordinator>;

/** Whether next year's legal figures are in, asked for from 1 November (see yearTurnAskFrom). */
export const yearTurn = z.object({
  year: z.number(),
  /** The day next year's figures would take effect: 1 January. */
  from: z.string(),
  entered: z.boolean(),
  ask: z.boolean(),
});
export type YearTurn = z.output<typeof yearTurn>;

const parameterFields = {
  validFrom: isoDate,
  validTo: isoDate,
  minWageHourly: money,
  minWageMonthly: money,
  insuranceThresholdMonthly: money,
  employeeSocialRate: rate,
  employeeHealthRate: rate,
  employerSocialRate: rate,
  employerHealthRate: rate,
  incomeTaxRate: rate,
  taxpayerCreditMonthly: money,
  advanceTaxRoundingLimit: money,
  maxAverageWeeklyMinutes: z
    .number({ error: 'validation.required' })
    .int('validation.integer')
    .min(1, 'validation.tooSmall')
    .max(10080, 'validation.tooBig'),
  noticePeriodDays: z
    .number({ error: 'validation.required' })
    .int('validation.integer')
    .min(0, 'validation.notNegative')
    .max(366, 'validation.tooBig'),
  scheduleNoticeDays: z
    .number({ error: 'validation.required' })
    .int('validation.integer')
    .min(0, 'validation.notNegative')
    .max(60, 'validation.tooBig'),
  weekendPremiumRate: rate,
  holidayPremiumRate: rate,
  /** The longest shift (Labour Code § 83: 12 hours), in minutes. */
  maxShiftMinutes: z
    .number({ error: 'validation.required' })
    .int('validation.integer')
    .min(60, 'validation.tooSmall')
    .max(1440, 'validation.tooBig'),
  /** The longest balancing period for the weekly average of an agreement (Labour Code § 76: 52 weeks). */
  balancingPeriodWeeks: z
    .number({ error: 'validation.required' })
    .int('validation.integer')
    .min(1, 'validation.tooSmall')
    .max(104, 'validation.tooBig'),
  /** Ages for agreements (Civil Code § 35, Labour Code §§ 6, 243); left out, the stored ones (15, 18) stay. */
  minimumWorkAge: z
    .number()
    .int('validation.integer')
    .min(1, 'validation.tooSmall')
    .max(30, 'validation.tooBig')
    .optional(),
  adultAge: z.number().int('validation.integer').min(1, 'validation.tooSmall').max(30, 'validation.tooBig').optional(),
  /** Days to register a client who reached the insurance threshold (8 by law); left out, the stored figure stays. */
  insuranceRegistrationDays: z
    .number()
    .int('validation.integer')
    .min(1, 'validation.tooSmall')
    .max(60, 'validation.tooBig')
    .optional(),
};

export const payParametersInput = z
  .strictObject({ id: id.optional(), ...parameterFields })
  .refine((v) => v.validTo >= v.validFrom, { path: ['validTo'], message: 'validation.endBeforeStart' });

export const payParameters = z.object({
  id: z.number(),
  validFrom: z.string(),
  validTo: z.string(),
  minWageHourly: z.number(),
  minWageMonthly: z.number(),
  insuranceThresholdMonthly: z.number(),
  employeeSocialRate: z.number(),
  employeeHealthRate: z.number(),
  employerSocialRate: z.number(),
  employerHealthRate: z.number(),
  incomeTaxRate: z.number(),
  taxpayerCreditMonthly: z.number(),
  advanceTaxRoundingLimit: z.number(),
  maxAverageWeeklyMinutes: z.number(),
  noticePeriodDays: z.number(),
  scheduleNoticeDays: z.number(),
  weekendPremiumRate: z.number(),
  holidayPremiumRate: z.number(),
  minimumWorkAge: z.number(),
  adultAge: z.number(),
  maxShiftMinutes: z.number(),
  balancingPeriodWeeks: z.number(),
  insuranceRegistrationDays: z.number(),
  updatedAt: z.string(),
});
export type PayParameters = z.infer<typeof payParameters>;
export type PayParametersInput = z.input<typeof payParametersInput>;

export const settingsMethods = {
  'settings.getEmployer': method({
    summary: 'The organisation as employer, printed on agreements and payslips.',
    kind: 'read',
    input: z.strictObject({}),
    output: employer.extend({ complete: z.boolean(), missing: z.array(z.string()) }),
  }),
  'settings.saveEmployer': method({
    summary: 'Change the employer’s details.',
    kind: 'write',
    input: employer,
    output: employer.extend({ complete: z.boolean(), missing: z.array(z.string()) }),
  }),
  'settings.getPreferences': method({
    summary: 'User preferences such as the language.',
    kind: 'read',
    input: z.strictObject({}),
    output: preferences,
  }),
  'settings.savePreferences': method({
    summary: 'Change user preferences.',
    kind: 'write',
    input: preferences,
    output: preferences,
  }),
  'settings.getCoordinator': method({
    summary: 'The coordinator’s own name (null until entered at first start).',
    kind: 'read',
    input: z.strictObject({}),
    output: z.object({ coordinatorName: z.string().nullable() }),
  }),
  'settings.saveCoordinator': method({
    summary: 'Set the coordinator’s name, recorded as who made every later change.',
    kind: 'write',
    input: coordinator,
    output: coordinator,
  }),
  'settings.yearTurn': method({
    summary: 'Whether the legal and pay figures for next year are entered, and whether to ask for them now.',
    kind: 'read',
    input: z.strictObject({}),
    output: yearTurn,
  }),
  'settings.listParameters': method({
    summary: 'The yearly legal and pay figures with their validity periods.',
    kind: 'read',
    input: z.strictObject({}),
    output: z.array(payParameters),
  }),
  'settings.parametersOn': method({
    summary: 'The legal and pay figures valid on a given day.',
    kind: 'read',
    input: z.strictObject({ date: isoDate }),
    output: payParameters,
  }),
  'settings.saveParameters': method({
    summary: 'Add or change one period of legal and pay figures; periods may not overlap.',
    kind: 'write',
    input: payParametersInput,
    output: payParameters,
  }),
  'settings.deleteParameters': method({
    summary: 'Delete one period of legal and pay figures.',
    kind: 'write',
    input: z.strictObject({ id }),
    output: z.object({ id: z.number() }),
  }),
};
