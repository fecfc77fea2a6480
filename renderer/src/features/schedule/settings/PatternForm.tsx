import { timeRange, weekdayName } from '@contract/present.js';
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack } from '@mantine/core';
import { patternInput } from '@contract/schedule.js';
import type { PatternView } from '@contract/schedule-views.js';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../lib/form.js';
import { apiErrorOf, errorMessage, fieldText } from '../../../api/errors.js';
import { useApiMutation } from '../../../api/hooks.js';
import { DateField } from '../../../components/DateField.js';
import { ShiftFields, type ShiftFieldValues } from '../ShiftFields.js';
import { useUnchangedNotice } from './useUnchangedNotice.js';

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
  const [values, setValues] = useState<Values>(() => initial(existing, today));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const save = useApiMutation('schedule.savePattern', ['schedule.']);
  const unchanged = useUnchangedNotice();
  const set = <K extends keyof Values>(name: K, value: Values[K]) => setValues((v) => ({ ...v, [name]: value }));

  const submit = async () => {
    setFailure(null);
    const input = {
      ...(existing ? { id: existing.id } : {}),
      weekday: Number(values.weekday),
      start: values.start,
      end: values.end,
      places: typeof values.places === 'number' ? values.places : Number.NaN,
      place: values.place,
      task: values.task,
      validFrom: values.validFrom,
      validTo: values.validTo,
    };
    const refused = fieldErrors(patternInput, input, t);
    if (refused) {
      setErrors(refused);
      return;
    }
    setErrors({});
    try {
      const result = await save.mutateAsync(input);
      notifications.show({ color: 'teal', message: t('schedule.patterns.saved') });
      unchanged(result.unchangedDates);
      onClose();
    } catch (error) {
      const apiError = apiErrorOf(error);
      if (apiError.field && apiError.field in values) setErrors({ [apiError.field]: fieldText(apiError) });
      else setFailure(errorMessage(error, t));
    }
  };

  const title = existing
    ? t('schedule.patterns.editTitle', {
        day: weekdayName(i18n.language, existing.weekday),
        time: timeRange(existing.start, existing.end),
      })
    : t('schedule.patterns.newTitle');
  return (
    <Modal opened onClose={onClose} title={title} centered size="lg">
      <Stack>
        <Select
          label={t('fields.weekday')}
          data={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: weekdayName(i18n.language, d) }))}
          value={values.weekday}
          onChange={(v) => set('weekday', v ?? '1')}
          allowDeselect={false}
          error={errors.weekday}
          withAsterisk
        />
        <ShiftFields values={values} errors={errors} set={set} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField
            label={existing ? t('schedule.patterns.changeFrom') : t('fields.validFrom')}
            description={existing ? t('schedule.patterns.changeFromHint') : undefined}
            value={values.validFrom}
            onChange={(v) => set('validFrom', v ?? '')}
            error={errors.validFrom}
            withAsterisk
          />
          <DateField
            label={t('schedule.patterns.validTo')}
            value={values.validTo}
            onChange={(v) => set('validTo', v)}
            error={errors.validTo}
          />
        </SimpleGrid>
        {failure && <Alert color="red">{failure}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={save.isPending} onClick={() => void submit()}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
