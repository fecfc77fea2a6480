import type { Employer } from '../contract/settings.js';
import { employer } from '../contract/settings.js';
import type { Ctx } from '../api/context.js';
import { readSetting } from './store.js';

const employerDefaults: Employer = {
  name: null,
  street: null,
  city: null,
  postcode: null,
  ico: null,
  representativeName: null,
  representativeRole: null,
  payday: 15,
};

/** Fields an employer needs before anything with its name is printed. */
const requiredEmployerFields = ['name', 'street', 'city', 'postcode', 'ico', 'representativeName'] as const;

/** The organisation as employer, with what is still missing before it can be printed. */
export function loadEmployer(ctx: Ctx) {
  const value = readSetting(ctx, 'employer', employer, employerDefaults);
  const missing = requiredEmployerFields.filter((f) => value[f] === null);
  return { ...value, complete: missing.length === 0, missing };
}
