import { Alert, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { employer, type Employer } from '@contract/settings.js';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { fieldLabel, fieldMessage } from '../../api/errors.js';
import { useApiMutation, useApiQuery } from '../../api/hooks.js';
import { contractResolver, saveForm } from '../../lib/form.js';

type EmployerInput = z.input<typeof employer>;
const textFields = ['name', 'street', 'city', 'postcode', 'ico', 'representativeName', 'representativeRole'] as const;

export function EmployerForm() {
  const { t } = useTranslation();
  const current = useApiQuery('settings.getEmployer', {});
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
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<EmployerInput, unknown, Employer>({
    defaultValues: initial,
    resolver: contractResolver(employer),
    mode: 'onTouched',
  });
  const submit = form.handleSubmit(async (values) => {
    const problem = await saveForm(form, () => save.mutateAsync(values), t);
    setFailure(problem);
    if (!problem) notifications.show({ color: 'teal', message: t('common.saved') });
  });
  return (
    <Paper withBorder p="md" component="form" onSubmit={(e) => void submit(e)} noValidate>
      <Text mb="md">{t('settings.employer.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {textFields.map((name) => (
          <TextInput
            key={name}
            {...form.register(name)}
            label={t(`fields.${name}`)}
            error={fieldMessage(form.formState.errors[name]?.message, t)}
          />
        ))}
        <Controller
          control={form.control}
          name="payday"
          render={({ field, fieldState }) => (
            <NumberInput
              label={t('fields.payday')}
              description={t('settings.employer.paydayHint')}
              min={1}
              max={31}
              allowDecimal={false}
              value={field.value}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : Number.NaN)}
              onBlur={field.onBlur}
              error={fieldMessage(fieldState.error?.message, t)}
              size="md"
            />
          )}
        />
      </SimpleGrid>
      {failure && (
        <Alert color="red" mt="md">
          {failure}
        </Alert>
      )}
      <Group mt="md">
        <Button type="submit" loading={form.formState.isSubmitting}>
          {t('common.save')}
        </Button>
      </Group>
    </Paper>
  );
}
