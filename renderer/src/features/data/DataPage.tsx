import { Divider, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BackupSettingsForm } from './BackupSettingsForm.js';
import { BackupsPanel } from './BackupsPanel.js';
import { PrintedPanel } from './PrintedPanel.js';

/** Where the coordinator sees the backups, restores one, and keeps printed documents in check. */
export function DataPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={1100} gap="lg">
      <Title order={1}>{t('data.title')}</Title>
      <BackupsPanel />
      <Divider />
      <PrintedPanel />
      <Divider />
      <BackupSettingsForm />
    </Stack>
  );
}
