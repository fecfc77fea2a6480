import { monthText } from '@contract/present.js';
import { contract } from '@contract/index.js';
import { Select, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks.js';
import { FormActions } from '../../components/FormActions.js';
import { FormFailure } from '../../components/FormFailure.js';
import { useContractForm } from '../../lib/form.js';
import { parseSignedMoney } from './format.js';
import { Dialog } from '../../components/Dialog.js';

interface Props {
  month: string;
  opened: boolean;
  onClose: () => void;
}

interface Texts {
  sourceMonth: string | null;
  clientId: string | null;
  amount: string;
  reason: string;
}

/** A correction of a closed month for one of its clients, entered into this open month with its reason. */
export function AdjustmentDialog({ month, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog opened={opened} onClose={onClose} title={t('pay.adjustments.addTitle')} centered size="lg">
      {opened && <AdjustmentForm month={month} onClose={onClose} />}
    </Dialog>
  );
}

function AdjustmentForm({ month, onClose }: { month: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const add = useApiMutation('payroll.addAdjustment', ['payroll.']);
  const months = useApiQuery('payroll.months', {});
  const closed = (months.data ?? []).filter((m) => m.state === 'closed' && m.month < month);
  const empty: Texts = { sourceMonth: closed[0]?.month ?? null, clientId: null, amount: '', reason: '' };
  const fields = useContractForm({
    schema: contract['payroll.addAdjustment'].input,
    defaultValues: empty,
    toInput: (values: Texts) => ({
      month,
      sourceMonth: values.sourceMonth,
      clientId: values.clientId === null ? null : Number(values.clientId),
      // What cannot be an amount goes on as NaN, so the schema refuses it at the field and the text stays.
      amount: parseSignedMoney(values.amount) ?? Number.NaN,
      reason: values.reason,
    }),
  });
  const source = fields.value('sourceMonth');
  const sourceRun = useApiQuery('payroll.month', { month: source.value ?? '' }, { enabled: source.value !== null });
  const submit = fields.onSubmit(async (input) => {
    await add.mutateAsync(input);
    notifications.show({ color: 'teal', message: t('pay.adjustments.added') });
    onClose();
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <Select
          {...source}
          label={t('fields.sourceMonth')}
          data={closed.map((m) => ({ value: m.month, label: monthText(lang, m.month) }))}
          allowDeselect={false}
          onChange={(value) => {
            source.onChange(value);
            fields.form.setValue('clientId', null);
          }}
        />
        <Select
          {...fields.value('clientId')}
          label={t('fields.clientId')}
          data={(sourceRun.data?.payslips ?? []).map((slip) => ({ value: String(slip.clientId), label: slip.name }))}
          searchable
          allowDeselect={false}
        />
        <TextInput
          {...fields.text('amount')}
          label={t('fields.amount')}
          description={t('pay.adjustments.amountHint')}
          inputMode="decimal"
          w={220}
        />
        <Textarea {...fields.text('reason')} label={t('fields.reason')} autosize minRows={2} />
        <FormFailure message={fields.failure} />
        <FormActions onCancel={onClose} busy={fields.busy} />
      </Stack>
    </form>
  );
}
