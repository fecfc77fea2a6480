import { clockTime, dateText } from '@contract/present.js';
import { auditAreas, type AuditArea, type AuditEntry } from '@contract/privacy.js';
import { Alert, Badge, Button, CloseButton, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../api/errors.js';
import { useApiQuery } from '../../api/hooks.js';
import { DateField } from '../../components/DateField.js';
import { ClientPicker } from '../agreements/ClientPicker.js';
import { StackedTable } from '../../components/StackedTable.js';

const pageSize = 100;

/** A timestamp as recorded, its own local date and time (see decisions: timestamps carry their offset). */
function when(lang: string, at: string): string {
  return `${dateText(lang, at.slice(0, 10))} ${clockTime(at.slice(11, 16))}`;
}

function Changes({ entry }: { entry: AuditEntry }) {
  return (
    <Stack gap={2}>
      {entry.changes.map((change) => (
        <Text key={change.field} size="sm">
          <Text span fw={600}>
            {change.label}:
          </Text>{' '}
          {change.before === ''
            ? change.after
            : change.after === ''
              ? change.before
              : `${change.before} → ${change.after}`}
        </Text>
      ))}
    </Stack>
  );
}

/** The change log, newest first, filtered by client (from the URL, so the client page can link here), date and kind. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const clientId = Number(params.get('client')) || null;
  const [fromDate, setFromDate] = useState<string | null>(null);
  const [toDate, setToDate] = useState<string | null>(null);
  const [area, setArea] = useState<AuditArea | null>(null);
  const [limit, setLimit] = useState(pageSize);
  const log = useApiQuery('privacy.auditLog', { clientId, fromDate, toDate, area, limit });
  const client = useApiQuery('clients.get', { id: clientId ?? 0 }, { enabled: clientId !== null });

  const chooseClient = (id: number | null) => {
    setLimit(pageSize);
    setParams(id === null ? {} : { client: String(id) });
  };

  return (
    <Stack maw={1200}>
      <Title order={1}>{t('auditLog.title')}</Title>
      <Text c="dimmed">{t('auditLog.intro')}</Text>
      <Group align="flex-end" wrap="wrap">
        {clientId !== null ? (
          <Group gap={4}>
            <Text fw={600}>
              {t('auditLog.client')}:{' '}
              {client.data ? `${client.data.firstName} ${client.data.lastName}` : `#${clientId}`}
            </Text>
            <CloseButton aria-label={t('auditLog.clearClient')} onClick={() => chooseClient(null)} />
          </Group>
        ) : (
          <ClientPicker onPick={(id) => chooseClient(id)} filter={{ label: t('auditLog.client') }} />
        )}
        <DateField label={t('auditLog.from')} value={fromDate} onChange={setFromDate} />
        <DateField label={t('auditLog.to')} value={toDate} onChange={setToDate} />
        <Select
          label={t('auditLog.area')}
          placeholder={t('auditLog.allAreas')}
          clearable
          value={area}
          onChange={(value) => setArea(value ?? null)}
          data={auditAreas.map((a) => ({ value: a, label: t(`privacy.areas.${a}`) }))}
        />
      </Group>
      {log.isPending ? (
        <Loader aria-label={t('common.loading')} />
      ) : log.isError ? (
        <Alert color="red" title={t('common.errorTitle')}>
          {errorMessage(log.error, t)}
        </Alert>
      ) : log.data.entries.length === 0 ? (
        <Text>{t('auditLog.empty')}</Text>
      ) : (
        <>
          <StackedTable striped verticalSpacing="xs" aria-label={t('auditLog.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('auditLog.when')}</Table.Th>
                <Table.Th>{t('auditLog.who')}</Table.Th>
                <Table.Th>{t('auditLog.what')}</Table.Th>
                <Table.Th>{t('auditLog.changes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {log.data.entries.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{when(i18n.language, entry.at)}</Table.Td>
                  <Table.Td>{entry.actor}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {entry.record} · {t(`privacy.operations.${entry.operation}`)}
                    </Text>
                    {entry.clientName && <Text size="sm">{entry.clientName}</Text>}
                    {entry.redacted && (
                      <Badge size="sm" variant="outline" color="gray">
                        {t('auditLog.redacted')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Changes entry={entry} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </StackedTable>
          <Group>
            <Text size="sm" c="dimmed">
              {t('auditLog.count', { shown: log.data.entries.length, total: log.data.total })}
            </Text>
            {log.data.entries.length < log.data.total && (
              <Button variant="default" onClick={() => setLimit((n) => Math.min(n + pageSize, 500))}>
                {t('auditLog.more')}
              </Button>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
