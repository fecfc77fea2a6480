import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks.js';
import { setApiLocale } from '../api/transport.js';

/** Applies the saved language preference to the screens, errors and <html lang>. */
export function LanguageSync() {
  const { i18n } = useTranslation();
  const preferences = useApiQuery('settings.getPreferences', {});
  const saved = preferences.data?.language;
  useEffect(() => {
    if (saved && saved !== i18n.language) void i18n.changeLanguage(saved);
  }, [saved, i18n]);
  useEffect(() => {
    setApiLocale(i18n.language);
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);
  return null;
}
