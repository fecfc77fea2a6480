import { dateText, moneyText, percentText } from '@contract/present.js';
import { Alert, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { PayParameters } from '@contract/settings.js';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useApiQuery } from '../../api/hooks.js';
import { StackedTable } from '../../components/StackedTable.js';

import { ParametersForm } from './ParametersForm.js';

export function ParametersPanel() {
  const { t, i18n } = useTranslation();
  const list = useApiQuery('settings.listParameters', {});
  const [editing, setEditing] = useState<PayParameters | 'new' | null>(null);
  const lang = i18n.language;
  return (
    <Stack>
      <Text>{t('settings.parameters.intro')}</Text>
      {list.isError && <Alert color="red">{errorMessage(list.error, t)}</Alert>}
      <Paper withBorder>
        <StackedTable verticalSpacing="sm" highlightOnHover aria-label={t('settings.tabs.parameters')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('settings.parameters.period')}</Table.Th>
              <Table.Th>{t('fields.minWageHourly')}</Table.Th>
              <Table.Th>{t('fields.minWageMonthly')}</Table.Th>
              <Table.Th>{t('fields.insuranceThresholdMonthly')}</Table.Th>
              <Table.Th>{t('fields.incomeTaxRate')}</Table.Th>
              <Table.Th>{t('fields.taxpayerCreditMonthly')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data?.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td fw={600}>
                  {dateText(lang, p.validFrom)} – {dateText(lang, p.validTo)}
                </Table.Td>
                <Table.Td>{moneyText(lang, p.minWageHourly)}</Table.Td>
                <Table.Td>{moneyText(lang, p.minWageMonthly)}</Table.Td>
                <Table.Td>{moneyText(lang, p.insuranceThresholdMonthly)}</Table.Td>
                <Table.Td>{percentText(lang, p.incomeTaxRate)}</Table.Td>
                <Table.Td>{moneyText(lang, p.taxpayerCreditMonthly)}</Table.Td>
                <Table.Td ta="right">
                  <Button variant="subtle" onClick={() => setEditing(p)}>
                    {t('common.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </StackedTable>
      </Paper>
      <Group>
        <Button leftSection={<IconPlus size={18} aria-hidden />} variant="light" onClick={() => setEditing('new')}>
          {t('settings.parameters.add')}
        </Button>
      </Group>
      {editing !== null && (
        <ParametersForm
          existing={editing === 'new' ? null : editing}
          template={list.data?.at(-1) ?? null}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
