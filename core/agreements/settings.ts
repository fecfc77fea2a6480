import { agreementSettings, type AgreementSettings } from '../contract/agreements/settings.js';
import type { Ctx } from '../api/context.js';
import type { Locale } from '../contract/i18n.js';
import { readSetting } from '../settings/index.js';

export const agreementSettingsKey = 'agreements';

/**
 * What a new installation starts with, in Czech (the legal language of the
 * agreements) and in English; the coordinator rewrites both in Settings.
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
  workDescriptionEn:
    'cleaning the contact centre’s rooms, preparing harm reduction materials and other small auxiliary work as instructed by the work programme coordinator',
  noticeTermsEn:
    'The agreement may be ended by agreement of the parties on the agreed day, or by notice given by either party for any reason or without giving a reason.',
  shiftSchedulingEn:
    'Shifts take place in the contact centre on the days and at the times given in the weekly shift schedule. The employee signs up for a shift in advance on the schedule posted in the contact centre; the schedule with the names of those signed up is the written schedule of working hours.',
  additionalInformationEn: null,
  watchDays: 30,
};

/** The agreement texts of the settings in one language, for a new agreement and the information sheet. */
export function agreementTexts(settings: AgreementSettings, language: Locale) {
  return language === 'en'
    ? {
        workDescription: settings.workDescriptionEn,
        noticeTerms: settings.noticeTermsEn,
        shiftScheduling: settings.shiftSchedulingEn,
        additionalInformation: settings.additionalInformationEn,
      }
    : {
        workDescription: settings.workDescription,
        noticeTerms: settings.noticeTerms,
        shiftScheduling: settings.shiftScheduling,
        additionalInformation: settings.additionalInformation,
      };
}

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
