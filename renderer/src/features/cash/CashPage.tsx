import { Alert, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { moneyText } from '@contract/present.js';
import { useHotkeys } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { IconButton } from '../../components/IconButton.js';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useApiQuery } from '../../api/hooks.js';
import { DateField } from '../../components/DateField.js';
import { usePrint } from '../../components/PrintPreview.js';
import { useToday } from '../../lib/useToday.js';
import { CancelReceiptDialog, type ReceiptToCancel } from './CancelReceiptDialog.js';
import { EntriesTable } from './EntriesTable.js';
import { MoneyEntryForm } from './MoneyEntryForm.js';
import { addMonths, monthOf, monthRange } from './month.js';

/**
 * The cash book: what the cash box holds now, a month's entries with the
 * balance after each, money coming in (opening balance, top-ups), printing a
 * day or a month for the accountant, and cancelling a receipt with its reason.
 */
export function CashPage() {
  const today = useToday();
  if (!today) return <Loader aria-label="…" />;
  return <CashBook today={today} />;
}

function CashBook({ today }: { today: string }) {
  const { t, i18n } = useTranslation();
  const [month, setMonth] = useState(monthOf(today));
  const [printDay, setPrintDay] = useState<string | null>(today);
  const [toCancel, setToCancel] = useState<ReceiptToCancel | null>(null);
  const book = useApiQuery('cash.book', monthRange(month));
  const { print, busy, preview } = usePrint();
  const lang = i18n.language === 'en' ? 'en' : 'cs';
  useHotkeys([
    ['PageUp', () => setMonth((m) => addMonths(m, -1))],
    ['PageDown', () => setMonth((m) => addMonths(m, 1))],
  ]);
  const money = (amount: number) => moneyText(i18n.language, amount);
  const monthTitle = new Intl.DateTimeFormat(lang === 'cs' ? 'cs-CZ' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={1}>{t('cash.title')}</Title>
        {book.data && (
          <Paper withBorder px="md" py="xs">
            <Text size="sm" c="dimmed">
              {t('cash.balanceNow')}
            </Text>
            <Text fw={700} size="xl" c={book.data.currentBalance < 0 ? 'red' : undefined} data-testid="cash-balance">
              {money(book.data.currentBalance)}
            </Text>
          </Paper>
        )}
      </Group>
      {book.data && !book.data.started && (
        <Stack gap="sm">
          <Alert color="yellow">{t('cash.notStarted')}</Alert>
          <MoneyEntryForm kind="opening" today={today} />
        </Stack>
      )}
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <IconButton
            label={t('cash.previousMonth')}
            variant="default"
            size="lg"
            onClick={() => setMonth(addMonths(month, -1))}
          >
            <IconChevronLeft size={20} aria-hidden />
          </IconButton>
          <Title order={2} size="h3" miw={180} ta="center">
            {monthTitle}
          </Title>
          <IconButton
            label={t('cash.nextMonth')}
            variant="default"
            size="lg"
            onClick={() => setMonth(addMonths(month, 1))}
          >
            <IconChevronRight size={20} aria-hidden />
          </IconButton>
          {month !== monthOf(today) && (
            <Button variant="subtle" onClick={() => setMonth(monthOf(today))}>
              {t('cash.thisMonth')}
            </Button>
          )}
        </Group>
        <Group gap="xs" align="flex-end">
          <DateField value={printDay} onChange={setPrintDay} label={t('cash.printDayLabel')} w={180} />
          <Button
            variant="default"
            leftSection={<IconPrinter size={18} aria-hidden />}
            loading={busy}
            disabled={printDay === null}
            onClick={() => printDay && void print('cash.printDay', { date: printDay, lang })}
          >
            {t('cash.printDay')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconPrinter size={18} aria-hidden />}
            loading={busy}
            onClick={() => void print('cash.printMonth', { month, lang })}
          >
            {t('cash.printMonth')}
          </Button>
        </Group>
      </Group>
      {book.isError && <Alert color="red">{errorMessage(book.error, t)}</Alert>}
      {book.data && (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <Figure label={t('cash.monthStart')} value={money(book.data.openingBalance)} />
            <Figure label={t('cash.received')} value={money(book.data.received)} />
            <Figure label={t('cash.paidOut')} value={money(book.data.paidOut)} />
            <Figure label={t('cash.monthEnd')} value={money(book.data.closingBalance)} />
          </SimpleGrid>
          {book.data.entries.length === 0 ? (
            <Text c="dimmed">{t('cash.empty')}</Text>
          ) : (
            <EntriesTable
              entries={book.data.entries}
              onPrintReceipt={(id) => void print('cash.printReceipt', { id, lang })}
              onCancelReceipt={setToCancel}
            />
          )}
        </>
      )}
      {book.data?.started && <MoneyEntryForm kind="topUp" today={today} />}
      <CancelReceiptDialog receipt={toCancel} onClose={() => setToCancel(null)} />
      {preview}
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </Paper>
  );
}
