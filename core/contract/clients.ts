import { z } from 'zod';
import { id, isoDate, optionalIsoDate, optionalText, paging, requiredText } from './fields.js';
import { isValidCzechAccount, parseBirthNumber } from './identifiers.js';
import { method } from './method.js';
import { releasedBooking, releaseResult } from './schedule-history.js';
import { isPersonName, isPrintableText } from './text.js';

/** A name that prints on an agreement as typed (see isPersonName). */
const personName = (max: number) => requiredText(max).refine(isPersonName, 'validation.personName');

/** The earliest birth date taken: anything before is a typing mistake. A date after today is refused by core/. */
export const earliestBirthDate = '1900-01-01';
const birthDate = isoDate.refine((v) => v >= earliestBirthDate, 'validation.birthDateTooEarly');

/** Czech health insurers by their official code. */
export const healthInsurers = ['111', '201', '205', '207', '209', '211', '213'] as const;

export const paymentMethods = ['cash', 'bank'] as const;

const clientFields = z.strictObject({
  code: requiredText(20),
  firstName: personName(60),
  lastName: personName(60),
  nickname: optionalText(60).refine((v) => v === null || isPrintableText(v), 'validation.printable'),
  birthDate,
  birthNumber: optionalText(11).refine((v) => v === null || parseBirthNumber(v) !== null, 'validation.birthNumber'),
  street: optionalText(120),
  city: optionalText(80),
  postcode: optionalText(6).refine((v) => v === null || /^\d{3} ?\d{2}$/.test(v), 'validation.postcode'),
  idDocumentNumber: optionalText(20),
  healthInsurer: z
    .enum(healthInsurers, { error: 'validation.invalidOption' })
    .nullish()
    .transform((v) => v ?? null),
  phone: optionalText(20).refine((v) => v === null || /^\+?[\d ]{6,19}$/.test(v), 'validation.phone'),
  paymentMethod: z.enum(paymentMethods, { error: 'validation.invalidOption' }).default('cash'),
  bankAccount: optionalText(30).refine((v) => v === null || isValidCzechAccount(v), 'validation.bankAccount'),
  taxDeclarationSigned: z.boolean().default(false),
  taxDeclarationSince: optionalIsoDate,
  statePaysHealthInsurance: z.boolean().default(false),
  notes: optionalText(2000),
  allowDuplicate: z.boolean().default(false),
});

type ClientFields = z.output<typeof clientFields>;

/** Rules between fields; each issue names the field the user must fix. */
function crossCheck(value: ClientFields, ctx: z.RefinementCtx): void {
  if (value.birthNumber !== null) {
    const parsed = parseBirthNumber(value.birthNumber);
    if (parsed && parsed.birthDate !== value.birthDate) {
      ctx.addIssue({ code: 'custom', path: ['birthNumber'], message: 'validation.birthNumberMismatch' });
    }
  }
  if (value.paymentMethod === 'bank' && value.bankAccount === null) {
    ctx.addIssue({ code: 'custom', path: ['bankAccount'], message: 'validation.required' });
  }
  if (value.taxDeclarationSigned && value.taxDeclarationSince === null) {
    ctx.addIssue({ code: 'custom', path: ['taxDeclarationSince'], message: 'validation.required' });
  }
}

export const clientInput = clientFields.superRefine(crossCheck);
export type ClientInput = z.input<typeof clientInput>;

export const clientUpdateInput = clientFields.extend({ id }).superRefine(crossCheck);

export const suspension = z.object({
  id: z.number(),
  clientId: z.number(),
  fromDate: z.string(),
  toDate: z.string().nullable(),
  reason: z.string(),
});

export const client = z.object({
  id: z.number(),
  code: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  nickname: z.string().nullable(),
  birthDate: z.string(),
  birthNumber: z.string().nullable(),
  street: z.string().nullable(),
  city: z.string().nullable(),
  postcode: z.string().nullable(),
  idDocumentNumber: z.string().nullable(),
  healthInsurer: z.enum(healthInsurers).nullable(),
  phone: z.string().nullable(),
  paymentMethod: z.enum(paymentMethods),
  bankAccount: z.string().nullable(),
  taxDeclarationSigned: z.boolean(),
  statePaysHealthInsurance: z.boolean(),
  taxDeclarationSince: z.string().nullable(),
  notes: z.string().nullable(),
  active: z.boolean(),
  deactivatedOn: z.string().nullable(),
  deactivationReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  suspensions: z.array(suspension),
  suspendedNow: suspension.nullable(),
});
export type Client = z.infer<typeof client>;

/** A deactivation or a new suspension: the client, and the bookings it took off the sheet. */
const clientReleased = client.extend(releaseResult.shape);
/** A reactivation or a removed suspension: the client, and the released bookings that came back. */
const clientRestored = client.extend({ restored: z.array(releasedBooking) });

export const clientSummary = z.object({
  id: z.number(),
  code: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  nickname: z.string().nullable(),
  birthDate: z.string(),
  active: z.boolean(),
  suspended: z.boolean().describe('A suspension covers today'),
  suspendedUntil: z.string().nullable().describe('Last day of today’s suspension; null when open-ended or none'),
});
export type ClientSummary = z.infer<typeof clientSummary>;

export const duplicateMatch = z.object({
  id: z.number(),
  code: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string(),
  active: z.boolean(),
});
export type DuplicateMatch = z.infer<typeof duplicateMatch>;

export const clientMethods = {
  'clients.list': method({
    summary: 'Find clients by name, nickname or code (diacritics-insensitive), in Czech alphabetical order.',
    kind: 'read',
    input: z.strictObject({
      query: z.string().trim().max(100, 'validation.tooLong').default(''),
      includeInactive: z.boolean().default(false),
      ...paging,
    }),
    output: z.object({ items: z.array(clientSummary), total: z.number() }),
  }),
  'clients.get': method({
    summary: 'One client with suspensions.',
    kind: 'read',
    input: z.strictObject({ id }),
    output: client,
  }),
  'clients.checkDuplicates': method({
    summary: 'Clients with the same name and birth date (a likely duplicate).',
    kind: 'read',
    input: z.strictObject({
      firstName: personName(60),
      lastName: personName(60),
      birthDate,
      excludeId: id.optional(),
    }),
    output: z.array(duplicateMatch),
  }),
  'clients.create': method({
    summary: 'Register a client. A likely duplicate is refused unless allowDuplicate is true.',
    kind: 'write',
    input: clientInput,
    output: client,
  }),
  'clients.update': method({
    summary: 'Change a client’s details.',
    kind: 'write',
    input: clientUpdateInput,
    output: client,
  }),
  'clients.deactivate': method({
    summary:
      'Mark a client as no longer in the programme (kept for records); bookings from now on are released and the waiting lists move up.',
    kind: 'write',
    input: z.strictObject({ id, reason: optionalText(200) }),
    output: clientReleased,
  }),
  'clients.reactivate': method({
    summary: 'Bring a deactivated client back; bookings the deactivation released come back where a place is free.',
    kind: 'write',
    input: z.strictObject({ id }),
    output: clientRestored,
  }),
  'clients.addSuspension': method({
    summary:
      'Record a period in which the centre’s house rules bar the client; bookings in it are released and the waiting lists move up.',
    kind: 'write',
    input: z
      .strictObject({ clientId: id, fromDate: isoDate, toDate: optionalIsoDate, reason: requiredText(200) })
      .refine((v) => v.toDate === null || v.toDate >= v.fromDate, {
        path: ['toDate'],
        message: 'validation.endBeforeStart',
      }),
    output: clientReleased,
  }),
  'clients.removeSuspension': method({
    summary: 'Delete a suspension entered by mistake; bookings it released come back where a place is free.',
    kind: 'write',
    input: z.strictObject({ id }),
    output: clientRestored,
  }),
};
