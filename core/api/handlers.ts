import { integrityProblems } from '../../db/open.js';
import type { Contract } from '../contract/index.js';
import type { systemMethods } from '../contract/system.js';
import { advanceHandlers } from '../advances/handlers.js';
import { backupHandlers } from '../backups/handlers.js';
import { backupNow } from '../backups/index.js';
import { agreementHandlers } from '../agreements/handlers.js';
import { cashHandlers } from '../cash/handlers.js';
import { attendanceHandlers } from '../attendance/handlers.js';
import { clientHandlers } from '../clients/handlers.js';
import { holidayHandlers } from '../holidays/handlers.js';
import { payrollHandlers } from '../payroll/handlers.js';
import { payrollDocumentHandlers } from '../payroll/printing.js';
import { privacyHandlers } from '../privacy/handlers.js';
import { scheduleHandlers } from '../schedule/handlers.js';
import { settingsHandlers } from '../settings/handlers.js';
import type { Handlers } from './handler.js';

const systemHandlers: Handlers<typeof systemMethods> = {
  'system.info': (_input, ctx) => ({ ...ctx.meta, today: ctx.today() }),
  'system.backup': (_input, ctx) => ({ file: backupNow(ctx).file }),
  'system.checkIntegrity': (_input, ctx) => {
    const problems = integrityProblems(ctx.sqlite);
    return { ok: problems.length === 0, problems };
  },
};

/** Every use case, keyed by method name; the type demands exactly the contract's methods. */
export const handlers: Handlers<Contract> = {
  ...systemHandlers,
  ...clientHandlers,
  ...settingsHandlers,
  ...holidayHandlers,
  ...agreementHandlers,
  ...scheduleHandlers,
  ...cashHandlers,
  ...advanceHandlers,
  ...attendanceHandlers,
  ...payrollHandlers,
  ...payrollDocumentHandlers,
  ...privacyHandlers,
  ...backupHandlers,
};
