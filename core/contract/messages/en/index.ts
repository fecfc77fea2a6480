import type { Catalogue } from '../shape.js';
import { enAgreements } from './agreements.js';
import { enBackups } from './backups.js';
import { enCash } from './cash.js';
import { enAttendance } from './attendance.js';
import { enPayroll } from './payroll.js';
import { enClients } from './clients.js';
import { enCommon } from './common.js';
import { enSchedule } from './schedule.js';
import { enPayrollDocuments } from './payroll-documents.js';
import { enPrivacy } from './privacy.js';
import { enSettings } from './settings.js';
import { enOpening } from './opening.js';
import { enVault } from './vault.js';

/** English texts of the contract, joined as the Czech ones are (see ../cs/index.ts). */
export const en: Catalogue = {
  errors: {
    ...enCommon.errors,
    system: { ...enCommon.errors.system, ...enOpening.errors },
    client: enClients.errors,
    settings: enSettings.errors,
    agreement: enAgreements.errors,
    schedule: enSchedule.errors,
    cash: enCash.errors,
    attendance: enAttendance.errors,
    payrollDocuments: enPayrollDocuments.errors,
    payroll: enPayroll.errors,
    privacy: enPrivacy.errors,
    backups: enBackups.errors,
    vault: enVault.errors,
  },
  warnings: {
    schedule: enSchedule.warnings,
    agreement: enAgreements.warnings,
    attendance: enAttendance.warnings,
    payroll: enPayroll.warnings,
  },
  weekdays: enCommon.weekdays,
  settingNames: {
    ...enSettings.names,
    attendance: enAttendance.settingName,
    privacy: enPrivacy.settingName,
    backups: enBackups.settingName,
  },
  present: enCommon.present,
  recovery: enVault.recovery,
  opening: enOpening.texts,
  validation: {
    ...enCommon.validation,
    ...enClients.validation,
    ...enSettings.validation,
    ...enAgreements.validation,
    ...enSchedule.validation,
    ...enCash.validation,
    ...enAttendance.validation,
    ...enPayroll.validation,
    ...enVault.validation,
    ...enBackups.validation,
  },
  fields: {
    ...enCommon.fields,
    ...enClients.fields,
    ...enSettings.fields,
    ...enAgreements.fields,
    ...enSchedule.fields,
    ...enCash.fields,
    ...enAttendance.fields,
    ...enPayrollDocuments.fields,
    ...enPayroll.fields,
    ...enPrivacy.fields,
    ...enBackups.fields,
    ...enVault.fields,
  },
  privacy: {
    areas: enPrivacy.areas,
    records: enPrivacy.records,
    operations: enPrivacy.operations,
    values: enPrivacy.values,
    kept: enPrivacy.kept,
    removed: enPrivacy.removed,
    codes: enPrivacy.codes,
  },
};
