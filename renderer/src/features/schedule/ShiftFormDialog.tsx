import { Stack, Text } from '@mantine/core';
import { extraShiftInput, shiftUpdateInput } from '@contract/schedule.js';
import type { ShiftView } from '@contract/schedule-views.js';
import { notifications } from '@mantine/notifications';
import type { BaseSyntheticEvent, ReactNode } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks.js';
import { DateField } from '../../components/DateField.js';
import { FormFailure } from '../../components/FormFailure.js';
import { FormActions } from '../../components/FormActions.js';
import { useContractForm, type ContractForm } from '../../lib/form.js';
import { shiftName } from './format.js';
import { placesInput, ShiftFields, type ShiftFieldValues } from './ShiftFields.js';
import { Dialog } from '../../components/Dialog.js';

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
  return target.mode === 'edit' ? (
    <EditShiftForm shift={target.shift} onClose={onClose} />
  ) : (
    <ExtraShiftForm target={target} onClose={onClose} />
  );
}

function EditShiftForm({ shift, onClose }: { shift: ShiftView; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const update = useApiMutation('schedule.updateShift', ['schedule.']);
  const fields = useContractForm({
    schema: shiftUpdateInput,
    defaultValues: initial({ mode: 'edit', shift }),
    toInput: ({ date: _date, ...values }: Values) => ({
      shift: shift.ref,
      ...values,
      places: placesInput(values.places),
    }),
  });
  const submit = fields.onSubmit(async (input) => {
    await update.mutateAsync(input);
    notifications.show({ color: 'teal', message: t('schedule.shiftForm.saved') });
    onClose();
  });
  return (
    <ShiftModal
      title={t('schedule.shiftForm.editTitle', { shift: shiftName(i18n.language, shift) })}
      fields={fields}
      onSubmit={submit}
      onClose={onClose}
    >
      <Text size="sm" c="dimmed">
        {t('schedule.shiftForm.changedHint')}
      </Text>
    </ShiftModal>
  );
}

function ExtraShiftForm({ target, onClose }: { target: ShiftFormTarget & { mode: 'extra' }; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useApiMutation('schedule.addExtraShift', ['schedule.']);
  const fields = useContractForm({
    schema: extraShiftInput,
    defaultValues: initial(target),
    toInput: (values: Values) => ({ ...values, places: placesInput(values.places) }),
  });
  const date = fields.value('date');
  const submit = fields.onSubmit(async (input) => {
    const result = await add.mutateAsync(input);
    notifications.show({ color: 'teal', message: t('schedule.shiftForm.added') });
    // A weekend or holiday shift earns a premium: said once it is on the sheet.
    if (result.warnings.length > 0) {
      notifications.show({
        color: 'yellow',
        autoClose: 10_000,
        message: result.warnings.map((w) => w.message).join(' '),
      });
    }
    onClose();
  });
  return (
    <ShiftModal title={t('schedule.shiftForm.extraTitle')} fields={fields} onSubmit={submit} onClose={onClose}>
      <DateField
        {...date}
        label={t('schedule.shiftForm.date')}
        onChange={(v) => date.onChange(v ?? '')}
        minDate={target.monday}
        maxDate={target.sunday}
        withAsterisk
        data-autofocus
      />
    </ShiftModal>
  );
}

function ShiftModal({
  title,
  fields,
  onSubmit,
  onClose,
  children,
}: {
  title: string;
  fields: ContractForm<Values, unknown>;
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Dialog opened onClose={onClose} title={title} centered size="lg">
      <FormProvider {...fields.form}>
        <Stack component="form" onSubmit={(e) => void onSubmit(e)}>
          {children}
          <ShiftFields />
          <FormFailure message={fields.failure} />
          <FormActions onCancel={onClose} busy={fields.busy} />
        </Stack>
      </FormProvider>
    </Dialog>
  );
}
