import { List, Stack, Text } from '@mantine/core';
import type { BackupItem } from '@contract/backups.js';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useApiMutation } from '../../api/hooks.js';
import { FormActions } from '../../components/FormActions.js';
import { FormFailure } from '../../components/FormFailure.js';
import { formatMoment } from './format.js';
import { Dialog } from '../../components/Dialog.js';

/**
 * Says in plain words what a restore does before it is done: which data comes
 * back, what is lost from the screen, and that today's data is kept to undo it.
 */
export function RestoreDialog({ backup, onClose }: { backup: BackupItem | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  // Every screen reads the restored data afresh.
  const restore = useApiMutation('backups.restore', ['']);
  const [failure, setFailure] = useState<string | null>(null);
  const date = backup ? formatMoment(backup.takenAt, i18n.language) : '';
  const submit = async () => {
    if (!backup) return;
    setFailure(null);
    try {
      await restore.mutateAsync({ name: backup.name });
      notifications.show({ color: 'teal', message: t('data.restore.done', { date }) });
      onClose();
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  };
  return (
    <Dialog opened={backup !== null} onClose={onClose} title={t('data.restore.title')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <List spacing="xs">
            <List.Item>{t('data.restore.what', { date, ...backup?.contents })}</List.Item>
            <List.Item>{t('data.restore.lost')}</List.Item>
            <List.Item>{t('data.restore.keptAside')}</List.Item>
          </List>
          <Text size="sm" c="dimmed">
            {backup?.name}
          </Text>
          <FormFailure message={failure} />
          <FormActions onCancel={onClose} busy={restore.isPending} submitLabel={t('data.restore.confirm')} danger />
        </Stack>
      </form>
    </Dialog>
  );
}
