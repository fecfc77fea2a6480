import type { Handlers } from '../api/handler.js';
import type { privacyMethods } from '../contract/privacy.js';
import { anonymisationPlan, anonymise } from './anonymise.js';
import { auditLogPage } from './audit-log.js';
import { exportJob } from './export.js';
import { listRetentionRules } from './retention.js';
import { loadPrivacySettings, savePrivacySettings } from './settings.js';

export const privacyHandlers: Handlers<typeof privacyMethods> = {
  'privacy.auditLog': (input, ctx) => auditLogPage(ctx, input),
  'privacy.getSettings': (_input, ctx) => loadPrivacySettings(ctx),
  'privacy.saveSettings': (input, ctx) => savePrivacySettings(ctx, input),
  'privacy.retentionRules': (_input, ctx) => listRetentionRules(ctx),
  'privacy.anonymisePlan': ({ clientId }, ctx) => anonymisationPlan(ctx, clientId),
  'privacy.anonymise': ({ clientId }, ctx) => anonymise(ctx, clientId),
  'privacy.exportClient': ({ clientId, format, lang }, ctx) => exportJob(ctx, clientId, format, lang ?? ctx.locale),
};
