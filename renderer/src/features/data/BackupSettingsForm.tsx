import { Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { backupSettings, type BackupSettings } from '@contract/backups.js';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks.js';
import { FormFailure } from '../../components/FormFailure.js';
import { useContractForm } from '../../lib/form.js';

interface Values {
  secondFolder: string;
  printedKeepDays: string;
}

/** Days as typed: empty is "never", digits a number, anything else goes to the schema as it is to be refused. */
const days = (text: string): unknown => (text.trim() === '' ? null : /^\d+$/.test(text.trim()) ? Number(text) : text);

function SettingsForm({ initial }: { initial: BackupSettings }) {
  const { t } = useTranslation();
  const save = useApiMutation('backups.saveSettings', ['backups.']);
  const fields = useContractForm({
    schema: backupSettings,
    defaultValues: {
      secondFolder: initial.secondFolder ?? '',
      printedKeepDays: initial.printedKeepDays === null ? '' : String(initial.printedKeepDays),
    },
    toInput: (values: Values) => ({ secondFolder: values.secondFolder, printedKeepDays: days(values.printedKeepDays) }),
  });
  const submit = fields.onSubmit(async (input) => {
    await save.mutateAsync(input);
    notifications.show({ color: 'teal', message: t('common.saved') });
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm" maw={640}>
        <Title order={2}>{t('data.settings.title')}</Title>
        <TextInput
          {...fields.text('secondFolder')}
          label={t('fields.secondFolder')}
          description={t('data.settings.secondFolderHint')}
        />
        <TextInput
          {...fields.text('printedKeepDays')}
          label={t('fields.printedKeepDays')}
          description={t('data.settings.printedKeepDaysHint')}
          inputMode="numeric"
          maw={320}
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

/** The second backup folder and how long printed documents are kept. */
export function BackupSettingsForm() {
  const current = useApiQuery('backups.getSettings', {});
  return current.data ? <SettingsForm initial={current.data} /> : null;
}
