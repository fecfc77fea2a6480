import { dateText, listName, outOfText } from '@contract/present.js';
import { Alert, Button, Checkbox, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkRow, ShowMore } from '../../components/ListRows.js';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/errors.js';
import { useApiQuery } from '../../api/hooks.js';
import { StackedTable } from '../../components/StackedTable.js';

import { ClientStatus } from './status.js';

const pageSize = 50;

export function ClientsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const [includeInactive, setIncludeInactive] = useState(params.get('all') === '1');
  const [limit, setLimit] = useState(pageSize);
  const [debounced] = useDebouncedValue(query, 150);
  const searchRef = useRef<HTMLInputElement>(null);
  useHotkeys([
    ['/', () => searchRef.current?.focus()],
    ['mod+n', () => void navigate('/clients/new')],
  ]);
  const list = useApiQuery(
    'clients.list',
    { query: debounced, includeInactive, limit },
    { placeholderData: (prev) => prev },
  );

  const remember = (q: string, all: boolean) =>
    setParams({ ...(q ? { q } : {}), ...(all ? { all: '1' } : {}) }, { replace: true });

  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={1}>{t('clients.title')}</Title>
        <Button component={Link} to="/clients/new" leftSection={<IconPlus size={18} aria-hidden />}>
          {t('clients.new')}
        </Button>
      </Group>
      <Paper withBorder p="md">
        <Group align="flex-end">
          <TextInput
            ref={searchRef}
            autoFocus
            style={{ flex: '1 1 16rem' }}
            label={t('clients.searchLabel')}
            description={t('clients.searchHint')}
            placeholder={t('clients.searchPlaceholder')}
            leftSection={<IconSearch size={18} aria-hidden />}
            value={query}
            onChange={(e) => {
              setQuery(e.currentTarget.value);
              setLimit(pageSize);
              remember(e.currentTarget.value, includeInactive);
            }}
            type="search"
          />
          <Checkbox
            mb={8}
            label={t('clients.includeInactive')}
            checked={includeInactive}
            onChange={(e) => {
              setIncludeInactive(e.currentTarget.checked);
              remember(query, e.currentTarget.checked);
            }}
          />
        </Group>
      </Paper>
      {list.isError && (
        <Alert color="red" title={t('common.errorTitle')}>
          {errorMessage(list.error, t)}
        </Alert>
      )}
      {list.data && list.data.total === 0 && (
        <Text c="dimmed" py="lg">
          {debounced ? t('clients.noMatch', { query: debounced }) : t('clients.empty')}
        </Text>
      )}
      {list.data && list.data.total > 0 && (
        <Paper withBorder>
          <StackedTable highlightOnHover verticalSpacing="sm" horizontalSpacing="md" aria-label={t('clients.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('clients.columns.name')}</Table.Th>
                <Table.Th>{t('clients.columns.nickname')}</Table.Th>
                <Table.Th>{t('clients.columns.code')}</Table.Th>
                <Table.Th>{t('clients.columns.birthDate')}</Table.Th>
                <Table.Th>{t('clients.columns.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((c) => (
                <LinkRow key={c.id} to={`/clients/${c.id}`}>
                  <Table.Td>
                    <Link
                      to={`/clients/${c.id}`}
                      tabIndex={-1}
                      style={{ color: 'inherit', fontWeight: 600, textDecoration: 'none' }}
                    >
                      {listName(c)}
                    </Link>
                  </Table.Td>
                  <Table.Td>{c.nickname ?? ''}</Table.Td>
                  <Table.Td>{c.code}</Table.Td>
                  <Table.Td>{dateText(i18n.language, c.birthDate)}</Table.Td>
                  <Table.Td>
                    <ClientStatus {...c} />
                  </Table.Td>
                </LinkRow>
              ))}
            </Table.Tbody>
          </StackedTable>
          <ShowMore
            shown={list.data.items.length}
            total={list.data.total}
            label={t('clients.showing', { shown: outOfText(i18n.language, list.data.items.length, list.data.total) })}
            more={t('clients.showMore')}
            onMore={() => setLimit((n) => n + pageSize)}
          />
        </Paper>
      )}
    </Stack>
  );
}
