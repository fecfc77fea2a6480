import { fullName } from '@contract/present.js';
import { Anchor, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useApiMutation } from '../../api/hooks.js';
import { ClientForm, emptyClient } from './ClientForm.js';

export function NewClientPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useApiMutation('clients.create', ['clients.']);
  return (
    <Stack maw={1100}>
      <Anchor component={Link} to="/clients" size="sm">
        ← {t('clients.title')}
      </Anchor>
      <Title order={1}>{t('clients.newTitle')}</Title>
      <ClientForm
        initial={emptyClient}
        autoFocus
        submitLabel={t('common.save')}
        onCancel={() => void navigate('/clients')}
        onSubmit={async (values) => {
          const client = await create.mutateAsync(values);
          notifications.show({
            color: 'teal',
            message: t('clients.created', { name: fullName(client) }),
          });
          await navigate(`/clients/${client.id}`, { replace: true });
        }}
      />
    </Stack>
  );
}
