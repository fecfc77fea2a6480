import { csShell } from './shell.js';
import { csClients } from './clients.js';
import { csAgreements } from './agreements.js';
import { csSchedule } from './schedule.js';
import { csSettings } from './settings.js';
import { csToday } from './today.js';
import { csCash } from './cash.js';
import { csPay } from './pay.js';
import { csPrivacyUi } from './privacy.js';
import { csVault } from './vault.js';
import { csData } from './data.js';
import { csOpeningUi } from './opening.js';

/** Czech texts of the screens. Contract texts (errors, validation, field names) come from @contract. */
export const csUi = {
  ...csShell,
  ...csClients,
  ...csAgreements,
  ...csSchedule,
  ...csSettings,
  ...csToday,
  ...csCash,
  ...csPay,
  ...csPrivacyUi,
  ...csVault,
  ...csData,
  ...csOpeningUi,
};
