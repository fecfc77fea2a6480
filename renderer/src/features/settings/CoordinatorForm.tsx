import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { coordinator } from '@contract/settings.js';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks.js';
import { FormFailure } from '../../components/FormFailure.js';
import { useContractForm } from '../../lib/form.js';

/**
 * The coordinator's own name: what the audit log, bookings and limit overrides
 * record as who acted. Asked at first start (FirstStartDialog) and kept in Settings.
 */
export function CoordinatorForm({ initial, onSaved }: { initial: string; onSaved?: () => void }) {
  const { t } = useTranslation();
  const save = useApiMutation('settings.saveCoordinator', ['settings.getCoordinator']);
  const fields = useContractForm({
    schema: coordinator,
    defaultValues: { coordinatorName: initial },
    toInput: (values: { coordinatorName: string }) => values,
    mode: 'onTouched',
  });
  const submit = fields.onSubmit(async (values) => {
    await save.mutateAsync(values);
    notifications.show({ color: 'teal', message: t('common.saved') });
    onSaved?.();
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Text>{t('settings.coordinator.intro')}</Text>
        <TextInput {...fields.text('coordinatorName')} label={t('fields.coordinatorName')} data-autofocus maw={420} />
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
