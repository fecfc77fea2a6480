import { dateText } from '@contract/present.js';
import type { ShiftView, WeekView } from '@contract/schedule-views.js';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconConfetti } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useApiMutation } from '../../api/hooks.js';

/** The week's public holidays, above the board. */
export function WeekHolidays({ holidays }: { holidays: WeekView['holidays'] }) {
  const { t, i18n } = useTranslation();
  if (holidays.length === 0) return null;
  return (
    <Alert color="grape" icon={<IconConfetti size={18} />}>
      {t('schedule.holiday.week', {
        list: holidays.map((h) => `${dateText(i18n.language, h.date)} ${h.name}`).join(', '),
      })}
    </Alert>
  );
}

/**
 * A pattern shift on a public holiday: closed to sign-up until the coordinator
 * opens it ("open anyway"), which says that holiday pay applies.
 */
export function HolidayClosed({ shift, locked }: { shift: ShiftView; locked: boolean }) {
  const { t } = useTranslation();
  const open = useApiMutation('schedule.openHolidayShift', ['schedule.']);
  if (!shift.closedForHoliday) return null;
  const openAnyway = () =>
    open.mutateAsync({ shift: shift.ref }).then(
      (result) =>
        notifications.show({
          color: 'yellow',
          autoClose: 10_000,
          message: result.warnings.map((w) => w.message).join(' '),
        }),
      (error: unknown) =>
        notifications.show({ color: 'red', title: t('common.errorTitle'), message: errorMessage(error, t) }),
    );
  return (
    <Alert color="grape" p="sm">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('schedule.holiday.closed', { name: shift.holiday ?? '' })}</Text>
        {!locked && (
          <Button size="xs" variant="light" color="grape" loading={open.isPending} onClick={() => void openAnyway()}>
            {t('schedule.holiday.openAnyway')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
