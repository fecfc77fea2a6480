import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useApiMutation, useApiQuery } from '../../api/hooks.js';
import { formatMoment, formatSize } from './format.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';

/** Old printed documents hold personal data: this many days is the quick clean-up. */
const oldAfterDays = 30;

/** The folder of printed documents: where it is, what is in it, and clearing it. */
export function PrintedPanel() {
  const { t, i18n } = useTranslation();
  const printed = useApiQuery('backups.printed', {});
  const clear = useApiMutation('backups.clearPrinted', ['backups.printed']);
  const [confirming, setConfirming] = useState(false);
  const remove = async (olderThanDays?: number) => {
    const { removed } = await clear.mutateAsync(olderThanDays === undefined ? {} : { olderThanDays });
    notifications.show({ color: 'teal', message: t('data.printed.removed', { count: removed }) });
  };
  const removeOld = async () => {
    try {
      await remove(oldAfterDays);
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    }
  };
  const files = printed.data?.files ?? [];
  return (
    <Stack gap="sm">
      <Title order={2}>{t('data.printed.title')}</Title>
      <Text maw={820}>{t('data.printed.intro')}</Text>
      {printed.data?.folder ? (
        <Text size="sm" c="dimmed">
          {t('data.printed.folder', { folder: printed.data.folder })}
        </Text>
      ) : (
        <Text size="sm">{t('data.printed.notSaved')}</Text>
      )}
      <Text>{files.length === 0 ? t('data.printed.none') : t('data.printed.count', { count: files.length })}</Text>
      {files.slice(0, 5).map((file) => (
        <Text key={file.name} size="sm">
          {file.name} · {formatMoment(file.savedAt, i18n.language)} · {formatSize(file.size, i18n.language)}
        </Text>
      ))}
      <Group>
        <Button variant="default" disabled={files.length === 0} onClick={() => void removeOld()}>
          {t('data.printed.clearOld')}
        </Button>
        <Button color="red" variant="light" disabled={files.length === 0} onClick={() => setConfirming(true)}>
          {t('data.printed.clearAll')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('data.printed.title')}
        question={t('data.printed.confirmAll')}
        confirmLabel={t('data.printed.clearAll')}
        destructive
        onConfirm={() => remove()}
      />
    </Stack>
  );
}
