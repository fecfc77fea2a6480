import { Alert, Button, Group, Modal, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { describeIssue } from '@contract/issues.js';
import { extraShiftInput, shiftUpdateInput } from '@contract/schedule.js';
import type { ShiftView } from '@contract/schedule-views.js';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf, errorMessage, fieldMessage, fieldText } from '../../api/errors.js';
import { useApiMutation } from '../../api/hooks.js';
import { DateField } from '../../components/DateField.js';
import { shiftName } from './format.js';

export type ShiftFormTarget =
  { mode: 'extra'; monday: string; sunday: string; template: ShiftView | null } | { mode: 'edit'; shift: ShiftView };

interface Values {
  date: string;
  start: string;
  end: string;
  places: number | string;
  place: string;
  task: string;
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
    const checked = (target.mode === 'edit' ? shiftUpdateInput : extraShiftInput).safeParse(input, {
      reportInput: true,
    });
    if (!checked.success) {
      const next: Record<string, string> = {};
      for (const issue of checked.error.issues) {
        const d = describeIssue(issue);
        if (d.field && !next[d.field]) next[d.field] = fieldMessage(d.key, t) ?? '';
      }
      setErrors(next);
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
      ? t('schedule.shiftForm.editTitle', { shift: shiftName(t, i18n.language, target.shift) })
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
        <SimpleGrid cols={3}>
          <TextInput
            type="time"
            label={t('fields.start')}
            value={values.start}
            onChange={(e) => set('start', e.currentTarget.value)}
            error={errors.start}
            withAsterisk
          />
          <TextInput
            type="time"
            label={t('fields.end')}
            value={values.end}
            onChange={(e) => set('end', e.currentTarget.value)}
            error={errors.end}
            withAsterisk
          />
          <NumberInput
            label={t('fields.places')}
            value={values.places}
            onChange={(v) => set('places', v)}
            min={1}
            max={30}
            allowDecimal={false}
            error={errors.places}
            withAsterisk
            size="md"
          />
        </SimpleGrid>
        <TextInput
          label={t('fields.place')}
          value={values.place}
          onChange={(e) => set('place', e.currentTarget.value)}
          error={errors.place}
          withAsterisk
        />
        <TextInput
          label={t('fields.task')}
          value={values.task}
          onChange={(e) => set('task', e.currentTarget.value)}
          error={errors.task}
        />
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
