import { Select, SimpleGrid, Stack } from '@mantine/core';
import { patternInput } from '@contract/schedule.js';
import type { PatternView } from '@contract/schedule-views.js';
import { notifications } from '@mantine/notifications';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../../api/hooks.js';
import { DateField } from '../../../components/DateField.js';
import { FormFailure } from '../../../components/FormFailure.js';
import { FormActions } from '../../../components/FormActions.js';
import { useContractForm } from '../../../lib/form.js';
import { timeRange, weekdayName } from '@contract/present.js';
import { placesInput, ShiftFields, type ShiftFieldValues } from '../ShiftFields.js';
import { useUnchangedNotice } from './useUnchangedNotice.js';
import { Dialog } from '../../../components/Dialog.js';

interface Values extends ShiftFieldValues {
  weekday: string;
  validFrom: string;
  validTo: string | null;
}

function initial(existing: PatternView | null, today: string): Values {
  if (!existing) {
    return { weekday: '1', start: '', end: '', places: 4, place: '', task: '', validFrom: today, validTo: null };
  }
  return {
    weekday: String(existing.weekday),
    start: existing.start,
    end: existing.end,
    places: existing.places,
    place: existing.place,
    task: existing.task ?? '',
    // A change applies from today unless the pattern has not started yet.
    validFrom: existing.validFrom > today ? existing.validFrom : today,
    validTo: existing.validTo,
  };
}

/** Add a recurring shift, or change one from a day on. */
export function PatternForm({
  existing,
  today,
  onClose,
}: {
  existing: PatternView | null;
  today: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const save = useApiMutation('schedule.savePattern', ['schedule.']);
  const unchanged = useUnchangedNotice();
  const fields = useContractForm({
    schema: patternInput,
    defaultValues: initial(existing, today),
    toInput: (values: Values) => ({
      ...(existing ? { id: existing.id } : {}),
      ...values,
      weekday: Number(values.weekday),
      places: placesInput(values.places),
    }),
  });
  const weekday = fields.value('weekday');
  const validFrom = fields.value('validFrom');
  const submit = fields.onSubmit(async (input) => {
    const result = await save.mutateAsync(input);
    notifications.show({ color: 'teal', message: t('schedule.patterns.saved') });
    if (result.warnings.length > 0) {
      notifications.show({
        color: 'yellow',
        autoClose: 10_000,
        message: result.warnings.map((w) => w.message).join(' '),
      });
    }
    unchanged(result.unchangedDates);
    onClose();
  });

  const title = existing
    ? t('schedule.patterns.editTitle', {
        day: weekdayName(i18n.language, existing.weekday),
        time: timeRange(existing.start, existing.end),
      })
    : t('schedule.patterns.newTitle');
  return (
    <Dialog opened onClose={onClose} title={title} centered size="lg">
      <FormProvider {...fields.form}>
        <Stack component="form" onSubmit={(e) => void submit(e)}>
          <Select
            {...weekday}
            label={t('fields.weekday')}
            data={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: weekdayName(i18n.language, d) }))}
            onChange={(v) => weekday.onChange(v ?? '1')}
            allowDeselect={false}
            withAsterisk
          />
          <ShiftFields />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              {...validFrom}
              label={existing ? t('schedule.patterns.changeFrom') : t('fields.validFrom')}
              description={existing ? t('schedule.patterns.changeFromHint') : undefined}
              onChange={(v) => validFrom.onChange(v ?? '')}
              withAsterisk
            />
            <DateField {...fields.value('validTo')} label={t('schedule.patterns.validTo')} />
          </SimpleGrid>
          <FormFailure message={fields.failure} />
          <FormActions onCancel={onClose} busy={fields.busy} />
        </Stack>
      </FormProvider>
    </Dialog>
  );
}
