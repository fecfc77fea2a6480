import { agreementSettings, type AgreementSettings } from '../contract/agreements/settings.js';
import type { Ctx } from '../api/context.js';
import { readSetting } from '../settings/index.js';

export const agreementSettingsKey = 'agreements';

/**
 * What a new installation starts with. The texts are Czech, the legal language
 * of the agreements; the coordinator rewrites them in Settings.
 */
export const agreementSettingsDefaults: AgreementSettings = {
  workDescription:
    'úklid prostor kontaktního centra, příprava harm reduction materiálu a další drobné pomocné práce podle pokynů koordinátora pracovního programu',
  workplace: null,
  // One three-hour shift a week, the programme's usual rhythm.
  weeklyMinutes: 180,
  advanceShareBp: 7500,
  noticeTerms:
    'Dohodu lze zrušit dohodou smluvních stran ke sjednanému dni nebo výpovědí kterékoli ze smluvních stran z jakéhokoli důvodu nebo bez uvedení důvodu.',
  shiftScheduling:
    'Směny se konají v prostorách kontaktního centra ve dnech a časech uvedených v týdenním rozpisu směn. Zaměstnanec se na směnu zapisuje předem do rozpisu vyvěšeného v kontaktním centru; rozpis se jmény přihlášených je písemným rozvrhem pracovní doby.',
  signingPlace: null,
  additionalInformation: null,
  watchDays: 30,
};

export function loadAgreementSettings(ctx: Ctx): AgreementSettings {
  return readSetting(ctx, agreementSettingsKey, agreementSettings, agreementSettingsDefaults);
}

/** The employer's address on one line, the default place of work. */
export function employerAddress(employer: {
  street: string | null;
  city: string | null;
  postcode: string | null;
}): string {
  const town = [employer.postcode, employer.city].filter(Boolean).join(' ');
  return [employer.street, town].filter(Boolean).join(', ');
}
