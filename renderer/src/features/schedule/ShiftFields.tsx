import { NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ShiftFieldValues {
  start: string;
  end: string;
  places: number | string;
  place: string;
  task: string;
}

/** Time, places, place of work and task: the same fields for a recurring shift and a single one. */
export function ShiftFields({
  values,
  errors,
  set,
}: {
  values: ShiftFieldValues;
  errors: Record<string, string>;
  set: (name: keyof ShiftFieldValues, value: string | number) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
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
    </>
  );
}
