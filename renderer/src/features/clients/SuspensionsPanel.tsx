import { dateText } from '@contract/present.js';
import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { Client } from '@contract/clients.js';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf, errorMessage, fieldText } from '../../api/errors.js';
import { useApiMutation } from '../../api/hooks.js';
import { DateField } from '../../components/DateField.js';
import { notifyWithUndo } from '../../components/undo.js';

export function SuspensionsPanel({ client }: { client: Client }) {
  const { t, i18n } = useTranslation();
  const add = useApiMutation('clients.addSuspension', ['clients.']);
  const remove = useApiMutation('clients.removeSuspension', ['clients.']);
  const [fromDate, setFrom] = useState<string | null>(null);
  const [toDate, setTo] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = async () => {
    setErrors({});
    try {
      await add.mutateAsync({ clientId: client.id, fromDate: fromDate ?? '', toDate, reason });
      setFrom(null);
      setTo(null);
      setReason('');
      notifications.show({ color: 'teal', message: t('clients.suspensions.added') });
    } catch (error) {
      const apiError = apiErrorOf(error);
      setErrors({ [apiError.field ?? 'form']: apiError.field ? fieldText(apiError) : errorMessage(error, t) });
    }
  };

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
        <Table verticalSpacing="xs" aria-label={t('clients.suspensions.title')}>
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
                        () =>
                          notifyWithUndo(t, t('clients.suspensions.removed'), () =>
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
        </Table>
      )}
      <Stack mt="md" gap="xs">
        <Group align="flex-start" grow>
          <DateField
            label={t('fields.fromDate')}
            value={fromDate}
            onChange={setFrom}
            withAsterisk
            error={errors.fromDate}
          />
          <DateField
            label={t('fields.toDate')}
            value={toDate}
            onChange={setTo}
            placeholder={t('clients.suspensions.openEnded')}
            error={errors.toDate}
          />
          <TextInput
            label={t('fields.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            withAsterisk
            error={errors.reason}
          />
        </Group>
        {errors.form && <Alert color="red">{errors.form}</Alert>}
        <Button variant="light" onClick={() => void submit()} loading={add.isPending} w="fit-content">
          {t('clients.suspensions.add')}
        </Button>
      </Stack>
    </Paper>
  );
}
