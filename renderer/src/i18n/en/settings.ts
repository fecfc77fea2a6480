import type { Shape } from '@contract/messages/shape.js';
import type { csSettings } from '../cs/settings.js';

/** English texts of the screens: settings. */
export const enSettings: Shape<typeof csSettings> = {
  settings: {
    title: 'Settings',
    tabs: {
      employer: 'Organisation',
      parameters: 'Legal and pay figures',
      holidays: 'Holidays',
      agreements: 'Agreements',
      schedule: 'Shifts',
      coordinator: 'Personal',
      attendance: 'Arrivals',
      privacy: 'Privacy',
    },
    coordinator: {
      intro: 'Your name is recorded with every change, booking and rule exception as the person who made it.',
      welcome: 'Welcome to Shiftbook. What is your name?',
      later: 'Later',
    },
    yearTurn: {
      ask: 'New legal and pay figures for {{year}} apply from {{from}} (minimum wage, insurance, tax). Enter them before agreements and pay need them.',
      link: 'Enter the figures for {{year}}',
    },
    employer: {
      intro: 'The organisation’s details as employer are printed on agreements and payslips.',
      incomplete: 'Before printing agreements, fill in: {{fields}}.',
      complete: 'The organisation’s details are complete.',
      paydayHint: 'Day of the month on which the rest of last month’s pay is paid.',
    },
    parameters: {
      intro:
        'Legal amounts and rates with their validity period. When the minimum wage changes on 1 January, add a new period.',
      add: 'Add period',
      editTitle: 'Period {{from}} – {{to}}',
      newTitle: 'New period',
      period: 'Period',
      deleteTitle: 'Delete the period?',
      deleteConfirm: 'Delete the period {{from}} – {{to}}?',
      deleteSubmit: 'Delete the period',
      deleted: 'The period was deleted.',
      hours: 'h',
      days: 'days',
      years: 'years',
      weeks: 'weeks',
      groups: {
        wage: 'Wage',
        premiums: 'Premiums',
        insurance: 'Insurance',
        tax: 'Tax',
        agreement: 'Agreement and schedule',
        age: 'Age',
      },
    },
    holidays: {
      intro:
        'Public holidays and other days off by law (Act No. 245/2000 Coll.). Pattern shifts falling on one are not opened for sign-up until you open them; work on a holiday earns a premium. Correct here what is wrong.',
      title: 'Holidays in {{year}}',
      previousYear: 'Previous year',
      nextYear: 'Next year',
      empty: 'No holidays are recorded for {{year}}. Add them so the week board knows them.',
      add: 'Add holiday',
      newTitle: 'New holiday',
      editTitle: 'Holiday {{date}}',
      dateFixed: 'A holiday is known by its date. If the day is wrong, delete the holiday and add it again.',
      deleteTitle: 'Delete the holiday?',
      deleteConfirm: 'Delete the holiday {{name}} ({{date}})?',
      deleteSubmit: 'Delete the holiday',
      deleted: 'The holiday {{name}} was deleted.',
    },
    agreements: {
      intro:
        'What a new agreement is prefilled with, and the wording printed on agreements and on the information on working conditions. Legal amounts (minimum wage, the scope limit, the notice period) are under Legal and pay figures.',
      workplaceHint: 'Left empty, the organisation’s address is used.',
      signingPlaceHint: 'As written after “V” in Czech (e.g. Brně); left empty, the place is filled in by hand.',
      shiftSchedulingHint: 'Printed on the information on working conditions.',
      additionalInformationHint: 'E.g. training or a collective agreement; printed on the information on conditions.',
      englishTitle:
        'Texts for agreements in English (a new agreement gets them when the app is in English; the English information sheet prints them)',
      watchDaysHint: 'How long before its end an agreement appears in the "Ending" list.',
    },
    language: {
      intro: 'Language of the screens and of newly printed documents.',
      cs: 'Čeština',
      en: 'English',
      changed: 'The language was changed.',
    },
  },
};
