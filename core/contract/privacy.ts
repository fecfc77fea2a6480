import { z } from 'zod';
import { id, optionalIsoDate, paging } from './fields.js';
import { locales } from './i18n.js';
import { documentMethod, method } from './method.js';

/** What the audit log's filter calls a kind of change: whose rules the changed record falls under. */
export const auditAreas = ['personal', 'agreements', 'attendance', 'advances', 'pay'] as const;
export type AuditArea = (typeof auditAreas)[number];

export const auditOperations = ['insert', 'update', 'delete'] as const;

/** One changed field, worded for the coordinator in the caller's language. */
const auditFieldChange = z.object({
  field: z.string(),
  label: z.string(),
  before: z.string(),
  after: z.string(),
});

export const auditEntry = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  method: z.string(),
  area: z.enum(auditAreas),
  /** The kind of record, translated (e.g. "Klient", "Dohoda"). */
  record: z.string(),
  recordId: z.number(),
  operation: z.enum(auditOperations),
  clientId: z.number().nullable(),
  clientName: z.string().nullable(),
  redacted: z.boolean(),
  changes: z.array(auditFieldChange),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditFilter = z.object({
  clientId: id.nullish().transform((v) => v ?? null),
  fromDate: optionalIsoDate,
  toDate: optionalIsoDate,
  area: z
    .enum(auditAreas)
    .nullish()
    .transform((v) => v ?? null),
  ...paging,
});

/**
 * The centre's own rule (not the law's): how long after leaving a client may be
 * anonymised. Zero allows it at once, for a client who asks for erasure on leaving.
 */
export const privacySettings = z.object({
  anonymiseAfterMonths: z
    .number({ error: 'validation.required' })
    .int('validation.integer')
    .min(0, 'validation.notNegative')
    .max(120, 'validation.tooBig'),
});
export type PrivacySettings = z.infer<typeof privacySettings>;

/** What an anonymisation keeps because the law requires it, and until when. */
export const keptGroups = ['identity', 'agreements', 'workRecords', 'cashRecords'] as const;
/** What it removes. */
export const removedGroups = [
  'identity',
  'contact',
  'notes',
  'suspensions',
  'health',
  'reasons',
  'auditValues',
] as const;

export const anonymisationPlan = z.object({
  clientId: z.number(),
  clientName: z.string(),
  /** Why it cannot run now, or null when it can. */
  blockedBy: z.enum(['active', 'tooRecent', 'alreadyAnonymised']).nullable(),
  leftOn: z.string().nullable(),
  possibleFrom: z.string().nullable(),
  kept: z.array(
    z.object({
      group: z.enum(keptGroups),
      until: z.string(),
      years: z.number(),
      citation: z.string(),
    }),
  ),
  removed: z.array(z.enum(removedGroups)),
});
export type AnonymisationPlan = z.infer<typeof anonymisationPlan>;

/** How long the law keeps a kind of record after the year it is about (retention_rules, read-only). */
export const retentionRule = z.object({
  kind: z.enum(['payroll', 'accounting']),
  years: z.number(),
  citation: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export type RetentionRule = z.infer<typeof retentionRule>;

export const privacyMethods = {
  'privacy.auditLog': method({
    kind: 'read',
    summary: 'The audit log, newest first: who changed what and when, with each field before and after',
    input: auditFilter,
    output: z.object({ entries: z.array(auditEntry), total: z.number() }),
  }),
  'privacy.getSettings': method({
    kind: 'read',
    summary: 'How long after leaving a client may be anonymised',
    input: z.object({}),
    output: privacySettings,
  }),
  'privacy.saveSettings': method({
    kind: 'write',
    summary: 'Saves how long after leaving a client may be anonymised',
    input: privacySettings,
    output: privacySettings,
  }),
  'privacy.retentionRules': method({
    kind: 'read',
    summary: 'How long the law keeps pay and accounting records after the year they are about, with its citation',
    input: z.object({}),
    output: z.array(retentionRule),
  }),
  'privacy.anonymisePlan': method({
    kind: 'read',
    summary: 'What anonymising a client would keep (until when, by which law) and remove',
    input: z.object({ clientId: id }),
    output: anonymisationPlan,
  }),
  'privacy.anonymise': method({
    kind: 'write',
    summary: 'Anonymises a client who left longer ago than the setting, keeping what pay and tax records need',
    input: z.object({ clientId: id }),
    output: anonymisationPlan,
  }),
  'privacy.exportClient': documentMethod({
    kind: 'document',
    summary: 'Everything held about one client: a PDF for the person or JSON for a machine',
    input: z.object({
      clientId: id,
      format: z.enum(['pdf', 'json']).default('pdf'),
      lang: z.enum(locales).optional(),
    }),
  }),
} as const;
