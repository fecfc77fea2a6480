import { Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { openingBalanceInput, topUpInput } from '@contract/cash.js';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks.js';
import { DateField } from '../../components/DateField.js';
import { FormFailure } from '../../components/FormFailure.js';
import { parseMoney } from '../../lib/format.js';
import { useContractForm } from '../../lib/form.js';

interface Texts {
  date: string | null;
  amount: string;
  note: string;
}

const toInput = (values: Texts) => ({
  date: values.date,
  // What cannot be an amount goes on as NaN, so the schema refuses it at the field and the text stays.
  amount: parseMoney(values.amount) ?? Number.NaN,
  note: values.note,
});

/**
 * Money coming into the cash box: the opening balance (once, when the book
 * starts) or a top-up from the bank. Both are a date, an amount and a note.
 */
export function MoneyEntryForm({ kind, today }: { kind: 'opening' | 'topUp'; today: string }) {
  const { t } = useTranslation();
  const method = kind === 'opening' ? 'cash.setOpeningBalance' : 'cash.topUp';
  const save = useApiMutation(method, ['cash.']);
  const empty: Texts = { date: today, amount: '', note: '' };
  const fields = useContractForm({
    schema: kind === 'opening' ? openingBalanceInput : topUpInput,
    defaultValues: empty,
    toInput,
  });
  const submit = fields.onSubmit(async (input) => {
    await save.mutateAsync(input);
    notifications.show({ color: 'teal', message: t(`cash.${kind}.done`) });
    fields.form.reset(empty);
  });
  const titleId = `cash-${kind}-title`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h4" id={titleId}>
            {t(`cash.${kind}.title`)}
          </Title>
          <Group align="flex-start" wrap="wrap">
            <DateField {...fields.value('date')} label={t('fields.date')} w={170} />
            <TextInput {...fields.text('amount')} label={t('fields.amount')} w={150} inputMode="decimal" />
            <TextInput {...fields.text('note')} label={t('fields.note')} miw={220} style={{ flex: 1 }} />
          </Group>
          <FormFailure message={fields.failure} />
          <Group>
            <Button type="submit" loading={fields.busy}>
              {t(`cash.${kind}.submit`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
