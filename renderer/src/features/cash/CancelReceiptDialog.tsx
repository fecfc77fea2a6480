import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { cancelReceiptInput } from '@contract/cash.js';
import { moneyText } from '@contract/present.js';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks.js';
import { FormFailure } from '../../components/FormFailure.js';
import { useContractForm } from '../../lib/form.js';
import { Dialog } from '../../components/Dialog.js';

export interface ReceiptToCancel {
  id: number;
  number: string;
  amount: number;
}

/** Cancels a receipt issued by mistake; the reason is required and kept with it. */
export function CancelReceiptDialog({ receipt, onClose }: { receipt: ReceiptToCancel | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Dialog
      opened={receipt !== null}
      onClose={onClose}
      title={receipt ? t('cash.cancel.title', { number: receipt.number }) : ''}
      centered
    >
      {receipt && <CancelForm receipt={receipt} onClose={onClose} amount={moneyText(i18n.language, receipt.amount)} />}
    </Dialog>
  );
}

function CancelForm({ receipt, amount, onClose }: { receipt: ReceiptToCancel; amount: string; onClose: () => void }) {
  const { t } = useTranslation();
  const cancel = useApiMutation('cash.cancelReceipt', ['cash.', 'advances.']);
  const fields = useContractForm({
    schema: cancelReceiptInput,
    defaultValues: { reason: '' },
    toInput: (values: { reason: string }) => ({ id: receipt.id, reason: values.reason }),
  });
  const submit = fields.onSubmit(async (input) => {
    await cancel.mutateAsync(input);
    notifications.show({ color: 'teal', message: t('cash.cancel.done', { number: receipt.number }) });
    onClose();
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Text>{t('cash.cancel.text', { amount })}</Text>
        <Textarea {...fields.text('reason')} label={t('fields.reason')} data-autofocus autosize minRows={2} />
        <FormFailure message={fields.failure} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.back')}
          </Button>
          <Button type="submit" color="red" loading={fields.busy}>
            {t('cash.cancel.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
