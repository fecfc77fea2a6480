import { fullName, outOfText } from '@contract/present.js';
import { Alert, Button, Group, List, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { BookingView, ShiftView } from '@contract/schedule-views.js';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf, errorMessage, fieldText } from '../../api/errors.js';
import { useApiMutation } from '../../api/hooks.js';
import { shiftName } from './format.js';
import type { OverrideRequest, ScheduleActions } from './useScheduleActions.js';

/** The weekly limit refused: book anyway only with a written reason. */
export function OverrideDialog({ request, actions }: { request: OverrideRequest | null; actions: ScheduleActions }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setReason('');
    setError(null);
    actions.dismissOverride();
  };
  const confirm = async () => {
    if (reason.trim() === '') {
      setError(t('validation.required'));
      return;
    }
    setReason('');
    setError(null);
    await actions.resolveOverride(reason.trim());
  };
  return (
    <Modal opened={request !== null} onClose={close} title={t('schedule.override.title')} centered size="lg">
      <Stack>
        <Alert color="orange">{request?.message}</Alert>
        <Textarea
          label={t('schedule.override.reason')}
          description={t('schedule.override.reasonHint')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={error}
          autosize
          minRows={2}
          withAsterisk
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void confirm()}>{t('schedule.override.confirm')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

interface MoveProps {
  move: { booking: BookingView; from: ShiftView } | null;
  shifts: ShiftView[];
  actions: ScheduleActions;
  onClose: () => void;
}

/** Move a booked client to another shift of the same week, one click per target. */
export function MoveDialog({ move, shifts, actions, onClose }: MoveProps) {
  const { t, i18n } = useTranslation();
  const targets = move ? shifts.filter((s) => s !== move.from && s.status === 'open' && !s.started) : [];
  return (
    <Modal
      opened={move !== null}
      onClose={onClose}
      title={move ? t('schedule.move.title', { name: fullName(move.booking) }) : ''}
      centered
    >
      <Stack>
        {targets.length === 0 ? (
          <Text>{t('schedule.move.none')}</Text>
        ) : (
          <>
            <Text>{t('schedule.move.intro')}</Text>
            {targets.map((s) => (
              <Button
                key={`${s.date}-${s.start}-${s.id ?? s.patternId}`}
                variant="light"
                justify="space-between"
                disabled={s.free === 0}
                rightSection={
                  s.free === 0
                    ? t('schedule.shift.full')
                    : t('schedule.shift.free', { free: outOfText(i18n.language, s.free, s.places) })
                }
                onClick={() => {
                  if (!move) return;
                  onClose();
                  void actions.move(move.booking, move.from, s);
                }}
              >
                {shiftName(i18n.language, s)} · {s.place}
              </Button>
            ))}
          </>
        )}
      </Stack>
    </Modal>
  );
}

/** Brings a cancelled shift back and says who could not come back with it. */
export function useRestoreShift() {
  const { t } = useTranslation();
  const restore = useApiMutation('schedule.restoreShift', ['schedule.']);
  return (shiftId: number, name: string) => {
    restore.mutateAsync({ shiftId }).then(
      (back) =>
        notifications.show({
          color: 'teal',
          message: [
            t('schedule.cancelShift.restored', { shift: name }),
            back.notRestored.length > 0
              ? t('schedule.cancelShift.notRestored', {
                  names: back.notRestored.map((p) => `${fullName(p)} (${p.reason})`).join(', '),
                })
              : '',
          ].join(' '),
        }),
      (e: unknown) => notifications.show({ color: 'red', message: errorMessage(e, t) }),
    );
  };
}

/** Calling off a shift asks first, names whom it concerns, and then they appear under "Let them know". */
export function CancelShiftDialog({ shift, onClose }: { shift: ShiftView | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const cancel = useApiMutation('schedule.cancelShift', ['schedule.']);
  const restore = useRestoreShift();
  if (!shift) return null;
  const name = shiftName(i18n.language, shift);
  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };
  const confirm = async () => {
    try {
      const result = await cancel.mutateAsync({ shift: shift.ref, reason });
      close();
      const id = `shift-cancelled-${result.shiftId}`;
      notifications.show({
        id,
        color: 'orange',
        autoClose: 10_000,
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm" style={{ flex: 1 }}>
              {t('schedule.cancelShift.done', { shift: name })}
            </Text>
            <Button
              size="xs"
              variant="light"
              style={{ flexShrink: 0 }}
              onClick={() => {
                notifications.hide(id);
                restore(result.shiftId, name);
              }}
            >
              {t('common.undo')}
            </Button>
          </Group>
        ),
      });
    } catch (e) {
      setError(apiErrorOf(e).field === 'reason' ? fieldText(apiErrorOf(e)) : errorMessage(e, t));
    }
  };
  return (
    <Modal opened onClose={close} title={t('schedule.cancelShift.title', { shift: name })} centered size="lg">
      <Stack>
        <Text>{t('schedule.cancelShift.intro')}</Text>
        {shift.bookings.length === 0 ? (
          <Text c="dimmed">{t('schedule.cancelShift.nobody')}</Text>
        ) : (
          <Stack gap={4}>
            <Text fw={600}>{t('schedule.cancelShift.booked')}</Text>
            <List>
              {shift.bookings.map((b) => (
                <List.Item key={b.id}>
                  {fullName(b)} ({b.code})
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        <TextInput
          label={t('schedule.cancelShift.reason')}
          description={t('schedule.cancelShift.reasonHint')}
          placeholder={t('schedule.cancelShift.reasonPlaceholder')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={error}
          withAsterisk
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('schedule.cancelShift.keep')}
          </Button>
          <Button color="red" loading={cancel.isPending} onClick={() => void confirm()}>
            {t('schedule.cancelShift.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
