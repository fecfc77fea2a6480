import { contract } from '@contract/index.js';
import type { PayslipView } from '@contract/payroll.js';
import { Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks.js';
import { FormActions } from '../../components/FormActions.js';
import { FormFailure } from '../../components/FormFailure.js';
import { useContractForm } from '../../lib/form.js';
import { paidInvalidates } from './invalidates.js';
import { Dialog } from '../../components/Dialog.js';

interface Props {
  month: string;
  slip: PayslipView;
  opened: boolean;
  onClose: () => void;
}

/** A paid mark found wrong later is taken back with its reason; a cash payout is cancelled in the book. */
export function TakeBackDialog({ month, slip, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog opened={opened} onClose={onClose} title={t('pay.payday.takeBackTitle', { name: slip.name })} centered>
      {opened && <TakeBackForm month={month} slip={slip} onClose={onClose} />}
    </Dialog>
  );
}

function TakeBackForm({ month, slip, onClose }: { month: string; slip: PayslipView; onClose: () => void }) {
  const { t } = useTranslation();
  const unmark = useApiMutation('payroll.unmarkPaid', paidInvalidates);
  const fields = useContractForm({
    schema: contract['payroll.unmarkPaid'].input,
    defaultValues: { reason: '' },
    toInput: (values: { reason: string }) => ({ month, clientId: slip.clientId, reason: values.reason }),
  });
  const submit = fields.onSubmit(async (input) => {
    await unmark.mutateAsync(input);
    notifications.show({ message: t('pay.payday.undone') });
    onClose();
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        {slip.paid?.receiptNumber !== null && <Text>{t('pay.payday.takeBackText')}</Text>}
        <Textarea {...fields.text('reason')} label={t('fields.reason')} data-autofocus autosize minRows={2} />
        <FormFailure message={fields.failure} />
        <FormActions onCancel={onClose} busy={fields.busy} submitLabel={t('pay.payday.takeBack')} danger />
      </Stack>
    </form>
  );
}
