import { Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { Client } from '@contract/clients.js';
import { contract } from '@contract/index.js';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useApiMutation } from '../../api/hooks.js';
import { DateField } from '../../components/DateField.js';
import { FormFailure } from '../../components/FormFailure.js';
import { notifyWithUndo } from '../../components/undo.js';
import { dateText } from '@contract/present.js';
import { useContractForm } from '../../lib/form.js';
import { ReleasedBookings, releasedText, restoredText } from './ReleasedBookings.js';
import { StackedTable } from '../../components/StackedTable.js';

interface SuspensionValues {
  fromDate: string | null;
  toDate: string | null;
  reason: string;
}

const noSuspension: SuspensionValues = { fromDate: null, toDate: null, reason: '' };

export function SuspensionsPanel({ client }: { client: Client }) {
  const { t, i18n } = useTranslation();
  const add = useApiMutation('clients.addSuspension', ['clients.', 'schedule.']);
  const remove = useApiMutation('clients.removeSuspension', ['clients.', 'schedule.']);
  const fields = useContractForm({
    schema: contract['clients.addSuspension'].input,
    defaultValues: noSuspension,
    toInput: (values: SuspensionValues) => ({ clientId: client.id, ...values, fromDate: values.fromDate ?? '' }),
  });
  const submit = fields.onSubmit(async (input) => {
    const result = await add.mutateAsync(input);
    fields.form.reset(noSuspension);
    notifications.show({ color: 'teal', message: t('clients.suspensions.added') + releasedText(t, result) });
  });
  const [fromDate, toDate] = fields.form.watch(['fromDate', 'toDate']);

  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4">
        {t('clients.suspensions.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('clients.suspensions.hint')}
      </Text>
      {client.suspensions.length === 0 ? (
        <Text c="dimmed">{t('clients.suspensions.none')}</Text>
      ) : (
        <StackedTable verticalSpacing="xs" aria-label={t('clients.suspensions.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fields.fromDate')}</Table.Th>
              <Table.Th>{t('fields.toDate')}</Table.Th>
              <Table.Th>{t('fields.reason')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {client.suspensions.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{dateText(i18n.language, s.fromDate)}</Table.Td>
                <Table.Td>{s.toDate ? dateText(i18n.language, s.toDate) : t('clients.suspensions.openEnded')}</Table.Td>
                <Table.Td>
                  {s.reason}{' '}
                  {client.suspendedNow?.id === s.id && (
                    <Badge color="orange" variant="light" ml="xs">
                      {t('clients.suspensions.now')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    variant="subtle"
                    color="red"
                    size="sm"
                    onClick={() =>
                      void remove.mutateAsync({ id: s.id }).then(
                        (result) =>
                          notifyWithUndo(
                            t,
                            t('clients.suspensions.removed') + restoredText(t, i18n.language, result),
                            () =>
                              add.mutateAsync({
                                clientId: client.id,
                                fromDate: s.fromDate,
                                toDate: s.toDate,
                                reason: s.reason,
                              }),
                          ),
                        (error: unknown) => notifications.show({ color: 'red', message: errorMessage(error, t) }),
                      )
                    }
                  >
                    {t('clients.suspensions.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </StackedTable>
      )}
      <Stack mt="md" gap="xs" component="form" onSubmit={(e) => void submit(e)}>
        <Group align="flex-start" grow>
          <DateField {...fields.value('fromDate')} label={t('fields.fromDate')} withAsterisk />
          <DateField
            {...fields.value('toDate')}
            label={t('fields.toDate')}
            placeholder={t('clients.suspensions.openEnded')}
          />
          <TextInput {...fields.text('reason')} label={t('fields.reason')} withAsterisk />
        </Group>
        <ReleasedBookings clientId={client.id} fromDate={fromDate} toDate={toDate} />
        <FormFailure message={fields.failure} />
        <Button type="submit" variant="light" loading={fields.busy} w="fit-content">
          {t('clients.suspensions.add')}
        </Button>
      </Stack>
    </Paper>
  );
}
