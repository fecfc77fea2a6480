import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { extraShiftInput, shiftUpdateInput } from '@contract/schedule.js';
import type { ShiftView } from '@contract/schedule-views.js';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../lib/form.js';
import { apiErrorOf, errorMessage, fieldText } from '../../api/errors.js';
import { useApiMutation } from '../../api/hooks.js';
import { DateField } from '../../components/DateField.js';
import { shiftName } from './format.js';
import { ShiftFields, type ShiftFieldValues } from './ShiftFields.js';

export type ShiftFormTarget =
  { mode: 'extra'; monday: string; sunday: string; template: ShiftView | null } | { mode: 'edit'; shift: ShiftView };

interface Values extends ShiftFieldValues {
  date: string;
}

function initial(target: ShiftFormTarget): Values {
  if (target.mode === 'edit') {
    const s = target.shift;
    return { date: s.date, start: s.start, end: s.end, places: s.places, place: s.place, task: s.task ?? '' };
  }
  // An extra shift usually looks like the week's regular ones.
  const s = target.template;
  return {
    date: '',
    start: s?.start ?? '',
    end: s?.end ?? '',
    places: s?.places ?? 1,
    place: s?.place ?? '',
    task: '',
  };
}

/** An extra shift for a day of the week, or one shift's time, places, place and task. */
export function ShiftFormDialog({ target, onClose }: { target: ShiftFormTarget | null; onClose: () => void }) {
  if (!target) return null;
  return <ShiftForm key={target.mode === 'edit' ? `e${target.shift.id}` : 'extra'} target={target} onClose={onClose} />;
}

function ShiftForm({ target, onClose }: { target: ShiftFormTarget; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<Values>(() => initial(target));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const add = useApiMutation('schedule.addExtraShift', ['schedule.']);
  const update = useApiMutation('schedule.updateShift', ['schedule.']);
  const set = (name: keyof Values, value: string | number) => setValues((v) => ({ ...v, [name]: value }));

  const submit = async () => {
    setFailure(null);
    const common = {
      start: values.start,
      end: values.end,
      places: typeof values.places === 'number' ? values.places : Number.NaN,
      place: values.place,
      task: values.task,
    };
    const input = target.mode === 'edit' ? { shift: target.shift.ref, ...common } : { date: values.date, ...common };
    const refused = fieldErrors(target.mode === 'edit' ? shiftUpdateInput : extraShiftInput, input, t);
    if (refused) {
      setErrors(refused);
      return;
    }
    setErrors({});
    try {
      if (target.mode === 'edit') {
        await update.mutateAsync({ shift: target.shift.ref, ...common });
        notifications.show({ color: 'teal', message: t('schedule.shiftForm.saved') });
      } else {
        await add.mutateAsync({ date: values.date, ...common });
        notifications.show({ color: 'teal', message: t('schedule.shiftForm.added') });
      }
      onClose();
    } catch (error) {
      const apiError = apiErrorOf(error);
      if (apiError.field && apiError.field in values) setErrors({ [apiError.field]: fieldText(apiError) });
      else setFailure(errorMessage(error, t));
    }
  };

  const title =
    target.mode === 'edit'
      ? t('schedule.shiftForm.editTitle', { shift: shiftName(i18n.language, target.shift) })
      : t('schedule.shiftForm.extraTitle');
  return (
    <Modal opened onClose={onClose} title={title} centered size="lg">
      <Stack>
        {target.mode === 'extra' ? (
          <DateField
            label={t('schedule.shiftForm.date')}
            value={values.date}
            onChange={(v) => set('date', v ?? '')}
            minDate={target.monday}
            maxDate={target.sunday}
            error={errors.date}
            withAsterisk
            data-autofocus
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('schedule.shiftForm.changedHint')}
          </Text>
        )}
        <ShiftFields values={values} errors={errors} set={set} />
        {failure && <Alert color="red">{failure}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={add.isPending || update.isPending} onClick={() => void submit()}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
