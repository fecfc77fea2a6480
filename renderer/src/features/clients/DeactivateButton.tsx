import { fullName } from '@contract/present.js';
import { Button, Stack, Text, TextInput } from '@mantine/core';
import type { Client } from '@contract/clients.js';
import { contract } from '@contract/index.js';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useApiMutation } from '../../api/hooks.js';
import { FormFailure } from '../../components/FormFailure.js';
import { FormActions } from '../../components/FormActions.js';
import { notifyWithUndo } from '../../components/undo.js';
import { useContractForm } from '../../lib/form.js';
import { ReleasedBookings, releasedText, restoredText } from './ReleasedBookings.js';
import { Dialog } from '../../components/Dialog.js';

/**
 * Deactivation asks first, listing the bookings it will release, and can be
 * undone from the notice or the same button (released bookings come back
 * where their place is still free).
 */
export function DeactivateButton({ client }: { client: Client }) {
  const { t, i18n } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const deactivate = useApiMutation('clients.deactivate', ['clients.', 'schedule.']);
  const reactivate = useApiMutation('clients.reactivate', ['clients.', 'schedule.']);
  const name = fullName(client);
  const fields = useContractForm({
    schema: contract['clients.deactivate'].input,
    defaultValues: { reason: '' },
    toInput: (values: { reason: string }) => ({ id: client.id, ...values }),
  });

  const bringBack = async () => {
    try {
      const result = await reactivate.mutateAsync({ id: client.id });
      notifications.show({
        color: 'teal',
        message: t('clients.detail.reactivated', { name }) + restoredText(t, i18n.language, result),
      });
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
      <Dialog opened={opened} onClose={close} title={t('clients.detail.deactivateTitle', { name })} centered>
        <Stack
          component="form"
          onSubmit={(e) =>
            void fields.onSubmit(async (input) => {
              const result = await deactivate.mutateAsync(input);
              close();
              fields.form.reset();
              notifyWithUndo(t, t('clients.detail.deactivated', { name }) + releasedText(t, result), bringBack);
            })(e)
          }
        >
          <Text>{t('clients.detail.deactivateText')}</Text>
          {opened && <ReleasedBookings clientId={client.id} fromDate={null} toDate={null} fromToday />}
          <TextInput {...fields.text('reason')} label={t('clients.detail.deactivateReason')} data-autofocus />
          <FormFailure message={fields.failure} />
          <FormActions onCancel={close} busy={fields.busy} submitLabel={t('clients.detail.deactivate')} danger />
        </Stack>
      </Dialog>
    </>
  );
}
