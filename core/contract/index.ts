import type { z } from 'zod';
import { advanceMethods } from './advances.js';
import { agreementMethods } from './agreements/methods.js';
import { cashMethods } from './cash.js';
import { attendanceMethods } from './attendance.js';
import { backupMethods } from './backups.js';
import { clientMethods } from './clients.js';
import { holidayMethods } from './holidays.js';
import { joinGroups } from './method.js';
import { scheduleMethods } from './schedule.js';
import { settingsMethods } from './settings.js';
import { systemMethods } from './system.js';

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
  backupMethods,
);

export type Contract = typeof contract;
export type MethodName = Extract<keyof Contract, string>;
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './errors.js';
export * from './i18n.js';
