/**
 * What other domains may use from settings: the employer, the yearly legal
 * and pay figures valid on a day, and reading and writing settings documents.
 */
export { storedCoordinatorName } from './coordinator.js';
export { loadEmployer } from './employer.js';
export {
  adultAgeOn,
  averageFiguresOn,
  findParametersOn,
  parametersOn,
  scheduleNoticeDaysOn,
  type PayParametersRow,
} from './parameters.js';
export { parseSetting, readSetting, settingBeforeSave, storedSetting, writeSetting } from './store.js';
