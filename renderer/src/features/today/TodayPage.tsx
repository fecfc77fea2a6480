import type { ApiError } from '@contract/errors.js';
import type { DayClientView, DayShiftView } from '@contract/attendance.js';
import { addDays, isValidIsoDate, isoWeekOf } from '@contract/dates.js';
import { dateText, fullName, weekdayText } from '@contract/present.js';
import { Alert, Badge, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight, IconPrinter } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../api/errors.js';
import { useApiQuery } from '../../api/hooks.js';
import { DateField } from '../../components/DateField.js';
import { usePrint } from '../../components/PrintPreview.js';
import { AdvanceActions } from './AdvanceActions.js';
import { ArrivalDialog } from './ArrivalDialog.js';
import { HistoryDialog } from './HistoryDialog.js';
import { ShiftPanel } from './ShiftPanel.js';
import { useTodayActions, type ArrivalTarget } from './useTodayActions.js';
import { WorkRecordDialog, type WorkTarget } from './WorkRecordDialog.js';

export const dayPath = (date: string) => `/today/${date}`;

/** A shift's place on the page, also before its first booking gives it an id. */
const shiftKey = (shift: DayShiftView) => (shift.id === null ? `${shift.date}-${shift.start}` : `s${shift.id}`);

/** /today: the day the app's clock is in. */
export function TodayRedirect() {
  const { t } = useTranslation();
  const info = useApiQuery('system.info', {});
  if (info.isError) return <Alert color="red">{errorMessage(info.error, t)}</Alert>;
  if (!info.data) return <Loader aria-label={t('common.loading')} />;
  return <Navigate to={dayPath(info.data.today)} replace />;
}

/** The arrival desk for one day: its shifts with the booked clients, arrivals, outcomes and work. */
export function TodayPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const date = useParams().date ?? '';
  const valid = isValidIsoDate(date);
  const navigate = useNavigate();
  const day = useApiQuery('attendance.day', { date }, { enabled: valid, placeholderData: (prev) => prev });
  const settings = useApiQuery('attendance.getSettings', {});
  const advances = useApiQuery('advances.ofDay', { date }, { enabled: valid });
  const actions = useTodayActions();
  const { print, busy: printing, preview } = usePrint();
  const walkInField = useRef<HTMLInputElement>(null);
  const [arriving, setArriving] = useState<ArrivalTarget | null>(null);
  const [working, setWorking] = useState<WorkTarget | null>(null);
  const [history, setHistory] = useState<DayClientView | null>(null);
  const [problems, setProblems] = useState<Record<string, ApiError>>({});
  const dialogOpen = arriving !== null || working !== null || history !== null;

  // From the address at the moment of the key press, so quick presses add up.
  const go = (delta: number) => {
    if (dialogOpen) return;
    const shown = /\/today\/(\d{4}-\d{2}-\d{2})/.exec(window.location.pathname)?.[1] ?? date;
    void navigate(dayPath(addDays(shown, delta)));
  };
  const toToday = () => day.data && !dialogOpen && void navigate(dayPath(day.data.today));
  const printDay = () => void print('schedule.printDay', { date, lang: lang === 'en' ? 'en' : 'cs' });
  useHotkeys([
    ['ArrowLeft', () => go(-1)],
    ['ArrowRight', () => go(1)],
    ['PageUp', () => go(-1)],
    ['PageDown', () => go(1)],
    ['Home', toToday],
    ['mod+P', printDay],
    ['/', () => walkInField.current?.focus()],
  ]);

  if (!valid) return <Navigate to="/today" replace />;
  if (day.isError) return <Alert color="red">{errorMessage(day.error, t)}</Alert>;
  if (settings.isError) return <Alert color="red">{errorMessage(settings.error, t)}</Alert>;
  if (!day.data || !settings.data) return <Loader aria-label={t('common.loading')} />;
  const data = day.data;
  const isToday = data.date === data.today;
  const week = isoWeekOf(data.date);
  const setProblem = (shift: DayShiftView, error: ApiError | null) =>
    setProblems((all) => {
      const { [shiftKey(shift)]: _old, ...rest } = all;
      return error ? { ...rest, [shiftKey(shift)]: error } : rest;
    });
  const proposals = new Map((advances.data ?? []).map((proposal) => [proposal.workRecordId, proposal]));
  const advanceOf = (client: DayClientView) => {
    const proposal = client.workRecord ? proposals.get(client.workRecord.id) : undefined;
    return proposal ? <AdvanceActions proposal={proposal} name={fullName(client)} print={print} /> : null;
  };
  const firstWalkIn = data.shifts.find((s) => s.status === 'open' && s.free > 0);

  return (
    <Stack maw={1100}>
      <Group justify="space-between" align="flex-end">
        <Group gap="sm" align="center">
          <Title order={1}>
            {t('today.title', { day: `${weekdayText(lang, data.date)} ${dateText(lang, data.date)}` })}
          </Title>
          {isToday && (
            <Badge variant="light" size="lg">
              {t('today.todayBadge')}
            </Badge>
          )}
        </Group>
        <Group gap="xs" align="flex-end">
          <Button variant="default" leftSection={<IconChevronLeft size={18} />} onClick={() => go(-1)}>
            {t('today.previous')}
          </Button>
          <Button variant={isToday ? 'light' : 'default'} onClick={toToday} disabled={isToday}>
            {t('today.toToday')}
          </Button>
          <Button variant="default" rightSection={<IconChevronRight size={18} />} onClick={() => go(1)}>
            {t('today.next')}
          </Button>
          <DateField
            aria-label={t('today.pickDay')}
            value={data.date}
            onChange={(next) => next && isValidIsoDate(next) && void navigate(dayPath(next))}
            clearable={false}
            w={175}
          />
          <Button leftSection={<IconPrinter size={18} />} onClick={printDay} loading={printing}>
            {t('today.printDay')}
          </Button>
        </Group>
      </Group>
      {data.holiday !== null && <Alert color="grape">{t('today.holiday', { name: data.holiday })}</Alert>}
      {data.holiday === null && data.dayKind !== 'weekday' && <Alert color="grape">{t('today.weekend')}</Alert>}
      {!data.recordable && <Alert color="blue">{t('today.future')}</Alert>}
      {data.shifts.length === 0 ? (
        <Alert color="gray">
          <Stack align="flex-start">
            <Text>{t('today.noShifts')}</Text>
            <Button component={Link} to={`/week/${week.year}/${week.week}`} variant="light">
              {t('today.toWeek')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        data.shifts.map((shift) => (
          <ShiftPanel
            key={shiftKey(shift)}
            shift={shift}
            day={data}
            settings={settings.data}
            actions={actions}
            problem={problems[shiftKey(shift)] ?? null}
            onDismissProblem={() => setProblem(shift, null)}
            onArrived={(client) => setArriving({ kind: 'booking', shift, client })}
            onWalkIn={(client) => setArriving({ kind: 'walkIn', shift, clientId: client.id, name: client.name })}
            onWork={(client) => setWorking({ shift, client })}
            onHistory={setHistory}
            extra={advanceOf}
            {...(shift === firstWalkIn ? { inputRef: walkInField } : {})}
          />
        ))
      )}
      <Text size="xs" c="dimmed">
        {t('today.shortcuts')}
      </Text>
      <ArrivalDialog
        target={arriving}
        settings={settings.data}
        past={data.date < data.today}
        actions={actions}
        onClose={() => setArriving(null)}
        onWalkInRefused={setProblem}
      />
      <WorkRecordDialog target={working} day={data} settings={settings.data} onClose={() => setWorking(null)} />
      <HistoryDialog client={history} onClose={() => setHistory(null)} />
      {preview}
    </Stack>
  );
}
