import { Stack, Text } from '@mantine/core';
import { contract } from '@contract/index.js';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField.js';
import { FormFailure } from '../../components/FormFailure.js';
import { FormActions } from '../../components/FormActions.js';
import { useContractForm } from '../../lib/form.js';
import { Dialog } from '../../components/Dialog.js';

interface Props {
  title: string;
  /** Today, the usual day of signing. */
  today: string;
  onSign: (signedOn: string) => Promise<unknown>;
  onClose: () => void;
}

/** Asks for the day both parties signed; today unless changed. */
export function SignDialog({ title, today, onSign, onClose }: Props) {
  const { t } = useTranslation();
  const defaultValues: { signedOn: string | null } = { signedOn: today };
  const fields = useContractForm({
    // The same input for an agreement and an amendment; the id is the caller's.
    schema: contract['agreements.sign'].input.pick({ signedOn: true }),
    defaultValues,
  });
  const submit = fields.onSubmit(async ({ signedOn }) => {
    await onSign(signedOn);
    onClose();
  });

  return (
    <Dialog opened onClose={onClose} title={title} centered>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Stack>
          <Text>{t('agreements.sign.text')}</Text>
          <DateField {...fields.value('signedOn')} label={t('fields.signedOn')} withAsterisk />
          <FormFailure message={fields.failure} />
          <FormActions onCancel={onClose} busy={fields.busy} submitLabel={t('agreements.sign.confirm')} focusSubmit />
        </Stack>
      </form>
    </Dialog>
  );
}
