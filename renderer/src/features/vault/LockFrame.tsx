import { Center, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiLocale } from '../../api/hooks.js';

/**
 * The frame of the screens in front of the data (unlock, first password, a file
 * that cannot be opened): the language is chosen here, since the preference
 * lives in the data not yet open.
 */
export function LockFrame({ title, width = 520, children }: { title: string; width?: number; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const applyLocale = useApiLocale();
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={width} maw="100%" component="main">
        <Stack gap="md">
          <SegmentedControl
            aria-label={t('vault.language')}
            value={i18n.language}
            onChange={(language) => {
              applyLocale(language);
              void i18n.changeLanguage(language);
            }}
            data={[
              { value: 'cs', label: 'Čeština' },
              { value: 'en', label: 'English' },
            ]}
            size="xs"
            style={{ alignSelf: 'flex-end' }}
          />
          <Stack gap={0}>
            <Text c="dimmed" fw={600}>
              {t('app.name')}
            </Text>
            <Title order={1} size="h2">
              {title}
            </Title>
          </Stack>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
