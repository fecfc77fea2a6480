import type { advanceMethods } from '../contract/advances.js';
import type { Handlers } from '../api/handler.js';
import { declineAdvance, payAdvance } from './paying.js';
import { advancesOfDay, proposeAdvance } from './proposal.js';

export const advanceHandlers: Handlers<typeof advanceMethods> = {
  'advances.propose': ({ workRecordId }, ctx) => proposeAdvance(ctx, workRecordId),
  'advances.ofDay': ({ date }, ctx) => advancesOfDay(ctx, date),
  'advances.pay': ({ lang, ...input }, ctx) => payAdvance(ctx, input, lang ?? ctx.locale),
  'advances.decline': ({ workRecordId, reason }, ctx) => declineAdvance(ctx, workRecordId, reason),
};
