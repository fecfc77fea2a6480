import type { UiCatalogue } from '../shape.js';
import { enShell } from './shell.js';
import { enClients } from './clients.js';
import { enAgreements } from './agreements.js';
import { enSchedule } from './schedule.js';
import { enSettings } from './settings.js';
import { enToday } from './today.js';
import { enCash } from './cash.js';
import { enPay } from './pay.js';
import { enPrivacyUi } from './privacy.js';
import { enVault } from './vault.js';
import { enData } from './data.js';
import { enOpeningUi } from './opening.js';

/** English texts of the screens; the type demands exactly the Czech keys. */
export const enUi: UiCatalogue = {
  ...enShell,
  ...enClients,
  ...enAgreements,
  ...enSchedule,
  ...enSettings,
  ...enToday,
  ...enCash,
  ...enPay,
  ...enPrivacyUi,
  ...enVault,
  ...enData,
  ...enOpeningUi,
};
