import { contractMessages } from '@contract/i18n.js';
import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { csUi } from './cs/index.js';

/** Czech, the default, comes with the first screen; it is also the reference every key is typed by. */
export const resources = {
  cs: { translation: { ...contractMessages.cs, ...csUi } },
} as const;

/**
 * English is fetched the first time it is chosen: i18next asks this backend for
 * a language it lacks and changeLanguage waits for it, so the switch shows no
 * untranslated keys, and the first screen carries one language, not two.
 */
const laterLanguages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    if (language !== 'en') {
      callback(null, false);
      return;
    }
    import('./english.js').then(
      ({ english }) => callback(null, english),
      (error: unknown) => callback(error instanceof Error ? error : String(error), false),
    );
  },
};

void i18n
  .use(laterLanguages)
  .use(initReactI18next)
  .init({
    resources,
    partialBundledLanguages: true,
    lng: 'cs',
    // Czech has every key (English has exactly its keys, see shape.ts); falling back to
    // English would fetch it at start.
    fallbackLng: 'cs',
    interpolation: { escapeValue: false },
    returnNull: false,
  });

export { i18n };
