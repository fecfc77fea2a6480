import { contractMessages } from '@contract/i18n.js';
import { createInstance, type TFunction } from 'i18next';
import { csUi } from '../../../renderer/src/i18n/cs/index.js';
import { enUi } from '../../../renderer/src/i18n/en/index.js';

/**
 * The screens' translation function with the real catalogues, as
 * renderer/src/i18n builds it, without touching the app's shared instance.
 */
export function translator(lang: 'cs' | 'en'): TFunction {
  const i18n = createInstance();
  void i18n.init({
    resources: {
      cs: { translation: { ...contractMessages.cs, ...csUi } },
      en: { translation: { ...contractMessages.en, ...enUi } },
    },
    lng: lang,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18n.t;
}
