import { dateText, listName, moneyText } from '@contract/present.js';
import { Alert, Button, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useApiMutation, useApiQuery } from '../../api/hooks.js';
import { DateField } from '../../components/DateField.js';

import { usePrintAgreements } from './usePrintAgreements.js';
import { Dialog } from '../../components/Dialog.js';

interface Props {
  initialFrom: string;
  onClose: () => void;
}

/** "New minimum wage from 1 January": every agreement below it, amendments prepared and printed in one go. */
export function MinimumWageDialog({ initialFrom, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [from, setFrom] = useState<string | null>(initialFrom);
  const [excluded, setExcluded] = useState<Set<number>>(new Set());
  const [prepared, setPrepared] = useState<number[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const plan = useApiQuery('agreements.minimumWagePlan', { effectiveFrom: from ?? initialFrom }, { retry: false });
  const prepare = useApiMutation('agreements.prepareMinimumWage', ['agreements.']);
  const { print, busy, preview } = usePrintAgreements();

  const items = plan.data?.items ?? [];
  const selectable = items.filter((i) => i.pending === null);
  const chosen = selectable.filter((i) => !excluded.has(i.agreementId)).map((i) => i.agreementId);
  const toggle = (id: number) =>
    setExcluded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const run = async () => {
    setFailure(null);
    try {
      const result = await prepare.mutateAsync({ effectiveFrom: from ?? initialFrom, agreementIds: chosen });
      const ids = result.amendments.map((a) => a.id);
      setPrepared(ids);
      notifications.show({ color: 'teal', message: t('agreements.minimumWage.prepared', { count: ids.length }) });
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  };

  return (
    <Dialog opened onClose={onClose} title={t('agreements.minimumWage.title')} size="xl" centered>
      <Stack>
        <Text>{t('agreements.minimumWage.text')}</Text>
        <Group align="flex-end">
          <DateField label={t('agreements.minimumWage.from')} value={from} onChange={setFrom} withAsterisk />
          {plan.data && (
            <Text pb={8} fw={600}>
              {t('agreements.minimumWage.minimum', { minimum: moneyText(lang, plan.data.minimum) })}
            </Text>
          )}
        </Group>
        {plan.isError && <Alert color="red">{errorMessage(plan.error, t)}</Alert>}
        {plan.data && items.length === 0 && <Text c="dimmed">{t('agreements.minimumWage.none')}</Text>}
        {items.length > 0 && (
          <Table verticalSpacing="xs" aria-label={t('agreements.minimumWage.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th />
                <Table.Th>{t('agreements.minimumWage.columns.agreement')}</Table.Th>
                <Table.Th>{t('agreements.minimumWage.columns.client')}</Table.Th>
                <Table.Th>{t('agreements.minimumWage.columns.from')}</Table.Th>
                <Table.Th ta="right">{t('agreements.minimumWage.columns.rate')}</Table.Th>
                <Table.Th ta="right">{t('agreements.minimumWage.columns.newRate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.agreementId}>
                  <Table.Td>
                    <Checkbox
                      aria-label={`${item.number} ${listName(item)}`}
                      checked={item.pending === null && !excluded.has(item.agreementId)}
                      disabled={item.pending !== null || prepared.length > 0}
                      onChange={() => toggle(item.agreementId)}
                    />
                  </Table.Td>
                  <Table.Td>{item.number}</Table.Td>
                  <Table.Td>
                    {listName(item)}
                    {item.pending && (
                      <Text size="sm" c="dimmed">
                        {t('agreements.minimumWage.pending', { seq: item.pending.seq })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{dateText(lang, item.effectiveFrom)}</Table.Td>
                  <Table.Td ta="right">{moneyText(lang, item.rate)}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {moneyText(lang, item.newRate)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {failure && <Alert color="red">{failure}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          {prepared.length === 0 ? (
            <Button onClick={() => void run()} loading={prepare.isPending} disabled={chosen.length === 0}>
              {t('agreements.minimumWage.prepare', { count: chosen.length })}
            </Button>
          ) : (
            <Button
              leftSection={<IconPrinter size={18} aria-hidden />}
              loading={busy}
              onClick={() => void print('agreements.printAmendments', { ids: prepared })}
            >
              {t('agreements.minimumWage.printAll')}
            </Button>
          )}
        </Group>
      </Stack>
      {preview}
    </Dialog>
  );
}
