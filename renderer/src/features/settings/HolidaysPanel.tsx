import { dateText, weekdayText } from '@contract/present.js';
import type { PublicHoliday } from '@contract/holidays.js';
import { Alert, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronLeft, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useApiMutation, useApiQuery } from '../../api/hooks.js';
import { IconButton } from '../../components/IconButton.js';
import { useToday } from '../../lib/useToday.js';
import { HolidayForm } from './HolidayForm.js';
import { StackedTable } from '../../components/StackedTable.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';

/** The public holidays of one year, as the week board and the printed sheet read them. */
export function HolidaysPanel() {
  const { t } = useTranslation();
  const today = useToday();
  if (today === undefined) return <Loader aria-label={t('common.loading')} />;
  return <HolidaysOfYear initialYear={Number(today.slice(0, 4))} />;
}

function HolidaysOfYear({ initialYear }: { initialYear: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [year, setYear] = useState(initialYear);
  const [editing, setEditing] = useState<PublicHoliday | 'new' | null>(null);
  // The holiday asked about stays set while its question closes, so the text does not vanish mid-fade.
  const [deleting, setDeleting] = useState<PublicHoliday | null>(null);
  const [asking, setAsking] = useState(false);
  const list = useApiQuery('holidays.list', { year });
  const remove = useApiMutation('holidays.delete', ['holidays.', 'schedule.']);

  const nameOf = (holiday: PublicHoliday) => (lang === 'en' ? holiday.nameEn : holiday.nameCs);
  const del = async (holiday: PublicHoliday) => {
    await remove.mutateAsync({ date: holiday.date });
    notifications.show({ message: t('settings.holidays.deleted', { name: nameOf(holiday) }) });
  };

  return (
    <Stack>
      <Text>{t('settings.holidays.intro')}</Text>
      <Group gap="xs">
        <IconButton
          variant="default"
          size="lg"
          label={t('settings.holidays.previousYear')}
          onClick={() => setYear(year - 1)}
        >
          <IconChevronLeft size={18} />
        </IconButton>
        <Title order={2} size="h3" miw={70} ta="center">
          {year}
        </Title>
        <IconButton
          variant="default"
          size="lg"
          label={t('settings.holidays.nextYear')}
          onClick={() => setYear(year + 1)}
        >
          <IconChevronRight size={18} />
        </IconButton>
      </Group>
      {list.isError && <Alert color="red">{errorMessage(list.error, t)}</Alert>}
      {list.data?.length === 0 && <Alert color="yellow">{t('settings.holidays.empty', { year })}</Alert>}
      {list.data && list.data.length > 0 && (
        <Paper withBorder>
          <StackedTable verticalSpacing="xs" highlightOnHover aria-label={t('settings.holidays.title', { year })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.date')}</Table.Th>
                <Table.Th>{t('fields.nameCs')}</Table.Th>
                <Table.Th>{t('fields.nameEn')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((h) => (
                <Table.Tr key={h.date}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text span fw={600}>
                      {dateText(lang, h.date)}
                    </Text>{' '}
                    <Text span c="dimmed" size="sm">
                      {weekdayText(lang, h.date, 'short')}
                    </Text>
                  </Table.Td>
                  <Table.Td>{h.nameCs}</Table.Td>
                  <Table.Td>{h.nameEn}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    <Button variant="subtle" onClick={() => setEditing(h)}>
                      {t('common.edit')}
                    </Button>
                    <Button
                      variant="subtle"
                      color="red"
                      onClick={() => {
                        setDeleting(h);
                        setAsking(true);
                      }}
                    >
                      {t('common.delete')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </StackedTable>
        </Paper>
      )}
      <Group>
        <Button leftSection={<IconPlus size={18} aria-hidden />} variant="light" onClick={() => setEditing('new')}>
          {t('settings.holidays.add')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={asking}
        onClose={() => setAsking(false)}
        title={t('settings.holidays.deleteTitle')}
        question={
          deleting
            ? t('settings.holidays.deleteConfirm', { name: nameOf(deleting), date: dateText(lang, deleting.date) })
            : ''
        }
        confirmLabel={t('settings.holidays.deleteSubmit')}
        destructive
        onConfirm={() => (deleting ? del(deleting) : undefined)}
      />
      {editing !== null && (
        <HolidayForm
          existing={editing === 'new' ? null : editing}
          year={year}
          onSaved={(saved) => setYear(Number(saved.date.slice(0, 4)))}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
