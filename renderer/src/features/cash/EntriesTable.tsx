import { Group, Table, Text } from '@mantine/core';
import type { CashEntryView } from '@contract/cash.js';
import { dateText, moneyText } from '@contract/present.js';
import { IconPrinter, IconReceiptOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../components/IconButton.js';
import type { ReceiptToCancel } from './CancelReceiptDialog.js';
import { StackedTable } from '../../components/StackedTable.js';

/** A month of the cash book: each entry with the balance right after it. */
export function EntriesTable({
  entries,
  onPrintReceipt,
  onCancelReceipt,
}: {
  entries: CashEntryView[];
  onPrintReceipt: (receiptId: number) => void;
  onCancelReceipt: (receipt: ReceiptToCancel) => void;
}) {
  const { t, i18n } = useTranslation();
  const money = (amount: number) => moneyText(i18n.language, amount);
  return (
    <StackedTable verticalSpacing="sm" highlightOnHover aria-label={t('cash.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('cash.columns.date')}</Table.Th>
          <Table.Th>{t('cash.columns.kind')}</Table.Th>
          <Table.Th>{t('cash.columns.receipt')}</Table.Th>
          <Table.Th>{t('cash.columns.who')}</Table.Th>
          <Table.Th ta="right">{t('cash.columns.amount')}</Table.Th>
          <Table.Th ta="right">{t('cash.columns.balance')}</Table.Th>
          <Table.Th>{t('cash.columns.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => {
          const number = entry.receiptNumber;
          const payout = entry.kind === 'advance' || entry.kind === 'payday';
          return (
            <Table.Tr key={entry.id}>
              <Table.Td>{dateText(i18n.language, entry.date)}</Table.Td>
              <Table.Td>{t(`cash.kinds.${entry.kind}`)}</Table.Td>
              <Table.Td>
                {number && (
                  <Group gap={6}>
                    <Text size="sm" td={entry.receiptCancelled ? 'line-through' : undefined}>
                      {number}
                    </Text>
                    {entry.receiptCancelled && (
                      <Text size="xs" c="dimmed">
                        {t('cash.cancelledMark')}
                      </Text>
                    )}
                  </Group>
                )}
              </Table.Td>
              <Table.Td>{[entry.clientName, entry.note].filter(Boolean).join(' – ')}</Table.Td>
              <Table.Td ta="right" c={entry.amount < 0 ? 'red.8' : undefined} style={{ whiteSpace: 'nowrap' }}>
                {money(entry.amount)}
              </Table.Td>
              <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {money(entry.balance)}
              </Table.Td>
              <Table.Td>
                {number && entry.receiptId !== null && (
                  <Group gap={4} wrap="nowrap">
                    <IconButton
                      variant="subtle"
                      size="lg"
                      label={t('cash.printReceipt', { number })}
                      onClick={() => entry.receiptId !== null && onPrintReceipt(entry.receiptId)}
                    >
                      <IconPrinter size={20} aria-hidden />
                    </IconButton>
                    {payout && !entry.receiptCancelled && (
                      <IconButton
                        variant="subtle"
                        color="red"
                        size="lg"
                        label={t('cash.cancelReceipt', { number })}
                        onClick={() =>
                          entry.receiptId !== null &&
                          onCancelReceipt({ id: entry.receiptId, number, amount: -entry.amount })
                        }
                      >
                        <IconReceiptOff size={20} aria-hidden />
                      </IconButton>
                    )}
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </StackedTable>
  );
}
