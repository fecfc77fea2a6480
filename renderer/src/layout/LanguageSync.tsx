import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiLocale, useApiQuery } from '../api/hooks.js';

/** Applies the saved language preference to the screens, errors and <html lang>. */
export function LanguageSync() {
  const { i18n } = useTranslation();
  const applyLocale = useApiLocale();
  const preferences = useApiQuery('settings.getPreferences', {});
  const saved = preferences.data?.language;
  useEffect(() => {
    if (saved && saved !== i18n.language) void i18n.changeLanguage(saved);
  }, [saved, i18n]);
  useEffect(() => {
    applyLocale(i18n.language);
    document.documentElement.lang = i18n.language;
  }, [i18n.language, applyLocale]);
  return null;
}
