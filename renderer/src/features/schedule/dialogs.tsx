import { fullName, outOfText } from '@contract/present.js';
import { Alert, Button, List, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { requiredText } from '@contract/fields.js';
import { scheduleMethods } from '@contract/schedule.js';
import type { BookingView, ShiftView } from '@contract/schedule-views.js';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { errorMessage } from '../../api/errors.js';
import { useApiMutation } from '../../api/hooks.js';
import { FormActions } from '../../components/FormActions.js';
import { FormFailure } from '../../components/FormFailure.js';
import { notifyWithUndo } from '../../components/undo.js';
import { useContractForm } from '../../lib/form.js';
import { shiftName } from './format.js';
import type { OverrideRequest, ScheduleActions } from './useScheduleActions.js';
import { Dialog } from '../../components/Dialog.js';

/**
 * An exception to the weekly limit or the no-show block needs a written reason: the contract
 * accepts it as optional text (most bookings need none), so here it is required.
 */
const overrideInput = z.strictObject({ reason: requiredText(200) });

/** The weekly limit or the no-show block refused: book anyway only with a written reason. */
export function OverrideDialog({ request, actions }: { request: OverrideRequest | null; actions: ScheduleActions }) {
  const { t } = useTranslation();
  const fields = useContractForm({ schema: overrideInput, defaultValues: { reason: '' } });
  const close = () => {
    fields.form.reset();
    actions.dismissOverride();
  };
  const submit = fields.onSubmit(async ({ reason }) => {
    fields.form.reset();
    await actions.resolveOverride(reason);
  });
  return (
    <Dialog opened={request !== null} onClose={close} title={t('schedule.override.title')} centered size="lg">
      <Stack component="form" onSubmit={(e) => void submit(e)}>
        <Alert color="orange">{request?.message}</Alert>
        <Textarea
          {...fields.text('reason')}
          label={t('schedule.override.reason')}
          description={t('schedule.override.reasonHint')}
          autosize
          minRows={2}
          withAsterisk
          data-autofocus
        />
        <FormFailure message={fields.failure} />
        <FormActions onCancel={close} submitLabel={t('schedule.override.confirm')} />
      </Stack>
    </Dialog>
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
    <Dialog
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
    </Dialog>
  );
}

/** Brings a cancelled shift back and says who could not come back with it. */
export function useRestoreShift() {
  const { t } = useTranslation();
  const restore = useApiMutation('schedule.restoreShift', ['schedule.']);
  return (shiftId: number, name: string) =>
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
}

/** Calling off a shift asks first, names whom it concerns, and then they appear under "Let them know". */
export function CancelShiftDialog({ shift, onClose }: { shift: ShiftView | null; onClose: () => void }) {
  if (!shift) return null;
  return <CancelShiftForm key={`${shift.date}-${shift.start}`} shift={shift} onClose={onClose} />;
}

function CancelShiftForm({ shift, onClose }: { shift: ShiftView; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const cancel = useApiMutation('schedule.cancelShift', ['schedule.']);
  const restore = useRestoreShift();
  const fields = useContractForm({
    schema: scheduleMethods['schedule.cancelShift'].input,
    defaultValues: { reason: '' },
    toInput: (values: { reason: string }) => ({ shift: shift.ref, ...values }),
  });
  const name = shiftName(i18n.language, shift);
  const submit = fields.onSubmit(async (input) => {
    const result = await cancel.mutateAsync(input);
    onClose();
    notifyWithUndo(t, t('schedule.cancelShift.done', { shift: name }), () => restore(result.shiftId, name), {
      color: 'orange',
    });
  });
  return (
    <Dialog opened onClose={onClose} title={t('schedule.cancelShift.title', { shift: name })} centered size="lg">
      <Stack component="form" onSubmit={(e) => void submit(e)}>
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
          {...fields.text('reason')}
          label={t('schedule.cancelShift.reason')}
          description={t('schedule.cancelShift.reasonHint')}
          placeholder={t('schedule.cancelShift.reasonPlaceholder')}
          withAsterisk
          data-autofocus
        />
        <FormFailure message={fields.failure} />
        <FormActions
          onCancel={onClose}
          busy={fields.busy}
          cancelLabel={t('schedule.cancelShift.keep')}
          submitLabel={t('schedule.cancelShift.confirm')}
          danger
        />
      </Stack>
    </Dialog>
  );
}
