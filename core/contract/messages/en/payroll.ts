import type { csPayroll } from '../cs/payroll.js';
import type { Shape } from '../shape.js';

/** English texts of the month's pay run: refusals, warnings, field names. */
export const enPayroll: Shape<typeof csPayroll> = {
  errors: {
    monthClosed: 'The pay month {{month}} is closed and never changes. Enter a correction in the next open month.',
    noParameters:
      'No legal and pay figures are entered for {{month}} (in force on {{date}}). Enter them in Settings, then the month can be computed.',
    unconfirmedWarnings_one: '{{month}} has {{count}} warning. Read it and confirm the closing.',
    unconfirmedWarnings_other: '{{month}} has {{count}} warnings. Read them and confirm the closing.',
    monthNotOver: '{{month}} is not over yet (its last day is {{date}}); it can be closed after that.',
    nothingToClose: 'Nobody worked in {{month}} and nobody has a correction there; there is nothing to close.',
    notClosed: '{{month}} is not closed yet; only a closed month is paid out.',
    notInRun: 'The client has no payslip in {{month}}.',
    alreadyPaid: '{{name}} has already been paid for {{month}} ({{date}}).',
    notPaid: '{{name}} has not been paid for {{month}} yet; there is nothing to take back.',
    sourceNotClosed: 'Only a closed month before {{month}} can be corrected; {{source}} is not one.',
    payDateBeforeClose: 'The payday {{date}} is before {{month}} was closed.',
    futurePayDate: '{{date}} has not come yet; a payment is recorded today at the latest.',
  },
  warnings: {
    thresholdAhead:
      '{{name}}: with the shifts already booked, {{month}} will bring {{expected}}, reaching the insurance threshold of {{threshold}}. Consider changing the schedule while there is time.',
    thresholdReached:
      '{{name}}: earnings of {{gross}} reached the insurance threshold of {{threshold}}. The employer must register the client with the social security office (ČSSZ) and the health insurer by {{deadline}}.',
    advancesAboveNet:
      '{{name}}: advances of {{advances}} exceed the net pay of {{net}} by {{over}}. Nothing is deducted by itself; a deduction needs the client’s agreement.',
    noTaxDeclaration:
      '{{name}} has no signed tax declaration: the tax of {{tax}} is taken without the taxpayer credit.',
    taxDeclarationWithdrawn:
      '{{name}}: the tax declaration counted in the closed month {{previous}} and is not signed now. Check whether the client withdrew it.',
    belowMinimumWage: '{{name}}: the rate of {{rate}} an hour is below the minimum wage of {{minimum}} ({{date}}).',
    noValidAgreement: '{{name}} worked on {{date}} without a valid work-activity agreement.',
    declarationElsewhere:
      '{{name}} signed a tax declaration from {{since}}. Ask whether it is also signed with another employer (only one is allowed).',
  },
  validation: {
    nonZeroAmount: 'Enter an amount other than zero (a negative one is deducted).',
  },
  fields: {
    insuranceRegistrationDays: 'Days to register for insurance',
    confirmWarnings: 'Warnings confirmed',
    sourceMonth: 'Month corrected',
  },
};
