import { z } from 'zod';
import { agreementStates, agreementSummary, amendmentStatuses } from './schemas.js';

const pendingAmendment = z.object({
  id: z.number(),
  seq: z.number(),
  status: z.enum(amendmentStatuses),
  effectiveFrom: z.string(),
  hourlyRate: z.number(),
});

export const watchLists = z.object({
  today: z.string(),
  watchDays: z.number(),
  /** Valid agreements whose last day falls within `watchDays`, soonest first. */
  endingSoon: z.array(
    agreementSummary.extend({
      /** A later agreement of the same client that is already prepared or signed. */
      followUp: z.object({ id: z.number(), number: z.string(), state: z.enum(agreementStates) }).nullable(),
    }),
  ),
  /** Active clients without an agreement valid today. */
  withoutAgreement: z.array(
    z.object({
      clientId: z.number(),
      code: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      /** An agreement in the making or not started yet. */
      pending: z.object({ id: z.number(), number: z.string(), state: z.enum(agreementStates) }).nullable(),
    }),
  ),
  /** Signed agreements whose pay is, or from a known date will be, below the minimum wage. */
  belowMinimum: z.array(
    agreementSummary.extend({
      from: z.string(),
      minimum: z.number(),
      rate: z.number(),
      pending: pendingAmendment.nullable(),
    }),
  ),
  /** The first period of parameters after today's, when entered. */
  nextParameters: z.object({ validFrom: z.string(), minWageHourly: z.number() }).nullable(),
});
export type WatchLists = z.infer<typeof watchLists>;

export const minimumWagePlan = z.object({
  effectiveFrom: z.string(),
  minimum: z.number(),
  items: z.array(
    z.object({
      agreementId: z.number(),
      number: z.string(),
      clientId: z.number(),
      firstName: z.string(),
      lastName: z.string(),
      rate: z.number(),
      /** The pay the amendment would set: the highest minimum over the rest of the period. */
      newRate: z.number(),
      effectiveFrom: z.string(),
      pending: pendingAmendment.nullable(),
    }),
  ),
});
export type MinimumWagePlan = z.infer<typeof minimumWagePlan>;
