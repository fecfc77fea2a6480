import type { ArrivalView, DayClientView, DayShiftView } from '@contract/attendance.js';
import type { Warning } from '@contract/schedule-views.js';
import { fullName, minutesText } from '@contract/present.js';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useApiMutation } from '../../api/hooks.js';
import { notifyWithUndo } from '../../components/undo.js';

/** A walk-in books a place (the week board); a work record changes the advance it proposes. */
const invalidates = ['attendance.', 'schedule.', 'advances.'];

/**
 * What the Today screen writes, with the house manners: a recorded outcome
 * can be taken back from its notice, warnings stay readable a while, and a
 * refusal says why.
 */
export function useTodayActions() {
  const { t } = useTranslation();
  const noShowCall = useApiMutation('attendance.recordNoShow', invalidates);
  const undoCall = useApiMutation('attendance.undoArrival', invalidates);
  const workCall = useApiMutation('attendance.saveWorkRecord', invalidates);

  const failed = (error: unknown) =>
    notifications.show({ color: 'red', title: t('common.errorTitle'), message: errorMessage(error, t) });

  const takeBack = async (arrivalId: number) => {
    try {
      await undoCall.mutateAsync({ arrivalId });
      notifications.show({ message: t('today.done.undone') });
    } catch (error) {
      failed(error);
    }
  };

  /** The outcome's notice with Undo, then the rules' warnings (late, under 18). */
  const recorded = (name: string, arrival: ArrivalView, warnings: Warning[]) => {
    notifyWithUndo(t, t(`today.done.${arrival.outcome}`, { name }), () => takeBack(arrival.id));
    for (const warning of warnings)
      notifications.show({ color: 'yellow', autoClose: 12_000, message: warning.message });
  };

  const noShow = async (client: DayClientView) => {
    try {
      const result = await noShowCall.mutateAsync({ bookingId: client.bookingId });
      recorded(fullName(client), result.arrival, result.warnings);
    } catch (error) {
      failed(error);
    }
  };

  /** The usual case in one click: the shift's times, no breaks, the usual tasks. */
  const saveWork = async (
    client: DayClientView,
    work: { start: string; end: string; tasks: string[] },
  ): Promise<void> => {
    if (!client.arrival) return;
    try {
      const record = await workCall.mutateAsync({ arrivalId: client.arrival.id, ...work, breakMinutes: 0 });
      notifications.show({
        color: 'teal',
        message: t('today.done.workSaved', { name: fullName(client), minutes: minutesText(record.minutes) }),
      });
    } catch (error) {
      failed(error);
    }
  };

  return {
    noShow,
    takeBack,
    saveWork,
    recorded,
    busy: noShowCall.isPending || undoCall.isPending || workCall.isPending,
  };
}

export type TodayActions = ReturnType<typeof useTodayActions>;

/** Who the dialogs are about: a booked client, or a walk-in picked for a shift. */
export type ArrivalTarget =
  | { kind: 'booking'; shift: DayShiftView; client: DayClientView }
  | { kind: 'walkIn'; shift: DayShiftView; clientId: number; name: string };
