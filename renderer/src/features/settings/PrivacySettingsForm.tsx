import { privacySettings, type PrivacySettings } from '@contract/privacy.js';
import { dateText } from '@contract/present.js';
import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useApiMutation, useApiQuery } from '../../api/hooks.js';
import { FormFailure } from '../../components/FormFailure.js';
import { useContractForm } from '../../lib/form.js';
import { StackedTable } from '../../components/StackedTable.js';
import { SettingsCard } from '../../components/SettingsCard.js';
import { WholeNumberField } from '../../components/WholeNumberField.js';

/** Settings → Privacy: when a client who left may be anonymised, and the law's retention periods beside it. */
export function PrivacySettingsForm() {
  const { t } = useTranslation();
  const current = useApiQuery('privacy.getSettings', {});
  return (
    <Stack>
      {current.isError && <Alert color="red">{errorMessage(current.error, t)}</Alert>}
      {current.data && <MonthsForm key={current.dataUpdatedAt} initial={current.data} />}
      <RetentionRules />
    </Stack>
  );
}

function MonthsForm({ initial }: { initial: PrivacySettings }) {
  const { t } = useTranslation();
  const save = useApiMutation('privacy.saveSettings', ['privacy.']);
  // A cleared number field answers '', which the schema then refuses at the field.
  const values: { anonymiseAfterMonths: number | string } = initial;
  const fields = useContractForm({
    schema: privacySettings,
    defaultValues: values,
    toInput: (typed) => ({
      anonymiseAfterMonths: typed.anonymiseAfterMonths === '' ? Number.NaN : Number(typed.anonymiseAfterMonths),
    }),
    mode: 'onTouched',
  });
  const submit = fields.onSubmit(async (input) => {
    await save.mutateAsync(input);
    notifications.show({ color: 'teal', message: t('privacySettings.saved') });
  });
  return (
    <SettingsCard title={t('privacySettings.title')} intro={t('privacySettings.intro')} onSubmit={submit}>
      <WholeNumberField
        {...fields.value('anonymiseAfterMonths')}
        label={t('fields.anonymiseAfterMonths')}
        description={t('privacySettings.monthsHint')}
        min={0}
        max={120}
        maw={560}
      />
      <FormFailure message={fields.failure} />
      <Group>
        <Button type="submit" loading={fields.busy}>
          {t('common.save')}
        </Button>
      </Group>
    </SettingsCard>
  );
}

/** The law's periods, read-only: they are data in the file (retention_rules), changed with a new version. */
function RetentionRules() {
  const { t, i18n } = useTranslation();
  const rules = useApiQuery('privacy.retentionRules', {});
  const period = (from: string, to: string | null) =>
    to === null
      ? t('privacySettings.validFrom', { from: dateText(i18n.language, from) })
      : t('privacySettings.validRange', { from: dateText(i18n.language, from), to: dateText(i18n.language, to) });
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h4">
          {t('privacySettings.lawTitle')}
        </Title>
        <Text>{t('privacySettings.lawIntro')}</Text>
        {rules.isError && <Alert color="red">{errorMessage(rules.error, t)}</Alert>}
        {rules.data && (
          <StackedTable aria-label={t('privacySettings.lawTitle')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('privacySettings.kind')}</Table.Th>
                <Table.Th>{t('privacySettings.years')}</Table.Th>
                <Table.Th>{t('privacySettings.citation')}</Table.Th>
                <Table.Th>{t('privacySettings.valid')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rules.data.map((rule) => (
                <Table.Tr key={`${rule.kind}-${rule.validFrom}`}>
                  <Table.Td>{t(`privacySettings.kinds.${rule.kind}`)}</Table.Td>
                  <Table.Td>{t('privacySettings.yearsValue', { count: rule.years })}</Table.Td>
                  <Table.Td>{rule.citation}</Table.Td>
                  <Table.Td>{period(rule.validFrom, rule.validTo)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </StackedTable>
        )}
      </Stack>
    </Paper>
  );
}
