import { fullName } from '@contract/present.js';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import type { Client } from '@contract/clients.js';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useApiMutation } from '../../api/hooks.js';
import { notifyWithUndo } from '../../components/undo.js';

/** Deactivation asks first and can be undone from the notice or the same button. */
export function DeactivateButton({ client }: { client: Client }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const deactivate = useApiMutation('clients.deactivate', ['clients.']);
  const reactivate = useApiMutation('clients.reactivate', ['clients.']);
  const name = fullName(client);

  const bringBack = async () => {
    try {
      await reactivate.mutateAsync({ id: client.id });
      notifications.show({ color: 'teal', message: t('clients.detail.reactivated', { name }) });
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.errorTitle'), message: errorMessage(error, t) });
    }
  };

  if (!client.active) {
    return (
      <Button variant="light" onClick={() => void bringBack()} loading={reactivate.isPending}>
        {t('clients.detail.reactivate')}
      </Button>
    );
  }
  return (
    <>
      <Button variant="default" color="red" onClick={open}>
        {t('clients.detail.deactivate')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('clients.detail.deactivateTitle', { name })} centered>
        <Stack>
          <Text>{t('clients.detail.deactivateText')}</Text>
          <TextInput
            label={t('clients.detail.deactivateReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={deactivate.isPending}
              onClick={() =>
                void deactivate.mutateAsync({ id: client.id, reason }).then(
                  () => {
                    close();
                    setReason('');
                    notifyWithUndo(t, t('clients.detail.deactivated', { name }), bringBack);
                  },
                  (error: unknown) =>
                    notifications.show({
                      color: 'red',
                      title: t('common.errorTitle'),
                      message: errorMessage(error, t),
                    }),
                )
              }
            >
              {t('clients.detail.deactivate')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
