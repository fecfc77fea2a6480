import type { Contract } from '../contract/index.js';
import type { systemMethods } from '../contract/system.js';
import { agreementHandlers } from '../agreements/handlers.js';
import { clientHandlers } from '../clients/handlers.js';
import { scheduleHandlers } from '../schedule/handlers.js';
import { settingsHandlers } from '../settings/handlers.js';
import type { Handlers } from './handler.js';

const systemHandlers: Handlers<typeof systemMethods> = {
  'system.info': (_input, ctx) => ({ ...ctx.meta, today: ctx.today() }),
};

/** Every use case, keyed by method name; the type demands exactly the contract's methods. */
export const handlers: Handlers<Contract> = {
  ...systemHandlers,
  ...clientHandlers,
  ...settingsHandlers,
  ...agreementHandlers,
  ...scheduleHandlers,
};
