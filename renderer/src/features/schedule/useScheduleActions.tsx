import { fullName } from '@contract/present.js';
import type { ApiError } from '@contract/errors.js';
import type { chosenCancelKinds } from '@contract/schedule-history.js';
import { overridableRefusals } from '@contract/schedule.js';
import type { BookingView, Promotion, ShiftView, WaitingView, Warning } from '@contract/schedule-views.js';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf, errorMessage } from '../../api/errors.js';
import { useApiMutation } from '../../api/hooks.js';
import { notifyWithUndo } from '../../components/undo.js';
import { shiftName } from './format.js';

export type ChosenCancelKind = (typeof chosenCancelKinds)[number];

/** A shift's place on the board that survives its first booking (when it gets an id). */
export function shiftKey(shift: Pick<ShiftView, 'id' | 'patternId' | 'date'>): string {
  return shift.id === null ? `p${shift.patternId ?? 0}-${shift.date}` : `s${shift.id}`;
}

export interface ClientPick {
  id: number;
  name: string;
}

/** A refused call shown under the shift it was for; `client` lets the board offer the waiting list. */
export interface Problem {
  error: ApiError;
  client?: ClientPick;
}

export type OverrideRequest =
  | { kind: 'book' | 'wait'; shift: ShiftView; client: ClientPick; message: string }
  | { kind: 'move'; shift: ShiftView; booking: BookingView; to: ShiftView; message: string };

/**
 * Everything the week board does to bookings, with the house manners: a
 * refusal stays under its shift and names the rule; the weekly limit and the
 * no-show block ask for a reason; warnings stay visible after booking; cheap things can be undone.
 */
export function useScheduleActions() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const invalidate = ['schedule.'];
  const bookCall = useApiMutation('schedule.book', invalidate);
  const waitCall = useApiMutation('schedule.addToWaitingList', invalidate);
  const cancelCall = useApiMutation('schedule.cancelBooking', invalidate);
  const restoreCall = useApiMutation('schedule.restoreBooking', invalidate);
  const moveCall = useApiMutation('schedule.moveBooking', invalidate);
  const removeCall = useApiMutation('schedule.removeFromWaitingList', invalidate);
  const toldCall = useApiMutation('schedule.markTold', invalidate);
  const [warnings, setWarnings] = useState<Record<string, Warning[]>>({});
  const [problems, setProblems] = useState<Record<string, Problem>>({});
  const [override, setOverride] = useState<OverrideRequest | null>(null);
  // A pick refused by a rule a reason lets past waits for the reason dialog: it ends booked or not,
  // and only then does the quick-book field empty for the next client (or keep what was typed).
  const waitingPick = useRef<((done: boolean) => void) | null>(null);
  const settlePick = (done: boolean) => {
    waitingPick.current?.(done);
    waitingPick.current = null;
  };

  const setProblem = (key: string, problem: Problem | null) =>
    setProblems((all) => {
      const { [key]: _old, ...rest } = all;
      return problem ? { ...rest, [key]: problem } : rest;
    });
  const showWarnings = (key: string, list: Warning[]) =>
    setWarnings((all) => {
      const { [key]: _old, ...rest } = all;
      return list.length > 0 ? { ...rest, [key]: list } : rest;
    });
  const failed = (error: unknown) =>
    notifications.show({ color: 'red', title: t('common.errorTitle'), message: errorMessage(error, t) });
  /** Whoever moved up into a freed place; the banner keeps them listed until told. */
  const movedUp = (promoted: Promotion[]) =>
    promoted.length === 0 ? '' : ` ${t('schedule.booking.promotedInto', { names: promoted.map(fullName).join(', ') })}`;
  const withUndo = (message: string, undo: () => Promise<unknown>, done: string) =>
    notifyWithUndo(t, message, undo, { color: 'teal', done, failed });

  /**
   * Runs a booking-like call; answers whether it went through. A client's first try that
   * needs a reason answers once the reason dialog has ended.
   */
  const attempt = async (
    key: string,
    run: () => Promise<{ warnings?: Warning[]; shiftId: number }>,
    onLimit: (message: string) => OverrideRequest,
    client?: ClientPick,
    overrideReason?: string,
  ): Promise<boolean> => {
    setProblem(key, null);
    try {
      const result = await run();
      showWarnings(`s${result.shiftId}`, result.warnings ?? []);
      return true;
    } catch (error) {
      const apiError = apiErrorOf(error);
      if (overridableRefusals.includes(apiError.code)) {
        setOverride(onLimit(apiError.message));
        if (!client || overrideReason !== undefined) return false;
        settlePick(false);
        return new Promise<boolean>((resolve) => {
          waitingPick.current = resolve;
        });
      }
      if (apiError.code === 'transport') failed(error);
      else setProblem(key, client ? { error: apiError, client } : { error: apiError });
      return false;
    }
  };

  const book = (shift: ShiftView, client: ClientPick, overrideReason?: string) =>
    attempt(
      shiftKey(shift),
      async () => {
        const result = await bookCall.mutateAsync({ shift: shift.ref, clientId: client.id, overrideReason });
        withUndo(
          t('schedule.book.booked', { name: client.name, shift: shiftName(lang, shift) }),
          () => cancelCall.mutateAsync({ bookingId: result.bookingId, kind: 'removed' }),
          t('schedule.booking.undone'),
        );
        return result;
      },
      (message) => ({ kind: 'book', shift, client, message }),
      client,
      overrideReason,
    );

  const addToWaiting = (shift: ShiftView, client: ClientPick, overrideReason?: string) =>
    attempt(
      shiftKey(shift),
      async () => {
        const result = await waitCall.mutateAsync({ shift: shift.ref, clientId: client.id, overrideReason });
        notifications.show({
          color: 'teal',
          message: t('schedule.book.waiting', { name: client.name, position: result.position }),
        });
        return result;
      },
      (message) => ({ kind: 'wait', shift, client, message }),
      client,
      overrideReason,
    );

  const move = (booking: BookingView, from: ShiftView, to: ShiftView, overrideReason?: string) =>
    attempt(
      shiftKey(from),
      async () => {
        const result = await moveCall.mutateAsync({ bookingId: booking.id, to: to.ref, overrideReason });
        notifications.show({
          color: 'teal',
          message:
            t('schedule.booking.moved', { name: fullName(booking), shift: shiftName(lang, to) }) +
            movedUp(result.promoted),
        });
        return result;
      },
      (message) => ({ kind: 'move', shift: from, booking, to, message }),
    );

  /** Crosses a client off with the reason chosen; undo also sends whoever moved up back to their waiting place. */
  const cancel = async (booking: BookingView, shift: ShiftView, kind: ChosenCancelKind) => {
    try {
      const result = await cancelCall.mutateAsync({ bookingId: booking.id, kind });
      const message = t('schedule.booking.cancelledWhy', {
        name: fullName(booking),
        shift: shiftName(lang, shift),
        kind: t(`schedule.booking.cancelKind.${kind}`),
      });
      const undo = async () => {
        const restored = await restoreCall.mutateAsync({ bookingId: booking.id });
        if (restored.unpromoted.length > 0) {
          notifications.show({
            color: 'orange',
            message: t('schedule.booking.unpromoted', { names: restored.unpromoted.map(fullName).join(', ') }),
          });
        }
      };
      withUndo(message + movedUp(result.promoted), undo, t('schedule.booking.restored'));
    } catch (error) {
      failed(error);
    }
  };

  const removeWaiting = async (entry: WaitingView) => {
    try {
      await removeCall.mutateAsync({ entryId: entry.id });
      notifications.show({ message: t('schedule.waiting.removed', { name: fullName(entry) }) });
    } catch (error) {
      failed(error);
    }
  };

  const markTold = async (bookingId: number, name: string) => {
    try {
      await toldCall.mutateAsync({ bookingId });
      notifications.show({ color: 'teal', message: t('schedule.notices.toldDone', { name }) });
    } catch (error) {
      failed(error);
    }
  };

  const resolveOverride = async (reason: string): Promise<boolean> => {
    if (!override) return false;
    const request = override;
    setOverride(null);
    if (request.kind === 'move') return move(request.booking, request.shift, request.to, reason);
    const done = await (request.kind === 'book'
      ? book(request.shift, request.client, reason)
      : addToWaiting(request.shift, request.client, reason));
    settlePick(done);
    return done;
  };

  return {
    book,
    addToWaiting,
    move,
    cancel,
    removeWaiting,
    markTold,
    warnings,
    dismissWarnings: (key: string) => showWarnings(key, []),
    problems,
    dismissProblem: (key: string) => setProblem(key, null),
    override,
    resolveOverride,
    dismissOverride: () => {
      setOverride(null);
      settlePick(false);
    },
    busy: bookCall.isPending || waitCall.isPending || moveCall.isPending,
  };
}

export type ScheduleActions = ReturnType<typeof useScheduleActions>;
