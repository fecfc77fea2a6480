import { dateText } from '@contract/present.js';
import { Alert, Badge, Button, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { addIsoWeeks, isoWeekOf } from '@contract/dates.js';
import { weekPath } from '@contract/first-reads.js';
import type { BookingView, ShiftView } from '@contract/schedule-views.js';
import { useHotkeys } from '@mantine/hooks';
import { IconCalendarPlus, IconChevronLeft, IconChevronRight, IconPrinter } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../api/errors.js';
import { useApiQuery } from '../../api/hooks.js';
import { usePrint } from '../../components/PrintPreview.js';

import { CancelShiftDialog, MoveDialog, OverrideDialog, useRestoreShift } from './dialogs.js';
import { shiftName } from './format.js';
import { NoticesBanner } from './NoticesBanner.js';
import { WeekHolidays } from './HolidayNotice.js';
import { ShiftColumn } from './ShiftColumn.js';
import { ShiftFormDialog, type ShiftFormTarget } from './ShiftFormDialog.js';
import { shiftKey, useScheduleActions } from './useScheduleActions.js';

/** /week (and /): the week the app's clock is in. */
export function CurrentWeekRedirect() {
  const { t } = useTranslation();
  const info = useApiQuery('system.info', {});
  if (info.isError) return <Alert color="red">{errorMessage(info.error, t)}</Alert>;
  if (!info.data) return <Loader aria-label={t('common.loading')} />;
  return <Navigate to={weekPath(isoWeekOf(info.data.today))} replace />;
}

/** The week board: one ISO week, its shifts side by side. */
export function WeekPage() {
  const { t, i18n } = useTranslation();
  const params = useParams();
  const year = Number(params.year);
  const week = Number(params.week);
  const valid = Number.isInteger(year) && Number.isInteger(week) && week >= 1 && week <= 53;
  const navigate = useNavigate();
  const board = useApiQuery('schedule.week', { year, week }, { enabled: valid, placeholderData: (prev) => prev });
  const actions = useScheduleActions();
  const { print, busy: printing, preview } = usePrint();
  const restoreShift = useRestoreShift();
  const firstField = useRef<HTMLInputElement>(null);
  const [moving, setMoving] = useState<{ booking: BookingView; from: ShiftView } | null>(null);
  const [cancelling, setCancelling] = useState<ShiftView | null>(null);
  const [editing, setEditing] = useState<ShiftFormTarget | null>(null);

  // From the address at the moment of the key press, so quick presses add up
  // even before the page has re-rendered for the previous one.
  const go = (delta: number) => {
    const shown = /\/week\/(\d+)\/(\d+)/.exec(window.location.pathname);
    const from = shown ? { year: Number(shown[1]), week: Number(shown[2]) } : { year, week };
    void navigate(weekPath(addIsoWeeks(from.year, from.week, delta)));
  };
  const thisWeek = () => board.data && void navigate(weekPath(board.data.current));
  const printWeek = () => void print('schedule.printWeek', { year, week });
  useHotkeys([
    ['PageUp', () => go(-1)],
    ['PageDown', () => go(1)],
    ['alt+ArrowLeft', () => go(-1)],
    ['alt+ArrowRight', () => go(1)],
    ['Home', thisWeek],
    ['mod+P', printWeek],
    ['/', () => firstField.current?.focus()],
  ]);

  if (!valid) return <Navigate to="/week" replace />;
  if (board.isError) return <Alert color="red">{errorMessage(board.error, t)}</Alert>;
  if (!board.data) return <Loader aria-label={t('common.loading')} />;
  const data = board.data;
  const lang = i18n.language;
  const isCurrent = data.current.year === year && data.current.week === week;
  const open = data.signUp.state === 'open';
  const firstBookable = data.shifts.find((s) => s.status === 'open' && !s.started);

  return (
    <Stack maw={1400}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Group gap="sm" align="center">
            <Title order={1}>
              {year === data.current.year
                ? t('schedule.title', { week })
                : t('schedule.titleOtherYear', { week, year })}
            </Title>
            {isCurrent && (
              <Badge variant="light" size="lg">
                {t('schedule.currentBadge')}
              </Badge>
            )}
          </Group>
          <Text size="lg" c="dimmed">
            {t('schedule.range', { from: dateText(lang, data.monday), to: dateText(lang, data.sunday) })}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconChevronLeft size={18} />} onClick={() => go(-1)}>
            {t('schedule.previous')}
          </Button>
          <Button variant={isCurrent ? 'light' : 'default'} onClick={thisWeek} disabled={isCurrent}>
            {t('schedule.thisWeek')}
          </Button>
          <Button variant="default" rightSection={<IconChevronRight size={18} />} onClick={() => go(1)}>
            {t('schedule.next')}
          </Button>
          <Button leftSection={<IconPrinter size={18} />} onClick={printWeek} loading={printing}>
            {t('schedule.printWeek')}
          </Button>
          {data.signUp.state !== 'past' && (
            <Button
              variant="light"
              leftSection={<IconCalendarPlus size={18} />}
              onClick={() =>
                setEditing({
                  mode: 'extra',
                  monday: data.monday,
                  sunday: data.sunday,
                  template: data.shifts[0] ?? null,
                })
              }
            >
              {t('schedule.addExtra')}
            </Button>
          )}
        </Group>
      </Group>
      <NoticesBanner notices={data.notices} actions={actions} />
      <WeekHolidays holidays={data.holidays} />
      {data.signUp.state === 'notYet' && data.signUp.opensOn && (
        <Alert color="blue">{t('schedule.signUp.notYet', { date: dateText(lang, data.signUp.opensOn) })}</Alert>
      )}
      {data.signUp.state === 'past' && <Alert color="gray">{t('schedule.signUp.past')}</Alert>}
      {data.shifts.length === 0 ? (
        <Alert color="gray">
          <Stack align="flex-start">
            <Text>{t('schedule.noShifts')}</Text>
            <Button component={Link} to="/settings?tab=schedule" variant="light">
              {t('schedule.toSettings')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <SimpleGrid cols={{ base: 1, md: Math.min(data.shifts.length, 3), xl: Math.min(data.shifts.length, 4) }}>
          {data.shifts.map((shift) => (
            <ShiftColumn
              // Stays the same when a pattern's shift is first written, so the column and the focus in it stay too.
              key={shift.patternId === null ? shiftKey(shift) : `p${shift.patternId}-${shift.date}`}
              shift={shift}
              open={open}
              today={data.today}
              fairnessWeeks={data.fairnessWeeks}
              actions={actions}
              {...(shift === firstBookable ? { inputRef: firstField } : {})}
              onMove={(booking) => setMoving({ booking, from: shift })}
              onEdit={() => setEditing({ mode: 'edit', shift })}
              onCancelShift={() => setCancelling(shift)}
              onRestoreShift={() => {
                if (shift.id !== null) void restoreShift(shift.id, shiftName(lang, shift));
              }}
              onPrintDay={() => void print('schedule.printDay', { date: shift.date })}
            />
          ))}
        </SimpleGrid>
      )}
      <Text size="xs" c="dimmed">
        {t('schedule.shortcuts')}
      </Text>
      {/* Each dialog is built when it opens, not with the board (Dialog returns focus when one is removed). */}
      {actions.override && <OverrideDialog request={actions.override} actions={actions} />}
      {moving && <MoveDialog move={moving} shifts={data.shifts} actions={actions} onClose={() => setMoving(null)} />}
      <CancelShiftDialog shift={cancelling} onClose={() => setCancelling(null)} />
      <ShiftFormDialog target={editing} onClose={() => setEditing(null)} />
      {preview}
    </Stack>
  );
}
