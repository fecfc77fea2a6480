import { dateText, timeRange, weekdayHeading, weekdayName } from '@contract/present.js';
import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { contract } from '@contract/index.js';
import type { PatternView } from '@contract/schedule-views.js';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/errors.js';
import { useApiMutation, useApiQuery } from '../../../api/hooks.js';
import { DateField } from '../../../components/DateField.js';
import { FormFailure } from '../../../components/FormFailure.js';
import { FormActions } from '../../../components/FormActions.js';
import { useContractForm } from '../../../lib/form.js';
import { PatternForm } from './PatternForm.js';
import { useUnchangedNotice } from './useUnchangedNotice.js';
import { Dialog } from '../../../components/Dialog.js';
import { StackedTable } from '../../../components/StackedTable.js';

/** The recurring shifts, with their validity; change one from a day on, or end it. */
export function PatternsPanel() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const list = useApiQuery('schedule.listPatterns', {});
  const info = useApiQuery('system.info', {});
  const [editing, setEditing] = useState<PatternView | 'new' | null>(null);
  const [ending, setEnding] = useState<PatternView | null>(null);
  const today = info.data?.today ?? '';
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h4">
          {t('schedule.patterns.title')}
        </Title>
        <Text>{t('schedule.patterns.intro')}</Text>
        {list.isError && <Alert color="red">{errorMessage(list.error, t)}</Alert>}
        {list.data && list.data.length === 0 && <Text c="dimmed">{t('schedule.patterns.none')}</Text>}
        {list.data && list.data.length > 0 && (
          <StackedTable verticalSpacing="sm" aria-label={t('schedule.patterns.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('schedule.patterns.columns.day')}</Table.Th>
                <Table.Th>{t('schedule.patterns.columns.time')}</Table.Th>
                <Table.Th>{t('schedule.patterns.columns.places')}</Table.Th>
                <Table.Th>{t('schedule.patterns.columns.place')}</Table.Th>
                <Table.Th>{t('schedule.patterns.columns.valid')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td fw={600}>{weekdayHeading(lang, p.weekday)}</Table.Td>
                  <Table.Td>{timeRange(p.start, p.end)}</Table.Td>
                  <Table.Td>{p.places}</Table.Td>
                  <Table.Td>
                    {p.place}
                    {p.task ? (
                      <Text size="sm" c="dimmed">
                        {p.task}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {t('schedule.patterns.since', { date: dateText(lang, p.validFrom) })}
                    {p.validTo ? ` ${t('schedule.patterns.until', { date: dateText(lang, p.validTo) })}` : ''}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    <Button variant="subtle" onClick={() => setEditing(p)}>
                      {t('common.edit')}
                    </Button>
                    <Button variant="subtle" color="red" onClick={() => setEnding(p)}>
                      {t('schedule.patterns.end')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </StackedTable>
        )}
        <Group>
          <Button leftSection={<IconPlus size={18} aria-hidden />} variant="light" onClick={() => setEditing('new')}>
            {t('schedule.patterns.add')}
          </Button>
        </Group>
      </Stack>
      {editing !== null && (
        <PatternForm existing={editing === 'new' ? null : editing} today={today} onClose={() => setEditing(null)} />
      )}
      {ending && <EndPattern pattern={ending} today={today} onClose={() => setEnding(null)} />}
    </Paper>
  );
}

function EndPattern({ pattern, today, onClose }: { pattern: PatternView; today: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const end = useApiMutation('schedule.endPattern', ['schedule.']);
  const unchanged = useUnchangedNotice();
  const defaultValues: { lastDay: string | null } = { lastDay: today };
  const fields = useContractForm({
    schema: contract['schedule.endPattern'].input,
    defaultValues,
    toInput: ({ lastDay }: { lastDay: string | null }) => ({ id: pattern.id, lastDay: lastDay ?? '' }),
  });
  const label = { day: weekdayName(i18n.language, pattern.weekday), time: timeRange(pattern.start, pattern.end) };
  const submit = fields.onSubmit(async (input) => {
    const result = await end.mutateAsync(input);
    notifications.show({
      color: 'teal',
      message: result.deleted
        ? t('schedule.patterns.deleted')
        : t('schedule.patterns.ended', { date: input.lastDay ? dateText(i18n.language, input.lastDay) : '' }),
    });
    unchanged(result.unchangedDates);
    onClose();
  });
  return (
    <Dialog opened onClose={onClose} title={t('schedule.patterns.endTitle', label)} centered>
      <Stack component="form" onSubmit={(e) => void submit(e)}>
        <DateField {...fields.value('lastDay')} label={t('schedule.patterns.endIntro')} withAsterisk />
        <FormFailure message={fields.failure} />
        <FormActions onCancel={onClose} busy={fields.busy} submitLabel={t('schedule.patterns.end')} danger />
      </Stack>
    </Dialog>
  );
}
