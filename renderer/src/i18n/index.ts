import { contractMessages } from '@contract/i18n.js';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { csUi } from './cs/index.js';
import { enUi } from './en/index.js';

export const resources = {
  cs: { translation: { ...contractMessages.cs, ...csUi } },
  en: { translation: { ...contractMessages.en, ...enUi } },
} as const;

void i18n.use(initReactI18next).init({
  resources,
  lng: 'cs',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18n };
