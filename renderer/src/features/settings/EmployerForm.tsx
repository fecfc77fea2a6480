import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { employer } from '@contract/settings.js';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { errorMessage, fieldLabel } from '../../api/errors.js';
import { useApiMutation, useApiQuery } from '../../api/hooks.js';
import { FormFailure } from '../../components/FormFailure.js';
import { useContractForm } from '../../lib/form.js';
import { WholeNumberField } from '../../components/WholeNumberField.js';

/** The payday as typed: a number, or the text of one being typed ("" when cleared). */
type EmployerInput = Omit<z.input<typeof employer>, 'payday'> & { payday: number | string };
const textFields = ['name', 'street', 'city', 'postcode', 'ico', 'representativeName', 'representativeRole'] as const;

export function EmployerForm() {
  const { t } = useTranslation();
  const current = useApiQuery('settings.getEmployer', {});
  if (current.isError) {
    // The stored details are damaged: say so, and offer empty fields to enter them again.
    const blank = Object.fromEntries([...textFields, 'payday'].map((name) => [name, ''])) as EmployerInput;
    return (
      <Stack>
        <Alert color="red">{errorMessage(current.error, t)}</Alert>
        <EmployerFields key="damaged" initial={blank} />
      </Stack>
    );
  }
  if (!current.data) return null;
  const { complete: _c, missing: _m, ...values } = current.data;
  const initial = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v ?? ''])) as EmployerInput;
  return (
    <Stack>
      {current.data.complete ? (
        <Alert color="teal">{t('settings.employer.complete')}</Alert>
      ) : (
        <Alert color="yellow">
          {t('settings.employer.incomplete', { fields: current.data.missing.map((f) => fieldLabel(f, t)).join(', ') })}
        </Alert>
      )}
      <EmployerFields key={current.dataUpdatedAt} initial={initial} />
    </Stack>
  );
}

function EmployerFields({ initial }: { initial: EmployerInput }) {
  const { t } = useTranslation();
  const save = useApiMutation('settings.saveEmployer', ['settings.getEmployer']);
  const fields = useContractForm({
    schema: employer,
    defaultValues: initial,
    toInput: (values: EmployerInput) => ({
      ...values,
      payday: typeof values.payday === 'number' ? values.payday : Number.NaN,
    }),
    mode: 'onTouched',
  });
  const submit = fields.onSubmit(async (values) => {
    await save.mutateAsync(values);
    notifications.show({ color: 'teal', message: t('common.saved') });
  });
  return (
    <Paper withBorder p="md" component="form" onSubmit={(e) => void submit(e)} noValidate>
      <Text mb="md">{t('settings.employer.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {textFields.map((name) => (
          <TextInput key={name} {...fields.text(name)} label={t(`fields.${name}`)} />
        ))}
        <WholeNumberField
          {...fields.value('payday')}
          label={t('fields.payday')}
          description={t('settings.employer.paydayHint')}
          min={1}
          max={31}
        />
      </SimpleGrid>
      <FormFailure message={fields.failure} mt="md" />
      <Group mt="md">
        <Button type="submit" loading={fields.busy}>
          {t('common.save')}
        </Button>
      </Group>
    </Paper>
  );
}
