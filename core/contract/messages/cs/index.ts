import { csAgreements } from './agreements.js';
import { csBackups } from './backups.js';
import { csCash } from './cash.js';
import { csAttendance } from './attendance.js';
import { csPayroll } from './payroll.js';
import { csClients } from './clients.js';
import { csCommon } from './common.js';
import { csSchedule } from './schedule.js';
import { csPayrollDocuments } from './payroll-documents.js';
import { csPrivacy } from './privacy.js';
import { csSettings } from './settings.js';
import { csOpening } from './opening.js';
import { csVault } from './vault.js';

/**
 * Czech texts of the contract: errors, warnings, validation, field names and the
 * words values are written with. Each domain keeps its own file; the key paths
 * (`errors.schedule.shiftFull`) stay as the doors and the screens know them.
 */
export const cs = {
  errors: {
    ...csCommon.errors,
    system: { ...csCommon.errors.system, ...csOpening.errors },
    client: csClients.errors,
    settings: csSettings.errors,
    agreement: csAgreements.errors,
    schedule: csSchedule.errors,
    cash: csCash.errors,
    attendance: csAttendance.errors,
    payrollDocuments: csPayrollDocuments.errors,
    payroll: csPayroll.errors,
    privacy: csPrivacy.errors,
    backups: csBackups.errors,
    vault: csVault.errors,
  },
  warnings: {
    schedule: csSchedule.warnings,
    agreement: csAgreements.warnings,
    attendance: csAttendance.warnings,
    payroll: csPayroll.warnings,
  },
  weekdays: csCommon.weekdays,
  settingNames: {
    ...csSettings.names,
    attendance: csAttendance.settingName,
    privacy: csPrivacy.settingName,
    backups: csBackups.settingName,
  },
  present: csCommon.present,
  recovery: csVault.recovery,
  opening: csOpening.texts,
  validation: {
    ...csCommon.validation,
    ...csClients.validation,
    ...csSettings.validation,
    ...csAgreements.validation,
    ...csSchedule.validation,
    ...csCash.validation,
    ...csAttendance.validation,
    ...csPayroll.validation,
    ...csVault.validation,
    ...csBackups.validation,
  },
  fields: {
    ...csCommon.fields,
    ...csClients.fields,
    ...csSettings.fields,
    ...csAgreements.fields,
    ...csSchedule.fields,
    ...csCash.fields,
    ...csAttendance.fields,
    ...csPayrollDocuments.fields,
    ...csPayroll.fields,
    ...csPrivacy.fields,
    ...csBackups.fields,
    ...csVault.fields,
  },
  privacy: {
    areas: csPrivacy.areas,
    records: csPrivacy.records,
    operations: csPrivacy.operations,
    values: csPrivacy.values,
    kept: csPrivacy.kept,
    removed: csPrivacy.removed,
    codes: csPrivacy.codes,
  },
} as const;
