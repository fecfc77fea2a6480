import { Alert, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useApiLocale, useApiMutation, useApiQuery } from '../../api/hooks.js';

export function LanguageSettings() {
  const { t, i18n } = useTranslation();
  // A damaged stored preference is said here; choosing a language stores a good one.
  const stored = useApiQuery('settings.getPreferences', {});
  const save = useApiMutation('settings.savePreferences', ['settings.getPreferences']);
  const applyLocale = useApiLocale();
  const choose = async (language: string) => {
    if (language !== 'cs' && language !== 'en') return;
    try {
      await save.mutateAsync({ language });
      applyLocale(language);
      await i18n.changeLanguage(language);
      notifications.show({ color: 'teal', message: i18n.getFixedT(language)('settings.language.changed') });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    }
  };
  return (
    <Paper withBorder p="md" maw={560}>
      <Stack>
        <Text>{t('settings.language.intro')}</Text>
        {stored.isError && <Alert color="red">{errorMessage(stored.error, t)}</Alert>}
        <SegmentedControl
          size="md"
          aria-label={t('fields.language')}
          value={i18n.language}
          onChange={(value) => void choose(value)}
          data={[
            { value: 'cs', label: t('settings.language.cs') },
            { value: 'en', label: t('settings.language.en') },
          ]}
        />
      </Stack>
    </Paper>
  );
}
