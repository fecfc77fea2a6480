import { dateText, fullName } from '@contract/present.js';
import { Alert, Anchor, Button, List, Stack, Text } from '@mantine/core';
import type { ClientInput, DuplicateMatch } from '@contract/clients.js';
import { isValidIsoDate } from '@contract/dates.js';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { UseFormWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/hooks.js';

/** Asks, as soon as name and birth date are filled in, whether the client is already registered. */
export function useDuplicateCheck(watch: UseFormWatch<ClientInput>, excludeId?: number): DuplicateMatch[] {
  const [firstName, lastName, birthDate] = watch(['firstName', 'lastName', 'birthDate']);
  const [key] = useDebouncedValue({ firstName: firstName.trim(), lastName: lastName.trim(), birthDate }, 300);
  const ready = key.firstName !== '' && key.lastName !== '' && isValidIsoDate(key.birthDate);
  const query = useApiQuery(
    'clients.checkDuplicates',
    { ...key, ...(excludeId !== undefined ? { excludeId } : {}) },
    { enabled: ready },
  );
  return ready ? (query.data ?? []) : [];
}

export function DuplicateWarning({
  matches,
  confirmable,
  onConfirm,
}: {
  matches: DuplicateMatch[];
  confirmable: boolean;
  onConfirm: () => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Alert color="yellow" title={t('clients.duplicateTitle')} icon={<IconAlertTriangle aria-hidden />} role="status">
      <Stack gap="xs">
        <Text size="sm">{t('clients.duplicateText')}</Text>
        <List size="sm">
          {matches.map((m) => (
            <List.Item key={m.id}>
              <Anchor component={Link} to={`/clients/${m.id}`} target="_self">
                {m.code} – {fullName(m)}
              </Anchor>{' '}
              ({t('clients.detail.born', { date: dateText(i18n.language, m.birthDate) })})
            </List.Item>
          ))}
        </List>
        {confirmable && (
          <Button color="yellow" variant="filled" onClick={onConfirm} w="fit-content">
            {t('clients.duplicateConfirm')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
