import type { z } from 'zod';
import { advanceMethods } from './advances.js';
import { agreementMethods } from './agreements/methods.js';
import { cashMethods } from './cash.js';
import { attendanceMethods } from './attendance.js';
import { backupMethods } from './backups.js';
import { clientMethods } from './clients.js';
import { holidayMethods } from './holidays.js';
import { joinGroups } from './method.js';
import { payrollMethods } from './payroll.js';
import { payrollDocumentMethods } from './payroll-documents.js';
import { privacyMethods } from './privacy.js';
import { scheduleMethods } from './schedule.js';
import { settingsMethods } from './settings.js';
import { systemMethods } from './system.js';
import type { OpeningMethodName, OpeningMethods } from './opening.js';
import type { VaultMethodName, VaultMethods } from './vault.js';

/** Every operation of the app. The renderer, the CLI and IPC all speak this. */
export const contract = joinGroups(
  systemMethods,
  clientMethods,
  settingsMethods,
  holidayMethods,
  agreementMethods,
  scheduleMethods,
  cashMethods,
  advanceMethods,
  attendanceMethods,
  payrollMethods,
  payrollDocumentMethods,
  privacyMethods,
  backupMethods,
);

export type Contract = typeof contract;
export type MethodName = Extract<keyof Contract, string>;
/** What a page may call: the contract, the lock in front of it (./vault.ts) and a door that cannot open its file (./opening.ts). */
export type CallableName = MethodName | VaultMethodName | OpeningMethodName;
type Callable = Contract & VaultMethods & OpeningMethods;
export type Input<M extends CallableName> = z.input<Callable[M]['input']>;
export type Output<M extends CallableName> = z.output<Callable[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './errors.js';
export * from './i18n.js';
