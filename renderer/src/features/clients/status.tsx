import { dateText } from '@contract/present.js';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface StatusFacts {
  active: boolean;
  suspended: boolean;
  suspendedUntil: string | null;
}

export function ClientStatus({ active, suspended, suspendedUntil }: StatusFacts) {
  const { t, i18n } = useTranslation();
  if (!active)
    return (
      <Badge color="gray" variant="light">
        {t('clients.status.inactive')}
      </Badge>
    );
  if (suspended) {
    return (
      <Badge color="orange" variant="light">
        {suspendedUntil
          ? t('clients.status.suspendedUntil', { date: dateText(i18n.language, suspendedUntil) })
          : `${t('clients.status.suspended')} (${t('clients.suspensions.openEnded')})`}
      </Badge>
    );
  }
  return (
    <Badge color="teal" variant="light">
      {t('clients.status.active')}
    </Badge>
  );
}
