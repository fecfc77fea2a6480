import type { AttendanceSettings, DayClientView, DayShiftView, DayView } from '@contract/attendance.js';
import type { ApiError } from '@contract/errors.js';
import { timeRange } from '@contract/present.js';
import { Alert, Badge, Box, CloseButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { QuickBook } from '../schedule/QuickBook.js';
import { ClientRow } from './ClientRow.js';
import type { TodayActions } from './useTodayActions.js';

interface Props {
  shift: DayShiftView;
  day: DayView;
  settings: AttendanceSettings;
  actions: TodayActions;
  /** Why the last walk-in for this shift was refused, shown at its field. */
  problem: ApiError | null;
  onDismissProblem: () => void;
  onArrived: (client: DayClientView) => void;
  onWalkIn: (client: { id: number; name: string }) => void;
  onWork: (client: DayClientView) => void;
  onHistory: (client: DayClientView) => void;
  /** What other areas add to a client's row (the advance). */
  extra?: (client: DayClientView) => ReactNode;
  inputRef?: Ref<HTMLInputElement>;
}

/** One shift of the day: its booked clients in order, then a walk-in field while places are free. */
export function ShiftPanel({ shift, day, settings, actions, problem, onDismissProblem, inputRef, ...on }: Props) {
  const { t } = useTranslation();
  const time = timeRange(shift.start, shift.end);
  const walkIns = day.recordable && shift.status === 'open' && shift.free > 0;
  return (
    <Paper withBorder p="md" component="section" aria-label={t('today.shift.label', { time })}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Stack gap={0}>
            <Title order={2} size="h3">
              {t('today.shift.label', { time })}
            </Title>
            <Text c="dimmed">{[shift.place, shift.task].filter(Boolean).join(' · ')}</Text>
          </Stack>
          {shift.status === 'open' && (
            <Badge size="lg" variant="light" color={shift.free > 0 ? 'teal' : 'gray'}>
              {shift.free > 0 ? t('today.shift.free', { count: shift.free }) : t('today.shift.full')}
            </Badge>
          )}
        </Group>
        {shift.status === 'cancelled' && (
          <Alert color="gray">{t('today.shift.cancelled', { reason: shift.cancelReason ?? t('common.none') })}</Alert>
        )}
        {shift.clients.length === 0 ? (
          <Text c="dimmed">{t('today.shift.nobody')}</Text>
        ) : (
          <Box component="ol" p={0} m={0}>
            {shift.clients.map((client, i) => (
              <ClientRow
                key={client.bookingId}
                number={i + 1}
                client={client}
                shift={shift}
                day={day}
                settings={settings}
                actions={actions}
                onArrived={() => on.onArrived(client)}
                onWork={() => on.onWork(client)}
                onHistory={() => on.onHistory(client)}
                extra={on.extra?.(client)}
              />
            ))}
          </Box>
        )}
        {walkIns && (
          <Box maw={420}>
            <QuickBook
              full={false}
              busy={false}
              label={t('today.walkIn.label')}
              inputRef={inputRef}
              onPick={(client) => {
                onDismissProblem();
                on.onWalkIn(client);
                return Promise.resolve(true);
              }}
            />
          </Box>
        )}
        {problem && (
          <Alert color="red" role="alert">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text size="sm">{problem.message}</Text>
              <CloseButton aria-label={t('common.close')} onClick={onDismissProblem} />
            </Group>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
