import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Small settings documents (employer, preferences, programme rules), one JSON
 * value per key. Each key's shape is a zod schema in core/contract, which is
 * the only code that reads or writes them.
 */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * Legal and pay figures with their validity period (usually a calendar year).
 * Money in haléře, rates in basis points (1 % = 100), durations in minutes.
 */
export const payParameters = sqliteTable('pay_parameters', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  validFrom: text('valid_from').notNull(),
  validTo: text('valid_to').notNull(),
  minWageHourly: integer('min_wage_hourly').notNull(),
  minWageMonthly: integer('min_wage_monthly').notNull(),
  insuranceThresholdMonthly: integer('insurance_threshold_monthly').notNull(),
  employeeSocialRate: integer('employee_social_rate').notNull(),
  employeeHealthRate: integer('employee_health_rate').notNull(),
  employerSocialRate: integer('employer_social_rate').notNull(),
  employerHealthRate: integer('employer_health_rate').notNull(),
  incomeTaxRate: integer('income_tax_rate').notNull(),
  taxpayerCreditMonthly: integer('taxpayer_credit_monthly').notNull(),
  advanceTaxRoundingLimit: integer('advance_tax_rounding_limit').notNull(),
  maxAverageWeeklyMinutes: integer('max_average_weekly_minutes').notNull(),
  noticePeriodDays: integer('notice_period_days').notNull(),
  scheduleNoticeDays: integer('schedule_notice_days').notNull(),
  /**
   * Premiums as shares of average earnings (Labour Code § 118: at least 10 %
   * for Saturday and Sunday; § 115: the average earnings for a public holiday).
   * The defaults only fill the periods that existed before these columns; every
   * save sends both figures.
   */
  weekendPremiumRate: integer('weekend_premium_rate').notNull().default(1000),
  holidayPremiumRate: integer('holiday_premium_rate').notNull().default(10000),
  /**
   * Ages in whole years: dependent work from the minimum (Civil Code § 35,
   * Labour Code § 6); below the adult age the young-employee limits apply
   * (Labour Code §§ 243–247). Not on the settings screen: they have not changed
   * in decades, the defaults fill every period.
   */
  minimumWorkAge: integer('minimum_work_age').notNull().default(15),
  adultAge: integer('adult_age').notNull().default(18),
  /** The longest shift the law allows (Labour Code § 83: 12 hours). */
  maxShiftMinutes: integer('max_shift_minutes').notNull().default(720),
  /** The longest balancing period for the 20-hour weekly average of an agreement (Labour Code § 76). */
  balancingPeriodWeeks: integer('balancing_period_weeks').notNull().default(52),
  /**
   * Days the employer has to register a client whose month reached the
   * insurance threshold with the social security office and the health
   * insurer (zákon č. 582/1991 Sb., § 94; zákon č. 48/1997 Sb., § 10: 8 days),
   * counted from the month's last day, when its earnings are known.
   */
  insuranceRegistrationDays: integer('insurance_registration_days').notNull().default(8),
  updatedAt: text('updated_at').notNull(),
});

/**
 * Czech public holidays, one row a day (Act 245/2000 Coll.): the fixed days
 * and Good Friday and Easter Monday of each year, kept as data the
 * coordinator can list and correct.
 */
export const publicHolidays = sqliteTable('public_holidays', {
  date: text('date').primaryKey(),
  nameCs: text('name_cs').notNull(),
  nameEn: text('name_en').notNull(),
  updatedAt: text('updated_at').notNull(),
});
