import { vaultMethods } from '@contract/vault.js';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks.js';
import { FormFailure } from '../../components/FormFailure.js';
import { useContractForm } from '../../lib/form.js';
import { ChangePasswordForm } from './forms.js';
import { WholeNumberField } from '../../components/WholeNumberField.js';

/** Settings: change the password, and the idle time after which the app locks itself. */
export function VaultSettings() {
  const { t } = useTranslation();
  const status = useApiQuery('vault.status', {});
  return (
    <Paper withBorder p="md" maw={560} mt="md">
      <Stack gap="lg">
        <Title order={2} size="h3">
          {t('vault.settings.title')}
        </Title>
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('vault.settings.changeTitle')}
          </Title>
          <Text size="sm">{t('vault.settings.changeIntro')}</Text>
          <ChangePasswordForm
            onChanged={() => notifications.show({ color: 'teal', message: t('vault.settings.changed') })}
          />
        </Stack>
        {status.data && <IdleLockForm key={status.dataUpdatedAt} minutes={status.data.idleLockMinutes} />}
      </Stack>
    </Paper>
  );
}

function IdleLockForm({ minutes }: { minutes: number }) {
  const { t } = useTranslation();
  const save = useApiMutation('vault.saveIdleLock', ['vault.status']);
  // A cleared number field answers '', which the schema then refuses at the field.
  const initial: { idleLockMinutes: number | string } = { idleLockMinutes: minutes };
  const fields = useContractForm({
    schema: vaultMethods['vault.saveIdleLock'].input,
    defaultValues: initial,
    toInput: (values) => ({
      idleLockMinutes: values.idleLockMinutes === '' ? Number.NaN : Number(values.idleLockMinutes),
    }),
  });
  const submit = fields.onSubmit(async (input) => {
    await save.mutateAsync(input);
    notifications.show({ color: 'teal', message: t('vault.settings.idleSaved') });
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('vault.settings.idleTitle')}
        </Title>
        <Text size="sm">{t('vault.settings.idleIntro')}</Text>
        <WholeNumberField
          {...fields.value('idleLockMinutes')}
          label={t('fields.idleLockMinutes')}
          min={0}
          max={240}
          maw={260}
        />
        <FormFailure message={fields.failure} />
        <Group>
          <Button type="submit" loading={fields.busy}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
