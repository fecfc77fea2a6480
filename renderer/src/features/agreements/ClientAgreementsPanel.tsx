import { moneyText, periodText } from '@contract/present.js';
import { Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useApiQuery } from '../../api/hooks.js';
import { StackedTable } from '../../components/StackedTable.js';

import { StateBadge } from './display.js';

/** A client's agreements on the client's page, with the way to a new one. */
export function ClientAgreementsPanel({ clientId, active }: { clientId: number; active: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const list = useApiQuery('agreements.list', { clientId, limit: 100 });
  const items = list.data?.items ?? [];
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('agreements.client.title')}
        </Title>
        {active && (
          <Button
            component={Link}
            to={`/agreements/new?client=${clientId}`}
            variant="light"
            leftSection={<IconPlus size={18} aria-hidden />}
          >
            {t('agreements.client.new')}
          </Button>
        )}
      </Group>
      {list.data && items.length === 0 && <Text c="dimmed">{t('agreements.client.none')}</Text>}
      {items.length > 0 && (
        <StackedTable highlightOnHover verticalSpacing="xs" aria-label={t('agreements.client.title')}>
          <Table.Tbody>
            {items.map((a) => (
              <Table.Tr
                key={a.id}
                className="clickable-row"
                tabIndex={0}
                onClick={() => void navigate(`/agreements/${a.id}`)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') void navigate(`/agreements/${a.id}`);
                }}
              >
                <Table.Td fw={600}>{a.number}</Table.Td>
                <Table.Td>{periodText(lang, a.validFrom, a.lastDay)}</Table.Td>
                <Table.Td>{t('agreements.values.perHour', { rate: moneyText(lang, a.hourlyRate) })}</Table.Td>
                <Table.Td>
                  <StateBadge state={a.state} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </StackedTable>
      )}
    </Paper>
  );
}
