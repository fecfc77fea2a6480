/**
 * The data each agreement document prints, exactly as stored with the printed
 * copy (agreement_documents.data). Values stay raw (ISO dates, haléře, minutes)
 * so the same snapshot can be rendered in Czech or English. Templates parse it
 * with these schemas, so a malformed old snapshot fails loudly, not silently.
 */
import { z } from 'zod';
import { agreementTerms } from '../../contract/agreements/schemas.js';

export const employerData = z.object({
  name: z.string(),
  /** Street; postcode and town. */
  address: z.array(z.string()),
  ico: z.string(),
  representativeName: z.string(),
  representativeRole: z.string().nullable(),
  /** Where documents are signed, as written after "V" (Czech locative); null leaves a line. */
  signingPlace: z.string().nullable(),
  /** The town, for the English "Place:". */
  city: z.string(),
});
export type EmployerData = z.infer<typeof employerData>;

/** Only what identifies the employee: no birth number, no health or case notes. */
export const employeeData = z.object({
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string(),
  /** One line; null prints a line to fill in by hand. */
  address: z.string().nullable(),
  paymentMethod: z.enum(['cash', 'bank']),
});
export type EmployeeData = z.infer<typeof employeeData>;

const parties = { employer: employerData, employee: employeeData };

export const agreementData = z.object({
  number: z.string(),
  kind: z.literal('dpc'),
  validFrom: z.string(),
  /** Days before a shift by which the schedule is given in writing (from the yearly figures). */
  scheduleNoticeDays: z.number(),
  /** The agreed notice lives in the terms; agreements printed before that term existed lack it. */
  terms: agreementTerms.extend({ scheduleNoticeDays: z.number().optional() }),
  ...parties,
});
export type AgreementData = z.infer<typeof agreementData>;

export const informationData = agreementData.extend({
  /** Null when printed before signing. */
  signedOn: z.string().nullable(),
  shiftScheduling: z.string(),
  additionalInformation: z.string().nullable(),
  /** The month's earnings from which insurance is due (from the yearly figures). */
  insuranceThresholdMonthly: z.number(),
  /** The day the terms were taken (the information describes the terms in force then). */
  termsOn: z.string(),
  /**
   * The balancing period of the weekly average in weeks (Labour Code § 76), and
   * whether it is the whole agreement (else the legal longest); absent on
   * information printed before it was stated.
   */
  balancing: z.object({ weeks: z.number(), wholeAgreement: z.boolean() }).optional(),
});
export type InformationData = z.infer<typeof informationData>;

export const amendmentData = z.object({
  number: z.string(),
  seq: z.number(),
  agreementSignedOn: z.string(),
  effectiveFrom: z.string(),
  before: agreementTerms,
  after: agreementTerms,
  changes: z.array(agreementTerms.keyof()),
  ...parties,
});
export type AmendmentData = z.infer<typeof amendmentData>;

/** Several amendments print as one file (e.g. after a rise of the minimum wage). */
export const amendmentsData = z.object({ amendments: z.array(amendmentData).min(1) });

export const noticeData = z.object({
  number: z.string(),
  signedOn: z.string(),
  noticeBy: z.enum(['employer', 'employee']),
  /** Null on a notice printed ahead, to be handed over on a day filled in by hand. */
  deliveredOn: z.string().nullable(),
  noticeDays: z.number(),
  endedOn: z.string().nullable(),
  /** Pay for the work up to the end, as in force on the last day, and when the rest is paid. */
  hourlyRate: z.number(),
  payday: z.number(),
  ...parties,
});
export type NoticeData = z.infer<typeof noticeData>;
