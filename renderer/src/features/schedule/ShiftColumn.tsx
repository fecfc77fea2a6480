import { outOfText, shortDateText, timeRange, weekdayHeading } from '@contract/present.js';
import { isoWeekday } from '@contract/dates.js';
import { Alert, Badge, Button, Group, List, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import type { BookingView, ShiftView } from '@contract/schedule-views.js';
import { IconAlertTriangle, IconDots, IconEdit, IconPrinter, IconRestore, IconX } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldText } from '../../api/errors.js';
import { IconButton } from '../../components/IconButton.js';
import { HolidayClosed } from './HolidayNotice.js';
import { shiftName } from './format.js';
import { PlaceList, WaitingList } from './PlaceList.js';
import { QuickBook } from './QuickBook.js';
import { shiftKey, type ScheduleActions } from './useScheduleActions.js';

interface Props {
  shift: ShiftView;
  /** Sign-up for the week is open (not a past week, not too far ahead). */
  open: boolean;
  today: string;
  fairnessWeeks: number;
  actions: ScheduleActions;
  inputRef?: Ref<HTMLInputElement>;
  onMove: (booking: BookingView) => void;
  onEdit: () => void;
  onCancelShift: () => void;
  onRestoreShift: () => void;
  onPrintDay: () => void;
}

function StatusBadge({ shift, today }: { shift: ShiftView; today: string }) {
  const { t, i18n } = useTranslation();
  if (shift.status === 'cancelled') return <Badge color="red">{t('schedule.shift.cancelled')}</Badge>;
  if (shift.started) {
    return <Badge color="gray">{t(shift.date < today ? 'schedule.shift.over' : 'schedule.shift.started')}</Badge>;
  }
  if (shift.free === 0) return <Badge color="orange">{t('schedule.shift.full')}</Badge>;
  return (
    <Badge color="teal">{t('schedule.shift.free', { free: outOfText(i18n.language, shift.free, shift.places) })}</Badge>
  );
}

/** One shift of the week: its places, the quick-book field, the waiting list. */
export function ShiftColumn(props: Props) {
  const { shift, actions } = props;
  const { t, i18n } = useTranslation();
  const key = shiftKey(shift);
  const cancelled = shift.status === 'cancelled';
  const locked = shift.started || cancelled;
  const problem = actions.problems[key];
  const warnings = actions.warnings[key];
  const title = `${weekdayHeading(i18n.language, isoWeekday(shift.date))} ${shortDateText(i18n.language, shift.date)}`;

  return (
    <Paper
      component="section"
      aria-label={`${title} ${timeRange(shift.start, shift.end)}`}
      withBorder
      p="md"
      radius="md"
      bg={cancelled ? 'gray.1' : shift.started ? 'gray.0' : 'white'}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Title order={2} size="h3">
              {title}
            </Title>
            <Text fw={700} size="lg">
              {timeRange(shift.start, shift.end)}
            </Text>
            <Text size="sm" c="dimmed">
              {shift.place}
              {shift.task ? ` · ${shift.task}` : ''}
            </Text>
          </Stack>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <IconButton
                variant="subtle"
                color="gray"
                size="lg"
                label={t('schedule.shift.menu', { shift: shiftName(i18n.language, shift) })}
              >
                <IconDots size={20} />
              </IconButton>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPrinter size={16} />} onClick={props.onPrintDay}>
                {t('schedule.shift.printDay')}
              </Menu.Item>
              {!locked && (
                <Menu.Item leftSection={<IconEdit size={16} />} onClick={props.onEdit}>
                  {t('schedule.shift.edit')}
                </Menu.Item>
              )}
              {!locked && (
                <Menu.Item color="red" leftSection={<IconX size={16} />} onClick={props.onCancelShift}>
                  {t('schedule.shift.cancel')}
                </Menu.Item>
              )}
              {cancelled && !shift.started && (
                <Menu.Item leftSection={<IconRestore size={16} />} onClick={props.onRestoreShift}>
                  {t('schedule.shift.restore')}
                </Menu.Item>
              )}
            </Menu.Dropdown>
          </Menu>
        </Group>
        <Group gap="xs">
          <StatusBadge shift={shift} today={props.today} />
          {shift.holiday !== null && (
            <Badge variant="light" color="grape">
              {t('schedule.holiday.badge', { name: shift.holiday })}
            </Badge>
          )}
          {shift.extra && (
            <Badge variant="outline" color="blue">
              {t('schedule.shift.extra')}
            </Badge>
          )}
        </Group>
        {cancelled && shift.cancelReason && (
          <Text c="red.8" fw={600}>
            {shift.cancelReason}
          </Text>
        )}
        {!cancelled && (
          <PlaceList
            shift={shift}
            locked={locked}
            onCancel={(b, kind) => void actions.cancel(b, shift, kind)}
            onMove={props.onMove}
          />
        )}
        <HolidayClosed shift={shift} locked={locked} />
        {!locked && props.open && !shift.closedForHoliday && (
          <QuickBook
            inputRef={props.inputRef}
            full={shift.free === 0}
            busy={actions.busy}
            onPick={(client) => (shift.free === 0 ? actions.addToWaiting(shift, client) : actions.book(shift, client))}
          />
        )}
        {problem && (
          <Alert
            color="red"
            icon={<IconAlertTriangle size={18} />}
            withCloseButton
            onClose={() => actions.dismissProblem(key)}
            closeButtonLabel={t('common.close')}
          >
            <Stack gap="xs">
              <Text size="sm">{fieldText(problem.error)}</Text>
              {problem.error.code === 'schedule.shiftFull' && problem.client && (
                <Button
                  size="sm"
                  variant="light"
                  onClick={() => {
                    if (problem.client) void actions.addToWaiting(shift, problem.client);
                  }}
                >
                  {t('schedule.book.toWaiting', { name: problem.client.name })}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        {warnings && (
          <Alert color="yellow" title={t('schedule.warningsTitle')} p="sm">
            <Group align="flex-start" wrap="nowrap" gap="xs">
              <List size="sm" spacing={4} style={{ flex: 1 }}>
                {warnings.map((w) => (
                  <List.Item key={w.code}>{w.message}</List.Item>
                ))}
              </List>
              <IconButton
                variant="subtle"
                color="gray"
                size="sm"
                label={t('common.close')}
                onClick={() => actions.dismissWarnings(key)}
              >
                <IconX size={16} />
              </IconButton>
            </Group>
          </Alert>
        )}
        {!cancelled && !(shift.started && shift.waiting.length === 0) && (
          <WaitingList
            shift={shift}
            fairnessWeeks={props.fairnessWeeks}
            locked={locked}
            onRemove={(w) => void actions.removeWaiting(w)}
          />
        )}
      </Stack>
    </Paper>
  );
}
