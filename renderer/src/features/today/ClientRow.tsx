import type { AttendanceSettings, DayClientView, DayShiftView, DayView } from '@contract/attendance.js';
import { clockTime, fullName, minutesText, timeRange } from '@contract/present.js';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconCheck, IconClock, IconHistory, IconUserX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { tasksFor, usualTasks, usualWork } from './format.js';
import type { TodayActions } from './useTodayActions.js';

interface Props {
  number: number;
  client: DayClientView;
  shift: DayShiftView;
  day: DayView;
  settings: AttendanceSettings;
  actions: TodayActions;
  onArrived: () => void;
  onWork: () => void;
  onHistory: () => void;
  /** What other areas add for an admitted client who worked (the advance). */
  extra?: ReactNode;
}

const outcomeColor = { admitted: 'teal', sentAway: 'orange', noShow: 'red' } as const;

/** One booked client at the desk: who, what happened, and the next step as large buttons. */
export function ClientRow({
  number,
  client,
  shift,
  day,
  settings,
  actions,
  onArrived,
  onWork,
  onHistory,
  extra,
}: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = fullName(client);
  const { arrival, workRecord: record } = client;
  const open = day.recordable && shift.status === 'open';
  const usual = usualWork(shift, client);
  const usualTime = timeRange(usual.start, usual.end);

  return (
    <Group
      component="li"
      aria-label={name}
      wrap="wrap"
      align="center"
      gap="sm"
      py="xs"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', listStyle: 'none' }}
    >
      <Text c="dimmed" w={22} ta="right" aria-hidden>
        {number}.
      </Text>
      <Stack gap={2} style={{ flex: '1 1 240px', minWidth: 0 }}>
        <Text fw={700} size="lg" style={{ overflowWrap: 'anywhere' }}>
          {name}
          <Text span c="dimmed" fw={400} size="sm">
            {client.nickname ? ` (${client.nickname})` : ''} · {client.code}
          </Text>
        </Text>
        <Group gap={4}>
          {arrival ? (
            <Badge color={outcomeColor[arrival.outcome]} variant="filled">
              {t(`today.client.outcome.${arrival.outcome}`)}
            </Badge>
          ) : (
            <Badge color="gray" variant="light">
              {t('today.client.waiting')}
            </Badge>
          )}
          {arrival?.late && (
            <Badge color="orange" variant="light">
              {t('today.client.late')}
            </Badge>
          )}
          {arrival?.walkIn && <Badge variant="light">{t('today.client.walkIn')}</Badge>}
          {!client.agreement.valid && (
            <Badge color="orange" variant="light">
              {t('today.client.noAgreement')}
            </Badge>
          )}
          {client.underAge && (
            <Badge color="blue" variant="light">
              {t('today.client.underAge')}
            </Badge>
          )}
        </Group>
        {arrival?.arrivedTime && (
          <Text size="sm">{t('today.client.arrivedAt', { time: clockTime(arrival.arrivedTime) })}</Text>
        )}
        {arrival?.sentAwayReason && (
          <Text size="sm">{t('today.client.sentAwayBecause', { reason: arrival.sentAwayReason })}</Text>
        )}
        {record && (
          <Text size="sm">
            {t(record.breakMinutes > 0 ? 'today.client.worked' : 'today.client.workedNoBreak', {
              from: clockTime(record.start),
              to: clockTime(record.end),
              breaks: minutesText(record.breakMinutes),
              minutes: minutesText(record.minutes),
            })}
            {record.tasks.length > 0 || record.taskNote
              ? ` · ${t('today.client.tasks', { tasks: [...record.tasks, ...(record.taskNote ? [record.taskNote] : [])].join(', ') })}`
              : ''}
          </Text>
        )}
      </Stack>
      <Group gap="xs" wrap="wrap" justify="flex-end">
        {open && client.next === 'arrival' && (
          <>
            <Button
              size="md"
              leftSection={<IconCheck size={20} aria-hidden />}
              aria-label={t('today.actions.arrivedLabel', { name })}
              onClick={onArrived}
            >
              {t('today.actions.arrived')}
            </Button>
            <Button
              size="md"
              variant="default"
              leftSection={<IconUserX size={20} aria-hidden />}
              aria-label={t('today.actions.noShowLabel', { name })}
              disabled={actions.busy}
              onClick={() => void actions.noShow(client)}
            >
              {t('today.actions.noShow')}
            </Button>
          </>
        )}
        {client.next === 'workRecord' && (
          <Button
            size="md"
            leftSection={<IconClock size={20} aria-hidden />}
            aria-label={t('today.actions.saveUsualLabel', { time: usualTime, name })}
            disabled={actions.busy}
            onClick={() =>
              void actions.saveWork(client, {
                ...usual,
                tasks: usualTasks(lang, shift, tasksFor(settings, client.underAge)),
              })
            }
          >
            {t('today.actions.saveUsual', { time: usualTime })}
          </Button>
        )}
        {arrival?.outcome === 'admitted' && (
          <Button size="md" variant="default" aria-label={t('today.actions.editWorkLabel', { name })} onClick={onWork}>
            {t('today.actions.editWork')}
          </Button>
        )}
        {record && (
          <Button
            size="md"
            variant="subtle"
            leftSection={<IconHistory size={20} aria-hidden />}
            aria-label={t('today.actions.historyLabel', { name })}
            onClick={onHistory}
          >
            {t('today.actions.history')}
          </Button>
        )}
        {arrival && day.date === day.today && (
          <Button
            size="md"
            variant="subtle"
            color="gray"
            leftSection={<IconArrowBackUp size={20} aria-hidden />}
            aria-label={t('today.actions.takeBackLabel', { name })}
            disabled={actions.busy}
            onClick={() => void actions.takeBack(arrival.id)}
          >
            {t('today.actions.takeBack')}
          </Button>
        )}
      </Group>
      {extra && (
        <Group w="100%" pl={34} gap="xs">
          {extra}
        </Group>
      )}
    </Group>
  );
}
