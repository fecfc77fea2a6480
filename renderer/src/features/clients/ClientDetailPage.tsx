import { dateText, fullName, listName } from '@contract/present.js';
import { Alert, Anchor, Badge, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { Client, ClientInput } from '@contract/clients.js';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../api/errors.js';
import { useApiMutation, useApiQuery } from '../../api/hooks.js';

import { ClientAgreementsPanel } from '../agreements/ClientAgreementsPanel.js';
import { DataRightsActions } from '../privacy/DataRightsActions.js';
import { BookingHistory } from '../schedule/BookingHistory.js';
import { ClientForm } from './ClientForm.js';
import { ClientSummary } from './ClientSummary.js';
import { DeactivateButton } from './DeactivateButton.js';
import { ClientStatus } from './status.js';
import { SuspensionsPanel } from './SuspensionsPanel.js';

function toInput(c: Client): ClientInput {
  return {
    code: c.code,
    firstName: c.firstName,
    lastName: c.lastName,
    nickname: c.nickname ?? '',
    birthDate: c.birthDate,
    birthNumber: c.birthNumber ?? '',
    street: c.street ?? '',
    city: c.city ?? '',
    postcode: c.postcode ?? '',
    idDocumentNumber: c.idDocumentNumber ?? '',
    healthInsurer: c.healthInsurer,
    phone: c.phone ?? '',
    paymentMethod: c.paymentMethod,
    bankAccount: c.bankAccount ?? '',
    taxDeclarationSigned: c.taxDeclarationSigned,
    taxDeclarationSince: c.taxDeclarationSince,
    statePaysHealthInsurance: c.statePaysHealthInsurance,
    notes: c.notes ?? '',
    allowDuplicate: false,
  };
}

export function ClientDetailPage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const client = useApiQuery('clients.get', { id }, { enabled: Number.isInteger(id) && id > 0 });
  const update = useApiMutation('clients.update', ['clients.']);
  // Editing is a deliberate step: the page reads first.
  const [editing, setEditing] = useState(false);

  if (client.isPending) return <Loader aria-label={t('common.loading')} />;
  if (client.isError) {
    return (
      <Alert color="red" title={t('common.errorTitle')}>
        {errorMessage(client.error, t)}
      </Alert>
    );
  }
  const c = client.data;
  return (
    <Stack maw={1100}>
      <Anchor component={Link} to="/clients" size="sm">
        ← {t('clients.title')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>
            {listName(c)}
            {c.nickname ? (
              <Text span c="dimmed" fz="xl">
                {' '}
                „{c.nickname}“
              </Text>
            ) : null}
          </Title>
          <Group gap="sm">
            <Badge variant="outline" color="gray">
              {c.code}
            </Badge>
            <Text c="dimmed">{t('clients.detail.born', { date: dateText(i18n.language, c.birthDate) })}</Text>
            <ClientStatus
              active={c.active}
              suspended={c.suspendedNow !== null}
              suspendedUntil={c.suspendedNow?.toDate ?? null}
            />
            {!c.active && c.deactivatedOn && (
              <Text c="dimmed" size="sm">
                {t('clients.detail.inactiveSince', { date: dateText(i18n.language, c.deactivatedOn) })}
                {c.deactivationReason ? ` – ${c.deactivationReason}` : ''}
              </Text>
            )}
          </Group>
        </Stack>
        <Group gap="xs">
          {!editing && (
            <Button
              variant="default"
              leftSection={<IconPencil size={18} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              {t('clients.detail.edit')}
            </Button>
          )}
          <DeactivateButton client={c} />
          <DataRightsActions clientId={c.id} />
        </Group>
      </Group>
      <ClientSummary client={c} />
      {editing && (
        <ClientForm
          key={c.updatedAt}
          initial={toInput(c)}
          excludeId={c.id}
          submitLabel={t('common.save')}
          onCancel={() => setEditing(false)}
          autoFocus
          onSubmit={async (values) => {
            const saved = await update.mutateAsync({ ...values, id: c.id });
            notifications.show({
              color: 'teal',
              message: t('clients.updated', { name: fullName(saved) }),
            });
            setEditing(false);
          }}
        />
      )}
      <ClientAgreementsPanel clientId={c.id} active={c.active} />
      <SuspensionsPanel client={c} />
      <BookingHistory clientId={c.id} />
      <Group>
        <Button component={Link} to="/clients" variant="default">
          {t('common.back')}
        </Button>
      </Group>
    </Stack>
  );
}
