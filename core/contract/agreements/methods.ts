import { z } from 'zod';
import { id, isoDate, optionalIsoDate, paging } from '../fields.js';
import { locales } from '../i18n.js';
import { documentMethod, method } from '../method.js';
import {
  agreement,
  agreementInput,
  agreementStates,
  agreementSummary,
  agreementUpdateInput,
  amendment,
  amendmentInput,
  endInput,
  prepareNoticeInput,
  recordSignedInput,
} from './schemas.js';
import { agreementSettings } from './settings.js';
import { minimumWagePlan, watchLists } from './watch.js';

/** Language of a printed document; the caller's language when left out. */
const lang = z.enum(locales, { error: 'validation.invalidOption' }).optional();

const signInput = z.strictObject({ id, signedOn: isoDate });

export const agreementMethods = {
  'agreements.list': method({
    summary: 'The agreement register, newest first; by client name, code or agreement number.',
    kind: 'read',
    input: z.strictObject({
      query: z.string().trim().max(100, 'validation.tooLong').default(''),
      clientId: id.optional(),
      states: z.array(z.enum(agreementStates)).optional(),
      ...paging,
    }),
    output: z.object({ items: z.array(agreementSummary), total: z.number() }),
  }),
  'agreements.get': method({
    summary: 'One agreement with its terms, amendments and printed documents.',
    kind: 'read',
    input: z.strictObject({ id }),
    output: agreement,
  }),
  'agreements.draftDefaults': method({
    summary: 'A new agreement prefilled from the programme settings and the figures valid on its first day.',
    kind: 'read',
    input: z.strictObject({ clientId: id, validFrom: optionalIsoDate }),
    output: z.object({
      input: z.object({
        clientId: z.number(),
        kind: z.literal('dpc'),
        validFrom: z.string(),
        validTo: z.string().nullable(),
        workDescription: z.string(),
        workplace: z.string(),
        weeklyMinutes: z.number(),
        hourlyRate: z.number(),
        advanceShareBp: z.number(),
        payday: z.number(),
        noticeDays: z.number(),
        scheduleNoticeDays: z.number(),
        noticeTerms: z.string(),
        schoolingConfirmed: z.boolean(),
      }),
      /** For the schooling confirmation: asked while the client is under the adult age on the first day. */
      client: z.object({ birthDate: z.string(), minimumWorkAge: z.number(), adultAge: z.number() }),
      /** The minimum the prefilled pay meets over the open-ended term, and the day its figures take effect. */
      minWageHourly: z.number(),
      minWageFrom: z.string(),
      maxAverageWeeklyMinutes: z.number(),
      employer: z.object({ complete: z.boolean(), missing: z.array(z.string()) }),
    }),
  }),
  'agreements.create': method({
    summary: 'Draw up a new agreement (a draft with the next number of the year).',
    kind: 'write',
    input: agreementInput,
    output: agreement,
  }),
  'agreements.recordSigned': method({
    summary:
      'Record an agreement signed on paper earlier, with its real dates, as signed. A later, higher minimum wage puts it on the watch list.',
    kind: 'write',
    input: recordSignedInput,
    output: agreement,
  }),
  'agreements.update': method({
    summary: 'Change an agreement that is not signed yet; a printed one goes back to draft.',
    kind: 'write',
    input: agreementUpdateInput,
    output: agreement,
  }),
  'agreements.delete': method({
    summary: 'Delete an agreement that was never signed. Its number is not given out again.',
    kind: 'write',
    input: z.strictObject({ id }),
    output: z.object({ id: z.number(), number: z.string() }),
  }),
  'agreements.sign': method({
    summary: 'Record that both parties signed the printed agreement, and on which day.',
    kind: 'write',
    input: signInput,
    output: agreement,
  }),
  'agreements.undoSign': method({
    summary: 'Take back a signature recorded by mistake (only before any amendment or end).',
    kind: 'write',
    input: z.strictObject({ id }),
    output: agreement,
  }),
  'agreements.end': method({
    summary: 'End an agreement: by notice (from the delivery day), by mutual agreement, or by expiry.',
    kind: 'write',
    input: endInput,
    output: agreement,
  }),
  'agreements.undoEnd': method({
    summary: 'Take back an end recorded by mistake.',
    kind: 'write',
    input: z.strictObject({ id }),
    output: agreement,
  }),
  'agreements.amend': method({
    summary: 'Prepare an amendment that changes pay or terms from a day; it applies once signed.',
    kind: 'write',
    input: amendmentInput,
    output: agreement,
  }),
  'agreements.signAmendment': method({
    summary: 'Record that both parties signed the printed amendment.',
    kind: 'write',
    input: signInput,
    output: agreement,
  }),
  'agreements.discardAmendment': method({
    summary: 'Throw away an amendment that was not signed.',
    kind: 'write',
    input: z.strictObject({ id }),
    output: agreement,
  }),
  'agreements.watch': method({
    summary: 'What needs attention: agreements ending soon, active clients without one, pay below the minimum wage.',
    kind: 'read',
    input: z.strictObject({}),
    output: watchLists,
  }),
  'agreements.minimumWagePlan': method({
    summary: 'Signed agreements whose pay on a day is below the minimum wage valid that day.',
    kind: 'read',
    input: z.strictObject({ effectiveFrom: isoDate }),
    output: minimumWagePlan,
  }),
  'agreements.prepareMinimumWage': method({
    summary: 'Prepare amendments raising the pay of the given agreements to the minimum wage from a day.',
    kind: 'write',
    input: z.strictObject({ effectiveFrom: isoDate, agreementIds: z.array(id).min(1, 'validation.noneSelected') }),
    output: z.object({ amendments: z.array(amendment.extend({ number: z.string() })) }),
  }),
  'agreements.getSettings': method({
    summary: 'The programme’s defaults and wording for agreements.',
    kind: 'read',
    input: z.strictObject({}),
    output: agreementSettings,
  }),
  'agreements.saveSettings': method({
    summary: 'Change the programme’s defaults and wording for agreements.',
    kind: 'write',
    input: agreementSettings,
    output: agreementSettings,
  }),
  'agreements.print': documentMethod({
    summary: 'Print the agreement in two copies. A draft becomes printed; a signed one reprints as signed.',
    kind: 'document',
    input: z.strictObject({ id, lang }),
  }),
  'agreements.printInformation': documentMethod({
    summary: 'Print the written information on working conditions (§ 77a of the Labour Code).',
    kind: 'document',
    input: z.strictObject({ id, lang }),
  }),
  'agreements.printAmendment': documentMethod({
    summary: 'Print an amendment in two copies; a draft becomes printed.',
    kind: 'document',
    input: z.strictObject({ id, lang }),
  }),
  'agreements.printAmendments': documentMethod({
    summary: 'Print several amendments in one file, e.g. after a rise of the minimum wage.',
    kind: 'document',
    input: z.strictObject({ ids: z.array(id).min(1, 'validation.noneSelected').max(200), lang }),
  }),
  'agreements.printNotice': documentMethod({
    summary: 'Print the notice of an agreement ended by notice, in two copies.',
    kind: 'document',
    input: z.strictObject({ id, lang }),
  }),
  'agreements.prepareNotice': documentMethod({
    summary: 'Print a notice to hand over later, in two copies; the agreement runs on until its delivery is recorded.',
    kind: 'document',
    input: prepareNoticeInput,
  }),
  'agreements.reprint': documentMethod({
    summary: 'Print a stored document again, exactly as it was printed.',
    kind: 'document',
    input: z.strictObject({ documentId: id, lang }),
  }),
};
