import { Alert, Stack, Text, TextInput } from '@mantine/core';
import { amendmentInput, type Agreement } from '@contract/agreements/schemas.js';
import { notifications } from '@mantine/notifications';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useApiMutation, useApiQuery } from '../../api/hooks.js';
import { DateField } from '../../components/DateField.js';
import { FormFailure } from '../../components/FormFailure.js';
import { FormActions } from '../../components/FormActions.js';
import { useContractForm } from '../../lib/form.js';
import { fromTexts, termChecks, toTexts, type TermTexts } from './termTexts.js';
import { TermsFields } from './TermsFields.js';
import { Dialog } from '../../components/Dialog.js';

interface Props {
  agreement: Agreement;
  today: string;
  onClose: () => void;
}

type AmendValues = TermTexts & { effectiveFrom: string | null; note: string };

/** Prepares an amendment from the terms in force, changing what the coordinator changes. */
export function AmendDialog({ agreement, today, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const amend = useApiMutation('agreements.amend', ['agreements.']);
  const defaultValues: AmendValues = {
    effectiveFrom: today > agreement.validFrom ? today : agreement.validFrom,
    note: '',
    ...toTexts(agreement.current, i18n.language),
  };
  const fields = useContractForm({
    schema: amendmentInput,
    formChecks: termChecks,
    defaultValues,
    toInput: ({ effectiveFrom, note, ...texts }: AmendValues) => ({
      agreementId: agreement.id,
      effectiveFrom: effectiveFrom ?? '',
      note,
      ...fromTexts(texts),
    }),
  });
  const effectiveFrom = fields.value('effectiveFrom');
  const figures = useApiQuery(
    'settings.parametersOn',
    { date: effectiveFrom.value ?? today },
    { enabled: effectiveFrom.value !== null, retry: false },
  );
  const submit = fields.onSubmit(async (input) => {
    const result = await amend.mutateAsync(input);
    const seq = result.amendments.at(-1)?.seq ?? 0;
    notifications.show({ color: 'teal', message: t('agreements.amend.done', { seq }) });
    onClose();
  });

  return (
    <Dialog
      opened
      onClose={onClose}
      title={t('agreements.amend.title', { number: agreement.number })}
      size="80rem"
      centered
    >
      <FormProvider {...fields.form}>
        <Stack component="form" onSubmit={(e) => void submit(e)}>
          <Text>{t('agreements.amend.text')}</Text>
          <TermsFields
            hints={{
              ...(figures.data
                ? {
                    minimum: { date: figures.data.validFrom, amount: figures.data.minWageHourly },
                    maxWeeklyMinutes: figures.data.maxAverageWeeklyMinutes,
                    noticeDays: figures.data.noticePeriodDays,
                  }
                : {}),
            }}
            periodStart={<DateField {...effectiveFrom} label={t('fields.effectiveFrom')} withAsterisk />}
          />
          <TextInput {...fields.text('note')} label={t('agreements.amend.note')} />
          {figures.isError && <Alert color="red">{errorMessage(figures.error, t)}</Alert>}
          <FormFailure message={fields.failure} />
          <FormActions onCancel={onClose} busy={fields.busy} submitLabel={t('agreements.amend.confirm')} />
        </Stack>
      </FormProvider>
    </Dialog>
  );
}
