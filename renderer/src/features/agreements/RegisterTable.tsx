import { hoursText, listName, moneyText, outOfText, periodText } from '@contract/present.js';
import { Alert, Group, Paper, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import type { AgreementState } from '@contract/agreements/schemas.js';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkRow, ShowMore } from '../../components/ListRows.js';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/errors.js';
import { useApiQuery } from '../../api/hooks.js';
import { StackedTable } from '../../components/StackedTable.js';

import { StateBadge } from './display.js';

const filters = {
  all: undefined,
  current: ['upcoming', 'valid', 'ending'],
  preparing: ['draft', 'printed'],
  ended: ['expired', 'ended'],
} satisfies Record<string, AgreementState[] | undefined>;
const pageSize = 50;

/** The register: every agreement, newest first, found by client or number. */
export function RegisterTable() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const [filter, setFilter] = useState(params.get('show') ?? 'all');
  const [limit, setLimit] = useState(pageSize);
  const [debounced] = useDebouncedValue(query, 150);
  const searchRef = useRef<HTMLInputElement>(null);
  useHotkeys([['/', () => searchRef.current?.focus()]]);
  const states = Object.entries(filters).find(([name]) => name === filter)?.[1];
  const list = useApiQuery(
    'agreements.list',
    { query: debounced, limit, ...(states ? { states } : {}) },
    { placeholderData: (prev) => prev },
  );
  const remember = (q: string, show: string) =>
    setParams({ ...(q ? { q } : {}), ...(show !== 'all' ? { show } : {}) }, { replace: true });

  return (
    <Stack>
      <Paper withBorder p="md">
        <Group align="flex-end">
          <TextInput
            ref={searchRef}
            style={{ flex: '1 1 16rem' }}
            type="search"
            label={t('agreements.register.search')}
            placeholder={t('agreements.register.searchPlaceholder')}
            leftSection={<IconSearch size={18} aria-hidden />}
            value={query}
            onChange={(e) => {
              setQuery(e.currentTarget.value);
              setLimit(pageSize);
              remember(e.currentTarget.value, filter);
            }}
          />
          <SegmentedControl
            size="md"
            aria-label={t('agreements.register.filterLabel')}
            value={filter}
            onChange={(value) => {
              setFilter(value);
              remember(query, value);
            }}
            data={(Object.keys(filters) as (keyof typeof filters)[]).map((key) => ({
              value: key,
              label: t(`agreements.register.filter.${key}`),
            }))}
          />
        </Group>
      </Paper>
      {list.isError && <Alert color="red">{errorMessage(list.error, t)}</Alert>}
      {list.data && list.data.total === 0 && (
        <Text c="dimmed" py="md">
          {debounced || states ? t('agreements.register.noMatch') : t('agreements.register.empty')}
        </Text>
      )}
      {list.data && list.data.total > 0 && (
        <Paper withBorder>
          <StackedTable
            highlightOnHover
            verticalSpacing="sm"
            horizontalSpacing="md"
            aria-label={t('agreements.register.title')}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('agreements.register.columns.number')}</Table.Th>
                <Table.Th>{t('agreements.register.columns.client')}</Table.Th>
                <Table.Th>{t('agreements.register.columns.period')}</Table.Th>
                <Table.Th ta="right">{t('agreements.register.columns.rate')}</Table.Th>
                <Table.Th ta="right">{t('agreements.register.columns.scope')}</Table.Th>
                <Table.Th>{t('agreements.register.columns.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((a) => (
                <LinkRow key={a.id} to={`/agreements/${a.id}`}>
                  <Table.Td>
                    <Link to={`/agreements/${a.id}`} tabIndex={-1} style={{ color: 'inherit', fontWeight: 600 }}>
                      {a.number}
                    </Link>
                  </Table.Td>
                  <Table.Td>{listName(a)}</Table.Td>
                  <Table.Td>{periodText(lang, a.validFrom, a.lastDay)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {t('agreements.values.perHour', { rate: moneyText(lang, a.hourlyRate) })}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {t('agreements.values.perWeek', { hours: hoursText(lang, a.weeklyMinutes) })}
                  </Table.Td>
                  <Table.Td>
                    <StateBadge state={a.state} />
                    {a.pendingAmendment && (
                      <Text size="xs" c="dimmed">
                        {t('agreements.register.pendingAmendment')}
                      </Text>
                    )}
                  </Table.Td>
                </LinkRow>
              ))}
            </Table.Tbody>
          </StackedTable>
          <ShowMore
            shown={list.data.items.length}
            total={list.data.total}
            label={t('agreements.register.showing', {
              shown: outOfText(lang, list.data.items.length, list.data.total),
            })}
            more={t('agreements.register.showMore')}
            onMore={() => setLimit((n) => n + pageSize)}
          />
        </Paper>
      )}
    </Stack>
  );
}
